// Onfido's flow in the browser: personal data, consents, photos of the document and a selfie with
// the fake camera, then the decision of the document, selfie and Identity Enhanced reports under
// the product team's rules (ONFIDO_RULES in playwright.config.ts: two sources, a clear address and
// a clear date of birth). The simulated databases know the personas (personas.onfido in the
// package; sandbox/src/onfido/dataset.rs).
import type { Page } from '@playwright/test';
import {
  test, expect, PersonalDataStep, ConsentsStep, CaptureStep, StatusStep, personas, BACK, SELFIE, FRONT, type PartnerApi, type Person,
} from 'kyc-onboarding-playwright';
import { checkScreen, evidences } from './fixtures/axe';
import { expectHeadingFocused, fillPersonalData, giveConsents, press, shoot } from './fixtures/keyboard';

/**
 * The whole journey up to the decision's heading; returns the session's id. With `check`, the
 * journey is made with the keyboard alone and each screen on the way gets the accessibility check
 * (an ID card's, once in the file).
 */
async function onboard(page: Page, kyc: PartnerApi, p: Person, document: 'ID_CARD' | 'PASSPORT', check = false) {
  const { id, url } = await kyc.createSession({ flow: 'onfido_documents', capture_document: document });
  await page.goto(url);
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  expect(await personal.asks('Place of birth'), 'Onfido asks only what it uses').toBe(false);
  const capture = new CaptureStep(page);
  if (!check) {
    await personal.fill(p);
    await personal.submit();
    await new ConsentsStep(page).giveBoth();
    await capture.takeAll(document);
    return id;
  }
  evidences('2.1.1', '2.1.2', '2.4.3', '2.4.7');
  await checkScreen(page, 'Onfido: personal data');
  await fillPersonalData(page, p);
  await page.keyboard.press('Enter');
  await giveConsents(page);

  // Each picture: its heading takes the focus; the shutter and "Use this photo" by the keyboard.
  // The camera's screen is checked as it is then: auto-capture may count down or fire meanwhile.
  const picture = async (heading: string, screen?: string) => {
    await expectHeadingFocused(page, heading);
    await expect(capture.shutter().or(capture.preview())).toBeVisible();
    if (screen) await checkScreen(page, `capture: ${screen}, camera on`);
    await shoot(page);
    if (screen === 'the front of the document') await checkScreen(page, 'capture: the preview of a photo');
    await expect(capture.usePhoto()).toBeEnabled();
    await press(page, /^Use this photo$/);
  };
  await picture(FRONT, 'the front of the document');
  await picture(BACK);
  await picture(SELFIE, 'the selfie');
  return id;
}

test('Catherine Stanley, known to three UK sources, is verified', async ({ page, kyc }) => {
  const id = await onboard(page, kyc, personas.onfido.clear, 'ID_CARD', true);
  await expect(new StatusStep(page).verified()).toBeVisible({ timeout: 30_000 });
  await expectHeadingFocused(page, 'You are verified');
  const detail = await kyc.session(id);
  expect(detail.status).toBe('successful');
  expect(detail.decision.identity_enhanced.total_number_of_sources).toBe(3);
});

test('Oliver Bennett, known to one UK source only, is referred and told what happens next', async ({ page, kyc }) => {
  const id = await onboard(page, kyc, personas.onfido.consider, 'PASSPORT');
  const status = new StatusStep(page);
  await expect(status.referred()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status')).toContainText('Our team will review your details and contact you.');
  await expect(page.getByText('Nothing else is needed from you right now.')).toBeVisible();
  await expect(page.getByRole('button', { name: /try again|start again/i })).toHaveCount(0);
  await checkScreen(page, 'status: referred, what happens next');
  const detail = await kyc.session(id);
  expect(detail.status).toBe('referred');
  expect(detail.decision.identity_enhanced.result).toBe('consider');
  expect(detail.decision.identity_enhanced.address.number_of_matches).toEqual({ credit_agencies: 1 });
});

test('Emily Carter in the US is verified with the last four digits of her SSN', async ({ page, kyc }) => {
  expect(personas.onfido.clearUS.ssn).toBe('4817');
  const id = await onboard(page, kyc, personas.onfido.clearUS, 'PASSPORT');
  await expect(new StatusStep(page).verified()).toBeVisible({ timeout: 30_000 });
  const detail = await kyc.session(id);
  expect(detail.decision.identity_enhanced.ssn.number_of_matches).toEqual({ credit_agencies: 1 });
});

test('the product team\'s rule refers Priya Shah, whose report is clear but has no date of birth', async ({ page, kyc }) => {
  const id = await onboard(page, kyc, personas.onfido.clearWithoutBirthDate, 'PASSPORT');
  await expect(new StatusStep(page).referred()).toBeVisible({ timeout: 30_000 });
  const detail = await kyc.session(id);
  expect(detail.decision.identity_enhanced.result).toBe('clear');
  expect(detail.decision.reason).toBe('identity_enhanced: rule 3 does not hold: date_of_birth == clear');
});
