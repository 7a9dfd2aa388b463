// Xpollens's account flow: the product team's step order, identity by instant transfer or by
// facial recognition, which happens on the phone: on a computer through callback 35's activation
// code (QR code and text), inside a product team's mobile app in the webview the app hands in
// through the embed bridge (closed when the app reports its URL ending in #SUCCESS); the
// strong-authentication notices; the account's status from callbacks 34 and 4.
import { devices, type FrameLocator, type Page } from '@playwright/test';
import {
  test, expect, AccountIdentityStep, AccountStatusStep, PersonalDataStep, AccountTaxStep, AccountTermsStep, FacialRecognitionWebview,
  ACCOUNT_HEADINGS, giveDetailsAndConsent, takeAccountStep, personas, type AccountStepKey, type PartnerApi, type Person,
} from 'kyc-onboarding-playwright';
import { checkScreen } from './fixtures/axe';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A session as the product team's backend opens it (its appUserId and order of steps), up to the first account step. */
async function start(page: Page, kyc: PartnerApi, person: Person, steps?: AccountStepKey[], check = false) {
  const appUserId = `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  await page.goto((await kyc.createSession({ flow: 'xpollens_account', app_user_id: appUserId, ...(steps ? { steps } : {}) })).url);
  if (check) {
    await expect(new PersonalDataStep(page).heading()).toBeVisible();
    await checkScreen(page, 'Xpollens: personal data');
  }
  // The tax plausibility check compares the tax country with the country of birth (DE).
  await giveDetailsAndConsent(page, person);
}

const heading = (page: Page | FrameLocator, step: AccountStepKey) => page.getByRole('heading', { level: 1, name: ACCOUNT_HEADINGS[step] });

/**
 * Takes one account step; the tax step first without the number Germany issues, which the bank
 * asks for at the field. With `check` (a page of its own), each screen on the way gets the
 * accessibility check.
 */
async function take(page: Page | FrameLocator, step: AccountStepKey, check = false): Promise<string | undefined> {
  const look = async (screen: string) => {
    if (check && 'goto' in page) await checkScreen(page, screen);
  };
  await expect(heading(page, step)).toBeVisible();
  switch (step) {
    case 'identity': {
      await look('account: prove your identity, the choice');
      const identity = new AccountIdentityStep(page);
      const iban = await identity.chooseTransfer();
      await look('account: identity by instant transfer');
      await identity.continueButton().click();
      return iban;
    }
    case 'declaration':
      await expect(page.getByText(/@example\.com$/)).toBeVisible();
      await look('account: confirm your details');
      return takeAccountStep(page, step);
    case 'tax': {
      const tax = new AccountTaxStep(page);
      await look('account: tax residence');
      await tax.fill({ usPerson: false });
      await expect(tax.country()).toHaveValue('DE');
      await expect(tax.taxNumberRequired()).toBeVisible();
      await look('account: tax residence, number missing');
      await tax.taxNumber().fill('12345678901');
      await tax.send();
      // Signing the tax declaration triggers a strong authentication on the phone.
      await expect(tax.scaNotice()).toBeVisible();
      await expect(page.getByRole('status').filter({ has: tax.scaNotice() })).toBeVisible();
      await look('account: tax residence, approve on the phone');
      await tax.continueAfterNotice();
      return;
    }
    case 'terms': {
      const terms = new AccountTermsStep(page);
      await look('account: terms');
      await terms.acceptButton().click();
      await expect(page.getByText('Please tick the box to accept the terms.')).toBeVisible();
      await look('account: terms, not ticked');
      await terms.checkbox().check();
      await terms.acceptButton().click();
      await expect(terms.scaNotice()).toBeVisible();
      await look('account: terms, approve on the phone');
      await page.getByRole('button', { name: 'Continue' }).click();
      return;
    }
    default:
      return takeAccountStep(page, step);
  }
}

for (const order of [
  ['identity', 'declaration', 'tax', 'terms'],
  ['terms', 'tax', 'declaration', 'identity'],
] as AccountStepKey[][]) {
  test(`steps in the order ${order.join(', ')} open the account once all are clear`, async ({ page, kyc, sandbox }) => {
    // Each screen is checked once, in the first order.
    const check = order[0] === 'identity';
    await start(page, kyc, personas.xpollens.accepted, order, check);
    let iban = '';
    for (const step of order) {
      iban = (await take(page, step, check)) ?? iban;
    }
    const account = new AccountStatusStep(page);
    await expect(account.heading()).toBeVisible();
    await expect(account.status('In progress')).toBeVisible();
    await expect(account.noResultYet()).toBeVisible();
    if (check) await checkScreen(page, 'account: status, in progress');

    // The simulated bank receives Jane's transfer: callbacks 4 and 34 open the account.
    await sandbox.xpollensTransfer(iban, 'Jane Doe');
    await expect(account.status('Open')).toBeVisible();
    await expect(account.check('Bank transfer', 'Accepted')).toBeVisible();
    await expect(page.getByText('Your account is open. Thank you!')).toBeVisible();
    if (check) await checkScreen(page, 'account: status, open');
  });
}

const kycOrigin = `http://127.0.0.1:${Number(process.env.KYC_E2E_PORT ?? 18080)}`;

/** Serves `html` on a loopback origin of its own, as the mobile app's WebView loads its page. */
async function serveAppPage(html: () => string): Promise<{ origin: string; close: () => void }> {
  const server = http.createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html()));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  server.unref();
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/**
 * The host page of a mobile app's WebView: mounts the flow with the loader and plays the native
 * side through the bridge. `window.wanted` gets the activation code the flow asks the SDK to bind.
 */
const appHtml = (url: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bank app</title>
<script src="${kycOrigin}/kyc-embed.js"></script></head><body><main id="kyc"></main><script>
window.flow = KycOnboarding.mount(document.getElementById("kyc"), {
  url: ${JSON.stringify(url)}, title: "Account opening",
  onIdentityWebviewWanted: (e) => { window.wanted = e.activation_code; },
});
</script></body></html>`;

test('inside the mobile app the flow frames the webview the app hands in and closes it on #SUCCESS', async ({ page, kyc, sandbox }) => {
  const appUserId = `e2e-app-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  let url = '';
  const app = await serveAppPage(() => appHtml(url));
  const session = await kyc.createSession({
    flow: 'xpollens_account', app_user_id: appUserId, steps: ['declaration', 'tax', 'terms', 'identity'], allowed_origins: [app.origin],
  });
  url = session.url;
  await page.goto(`${app.origin}/`);
  const flow = page.frameLocator('iframe[title="Account opening"]');
  await giveDetailsAndConsent(flow, personas.xpollens.fraud);
  for (const step of ['declaration', 'tax', 'terms'] as AccountStepKey[]) await take(flow, step);

  // The user chooses the facial recognition: the flow asks the app for the webview, giving it
  // the activation code; the app's SDK binds its wallet with it and getIssuerData() answers.
  const identity = new AccountIdentityStep(flow);
  await identity.chooseFacialRecognition();
  const code = await page.waitForFunction(() => (window as unknown as { wanted?: string }).wanted).then((h) => h.jsonValue());
  const webviewUrl = await sandbox.xpollensWebviewUrl(String(code));
  // A URL from elsewhere is not framed.
  await page.evaluate(() => (window as any).flow.identityWebview('https://evil.example/api/v2/static/dist/index.html?token=x'));
  await expect(flow.getByRole('alert')).toBeVisible();
  await expect(identity.webview()).toHaveCount(0);
  await page.evaluate((url) => (window as any).flow.identityWebview(url), webviewUrl);
  await expect(identity.webview()).toHaveAttribute('allow', 'camera;fullscreen');
  await expect(identity.webview()).toHaveAttribute('src', webviewUrl);
  await new FacialRecognitionWebview(identity.webview().contentFrame()).succeed();

  // The app's WebView sees the webview's URL change and reports it: first a look-alike, which
  // changes nothing, then the webview's own URL ending in #SUCCESS, which closes it.
  await expect.poll(() => page.frames().some((f) => f.url() === `${webviewUrl}#SUCCESS`)).toBe(true);
  await page.evaluate((url) => (window as any).flow.identityWebviewNavigated(url), `${webviewUrl}&next=1`);
  await expect(identity.webview()).toHaveCount(1);
  await page.evaluate((url) => (window as any).flow.identityWebviewNavigated(url), `${webviewUrl}#SUCCESS`);
  await expect(identity.webviewFinished()).toBeVisible();
  await expect(identity.webview()).toHaveCount(0);

  // Callbacks 4 and 34 bring the verdict: the persona's ID document is refused.
  await expect(flow.getByText('Your identity could not be confirmed.')).toBeVisible();
  await identity.continueButton().click();
  const account = new AccountStatusStep(flow);
  await expect(account.heading()).toBeVisible();
  await expect(account.check('ID document', 'Refused')).toBeVisible();
  await expect(account.check('Selfie video', 'Accepted')).toBeVisible();
  await expect(account.status('In progress')).toBeVisible();
  await expect(account.identityAgain()).toBeVisible();
  app.close();
});

test('on a computer the facial recognition goes to the phone by QR code and the callbacks drive the page on', async ({ page, kyc, sandbox, browser }) => {
  await start(page, kyc, personas.xpollens.accepted);
  const identity = new AccountIdentityStep(page);
  const code = await identity.chooseFacialRecognition();
  await expect(identity.activationQr().locator('svg')).toBeVisible();
  await expect(page.getByText(`Activation code: ${code}`)).toBeVisible();
  await expect(identity.webview()).toHaveCount(0);
  await expect(identity.identityChecking()).toBeVisible();
  await checkScreen(page, 'account: facial recognition on the phone (QR code)');

  // The phone app scans the code, binds its wallet and opens the identification webview (the
  // SDK's getIssuerData(), played by the simulator); the user does it on the phone.
  const webviewUrl = await sandbox.xpollensWebviewUrl(code);
  const phoneContext = await browser.newContext({ ...devices['Pixel 7'] });
  const phone = await phoneContext.newPage();
  await phone.goto(webviewUrl);
  await new FacialRecognitionWebview(phone).succeed();
  await expect(phone).toHaveURL(/#SUCCESS$/);
  await phoneContext.close();

  // The computer's page follows callbacks 4 and 34 until the identity is validated.
  await expect(identity.identityConfirmed()).toBeVisible();
  await expect(identity.activationQr()).toHaveCount(0);
  await identity.continueButton().click();
  for (const step of ['declaration', 'tax', 'terms'] as AccountStepKey[]) await take(page, step);
  const account = new AccountStatusStep(page);
  await expect(account.heading()).toBeVisible();
  await expect(account.check('ID document', 'Accepted')).toBeVisible();
  await expect(account.check('Selfie video', 'Accepted')).toBeVisible();
  await expect(account.status('Open')).toBeVisible();
});

/** The words on the page a user reads or hears (the language switcher's own names excepted). */
async function words(page: Page): Promise<Set<string>> {
  const texts = await page.evaluate(() => {
    const own = [...document.querySelectorAll<HTMLElement>('main h1, main h2, main label, main legend, main button, main a, main p, main li, main dt')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => (el.innerText ?? '').trim());
    const named = [...document.querySelectorAll('main [aria-label]')].map((el) => el.getAttribute('aria-label')!.trim());
    return [...own, ...named].filter((t) => t.length > 0);
  });
  return new Set(texts);
}

test('the account steps speak German, French and Dutch, with no English left', async ({ page, kyc }) => {
  await start(page, kyc, personas.xpollens.accepted, ['tax', 'identity', 'declaration', 'terms']);
  await expect(heading(page, 'tax')).toBeVisible();
  const english = await words(page);
  const neutral = new Set(['IBAN', 'BIC']);
  for (const [lang, title] of [['de', 'Steuerliche Ansässigkeit'], ['fr', 'Résidence fiscale'], ['nl', 'Fiscale woonplaats']]) {
    await page.getByRole('combobox', { name: /Language|Sprache|Langue|Taal/ }).selectOption(lang);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const left = [...(await words(page))].filter((t) => english.has(t) && !neutral.has(t) && !/^\d|Step|Schritt|Étape|Stap/.test(t));
    expect(left, `English on the ${lang} tax page`).toEqual([]);
  }
});
