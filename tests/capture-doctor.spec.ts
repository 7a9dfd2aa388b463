// The permission doctor: before the camera is asked for, what will go wrong is recognised and
// explained, with the ways on at once (the hand-off to a phone, a file, and in an app's own
// browser a link for the real browser), instead of a black preview. The browser's trouble is
// staged before the app loads (Chromium's fake camera cannot fail in these ways); what is
// tested is the app's advice.
import type { Page } from '@playwright/test';
import { test, expect, CaptureStep, personas, giveDetailsAndConsent, handoffLink, FRONT } from 'kyc-onboarding-playwright';
import { expectNoAxeViolations } from './fixtures/axe';
import { frameOnboarding } from './fixtures/frame';

/** The user's journey to the first picture, on a desktop: the hand-off panel is offered there. */
async function toCapture(page: Page, kyc: { createSession: (o: object) => Promise<{ url: string }> }) {
  await page.goto((await kyc.createSession({ capture_document: 'PASSPORT' })).url);
  await giveDetailsAndConsent(page, personas.solaris.successful);
  const capture = new CaptureStep(page);
  await expect(capture.heading(FRONT)).toBeVisible();
  return capture;
}

/** The hand-off to a phone, offered beside the advice. */
const handoff = (page: Page) => page.getByRole('region', { name: 'Continue on your phone' });

const inAppBrowsers = [
  { app: 'Instagram', android: false, ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 326.0.3.30.91 (iPhone14,5; iOS 17_4; en_US; en; scale=3.00; 1170x2532; 587440170)' },
  { app: 'Facebook', android: false, ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone13,2;FBMD/iPhone;FBSN/iOS;FBSV/16.6;FBSS/3;FBID/phone;FBLC/de_DE;FBOP/5]' },
  { app: 'TikTok', android: true, ua: 'Mozilla/5.0 (Linux; Android 12; Pixel 6 Build/SQ3A.220705.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/103.0.5060.129 Mobile Safari/537.36 trill_2022709040 AppName/musical_ly app_version/27.9.4 BytedanceWebview/d8a21c6' },
  { app: 'LinkedIn', android: false, ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29.6621' },
  { app: 'an Android WebView', android: true, ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/121.0.6167.101 Mobile Safari/537.36' },
];

for (const { app, android, ua } of inAppBrowsers) {
  test.describe(`inside ${app}`, () => {
    test.use({ userAgent: ua });

    test('the app\'s browser is named as the trouble, with a link for the real browser and the hand-off', async ({ page, kyc }) => {
      const capture = await toCapture(page, kyc);
      const advice = capture.cameraProblem('This app\'s browser cannot use the camera');
      await expect(advice).toBeVisible();
      // Never asked: no black preview.
      await expect(capture.shutter()).toBeHidden();
      await expect(handoff(page)).toBeVisible();
      await advice.getByRole('button', { name: 'Get a link to open in my browser' }).click();
      const link = advice.getByRole('textbox', { name: 'Link for your browser' });
      await expect(link).toHaveValue(/\/capture\?handoff=/);
      const chrome = advice.getByRole('link', { name: 'Open in Chrome' });
      if (android) {
        await expect(chrome).toHaveAttribute('href', /^intent:\/\/.*#Intent;scheme=https?;package=com\.android\.chrome;end$/);
      } else {
        await expect(chrome).toHaveCount(0);
      }
      await expect(advice.getByRole('button', { name: 'Upload a photo instead' })).toBeVisible();
      if (app === 'Instagram') await expectNoAxeViolations(page);
    });
  });
}

// Each stages the browser's answer before the app loads.
const troubles = [
  {
    name: 'no camera at all: said before asking',
    stage: 'navigator.mediaDevices.enumerateDevices = async () => [];',
    title: 'No camera found', text: /no camera we can use/, retry: false,
  },
  {
    name: 'the camera held by another app',
    stage: "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Could not start video source', 'NotReadableError'));",
    title: 'The camera is in use', text: /Another app is using the camera/, retry: true,
  },
  {
    name: 'a refused permission, known before asking, with Chrome\'s way to allow it again',
    stage: `const query = navigator.permissions.query.bind(navigator.permissions);
      navigator.permissions.query = (d) => d.name === 'camera' ? Promise.resolve({ state: 'denied', name: 'camera' }) : query(d);
      navigator.mediaDevices.getUserMedia = () => { window.__askedForCamera = true; return Promise.reject(new DOMException('', 'NotAllowedError')); };`,
    title: 'The camera is not allowed', text: /click the camera or settings symbol at the left of the address bar/, retry: true,
  },
  {
    name: 'a virtual camera',
    stage: "Object.defineProperty(MediaStreamTrack.prototype, 'label', { get: () => 'OBS Virtual Camera' });",
    title: 'A virtual camera is selected', text: /virtual camera \(software such as OBS/, retry: true,
  },
];

for (const trouble of troubles) {
  test(`${trouble.name}: its advice, the hand-off and the upload`, async ({ page, kyc }) => {
    await page.addInitScript(trouble.stage);
    const capture = await toCapture(page, kyc);
    const advice = capture.cameraProblem(trouble.title);
    await expect(advice).toBeVisible();
    await expect(advice).toContainText(trouble.text);
    await expect(advice.getByRole('button', { name: 'Try the camera again' })).toBeVisible({ visible: trouble.retry });
    await expect(handoff(page)).toBeVisible();
    await expect(handoff(page).getByRole('button', { name: 'Show a QR code for my phone' })).toBeVisible();
    expect(await page.evaluate(() => (window as { __askedForCamera?: boolean }).__askedForCamera ?? false)).toBe(false);
    await expectNoAxeViolations(page);
    await advice.getByRole('button', { name: 'Upload a photo instead' }).click();
    await expect(capture.fileInput()).toBeVisible();
  });
}

test('framed by a product team\'s page that does not delegate the camera (no allow="camera"): said so, with the upload', async ({ page, request, kyc }) => {
  const kycPort = Number(process.env.KYC_E2E_PORT ?? 18080);
  const host = `http://127.0.0.1:${kycPort + 1}`;
  const created = await kyc.createSession({ capture_document: 'PASSPORT', allowed_origins: [host] });
  const embed = new URL(created.url).searchParams.get('embed');
  const link = `${await handoffLink(request, created.url)}&embed=${embed}`;
  // Another origin frames the capture step the way a team's page forgetting `allow` would.
  await page.goto(`${host}/sandbox/health`);
  const framed = await frameOnboarding(page, link);
  const advice = framed.getByRole('alert').filter({ hasText: 'This website may not use the camera here' });
  await expect(advice).toBeVisible();
  await expect(advice.getByRole('button', { name: 'Upload a photo instead' })).toBeVisible();
  await expect(advice.getByRole('button', { name: 'Try the camera again' })).toBeHidden();
});
