// Auto-capture must wait while the document moves: the fake camera plays the specimen ID card
// shifted and turned from frame to frame, as a shaking hand holds it.
import { test, expect, CaptureStep, handoffLink, FRONT } from 'kyc-onboarding-playwright';

test('a shaking document is not taken by itself: the user is asked to hold it still', async ({ page, request, kyc }) => {
  await page.goto(await handoffLink(request, (await kyc.createSession({ capture_document: 'PASSPORT' })).url));
  const capture = new CaptureStep(page);
  await expect(capture.heading(FRONT)).toBeVisible();
  await expect(page.getByText('Hold the document still inside the frame.')).toBeVisible();
  // Far more frames than a steady document needs for the countdown to end (5 + 3 s of them).
  await expect(page.locator('.capture__viewfinder')).toHaveAttribute('data-analysed', /^([4-9]\d|\d{3,})$/, { timeout: 30_000 });
  await expect(page.getByText(/^Photo in [123]$/)).toBeHidden();
  await expect(capture.preview()).toBeHidden();
  // The manual shutter stays.
  await capture.shutter().click();
  await expect(capture.preview()).toBeVisible();
});
