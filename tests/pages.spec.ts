import { test, expect } from '@playwright/test';
import { ConsentsStep, PersonalDataStep, persona } from 'kyc-onboarding-playwright';

// The app ships as two pages (kyc_core::Bundle): the first holds the personal-data form, the
// second every later step. A user notices none of it: the language and what was typed carry over.
test('the first page loads without the later steps; moving across keeps the language and the data', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  // The first screen needs nothing of the second page: with its files refused, the form still
  // comes (they are fetched ahead at an idle moment afterwards, tests/prefetch.spec.ts).
  await page.route('**/rest/**', (route) => route.abort());
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(persona('Marta'));
  expect(fetched.filter((p) => p.endsWith('.wasm') && !p.startsWith('/rest/'))).toEqual([
    expect.stringMatching(/^\/kyc-onboarding-[0-9a-f]+_bg\.wasm$/),
  ]);

  await page.unroute('**/rest/**');
  await personal.submit();
  await expect(new ConsentsStep(page).heading()).toBeVisible();
  expect(fetched.filter((p) => p.startsWith('/rest/') && p.endsWith('.wasm')).length).toBeGreaterThan(0);

  // The language chosen on the second page is the first page's too.
  await page.getByRole('combobox', { name: /Language/ }).selectOption('de');
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Einwilligung' })).toBeVisible();
  await page.getByRole('link', { name: 'Zurück' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre persönlichen Angaben' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByLabel('Vorname(n)')).toHaveValue('Marta');
});
