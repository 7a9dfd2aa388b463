import { test, expect } from '@playwright/test';
import { PersonalDataStep, persona } from 'kyc-onboarding-playwright';
import { evidences } from './fixtures/axe';

// Evidence for the conformance report (WCAG 3.3.1: errors identified and described in text).
test.beforeEach(() => evidences('3.3.1'));

test('an invalid name shows its error while typing, linked to the field, and the error goes when fixed', async ({ page }) => {
  const step = new PersonalDataStep(page);
  await step.open();
  await step.firstName().fill('J@ne');
  const error = page.locator('#first_name-error');
  await expect(error).toHaveText(/letters/i);
  await expect(step.firstName()).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await step.firstName().getAttribute('aria-describedby')) ?? '';
  expect(describedBy.split(' ')).toContain('first_name-error');
  await expect(page).toHaveURL(/\/personal-data$/);

  await step.firstName().fill('Jane');
  await expect(error).toBeEmpty();
  await expect(step.firstName()).not.toHaveAttribute('aria-invalid', 'true');
});

test('names with accents, apostrophes and other scripts are accepted; emoji and 51 characters are not', async ({ page }) => {
  const step = new PersonalDataStep(page);
  await step.open();
  for (const ok of ['Zoë', 'Łukasz', "O'Brien", 'María José', 'Jean-Luc']) {
    await step.lastName().fill(ok);
    await expect(page.locator('#last_name-error')).toBeEmpty();
  }
  for (const bad of [' Anna', 'Anna😀', 'a'.repeat(51)]) {
    await step.lastName().fill(bad);
    await expect(page.locator('#last_name-error')).not.toBeEmpty();
  }
});

test('a 17-year-old is refused', async ({ page }) => {
  const step = new PersonalDataStep(page);
  await step.open();
  const d = new Date();
  const seventeen = `${d.getFullYear() - 17}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  await page.getByLabel('Date of birth').fill(seventeen);
  await expect(page.locator('#birth_date-error')).toContainText('18');
});

test('submitting with errors shows a focused summary that links to each field, and keeps what was typed', async ({ page }) => {
  const step = new PersonalDataStep(page);
  await step.open();
  await step.fill(persona('Jane', { postalCode: '1234', email: 'not-an-email' }));
  await step.submit();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: /Postal code/ }).click();
  await expect(page.getByLabel('Postal code')).toBeFocused();
  await expect(page.getByLabel('Postal code')).toHaveValue('1234');
  await expect(step.firstName()).toHaveValue('Jane');
  await expect(page).toHaveURL(/\/personal-data$/);
});
