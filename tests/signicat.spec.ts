// Signicat Assure's bank example in the browser: personal data, consents, a login at the simulated
// iDIN bank (a real redirect to the simulators' origin and back), photos of an ID card and a
// selfie with the fake camera, then the typed details matched against the bank's and the
// document's, field by field, and the decision. The personas are the simulator's
// (personas.signicat in the package; sandbox/src/signicat/personas.rs).
import type { Page } from '@playwright/test';
import {
  test, expect, BankLoginStep, IdinBankPage, CaptureStep, StatusStep, giveDetailsAndConsent, personas, FRONT, BACK, SELFIE,
  type PartnerApi, type Person,
} from 'kyc-onboarding-playwright';
import { checkScreen, evidences } from './fixtures/axe';
import { expectAnnouncedOnce, expectHeadingFocused, fillPersonalData, giveConsents, chooseRadio, press, takePicture } from './fixtures/keyboard';

const CLAIRE = personas.signicat.accepted;
const SANNE = personas.signicat.lastNameDiffers;

/**
 * The journey from the product team's link to the decision; `bankAccount` is whose account logs
 * in. With `check`, it is made with the keyboard alone and each screen gets the accessibility check.
 */
async function onboard(page: Page, kyc: PartnerApi, p: Person, bankAccount: Person, check = false) {
  const { id, url } = await kyc.createSession({ flow: 'signicat_bank' });
  await page.goto(url);
  const bankLogin = new BankLoginStep(page);
  const bank = new IdinBankPage(page);
  if (check) {
    evidences('2.1.1', '2.1.2', '2.4.3', '2.4.7');
    await expect(page.getByRole('heading', { level: 1, name: 'Your personal details' })).toBeVisible();
    await fillPersonalData(page, p);
    await page.keyboard.press('Enter');
    await giveConsents(page);
    await expectHeadingFocused(page, 'Confirm who you are with your bank');
    await checkScreen(page, 'Signicat: confirm who you are with your bank');
    await press(page, /^Continue to your bank$/);
    // The simulated bank, on the simulators' own origin.
    await expect(bank.heading()).toBeVisible();
    expect(new URL(page.url()).origin).not.toBe(new URL(url).origin);
    await checkScreen(page, 'Signicat simulator: the bank login (iDIN)');
    await chooseRadio(page, new RegExp(`^${bankAccount.firstName} ${bankAccount.lastName},`));
    await expect(bank.account(bankAccount)).toBeChecked();
    await press(page, /^Log in and share$/);
  } else {
    await giveDetailsAndConsent(page, p);
    await bankLogin.continueToBank();
    await expect(bank.heading()).toBeVisible();
    expect(new URL(page.url()).origin).not.toBe(new URL(url).origin);
    await bank.logInAs(bankAccount);
  }

  // Back in the app, which read the login's result from the provider and moved on.
  const capture = new CaptureStep(page);
  if (check) {
    // A page load (back from the bank): the focus starts at the top, as on any page.
    await expect(capture.heading('Which document will you photograph?')).toBeVisible();
    await checkScreen(page, 'capture: which document');
    await press(page, /^ID card$/);
  } else {
    await capture.chooseDocument('ID card');
  }
  await expect(capture.heading(FRONT)).toBeVisible();
  expect(page.url(), 'the provider\'s ids do not stay in the address bar').not.toMatch(/dossierId|processId/);
  expect(new URL(page.url()).searchParams.get('lang'), 'the product team\'s language survives the trip').toBe('en');
  if (!check) {
    await capture.takeAll('ID_CARD');
    return id;
  }
  for (const heading of [FRONT, BACK, SELFIE]) await takePicture(page, heading);
  return id;
}

test('Ingrid Hansen, living in Oslo, logs in with Norwegian BankID and her passport matches', async ({ page, kyc }) => {
  const { id, url } = await kyc.createSession({ flow: 'signicat_bank' });
  await page.goto(url);
  await giveDetailsAndConsent(page, personas.signicat.norwegian);
  await new BankLoginStep(page).continueToBank();
  // Her country's scheme: BankID, not the Dutch iDIN.
  const bank = new IdinBankPage(page, 'BankID');
  await bank.logInAs(personas.signicat.norwegian);
  const capture = new CaptureStep(page);
  await capture.chooseDocument('Passport');
  await capture.takeAll('PASSPORT');
  await expect(new StatusStep(page).verified()).toBeVisible({ timeout: 30_000 });
  expect((await kyc.session(id)).signicat.verdict).toBe('accepted');
});

test('Claire de Vries, confirmed by her bank and her ID card, is accepted and her data is deleted', async ({ page, kyc }) => {
  const id = await onboard(page, kyc, CLAIRE, CLAIRE, true);
  const status = new StatusStep(page);
  await expect(status.verified()).toBeVisible({ timeout: 30_000 });
  await expectHeadingFocused(page, 'You are verified');
  await expectAnnouncedOnce(page, 'Thank you. Your identity has been confirmed.');
  await expect(status.comparison('Last name').bank).toHaveText('Matches');
  await checkScreen(page, 'status: verified, how the details compare');
  const lastName = status.comparison('Last name');
  await expect(lastName.bank).toHaveText('Matches');
  await expect(lastName.document).toHaveText('Matches');
  await expect(status.comparison('City').bank).toHaveText('Matches');
  await expect(status.comparison('City').document, 'a passport or ID card does not compare the address').toHaveText('');
  await expect(page.getByText('Does not match')).toHaveCount(0);

  // The product team keeps the decision; nobody keeps the personal data.
  const detail = await kyc.session(id);
  expect(detail.status).toBe('successful');
  expect(detail.signicat.verdict).toBe('accepted');
  expect([detail.signicat.face_match, detail.signicat.liveness]).toEqual(['pass', 'pass']);
  expect(detail.person).toBeNull();
  expect(detail.verified_person).toBeNull();
  expect(JSON.stringify(detail)).not.toMatch(/Claire|Vries|Keizersgracht|1990-05-17/);
  // A reload shows the same result from what is kept.
  await page.reload();
  await expect(status.verified()).toBeVisible();
  await expect(status.comparison('Date of birth').bank).toHaveText('Matches');
});

test('Sanne Visser, whose ID card shows another last name, is referred and sees which detail differs', async ({ page, kyc }) => {
  const id = await onboard(page, kyc, SANNE, SANNE);
  const status = new StatusStep(page);
  await expect(status.referred()).toBeVisible({ timeout: 30_000 });
  const lastName = status.comparison('Last name');
  await expect(lastName.bank).toHaveText('Matches');
  await expect(lastName.document).toHaveText('Does not match');
  await expect(status.comparison('First name(s)').document).toHaveText('Matches');
  await expect(status.comparison('Date of birth').document).toHaveText('Matches');
  await checkScreen(page, 'status: referred, which detail differs');
  const detail = await kyc.session(id);
  expect(detail.status).toBe('referred');
  expect(detail.signicat.reason).toBe('last_name differs from the ID document');
  // Kept for the product team's review (they contact Sanne), deleted when it settles the case.
  expect(detail.person.last_name).toBe('Visser');
  await kyc.review(id, 'accepted');
  expect((await kyc.session(id)).person).toBeNull();
  await page.reload();
  await expect(status.verified()).toBeVisible();
});

test('a cancelled bank login says so and can be tried again', async ({ page, kyc }) => {
  await page.goto((await kyc.createSession({ flow: 'signicat_bank' })).url);
  await giveDetailsAndConsent(page, CLAIRE);
  const bankLogin = new BankLoginStep(page);
  await bankLogin.continueToBank();
  await new IdinBankPage(page).cancel();
  await expect(bankLogin.notice()).toHaveText('The login at your bank was cancelled. You can try again.');
  await checkScreen(page, 'Signicat: the bank login cancelled');
  await bankLogin.continueToBank();
  await expect(new IdinBankPage(page).heading()).toBeVisible();
});
