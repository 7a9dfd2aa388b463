import { test, expect } from '@playwright/test';
import { PersonalDataStep, ConsentsStep, IdentificationStep, StatusStep, persona } from 'kyc-onboarding-playwright';
import { expectNoAxeViolations } from './fixtures/axe';

test('axe-core finds no WCAG 2.1 AA violations on any step', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await expectNoAxeViolations(page);

  // With inline errors and the error summary showing.
  await personal.firstName().fill('J@ne');
  await personal.submit();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expectNoAxeViolations(page);

  await personal.fill(persona('X-AUTOTEST-LONGREVIEW'));
  await personal.submit();
  const consents = new ConsentsStep(page);
  await expect(consents.heading()).toBeVisible();
  await consents.terms().check();
  await expect(consents.terms()).toBeChecked();
  await expectNoAxeViolations(page);
  await consents.dataProcessing().check();
  await expect(consents.dataProcessing()).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();

  const ident = new IdentificationStep(page);
  await expect(ident.heading()).toBeVisible();
  // The document choice, with the proof-of-address questions a passport brings up.
  await ident.chooseDocument('Passport', 'DE');
  await expect(page.getByRole('group', { name: 'Proof of address' })).toBeVisible();
  await ident.startButton().click();
  await expect(page.locator('#proof_issued_at-error')).not.toBeEmpty();
  await expectNoAxeViolations(page);
  await ident.start('ID card', 'DE');
  await expect(ident.call().getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await expect(new StatusStep(page).heading('You are verified')).toBeVisible();
  await expectNoAxeViolations(page);
});
