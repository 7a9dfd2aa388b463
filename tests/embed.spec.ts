// The flow embedded in a product team's page on another origin: the demo host page (demo/), served
// on the simulators' origin under a strict CSP, mounts it with the loader (packages/kyc-onboarding-embed/kyc-embed.js).
import { test, expect, type Page, type ConsoleMessage } from '@playwright/test';
import { persona, PersonalDataStep, ConsentsStep, IdentificationStep, StatusStep } from 'kyc-onboarding-playwright';

const kycPort = Number(process.env.KYC_E2E_PORT ?? 18080);
const kycOrigin = `http://127.0.0.1:${kycPort}`;
const demo = `http://127.0.0.1:${kycPort + 1}/demo/`;

const flowFrame = (page: Page) => page.frameLocator('iframe[title="Identity verification"]');
const log = (page: Page) => page.getByTestId('event-log');
/** The events the host received, as the demo lists them: `name {payload}`. */
const events = async (page: Page) => (await log(page).locator('li').allTextContents()).filter((e) => !/^(resize|timing) /.test(e));

async function mount(page: Page, query = '') {
  await page.goto(demo + query);
  await page.getByRole('button', { name: 'Verify my identity here' }).click();
  await expect(log(page)).toContainText('ready {}');
  // The measurement of the issue (not an assertion): loader mount to the flow's "ready".
  console.log(`embed: ${await log(page).getByText(/^timing/).first().textContent()}`);
}

test('the events arrive in order with their payloads and no personal data', async ({ page }) => {
  const person = persona('X-AUTOTEST-HAPPYPATH');
  await mount(page);

  const frame = flowFrame(page);
  const personal = new PersonalDataStep(frame);
  await expect(personal.heading()).toBeVisible();
  await personal.fill(person);
  await personal.submit();
  await new ConsentsStep(frame).giveBoth();
  const ident = new IdentificationStep(frame);
  await expect(ident.heading()).toBeVisible();
  await ident.start();
  await expect(new StatusStep(frame).heading('You are verified')).toBeVisible({ timeout: 30_000 });
  await expect(log(page)).toContainText('completed {"outcome":"successful"}');

  const received = await events(page);
  expect(received.slice(0, 8)).toEqual([
    'ready {}',
    'step_started {"step":"personal_data"}',
    'step_completed {"step":"personal_data"}',
    'step_started {"step":"consents"}',
    'step_completed {"step":"consents"}',
    'step_started {"step":"identification"}',
    'step_completed {"step":"identification"}',
    'step_started {"step":"status"}',
  ]);
  // Then the statuses as the flow reads them (the review may be over before the first read).
  const rest = received.slice(8);
  expect(rest.at(-1)).toBe('completed {"outcome":"successful"}');
  expect(rest.at(-2)).toBe('status_changed {"status":"successful"}');
  for (const e of rest.slice(0, -2)) expect(e).toMatch(/^status_changed \{"status":"(pending|pending_successful)"\}$/);
  // Demo Bank's server got the decision by webhook too, signed (it keeps only what verifies).
  await expect(page.getByTestId('webhook-log')).toContainText('session.completed {"outcome":"successful","status":"successful"}');
  // Nothing the user typed leaves the frame.
  const all = (await log(page).textContent()) ?? '';
  for (const value of [person.lastName, person.email, person.street, person.birthDate, person.mobile]) {
    expect(all).not.toContain(value);
  }
});

test('messages from the wrong origin or window are ignored both ways, and the host can cancel', async ({ page }) => {
  await mount(page);
  // To the host: a look-alike "completed" from the host's own window (not the flow's frame).
  await page.evaluate(() =>
    window.postMessage({ type: 'kyc-onboarding', version: 1, event: 'completed', outcome: 'successful' }, '*'),
  );
  // To the flow: a "cancel" from the flow's own origin and window, which is not its parent.
  const inner = page.frames().find((f) => f.url().startsWith(kycOrigin))!;
  await inner.evaluate(() => window.postMessage({ type: 'kyc-onboarding', version: 1, event: 'cancel' }, '*'));
  // And one from the parent with an unknown schema version.
  await page.evaluate(() => {
    const frame = document.querySelector('iframe')!;
    frame.contentWindow!.postMessage({ type: 'kyc-onboarding', version: 2, event: 'cancel' }, '*');
  });
  await page.waitForTimeout(500);
  expect(await events(page)).not.toContainEqual(expect.stringMatching(/^(completed|cancelled)/));
  await expect(page.locator('iframe')).toHaveCount(1);

  await page.getByRole('button', { name: 'Cancel verification' }).click();
  await expect(log(page)).toContainText('cancelled {}');
  await expect(page.locator('iframe')).toHaveCount(0);
});

test('the frame takes the height of its content as it changes', async ({ page }) => {
  await mount(page);
  const frame = flowFrame(page);
  await expect(new PersonalDataStep(frame).heading()).toBeVisible();
  const inner = page.frames().find((f) => f.url().startsWith(kycOrigin))!;
  const content = () => inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const frameHeight = async () => (await page.locator('iframe').boundingBox())!.height;

  await expect.poll(async () => Math.abs((await frameHeight()) - (await content()))).toBeLessThanOrEqual(1);
  const before = await frameHeight();
  expect(before).toBeGreaterThan(480); // the loader's starting height
  // The frame never scrolls: the whole flow is visible in the host page.
  expect(await inner.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);

  // Continue with nothing filled in: the error summary and messages make the page longer.
  await frame.getByRole('button', { name: 'Continue' }).click();
  await expect(frame.getByRole('alert').first()).toBeVisible();
  await expect.poll(frameHeight).toBeGreaterThan(before);
  await expect.poll(async () => Math.abs((await frameHeight()) - (await content()))).toBeLessThanOrEqual(1);
});

test('the loader works under the host page\'s strict CSP', async ({ page }) => {
  const refusals: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/.test(m.text())) refusals.push(m.text());
  });
  const response = await page.goto(demo);
  const csp = response!.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self' " + kycOrigin);
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);

  await page.getByRole('button', { name: 'Verify my identity here' }).click();
  await expect(log(page)).toContainText('ready {}');
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveAttribute('allow', 'camera; microphone; fullscreen');
  await expect(iframe).toHaveAttribute('title', 'Identity verification');
  // The themed flow: the product team's logo with its name, its colour through the CSSOM.
  const frame = flowFrame(page);
  await expect(frame.getByRole('img', { name: 'Demo Bank' })).toBeVisible();
  const inner = page.frames().find((f) => f.url().startsWith(kycOrigin))!;
  expect(await inner.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--kyc-primary').trim())).toBe('#006e52');
  expect(await inner.evaluate(() => document.querySelectorAll('[style]:not(html)').length)).toBe(0);

  await expect(log(page)).not.toContainText('csp-violation');
  expect(refusals).toEqual([]);
});

test('the host page\'s history and focus are its own', async ({ page }) => {
  await page.goto(`${kycOrigin}/api/health`);
  await page.goto(demo);
  const length = await page.evaluate(() => history.length);
  await mount(page);
  const frame = flowFrame(page);
  await expect(new PersonalDataStep(frame).heading()).toBeVisible();
  // Loading the flow takes no focus from the host page.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('start');

  const personal = new PersonalDataStep(frame);
  await personal.fill(persona('Jane'));
  await personal.submit();
  await expect(new ConsentsStep(frame).heading()).toBeVisible();
  const inner = page.frames().find((f) => f.url().startsWith(kycOrigin))!;
  expect(new URL(inner.url()).pathname).toBe('/consents');
  // The steps inside the frame added nothing to the joint history: Back leaves the host page.
  expect(await page.evaluate(() => history.length)).toBe(length);
  await page.goBack();
  await expect(page).toHaveURL(`${kycOrigin}/api/health`);
});

test('a reload inside the frame keeps the flow framable and where it was', async ({ page }) => {
  await mount(page);
  const frame = flowFrame(page);
  const personal = new PersonalDataStep(frame);
  await personal.fill(persona('Jane'));
  await personal.submit();
  await expect(new ConsentsStep(frame).heading()).toBeVisible();
  const inner = page.frames().find((f) => f.url().startsWith(kycOrigin))!;
  // The marker stays in the frame's URL: the reload is served with the same frame-ancestors.
  expect(new URL(inner.url()).searchParams.get('embed')).toMatch(/^emb_/);
  expect(new URL(inner.url()).searchParams.has('launch')).toBe(false);
  await inner.evaluate(() => location.reload());
  await expect(new ConsentsStep(frame).heading()).toBeVisible();
  await expect.poll(async () => (await events(page)).filter((e) => e === 'ready {}').length).toBe(2);
});

test('an expired link recovers: the host gets a new link to the same session and nothing typed is lost', async ({ page, browser, request }) => {
  const created = await request.post(`${demo}api/sessions`, { data: { language: 'en', prefill: { first_name: 'Zoë' } } });
  expect(created.status()).toBe(201);
  const { id, url } = await created.json();
  // The link is used on another device, where the user types a little.
  const other = await browser.newPage();
  await other.goto(url);
  await expect(other.locator('#first_name')).toHaveValue('Zoë');
  const saved = other.waitForResponse((r) => r.url().endsWith('/api/session/draft') && r.ok());
  await other.locator('#last_name').fill('Okafor');
  await saved;
  await other.close();

  // Back at the product team's page with the same, now used, link.
  await page.goto(`${demo}?session=${id}&link=${encodeURIComponent(url)}`);
  await page.getByRole('button', { name: 'Verify my identity here' }).click();
  await expect(log(page)).toContainText('error {"code":"link_expired"}');
  await expect(log(page)).toContainText('renewed link');
  await expect(log(page)).toContainText('ready {}');
  const frame = flowFrame(page);
  await expect(frame.locator('#first_name')).toHaveValue('Zoë');
  await expect(frame.locator('#last_name')).toHaveValue('Okafor');
});

test('full-page mode: an expired link offers a new one, and the return carries only ids', async ({ page, request }) => {
  const created = await request.post(`${demo}api/sessions`, { data: { language: 'en', full_page: true } });
  const { id, url } = await created.json();
  expect((await request.post(`${kycOrigin}/api/sessions/launch`, { data: { code: new URL(url).searchParams.get('launch') } })).status()).toBe(201);
  await page.goto(url);
  await expect(page.getByRole('alert')).toContainText('What you entered is kept');
  // Trying again here could only start a session the product team does not know.
  await expect(page.getByRole('button', { name: 'Try again' })).toBeHidden();
  await page.getByRole('link', { name: 'Get a new link' }).click();
  await expect(page).toHaveURL(`${demo}?kyc_session=${id}&kyc_error=link_expired`);
  await expect(page.getByTestId('returned')).toContainText(`session ${id}, error link_expired`);
});

test('full-page mode returns to the product team with the session id and the outcome only', async ({ page, request }) => {
  const created = await request.post(`${demo}api/sessions`, { data: { language: 'en', full_page: true } });
  const { id, url } = await created.json();
  await page.goto(url);
  const person = persona('X-AUTOTEST-HAPPYPATH');
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  await personal.fill(person);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  await new IdentificationStep(page).start();
  await expect(new StatusStep(page).heading('You are verified')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Return to the service' }).click();
  await expect(page).toHaveURL(`${demo}?kyc_session=${id}&kyc_outcome=successful`);
  await expect(page.getByTestId('returned')).toContainText(`session ${id}, outcome successful`);
});

test('a theme follows the user\'s dark mode: its dark colours when given, else the built-in dark scheme', async ({ page, request }) => {
  const partner = { Authorization: 'Bearer sandbox-partner-key' };
  const primary = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--kyc-primary').trim());
  const open = async (theme: object) => {
    const created = await request.post('/partner/v1/sessions', { headers: partner, data: { theme } });
    expect(created.status()).toBe(201);
    await page.goto((await created.json()).url);
    await expect(page.getByRole('heading', { level: 1, name: 'Your personal details' })).toBeVisible();
  };
  await page.emulateMedia({ colorScheme: 'dark' });
  await open({ colors: { primary: '#006e52' } });
  await expect.poll(primary).toBe('#8ab4f8');
  await open({ colors: { primary: '#006e52' }, dark_colors: { primary: '#7fd6b6', on_primary: '#00281d' } });
  await expect.poll(primary).toBe('#7fd6b6');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(primary).toBe('#006e52');
});

test('framed by the host, the bank login opens in a window of its own and the flow moves on when it ends', async ({ page }) => {
  await mount(page, '?flow=signicat_bank');
  const frame = flowFrame(page);
  const personal = new PersonalDataStep(frame);
  await expect(personal.heading()).toBeVisible();
  await personal.fill(persona('Claire', {
    lastName: 'de Vries', birthDate: '1990-05-17', street: 'Keizersgracht', houseNumber: '123', postalCode: '1015 CJ',
    city: 'Amsterdam', nationality: 'NL', country: 'NL', mobile: '+31 6 12345678', email: 'claire@example.com',
  }));
  await personal.submit();
  await new ConsentsStep(frame).giveBoth();

  // Banks refuse to be framed: their page opens in a window of its own.
  await expect(frame.getByRole('heading', { level: 1, name: 'Confirm who you are with your bank' })).toBeVisible();
  const [bank] = await Promise.all([page.waitForEvent('popup'), frame.getByRole('button', { name: 'Continue to your bank' }).click()]);
  await expect(frame.getByText('Log in at your bank in the window that has opened.')).toBeVisible();
  await expect(bank.getByRole('heading', { level: 1, name: 'Log in with iDIN' })).toBeVisible();
  await bank.getByRole('radio', { name: /^Claire de Vries/ }).check();
  await Promise.all([bank.waitForEvent('close'), bank.getByRole('button', { name: 'Log in and share' }).click()]);

  // The window closed itself on our return page; the framed flow read the result and moved on.
  await expect(frame.getByRole('heading', { level: 1, name: 'Which document will you photograph?' })).toBeVisible();
  expect(page.url()).toContain('/demo/');
});
