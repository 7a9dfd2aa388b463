// Xpollens's account flow: the product team's step order, identity by instant transfer or by
// the provider's facial-recognition webview (closed when its URL ends in #SUCCESS), the account's
// status from callbacks 34 and 4, and the activation code (callback 35) handed to a phone.
import { test, expect, devices, type APIRequestContext, type Page } from '@playwright/test';
import { ConsentsStep, PersonalDataStep, expectNoAxeViolations, persona, sandboxOrigin } from './fixtures/onboarding';

type AccountStep = 'identity' | 'declaration' | 'tax' | 'terms';

const HEADINGS: Record<AccountStep, string> = {
  identity: 'Prove your identity',
  declaration: 'Confirm your details',
  tax: 'Tax residence',
  terms: 'Account terms',
};

/** A session as the product team's backend opens it: its appUserId and its order of steps. */
async function accountLink(request: APIRequestContext, steps?: AccountStep[]) {
  const appUserId = `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const created = await request.post('/partner/v1/sessions', {
    headers: { Authorization: 'Bearer sandbox-partner-key' },
    data: { flow: 'xpollens_account', language: 'en', app_user_id: appUserId, ...(steps ? { steps } : {}) },
  });
  expect(created.status()).toBe(201);
  return (await created.json()).url as string;
}

async function start(page: Page, request: APIRequestContext, email: string, steps?: AccountStep[]) {
  await page.goto(await accountLink(request, steps));
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  await personal.fill(persona('Jane', { email }));
  // The tax plausibility check compares the tax country with the country of birth.
  await page.getByLabel('Country of birth').selectOption('DE');
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
}

const heading = (page: Page, step: AccountStep) => page.getByRole('heading', { level: 1, name: HEADINGS[step] });

/** Takes one account step the way a user does; identity by transfer returns the booked IBAN. */
async function take(page: Page, step: AccountStep): Promise<string | undefined> {
  await expect(heading(page, step)).toBeVisible();
  switch (step) {
    case 'identity': {
      await page.getByRole('button', { name: 'Instant bank transfer' }).click();
      const iban = page.locator('dd.iban');
      await expect(iban).toHaveText(/^FR\d{2}/);
      const text = (await iban.textContent()) ?? '';
      await page.getByRole('button', { name: 'Continue' }).click();
      return text;
    }
    case 'declaration':
      await expect(page.getByText(/@example\.com$/)).toBeVisible();
      await page.getByRole('button', { name: 'Confirm and send my details' }).click();
      return;
    case 'tax':
      await page.getByRole('group', { name: /US citizen/ }).getByRole('radio', { name: 'No' }).check();
      await expect(page.getByLabel('Country of tax residence')).toHaveValue('DE');
      await page.getByRole('button', { name: 'Send my tax details' }).click();
      // Germany issues tax numbers: the bank needs it, and says so at the field.
      await expect(page.getByText('Enter your tax identification number')).toBeVisible();
      await page.getByLabel('Tax identification number').fill('12345678901');
      await page.getByRole('button', { name: 'Send my tax details' }).click();
      return;
    case 'terms':
      await page.getByRole('button', { name: 'Accept the terms' }).click();
      await expect(page.getByText('Please tick the box to accept the terms.')).toBeVisible();
      await page.getByRole('checkbox', { name: /accept the terms and conditions of the payment account/ }).check();
      await page.getByRole('button', { name: 'Accept the terms' }).click();
      return;
  }
}

async function sendTransfer(request: APIRequestContext, baseURL: string | undefined, iban: string, debtorName: string) {
  const sent = await request.post(`${sandboxOrigin(baseURL)}/xpollens/sandbox/sct-in`, {
    data: { iban, amountCents: 100, debtorName },
  });
  expect(sent.ok()).toBe(true);
}

const status = (page: Page) => page.getByRole('heading', { level: 1, name: 'Your account' });

for (const order of [
  ['identity', 'declaration', 'tax', 'terms'],
  ['terms', 'tax', 'declaration', 'identity'],
] as AccountStep[][]) {
  test(`steps in the order ${order.join(', ')} open the account once all are clear`, async ({ page, request, baseURL }) => {
    await start(page, request, 'jane@example.com', order);
    let iban = '';
    for (const step of order) {
      iban = (await take(page, step)) ?? iban;
    }
    await expect(status(page)).toBeVisible();
    await expect(page.getByText('Account status: In progress')).toBeVisible();
    await expect(page.getByText('No result yet.')).toBeVisible();

    // The simulated bank receives Jane's transfer: callbacks 4 and 34 open the account.
    await sendTransfer(request, baseURL, iban, 'Jane Doe');
    await expect(page.getByText('Account status: Open')).toBeVisible();
    await expect(page.getByText('Bank transfer: Accepted')).toBeVisible();
    await expect(page.getByText('Your account is open. Thank you!')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the webview closes on #SUCCESS; a refused ID document keeps the account closed', async ({ page, request }) => {
  await start(page, request, 'jane+LC_FRAUD@example.com', ['declaration', 'tax', 'terms', 'identity']);
  for (const step of ['declaration', 'tax', 'terms'] as AccountStep[]) await take(page, step);

  await expect(heading(page, 'identity')).toBeVisible();
  await page.getByRole('button', { name: 'Facial recognition' }).click();
  const frame = page.locator('iframe[title="Facial recognition"]');
  await expect(frame).toHaveAttribute('allow', 'camera; fullscreen');
  await expectNoAxeViolations(page);
  await frame.contentFrame().getByRole('button', { name: 'Simulate a successful facial recognition' }).click();
  // The webview's last page is ours, at …#SUCCESS: it tells the app, which closes the frame.
  await expect(page.getByText('You have finished the facial recognition')).toBeVisible();
  await expect(frame).toHaveCount(0);

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(status(page)).toBeVisible();
  await expect(page.getByText('ID document: Refused')).toBeVisible();
  await expect(page.getByText('Selfie video: Accepted')).toBeVisible();
  await expect(page.getByText('Account status: In progress')).toBeVisible();
  await expect(page.getByText('Account status: Open')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Prove your identity again' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the activation code goes to the phone as a QR code and opens that user’s identification', async ({ page, request, browser, baseURL }) => {
  await start(page, request, 'jane@example.com');
  await expect(heading(page, 'identity')).toBeVisible();
  await page.getByRole('button', { name: 'Facial recognition' }).click();
  await expect(page.locator('iframe[title="Facial recognition"]')).toBeVisible();
  await page.getByRole('button', { name: 'Show the code for my phone' }).click();
  await expect(page.getByRole('img', { name: 'QR code with your activation code' }).locator('svg')).toBeVisible();
  const code = page.locator('code.activation-code');
  await expect(code).toHaveText(/^[0-9a-f]{32}$/);
  await expectNoAxeViolations(page);

  // The phone app scans the code and asks for the identification webview (the SDK's
  // getIssuerData(), played by the simulator), then the user does it on the phone.
  const issuer = await request.post(`${sandboxOrigin(baseURL)}/xpollens/sdk/issuer-data`, {
    data: { activationCode: await code.textContent() },
  });
  expect(issuer.ok()).toBe(true);
  const phoneContext = await browser.newContext({ ...devices['Pixel 7'] });
  const phone = await phoneContext.newPage();
  await phone.goto((await issuer.json()).webviewUrl);
  await phone.getByRole('button', { name: 'Simulate a successful facial recognition' }).click();
  await expect(phone).toHaveURL(/#SUCCESS$/);
  await phoneContext.close();

  // The desktop goes on with the other steps; the phone's verdict reaches it by callback.
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const step of ['declaration', 'tax', 'terms'] as AccountStep[]) await take(page, step);
  await expect(status(page)).toBeVisible();
  await expect(page.getByText('ID document: Accepted')).toBeVisible();
  await expect(page.getByText('Selfie video: Accepted')).toBeVisible();
  await expect(page.getByText('Account status: Open')).toBeVisible();
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

test('the account steps speak German and French, with no English left', async ({ page, request }) => {
  await start(page, request, 'jane@example.com', ['tax', 'identity', 'declaration', 'terms']);
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
