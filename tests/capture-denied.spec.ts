// The capture step in a browser where the camera was refused.
import type { APIRequestContext } from '@playwright/test';
import { test, expect, CaptureStep, type PartnerApi, handoffLink, SELFIE } from 'kyc-onboarding-playwright';
import * as path from 'node:path';
import { expectNoAxeViolations } from './fixtures/axe';

const specimenPng = path.resolve(__dirname, '..', 'target', 'capture-fixtures', 'specimen.png');

/** A passport's hand-off link: the capture step straight away, as the phone opens it. */
const passportHandoff = async (request: APIRequestContext, kyc: PartnerApi) =>
  handoffLink(request, (await kyc.createSession({ capture_document: 'PASSPORT' })).url);

test('without camera permission: the explanation, then the upload fallback with its checks', async ({ page, browser, context, request, kyc }) => {
  // The camera refused for this context, as a user who clicked "Block" would have it.
  const { targetInfo } = await (await context.newCDPSession(page)).send('Target.getTargetInfo');
  await (await browser.newBrowserCDPSession()).send('Browser.setPermission', {
    permission: { name: 'camera' }, setting: 'denied', browserContextId: targetInfo.browserContextId,
  });
  await page.goto(await passportHandoff(request, kyc));
  const capture = new CaptureStep(page);
  await expect(capture.cameraProblem('The camera is not allowed')).toBeVisible();
  await expect(capture.retryCamera()).toBeVisible();
  await capture.uploadInstead().click();

  const file = capture.fileInput();
  await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await expect(capture.fileError()).toHaveText('This file is not a JPEG or PNG picture. Please choose a photo.');
  await file.setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not a picture either') });
  await expect(capture.fileError()).toHaveText(/cannot be opened as a picture/);
  await file.setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(26 * 1024 * 1024) });
  await expect(capture.fileError()).toHaveText('This file is larger than 25 MB. Please choose a smaller photo.');
  await capture.upload(specimenPng);
  await expectNoAxeViolations(page);
  await capture.use(SELFIE);
});


// Chromium's fake camera cannot be made to fail in the other ways, so the browser's own failure
// (the DOMException getUserMedia rejects with, or a page outside a secure context) is staged
// before the app loads. What is tested is the app: the right explanation and the way on.
const failures = [
  { name: 'no camera', stage: "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'))",
    title: 'No camera found', retry: false },
  { name: 'camera busy', stage: "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Could not start video source', 'NotReadableError'))",
    title: 'The camera is in use', retry: true },
  { name: 'insecure context', stage: "Object.defineProperty(window, 'isSecureContext', { get: () => false })",
    title: 'The camera needs a secure connection', retry: false },
];

for (const failure of failures) {
  test(`${failure.name}: its own explanation, and the upload still works`, async ({ page, request, kyc }) => {
    await page.addInitScript(failure.stage);
    await page.goto(await passportHandoff(request, kyc));
    const capture = new CaptureStep(page);
    const alert = capture.cameraProblem(failure.title);
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Try the camera again' })).toBeVisible({ visible: failure.retry });
    await alert.getByRole('button', { name: 'Upload a photo instead' }).click();
    await capture.upload(specimenPng);
  });
}
