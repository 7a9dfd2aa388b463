// Xpollens's account flow: the product team's step order, identity by instant transfer or by
// the provider's facial-recognition webview (closed when its URL ends in #SUCCESS), the account's
// status from callbacks 34 and 4, and the activation code (callback 35) handed to a phone.
import { devices, type Page } from '@playwright/test';
import {
  test, expect, AccountIdentityStep, AccountStatusStep, AccountTaxStep, AccountTermsStep, FacialRecognitionWebview,
  ACCOUNT_HEADINGS, giveDetailsAndConsent, takeAccountStep, personas, type AccountStepKey, type PartnerApi, type Person,
} from 'kyc-onboarding-playwright';
import { expectNoAxeViolations } from './fixtures/axe';

/** A session as the product team's backend opens it (its appUserId and order of steps), up to the first account step. */
async function start(page: Page, kyc: PartnerApi, person: Person, steps?: AccountStepKey[]) {
  const appUserId = `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  await page.goto((await kyc.createSession({ flow: 'xpollens_account', app_user_id: appUserId, ...(steps ? { steps } : {}) })).url);
  // The tax plausibility check compares the tax country with the country of birth (DE).
  await giveDetailsAndConsent(page, person);
}

const heading = (page: Page, step: AccountStepKey) => page.getByRole('heading', { level: 1, name: ACCOUNT_HEADINGS[step] });

/** Takes one account step; the tax step first without the number Germany issues, which the bank asks for at the field. */
async function take(page: Page, step: AccountStepKey): Promise<string | undefined> {
  await expect(heading(page, step)).toBeVisible();
  switch (step) {
    case 'declaration':
      await expect(page.getByText(/@example\.com$/)).toBeVisible();
      return takeAccountStep(page, step);
    case 'tax': {
      const tax = new AccountTaxStep(page);
      await tax.fill({ usPerson: false });
      await expect(tax.country()).toHaveValue('DE');
      await expect(tax.taxNumberRequired()).toBeVisible();
      await tax.taxNumber().fill('12345678901');
      await tax.send();
      return;
    }
    case 'terms': {
      const terms = new AccountTermsStep(page);
      await terms.acceptButton().click();
      await expect(page.getByText('Please tick the box to accept the terms.')).toBeVisible();
      await terms.accept();
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
    await start(page, kyc, personas.xpollens.accepted, order);
    let iban = '';
    for (const step of order) {
      iban = (await take(page, step)) ?? iban;
    }
    const account = new AccountStatusStep(page);
    await expect(account.heading()).toBeVisible();
    await expect(account.status('In progress')).toBeVisible();
    await expect(account.noResultYet()).toBeVisible();

    // The simulated bank receives Jane's transfer: callbacks 4 and 34 open the account.
    await sandbox.xpollensTransfer(iban, 'Jane Doe');
    await expect(account.status('Open')).toBeVisible();
    await expect(account.check('Bank transfer', 'Accepted')).toBeVisible();
    await expect(page.getByText('Your account is open. Thank you!')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the webview closes on #SUCCESS; a refused ID document keeps the account closed', async ({ page, kyc }) => {
  await start(page, kyc, personas.xpollens.fraud, ['declaration', 'tax', 'terms', 'identity']);
  for (const step of ['declaration', 'tax', 'terms'] as AccountStepKey[]) await take(page, step);

  const identity = new AccountIdentityStep(page);
  const webview = await identity.chooseFacialRecognition();
  await expect(identity.webview()).toHaveAttribute('allow', 'camera; fullscreen');
  await expectNoAxeViolations(page);
  await new FacialRecognitionWebview(webview).succeed();
  // The webview's last page is ours, at …#SUCCESS: it tells the app, which closes the frame.
  await expect(identity.webviewFinished()).toBeVisible();
  await expect(identity.webview()).toHaveCount(0);

  await identity.continueButton().click();
  const account = new AccountStatusStep(page);
  await expect(account.heading()).toBeVisible();
  await expect(account.check('ID document', 'Refused')).toBeVisible();
  await expect(account.check('Selfie video', 'Accepted')).toBeVisible();
  await expect(account.status('In progress')).toBeVisible();
  await expect(account.status('Open')).toHaveCount(0);
  await expect(account.identityAgain()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the activation code goes to the phone as a QR code and opens that user’s identification', async ({ page, kyc, sandbox, browser }) => {
  await start(page, kyc, personas.xpollens.accepted);
  const identity = new AccountIdentityStep(page);
  await identity.chooseFacialRecognition();
  const code = await identity.showActivationCode();
  await expect(identity.activationQr().locator('svg')).toBeVisible();
  await expectNoAxeViolations(page);

  // The phone app scans the code and asks for the identification webview (the SDK's
  // getIssuerData(), played by the simulator), then the user does it on the phone.
  const webviewUrl = await sandbox.xpollensWebviewUrl(code);
  const phoneContext = await browser.newContext({ ...devices['Pixel 7'] });
  const phone = await phoneContext.newPage();
  await phone.goto(webviewUrl);
  await new FacialRecognitionWebview(phone).succeed();
  await expect(phone).toHaveURL(/#SUCCESS$/);
  await phoneContext.close();

  // The desktop goes on with the other steps; the phone's verdict reaches it by callback.
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

test('the account steps speak German and French, with no English left', async ({ page, kyc }) => {
  await start(page, kyc, personas.xpollens.accepted, ['tax', 'identity', 'declaration', 'terms']);
  await expect(heading(page, 'tax')).toBeVisible();
  const english = await words(page);
  const neutral = new Set(['IBAN', 'BIC']);
  for (const [lang, title] of [['de', 'Steuerliche Ansässigkeit'], ['fr', 'Résidence fiscale']]) {
    await page.getByRole('combobox', { name: /Language|Sprache|Langue/ }).selectOption(lang);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const left = [...(await words(page))].filter((t) => english.has(t) && !neutral.has(t) && !/^\d|Step|Schritt|Étape/.test(t));
    expect(left, `English on the ${lang} tax page`).toEqual([]);
  }
});
