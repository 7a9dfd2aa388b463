// Onfido's flow in the browser: personal data, consents, photos of the document and a selfie with
// the fake camera, then the decision of the document, selfie and Identity Enhanced reports under
// the product team's rules (ONFIDO_RULES in playwright.config.ts: two sources, a clear address and
// a clear date of birth). The simulated databases know the personas below (sandbox/src/onfido/dataset.rs).
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { PersonalDataStep, ConsentsStep, StatusStep, persona, partnerSessionOf, expectNoAxeViolations, type Person } from './fixtures/onboarding';
import { CaptureStep } from './fixtures/capture';

const VERIFIED = 'You are verified';
const REFERRED = 'Your application needs a closer look';

async function onfidoLink(request: APIRequestContext, document: 'ID_CARD' | 'PASSPORT') {
  const created = await request.post('/partner/v1/sessions', {
    headers: { Authorization: 'Bearer sandbox-partner-key' },
    data: { flow: 'onfido_documents', language: 'en', capture_document: document },
  });
  expect(created.status()).toBe(201);
  return (await created.json()).url as string;
}

function uk(name: string, birthDate: string, houseNumber: string, street: string, postalCode: string, city: string): Person {
  const [firstName, lastName] = name.split(' ');
  return persona(firstName, {
    lastName, birthDate, street, houseNumber, postalCode, city,
    nationality: 'GB', country: 'GB', mobile: '+44 7911 123456', email: `${firstName.toLowerCase()}@example.com`,
  });
}

/** The whole journey up to the decision's heading. */
async function onboard(page: Page, request: APIRequestContext, p: Person, document: 'ID_CARD' | 'PASSPORT', ssn?: string) {
  await page.goto(await onfidoLink(request, document));
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  expect(await personal.asks('Place of birth'), 'Onfido asks only what it uses').toBe(false);
  await personal.fill(p);
  if (ssn) await page.getByLabel('US Social Security number').fill(ssn);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();

  await new CaptureStep(page).takeAll(document);
}

test('Catherine Stanley, known to three UK sources, is verified', async ({ page, request }) => {
  await onboard(page, request, uk('Catherine Stanley', '1985-03-14', '26', 'Rowland Close', 'OX2 9PL', 'Oxford'), 'ID_CARD');
  await expect(new StatusStep(page).heading(VERIFIED)).toBeVisible({ timeout: 30_000 });
  const detail = await partnerSessionOf(request, 'Stanley');
  expect(detail.status).toBe('successful');
  expect(detail.decision.identity_enhanced.total_number_of_sources).toBe(3);
});

test('Oliver Bennett, known to one UK source only, is referred and told what happens next', async ({ page, request }) => {
  await onboard(page, request, uk('Oliver Bennett', '1979-07-02', '8', 'Kingsley Road', 'LS6 2BE', 'Leeds'), 'PASSPORT');
  const status = new StatusStep(page);
  await expect(status.heading(REFERRED)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status')).toContainText('Our team will review your details and contact you.');
  await expect(page.getByText('Nothing else is needed from you right now.')).toBeVisible();
  await expect(page.getByRole('button', { name: /try again|start again/i })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const detail = await partnerSessionOf(request, 'Bennett');
  expect(detail.status).toBe('referred');
  expect(detail.decision.identity_enhanced.result).toBe('consider');
  expect(detail.decision.identity_enhanced.address.number_of_matches).toEqual({ credit_agencies: 1 });
});

test('Emily Carter in the US is verified with the last four digits of her SSN', async ({ page, request }) => {
  const emily = persona('Emily', {
    lastName: 'Carter', birthDate: '1987-06-05', nationality: 'US', street: 'Maple Avenue', houseNumber: '1420',
    postalCode: '62704', city: 'Springfield', state: 'IL', country: 'US', mobile: '+1 217 555 0142', email: 'emily@example.com',
  });
  await onboard(page, request, emily, 'PASSPORT', '4817');
  await expect(new StatusStep(page).heading(VERIFIED)).toBeVisible({ timeout: 30_000 });
  const detail = await partnerSessionOf(request, 'Carter');
  expect(detail.decision.identity_enhanced.ssn.number_of_matches).toEqual({ credit_agencies: 1 });
});

test('the product team\'s rule refers Priya Shah, whose report is clear but has no date of birth', async ({ page, request }) => {
  await onboard(page, request, uk('Priya Shah', '1990-11-23', '14', 'Elm Grove', 'BS7 8AB', 'Bristol'), 'PASSPORT');
  await expect(new StatusStep(page).heading(REFERRED)).toBeVisible({ timeout: 30_000 });
  const detail = await partnerSessionOf(request, 'Shah');
  expect(detail.decision.identity_enhanced.result).toBe('clear');
  expect(detail.decision.reason).toBe('identity_enhanced: rule 3 does not hold: date_of_birth == clear');
});
