// The capture step with Chromium's fake camera filming a specimen ID card
// (tests/fixtures/specimen.html, turned into a video by tests/global-setup.ts).
import { devices, type Request } from '@playwright/test';
import {
  test, expect, CaptureStep, IdentificationStep, StatusStep, personas, giveDetailsAndConsent, handoffLink,
  browserStorage, trackCameraStreams, cameraState, trackUploads, uploadsOf, FRONT, BACK, SELFIE,
} from 'kyc-onboarding-playwright';
import { expectNoAxeViolations } from './fixtures/axe';
import { frameOnboarding } from './fixtures/frame';


test('the ID card front and back and a selfie: take, retake, use; the camera is off afterwards', async ({ page, kyc }, info) => {
  await trackCameraStreams(page);
  await trackUploads(page);
  const uploads: Request[] = [];
  page.on('request', (r) => { if (r.method() === 'PUT' && r.url().includes('/api/captures/')) uploads.push(r); });
  await page.goto((await kyc.createSession({ capture_document: 'ID_CARD' })).url);
  await giveDetailsAndConsent(page, personas.solaris.successful);

  const capture = new CaptureStep(page);
  await expect(capture.heading(FRONT)).toBeVisible();
  await expect(capture.progress(1, 3)).toBeVisible();
  await expectNoAxeViolations(page);
  await capture.shoot();
  await expect(page.getByText('Check that every detail is sharp and readable')).toBeVisible();
  await expectNoAxeViolations(page);
  // Retake: back to the live camera, which is still running.
  await capture.retake().click();
  await expect(capture.shutter()).toBeEnabled();
  await expect(capture.preview()).toBeHidden();

  const shutterAt = Date.now();
  await capture.shutter().click();
  await expect(capture.usePhoto()).toBeEnabled();
  const checkedAt = Date.now();
  await capture.usePhoto().click();
  await expect(capture.heading(BACK)).toBeVisible();
  const uploadedAt = Date.now();

  await capture.shoot();
  await capture.use(SELFIE);
  await capture.shoot();
  await capture.use('Video identification');
  await expect(capture.allReceived()).toBeVisible();

  // Three pictures, each a JPEG at most 2000 px wide, sent once; the camera light is off.
  expect(uploads.map((r) => new URL(r.url()).pathname)).toEqual(['/api/captures/document_front', '/api/captures/document_back', '/api/captures/selfie']);
  const sent = await uploadsOf(page);
  for (const r of uploads) expect(await r.headerValue('content-type')).toBe('image/jpeg');
  expect(sent.map((u) => u.type)).toEqual(['image/jpeg', 'image/jpeg', 'image/jpeg']);
  for (const { size } of sent) expect(size).toBeGreaterThan(10_000);
  const sizes = sent.map((u) => u.size);
  expect(await cameraState(page)).toEqual({ opened: 3, live: 0 });
  const captures = await (await page.request.get('/api/captures', { headers: { Authorization: `Bearer ${await page.evaluate(() => sessionStorage.getItem('kyc.session'))}` } })).json();
  expect(captures.done).toEqual(['document_front', 'document_back', 'selfie']);
  // Neither pictures nor personal data in the browser's storage.
  expect((await browserStorage(page)).session).toEqual(['kyc.session']);
  info.annotations.push({ type: 'measure', description: `shutter to checked ${checkedAt - shutterAt} ms, use to uploaded ${uploadedAt - checkedAt} ms, upload bytes ${sizes.join(', ')}` });
  console.log(`capture measure: shutter→preview ${checkedAt - shutterAt} ms, use→uploaded ${uploadedAt - checkedAt} ms, uploads ${sizes.join(', ')} bytes`);

  // The flow goes on with the call as before.
  await new IdentificationStep(page).start();
});

test('framed by a page that withholds the camera: said so, with the upload offered', async ({ page, request, kyc }) => {
  const link = await handoffLink(request, (await kyc.createSession({ capture_document: 'ID_CARD' })).url);
  await page.goto('/api/health');
  const framed = await frameOnboarding(page, link, "camera 'none'");
  await expect(framed.getByRole('alert').filter({ hasText: 'This website may not use the camera here' })).toBeVisible();
  await expect(framed.getByRole('button', { name: 'Upload a photo instead' }).first()).toBeVisible();
});

test('hand-off: the desktop sends the link, the phone takes the pictures, both end on the same status', async ({ page: desktop, browser, kyc, sandbox }) => {
  const jane = personas.solaris.successful;
  await desktop.goto((await kyc.createSession({ capture_document: 'ID_CARD' })).url);
  await giveDetailsAndConsent(desktop, jane);
  const onDesktop = new CaptureStep(desktop);
  await expect(onDesktop.heading(FRONT)).toBeVisible();
  await expect((await onDesktop.showQrCode()).locator('svg')).toBeVisible();
  await onDesktop.sendLinkByText();
  await expectNoAxeViolations(desktop);

  // The simulated gateway's outbox: what the phone received.
  const link = (await sandbox.lastText(jane.mobile)).link!;
  expect(link).toContain('handoff=');
  expect(new URL(link).searchParams.get('lang')).toBe('en');

  const phoneContext = await browser.newContext({ ...devices['Pixel 7'] });
  const phone = await phoneContext.newPage();
  await trackCameraStreams(phone);
  await phone.goto(link);
  await expect(phone).not.toHaveURL(/handoff=/);
  const capture = new CaptureStep(phone);
  await expect(capture.heading(FRONT)).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Show a QR code for my phone' })).toHaveCount(0);
  await capture.shoot();
  await capture.use(BACK);
  await capture.shoot();
  await capture.use(SELFIE);
  await capture.shoot();
  await capture.use('All photos received.');
  await expect(capture.continueOnComputer()).toBeVisible();
  expect(await cameraState(phone)).toEqual({ opened: 3, live: 0 });

  // The desktop, polling, moves on by itself and says the same.
  await expect(onDesktop.allReceived()).toBeVisible();
  await expect(new IdentificationStep(desktop).heading()).toBeVisible();
  // The link worked once.
  const again = await phoneContext.newPage();
  await again.goto(link);
  await expect(again.getByRole('alert')).toContainText('This link has expired or was already used');
  await phoneContext.close();
});

test("ID Dataweb, the guide's row: Andrea Roshell has no phone match, steps up to documents and is denied with her driver's licence", async ({ page, kyc }) => {
  await page.goto((await kyc.createSession({ flow: 'iddataweb_phone' })).url);
  await giveDetailsAndConsent(page, personas.iddataweb.noPhoneMatch);
  const capture = new CaptureStep(page);
  await expect(page).toHaveURL(/\/capture(\?|$)/);
  // The product team left the document open: the user says which one they have.
  await expect(capture.heading('Which document will you photograph?')).toBeVisible();
  await expectNoAxeViolations(page);
  // The step-up takes the guide's three documents.
  for (const offered of ['ID card', 'Passport', "Driver's licence"]) {
    await expect(page.getByRole('button', { name: offered, exact: true })).toBeVisible();
  }
  await capture.chooseDocument("Driver's licence");
  await expect(capture.heading(FRONT)).toBeVisible();
  await capture.shoot();
  await capture.use(BACK);
  await capture.shoot();
  await capture.use(SELFIE);
  await capture.shoot();
  await capture.usePhoto().click();
  // The pictures go to ID Dataweb's document check, which does not verify Andrea.
  await expect(new StatusStep(page).failed()).toBeVisible();
});

test('ID Dataweb: a failed phone match, then Andrew Roshell with his passport is approved by the document', async ({ page, kyc }) => {
  await page.goto((await kyc.createSession({ flow: 'iddataweb_phone', capture_document: 'PASSPORT' })).url);
  // A number the carrier does not have in Andrew's name: the phone match fails.
  await giveDetailsAndConsent(page, { ...personas.iddataweb.phoneMatch, mobile: '+1 703 555 0177' });
  const capture = new CaptureStep(page);
  await expect(capture.heading(FRONT)).toBeVisible();
  await capture.shoot();
  await capture.use(SELFIE);
  await capture.shoot();
  await capture.usePhoto().click();
  await expect(new StatusStep(page).verified()).toBeVisible();
});
