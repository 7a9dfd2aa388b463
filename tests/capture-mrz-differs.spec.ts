// The zone read in the browser against the typed details: the fake camera films a valid specimen
// passport of Anna Maria Eriksson, born on 12 August 1974; the user typed the 13th. The differing
// field is named, with ways on, before anything is sent (the proxy's own reading of an upload is
// tested in proxy/tests/api/captures.rs).
import { test, expect, PersonalDataStep, ConsentsStep, CaptureStep, personas, FRONT } from 'kyc-onboarding-playwright';

test('a typed birth date that differs from the passport is named before upload, and the details can be corrected', async ({ page, kyc }) => {
  const { url } = await kyc.createSession({ flow: 'onfido_documents', capture_document: 'PASSPORT' });
  await page.goto(url);
  const personal = new PersonalDataStep(page);
  const anna = { ...personas.onfido.clearGermany, firstName: 'Anna Maria', lastName: 'Eriksson', birthDate: '1974-08-13' };
  await personal.fill(anna);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  const capture = new CaptureStep(page);
  await expect(capture.heading(FRONT)).toBeVisible();
  if (!(await capture.preview().isVisible())) await capture.shutter().click();
  const differs = page.getByRole('alert').filter({ hasText: 'The document does not match your details' });
  await expect(differs).toBeVisible();
  await expect(differs.getByRole('listitem')).toHaveText(['Date of birth']);
  await expect(differs.getByRole('button', { name: 'Correct my details' })).toBeVisible();
  await expect(capture.usePhoto()).toBeDisabled();
  // Correcting the details goes back to them, with everything typed still there.
  await differs.getByRole('button', { name: 'Correct my details' }).click();
  await expect(personal.heading()).toBeVisible();
  await expect(page.getByLabel('Last name')).toHaveValue('Eriksson');
});
