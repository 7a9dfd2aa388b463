// The capture step with the fake camera filming the specimen card in a dark room.
import { test, expect, CaptureStep, handoffLink } from 'kyc-onboarding-playwright';

test('a photo that is too dark is refused with guidance, and can be retaken', async ({ page, request, kyc }) => {
  await page.goto(await handoffLink(request, (await kyc.createSession({ capture_document: 'PASSPORT' })).url));
  const capture = new CaptureStep(page);
  await capture.shoot();
  const verdict = capture.refused();
  await expect(verdict).toContainText('It is too dark. Move to a brighter place');
  await expect(capture.usePhoto()).toBeDisabled();
  await capture.retake().click();
  await expect(capture.shutter()).toBeEnabled();
  await expect(verdict).toBeHidden();
});
