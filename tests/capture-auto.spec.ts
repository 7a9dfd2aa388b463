// Auto-capture on a document held still (the fake camera plays the specimen ID card as a still
// picture): the countdown is shown and announced, then the shutter fires by itself; the picture
// goes up with what the capture noticed, which the product team sees and the user never does.
import { test, expect, CaptureStep, handoffLink, FRONT, BACK } from 'kyc-onboarding-playwright';
import { expectNoAxeViolations } from './fixtures/axe';

test('a steady document is taken by itself after an announced countdown', async ({ page, request, kyc }) => {
  const created = await kyc.createSession({ capture_document: 'ID_CARD' });
  await page.goto(await handoffLink(request, created.url));
  const capture = new CaptureStep(page);
  await expect(capture.heading(FRONT)).toBeVisible();
  const announced = page.getByRole('status').filter({ hasText: 'Hold still: the photo is taken automatically in 3 seconds.' });
  await expect(announced).toBeVisible();
  await expect(page.getByText(/^Photo in [123]$/)).toBeVisible();
  await expectNoAxeViolations(page);
  // No click: the picture is taken, checked and offered for use.
  await expect(capture.preview()).toBeVisible();
  await expect(capture.usePhoto()).toBeEnabled();
  const upload = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/api/captures/document_front'));
  await capture.usePhoto().click();
  const signals = JSON.parse((await upload).headers()['kyc-capture-signals']);
  expect(signals.source).toBe('auto_capture');
  expect(signals.frames_analysed).toBeGreaterThan(3);
  expect(signals.track.requested).toEqual({ width: 1920, height: 1080 });
  expect(signals.track.virtual_camera).toBe(false);
  await expect(capture.heading(BACK)).toBeVisible();
  // Nothing of it on the user's screen.
  await expect(page.getByText(/virtual|frame_gaps|signals/i)).toHaveCount(0);

  const detail = await kyc.session(created.id);
  expect(detail.signals).toEqual([expect.objectContaining({ slot: 'document_front', source: 'auto_capture' })]);
});

test('the manual shutter still works during the countdown, and a retake waits for steadiness again', async ({ page, request, kyc }) => {
  await page.goto(await handoffLink(request, (await kyc.createSession({ capture_document: 'PASSPORT' })).url));
  const capture = new CaptureStep(page);
  await expect(page.getByText(/^Photo in [123]$/)).toBeVisible();
  await capture.shutter().click();
  await expect(capture.preview()).toBeVisible();
  await capture.retake().click();
  await expect(capture.shutter()).toBeEnabled();
  await expect(capture.preview()).toBeHidden();
  await expect(capture.preview()).toBeVisible();
});
