// Signicat Assure's bank example in the browser: personal data, consents, a login at the simulated
// iDIN bank (a real redirect to the simulators' origin and back), photos of an ID card and a
// selfie with the fake camera, then the typed details matched against the bank's and the
// document's, field by field, and the decision. The personas are the simulator's
// (sandbox/src/signicat/personas.rs; README "Signicat personas").
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { PersonalDataStep, ConsentsStep, StatusStep, persona, expectNoAxeViolations, type Person } from './fixtures/onboarding';
import { CaptureStep, FRONT } from './fixtures/capture';

const partner = { Authorization: 'Bearer sandbox-partner-key' };

/** A session of the Signicat flow, as a product team's backend opens it: its id and link. */
async function signicatSession(request: APIRequestContext) {
  const created = await request.post('/partner/v1/sessions', { headers: partner, data: { flow: 'signicat_bank', language: 'en' } });
  expect(created.status()).toBe(201);
  return (await created.json()) as { id: string; url: string };
}

async function sessionDetail(request: APIRequestContext, id: string) {
  const detail = await request.get(`/partner/v1/sessions/${id}`, { headers: partner });
  expect(detail.status()).toBe(200);
  return detail.json();
}

function dutch(name: string, birthDate: string, street: string, houseNumber: string, postalCode: string, city: string): Person {
  const [firstName, ...rest] = name.split(' ');
  return persona(firstName, {
    lastName: rest.join(' '), birthDate, street, houseNumber, postalCode, city,
    nationality: 'NL', country: 'NL', mobile: '+31 6 12345678', email: `${firstName.toLowerCase()}@example.com`,
  });
}

const CLAIRE = dutch('Claire de Vries', '1990-05-17', 'Keizersgracht', '123', '1015 CJ', 'Amsterdam');
const SANNE = dutch('Sanne Visser', '1992-11-08', 'Coolsingel', '8', '3011 AD', 'Rotterdam');

/** The journey from the product team's link to the decision; `bankAccount` is whose account logs in. */
async function onboard(page: Page, request: APIRequestContext, p: Person, bankAccount: RegExp) {
  const { id, url } = await signicatSession(request);
  await page.goto(url);
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  await personal.fill(p);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();

  await expect(page.getByRole('heading', { level: 1, name: 'Confirm who you are with your bank' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to your bank' }).click();
  // The simulated bank, on the simulators' own origin.
  await expect(page.getByRole('heading', { level: 1, name: 'Log in with iDIN' })).toBeVisible();
  expect(new URL(page.url()).origin).not.toBe(new URL(url).origin);
  await page.getByRole('radio', { name: bankAccount }).check();
  await page.getByRole('button', { name: 'Log in and share' }).click();

  // Back in the app, which read the login's result from the provider and moved on.
  const capture = new CaptureStep(page);
  await capture.chooseDocument('ID card');
  await expect(capture.heading(FRONT)).toBeVisible();
  expect(page.url(), 'the provider\'s ids do not stay in the address bar').not.toMatch(/dossierId|processId/);
  expect(new URL(page.url()).searchParams.get('lang'), 'the product team\'s language survives the trip').toBe('en');
  await capture.takeAll('ID_CARD');
  return id;
}

/** The result's row of `field`: its cells for the bank and for the document. */
function comparison(page: Page, field: string) {
  const row = page.getByRole('table', { name: 'How your details compare' }).getByRole('row', { name: field });
  return { bank: row.getByRole('cell').nth(0), document: row.getByRole('cell').nth(1) };
}

test('Claire de Vries, confirmed by her bank and her ID card, is accepted and her data is deleted', async ({ page, request }) => {
  const id = await onboard(page, request, CLAIRE, /^Claire de Vries/);
  await expect(new StatusStep(page).heading('You are verified')).toBeVisible({ timeout: 30_000 });
  const lastName = comparison(page, 'Last name');
  await expect(lastName.bank).toHaveText('Matches');
  await expect(lastName.document).toHaveText('Matches');
  await expect(comparison(page, 'City').bank).toHaveText('Matches');
  await expect(comparison(page, 'City').document, 'a passport or ID card does not compare the address').toHaveText('');
  await expect(page.getByText('Does not match')).toHaveCount(0);

  // The product team keeps the decision; nobody keeps the personal data.
  const detail = await sessionDetail(request, id);
  expect(detail.status).toBe('successful');
  expect(detail.signicat.verdict).toBe('accepted');
  expect([detail.signicat.face_match, detail.signicat.liveness]).toEqual(['pass', 'pass']);
  expect(detail.person).toBeNull();
  expect(detail.verified_person).toBeNull();
  expect(JSON.stringify(detail)).not.toMatch(/Claire|Vries|Keizersgracht|1990-05-17/);
  // A reload shows the same result from what is kept.
  await page.reload();
  await expect(new StatusStep(page).heading('You are verified')).toBeVisible();
  await expect(comparison(page, 'Date of birth').bank).toHaveText('Matches');
});

test('Sanne Visser, whose ID card shows another last name, is referred and sees which detail differs', async ({ page, request }) => {
  const id = await onboard(page, request, SANNE, /^Sanne Visser/);
  await expect(new StatusStep(page).heading('Your application needs a closer look')).toBeVisible({ timeout: 30_000 });
  const lastName = comparison(page, 'Last name');
  await expect(lastName.bank).toHaveText('Matches');
  await expect(lastName.document).toHaveText('Does not match');
  await expect(comparison(page, 'First name(s)').document).toHaveText('Matches');
  await expect(comparison(page, 'Date of birth').document).toHaveText('Matches');
  await expectNoAxeViolations(page);
  const detail = await sessionDetail(request, id);
  expect(detail.status).toBe('referred');
  expect(detail.signicat.reason).toBe('last_name differs from the ID document');
  // Kept for the product team's review (they contact Sanne), deleted when it settles the case.
  expect(detail.person.last_name).toBe('Visser');
  const review = await request.post(`/partner/v1/sessions/${id}/review`, {
    headers: { Authorization: 'Bearer sandbox-partner-key' }, data: { outcome: 'accepted' },
  });
  expect(review.status()).toBe(200);
  expect((await sessionDetail(request, id)).person).toBeNull();
  await page.reload();
  await expect(new StatusStep(page).heading('You are verified')).toBeVisible();
});

test('a cancelled bank login says so and can be tried again', async ({ page, request }) => {
  const { url } = await signicatSession(request);
  await page.goto(url);
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  await personal.fill(CLAIRE);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  await page.getByRole('button', { name: 'Continue to your bank' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText('The login at your bank was cancelled. You can try again.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue to your bank' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in with iDIN' })).toBeVisible();
});
