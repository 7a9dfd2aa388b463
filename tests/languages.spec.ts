import { test, expect } from '@playwright/test';

const headings = { en: 'Your personal details', de: 'Ihre persönlichen Angaben', fr: 'Vos informations personnelles' };

for (const [lang, heading] of Object.entries(headings)) {
  test.describe(`browser language ${lang}`, () => {
    test.use({ locale: lang === 'en' ? 'en-GB' : `${lang}-${lang.toUpperCase()}` });

    test(`the flow speaks ${lang} and says so to screen readers`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      // Country names come from the browser in the same language.
      const germany = { en: 'Germany', de: 'Deutschland', fr: 'Allemagne' }[lang]!;
      await expect(page.locator('#nationality option[value="DE"]')).toHaveText(germany);
    });
  });
}

test('the user can switch language; what was typed stays', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('First name(s)').fill('Zoë');
  await page.getByRole('combobox', { name: /Language/ }).selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: headings.fr })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('#first_name')).toHaveValue('Zoë');
});

test('the host can choose the language with ?lang=, over the browser preference', async ({ page }) => {
  await page.goto('/?lang=de');
  await expect(page.getByRole('heading', { level: 1, name: headings.de })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});
