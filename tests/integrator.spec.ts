// The integrator's spec of docs/testing.md, as it is there: a session created through the partner
// API, the flow in the browser with the page objects, and the verified webhook at the end.
import { test, expect, personas, PersonalDataStep, ConsentsStep, IdentificationStep, StatusStep } from 'kyc-onboarding-playwright';

test('a customer verified by video call: our server hears the session completed', async ({ page, kyc, webhooks }) => {
  // Our backend creates the session (the `webhooks` fixture already listens) and sends the link.
  const session = await kyc.createSession({ flow: 'solaris_idnow', language: 'en', external_id: `customer-${Date.now()}` });
  await page.goto(session.url);

  // The customer's part, found by accessible names.
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  await personal.fill(personas.solaris.successful);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  await new IdentificationStep(page).start('ID card', 'DE'); // the simulated call ends by itself
  await expect(new StatusStep(page).verified()).toBeVisible();

  // Our server's part: the decision arrives signed, and the API tells the rest.
  const completed = await webhooks.waitFor('session.completed');
  expect(completed.data).toMatchObject({ session: session.id, outcome: 'successful' });
  const steps = webhooks.received('session.step_completed').map((event) => event.data.step);
  expect(steps).toEqual(expect.arrayContaining(['personal_data', 'consents']));
  expect((await kyc.session(session.id)).status).toBe('successful');
});
