// The capture step with the fake camera filming the specimen card in a dark room.
import { test, expect } from '@playwright/test';
import { CaptureStep, handoffLink } from './fixtures/capture';

test('a photo that is too dark is refused with guidance, and can be retaken', async ({ page, request }) => {
  await page.goto(await handoffLink(request, 'PASSPORT'));
  const capture = new CaptureStep(page);
  await capture.shoot();
  const verdict = page.getByRole('alert').filter({ hasText: 'This photo cannot be used' });
  await expect(verdict).toContainText('It is too dark. Move to a brighter place');
  await expect(capture.usePhoto()).toBeDisabled();
  await capture.retake().click();
  await expect(capture.shutter()).toBeEnabled();
  await expect(verdict).toBeHidden();
});
