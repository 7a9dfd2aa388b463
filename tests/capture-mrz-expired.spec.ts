// The document's machine-readable zone read in the browser (the MRZ reader's Web Worker) before
// the picture is sent: the fake camera films a specimen passport whose check digits hold but
// whose validity ended in 2021. The user is told at once, and nothing is uploaded.
import { test, expect, PersonalDataStep, ConsentsStep, CaptureStep, personas, FRONT } from 'kyc-onboarding-playwright';
import { expectNoAxeViolations } from './fixtures/axe';

test('an expired passport is refused before upload, with the reason', async ({ page, kyc }) => {
  const { url } = await kyc.createSession({ flow: 'onfido_documents', capture_document: 'PASSPORT' });
  const uploads: string[] = [];
  page.on('request', (r) => { if (r.method() === 'PUT' && r.url().includes('/api/captures/')) uploads.push(r.url()); });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(url);
  const personal = new PersonalDataStep(page);
  await personal.fill({ ...personas.onfido.clearGermany, firstName: 'Anna Maria', lastName: 'Eriksson', birthDate: '1974-08-12' });
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  const capture = new CaptureStep(page);
  await expect(capture.heading(FRONT)).toBeVisible();
  expect(workers.some((w) => w.endsWith('/mrz/worker.js')), 'the reader starts with the capture step').toBe(true);
  // Auto-capture may have fired already: the preview then shows.
  if (!(await capture.preview().isVisible())) await capture.shutter().click();
  const refused = page.getByRole('alert').filter({ hasText: 'This document has expired' });
  await expect(refused).toBeVisible();
  await expect(refused).toContainText('expired documents are not accepted');
  await expect(capture.usePhoto()).toBeDisabled();
  await expectNoAxeViolations(page);
  expect(uploads).toEqual([]);
});
