import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';

/** Presses Tab until `name` has focus (bounded), as a keyboard user moves through the page. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const id = el.id;
      const byFor = id ? document.querySelector(`label[for="${id}"]`)?.textContent : null;
      return (byFor ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`never reached ${name}`);
}

test.use({ locale: 'en-US' });

test('the whole form, the consents and the document choice work with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your personal details' })).toBeVisible();
  await tabTo(page, /^Salutation/);
  await page.keyboard.type('Ms');
  await tabTo(page, /^First name/);
  await page.keyboard.type('X-AUTOTEST-HAPPYPATH');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Doe');
  await tabTo(page, /^Date of birth/);
  await page.keyboard.type('12111992'); // mm dd yyyy in an en-US date field
  // The date field has more than one tab stop (its segments and the calendar button).
  await tabTo(page, /^Place of birth/);
  await page.keyboard.type('Köln');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Germany');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Germany');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Amrumer Straße');
  await page.keyboard.press('Tab');
  await page.keyboard.type('14');
  await page.keyboard.press('Tab');
  await page.keyboard.type('13353');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Berlin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Germany');
  await page.keyboard.press('Tab');
  await page.keyboard.type('+49 151 23456789');
  await page.keyboard.press('Tab');
  await page.keyboard.type('jane@example.com');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Germany');
  // A radio group is one tab stop; the arrow keys choose within it.
  await tabTo(page, /^Yes$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: /US person/ }).getByRole('radio', { name: 'No' })).toBeChecked();
  await tabTo(page, /^Yes$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: /politically exposed/ }).getByRole('radio', { name: 'No' })).toBeChecked();
  await expect(page.getByLabel('Date of birth')).toHaveValue('1992-12-11');
  await expect(page.getByLabel('Nationality')).toHaveValue('DE');
  await expect(page.getByLabel('Country of birth')).toHaveValue('DE');
  await expect(page.getByLabel('Salutation')).toHaveValue('MS');
  await tabTo(page, /^Continue$/);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Your consent' })).toBeVisible();
  await tabTo(page, /^I accept the terms/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'I accept the terms and conditions' })).toBeChecked();
  await tabTo(page, /^I agree to the processing/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /I agree to the processing/ })).toBeChecked();
  await tabTo(page, /^Continue$/);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Video identification' })).toBeVisible();
  await tabTo(page, /^ID card$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Start video call$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'You are verified' })).toBeVisible();
});

for (const width of [320, 1280]) {
  test(`at ${width} px wide there is no sideways scrolling and axe finds no violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Your personal details' })).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}
