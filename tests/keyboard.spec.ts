// Each flow's happy path with the keyboard alone (Solaris and Xpollens here; ID Dataweb, Onfido
// and Signicat in their own specs, which run in the projects their flows need): the focus moves
// to each new step's heading and to the error summary after a failed submit, and each status
// change is said once through a live region.
import { test, expect, personas } from 'kyc-onboarding-playwright';
import { expectNoAxeViolations, evidences } from './fixtures/axe';
import { tabTo, press, expectHeadingFocused, expectAnnouncedOnce, fillPersonalData, giveConsents } from './fixtures/keyboard';

const KEYBOARD = ['2.1.1', '2.1.2', '2.4.3', '2.4.7', '3.2.1', '3.2.2', '1.3.2'];

test.use({ locale: 'en-US' });

test('Solaris: the whole form, the consents, the document choice and the call with the keyboard alone', async ({ page }) => {
  evidences(...KEYBOARD, '3.3.1', '4.1.3');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your personal details' })).toBeVisible();
  // Sent empty: the error summary takes the focus and lists every field to correct.
  await press(page, /^Continue$/);
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#error-summary')).toContainText('First name(s)');
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

  await expectHeadingFocused(page, 'Your consent');
  await tabTo(page, /^I accept the terms/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'I accept the terms and conditions' })).toBeChecked();
  await tabTo(page, /^I agree to the processing/);
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /I agree to the processing/ })).toBeChecked();
  await tabTo(page, /^Continue$/);
  await page.keyboard.press('Enter');

  await expectHeadingFocused(page, 'Video identification');
  await tabTo(page, /^ID card$/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Start video call$/);
  await page.keyboard.press('Enter');
  // The automated call ends by itself; the status page takes over.
  await expectHeadingFocused(page, 'You are verified');
  await expectAnnouncedOnce(page, 'Thank you. Your identity has been confirmed.');
});

test('Xpollens: the personal data, every account step and the account with the keyboard alone', async ({ page, kyc, sandbox }) => {
  evidences(...KEYBOARD, '4.1.3');
  const appUserId = `e2e-keys-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  await page.goto((await kyc.createSession({
    flow: 'xpollens_account', app_user_id: appUserId, steps: ['identity', 'declaration', 'tax', 'terms'],
  })).url);
  await expect(page.getByRole('heading', { level: 1, name: 'Your personal details' })).toBeVisible();
  await fillPersonalData(page, personas.xpollens.accepted);
  await page.keyboard.press('Enter');
  await giveConsents(page);

  await expectHeadingFocused(page, 'Prove your identity');
  await press(page, /^Instant bank transfer$/);
  await expect(page.locator('dd.iban')).toHaveText(/^[A-Z]{2}\d{2}/);
  const iban = (await page.locator('dd.iban').textContent()) ?? '';
  await press(page, /^Continue$/);

  await expectHeadingFocused(page, 'Confirm your details');
  await press(page, /^Confirm and send my details$/);

  await expectHeadingFocused(page, 'Tax residence');
  // The answer of the personal data may be there already: the group's tab stop is then "No".
  const usPerson = await tabTo(page, /^(Yes|No)$/);
  if (usPerson.name === 'Yes') await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: /US citizen/ }).getByRole('radio', { name: 'No' })).toBeChecked();
  await tabTo(page, /^Tax identification number/);
  await page.keyboard.type('12345678901');
  await press(page, /^Send my tax details$/);
  await expectAnnouncedOnce(page, 'We have sent a request to the app on your phone: approve it there to sign your tax details. Then continue.');
  await press(page, /^Continue$/);

  await expectHeadingFocused(page, 'Account terms');
  await press(page, /^Accept the terms$/);
  await expectAnnouncedOnce(page, 'Please tick the box to accept the terms.');
  await tabTo(page, /accept the terms and conditions of the payment account/, { back: true });
  await page.keyboard.press('Space');
  await press(page, /^Accept the terms$/);
  await expect(page.getByText('approve it there to sign your acceptance of the terms')).toBeVisible();
  await press(page, /^Continue$/);

  await expectHeadingFocused(page, 'Your account');
  await sandbox.xpollensTransfer(iban, 'Jane Doe');
  await expectAnnouncedOnce(page, 'Your account is open. Thank you!');
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
