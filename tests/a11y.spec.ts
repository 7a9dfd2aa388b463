import { test, expect } from '@playwright/test';
import {
  PersonalDataStep, ConsentsStep, IdentificationStep, StatusStep, persona, reachIdentification, solarisPersona,
} from 'kyc-onboarding-playwright';
import { checkScreen, evidences } from './fixtures/axe';

test('Solaris: every screen of the form, the consents, the document choice and the call meets WCAG 2.2 AA', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await checkScreen(page, 'personal data');

  // With inline errors and the error summary showing.
  await personal.firstName().fill('J@ne');
  await personal.submit();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await checkScreen(page, 'personal data: error summary');

  await personal.fill(persona('X-AUTOTEST-LONGREVIEW'));
  await personal.submit();
  const consents = new ConsentsStep(page);
  await expect(consents.heading()).toBeVisible();
  await consents.terms().check();
  await expect(consents.terms()).toBeChecked();
  await checkScreen(page, 'consents');
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
  await checkScreen(page, 'identification: proof of address missing');
  await ident.start('ID card', 'DE');
  await expect(ident.call().getByRole('heading', { level: 1 })).toBeVisible();
  await checkScreen(page, 'identification: the video call');

  await expect(new StatusStep(page).heading('You are verified')).toBeVisible();
  await checkScreen(page, 'status: verified');
});

test('Solaris: the manual call and the wait for its result; asked for less motion, the spinner stands still', async ({ page }) => {
  const ident = await reachIdentification(page, solarisPersona('HAPPYPATH', 'manual'));
  await expect(ident.call().getByLabel('Mobile number')).toBeVisible();
  await checkScreen(page, 'identification: the manual video call');
  await ident.finished().click();
  const status = new StatusStep(page);
  await expect(status.waiting()).toBeVisible();
  await checkScreen(page, 'status: waiting for the result');

  const spinner = page.locator('.status .spinner__icon');
  await expect(spinner).toBeVisible();
  const animation = () => spinner.evaluate((el) => getComputedStyle(el).animationName);
  expect(await animation()).toBe('kyc-spin');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(animation).toBe('none');
  evidences('2.2.2');

  // The connection drops while the page waits: it says so, with the way on.
  await page.route('**/api/session/status', (route) => route.abort('connectionfailed'));
  await expect(page.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();
  await checkScreen(page, 'status: the check failed, try again');
  await page.unroute('**/api/session/status');
});
