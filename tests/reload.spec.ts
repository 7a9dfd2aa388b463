import { test, expect } from '@playwright/test';
import { PersonalDataStep, ConsentsStep, persona, browserStorage } from 'kyc-onboarding-playwright';
import { checkScreen, evidences } from './fixtures/axe';

test('a reload on the consent step keeps what was entered, from the proxy and not from browser storage', async ({ page }) => {
  const person = persona('Zoë', { lastName: "O'Brien" });
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(person);
  await personal.submit();
  const consents = new ConsentsStep(page);
  await expect(consents.heading()).toBeVisible();
  await consents.terms().check();
  // The time is written the reader's way; the exact UTC instant is in `datetime`.
  const given = page.locator('.consent__given time').first();
  await expect(given).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  await expect(given).toHaveText(/^Given on (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}.* \d{1,2}:\d{2}:\d{2}.*\(UTC\)$/);

  // Nothing personal may be in the browser: only the session token survives the reload.
  const storage = await browserStorage(page);
  expect(storage.local).toEqual([]);
  expect(storage.session).toEqual(['kyc.session']);
  // The token is random base64url: it may hold any ASCII pair ("Zo" once did), never these.
  expect(storage.sessionValues).not.toContain('Zoë');
  expect(storage.sessionValues).not.toContain("O'Brien");

  await page.reload();
  await expect(consents.heading()).toBeVisible();
  await expect(page).toHaveURL(/\/consents$/);
  await expect(consents.terms()).toBeChecked();
  await expect(consents.dataProcessing()).not.toBeChecked();

  await page.getByRole('link', { name: 'Back' }).click();
  await expect(personal.heading()).toBeVisible();
  await expect(personal.firstName()).toHaveValue('Zoë');
  await expect(personal.lastName()).toHaveValue("O'Brien");
  await expect(page.getByLabel('Postal code')).toHaveValue('13353');
  evidences('3.3.7');
});

test('continuing needs both consents', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(persona());
  await personal.submit();
  const consents = new ConsentsStep(page);
  await consents.terms().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/consents$/);
  await expect(page.getByRole('alert')).toBeVisible();
  await checkScreen(page, 'consents: continued without both');
});
