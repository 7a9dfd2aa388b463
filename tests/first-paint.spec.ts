import { test, expect, type Page, type Route } from '@playwright/test';
import { checkScreen, evidences } from './fixtures/axe';

// The page frame the proxy writes (proxy/src/shell.rs) is on screen before the app's wasm has
// run, in the browser's language, and says what to do when the app cannot be loaded.
test.use({ locale: 'de-DE' });

// Holds the app's wasm back: `held` once the page has asked for it, until `release`.
function holdWasm(page: Page) {
  let go: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    void page.route('**/*_bg.wasm', (route) => {
      go = () => void route.continue();
      resolve();
    });
  });
  return { held, release: () => go() };
}

test('a new user sees the header, the step list and the personal-data heading in German before the wasm arrives; nothing moves when the app takes over, and the largest paint is the frame\'s', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { kycLargest: number[] };
    w.kycLargest = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.kycLargest.push(entry.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  let release: () => void = () => {};
  const held = new Promise<Route>((resolve) => {
    void page.route('**/*_bg.wasm', (route) => resolve(route));
  });
  held.then((route) => {
    release = () => void route.continue();
  });
  await page.goto('/');
  const header = page.getByText('Identitätsprüfung', { exact: true });
  await expect(header).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Wird geladen …');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const heading = page.getByRole('heading', { level: 1, name: 'Ihre persönlichen Angaben' });
  await expect(heading).toBeVisible();
  await expect(page.getByText('Schritt 1 von 4')).toBeVisible();
  const lead = page.locator('p.lead');
  await expect(lead).toContainText('genau so ein, wie sie in Ihrem Ausweisdokument stehen');
  const boxes = async () => Promise.all([page.locator('header'), page.locator('.progress'), heading, lead].map((l) => l.boundingBox()));
  const before = await boxes();
  await held;
  // The largest paint so far: nothing the app draws later may be larger.
  const largest = await page.evaluate(() => (window as unknown as { kycLargest: number[] }).kycLargest.length);
  expect(largest).toBeGreaterThan(0);
  release();
  await expect(page.getByLabel('Vorname')).toBeEnabled();
  await expect(page.getByLabel('Sprache (Language)')).toBeEnabled();
  await expect(page.locator('#kyc-shell')).toHaveCount(0);
  expect(await boxes()).toEqual(before);
  await expect(heading).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { kycLargest: number[] }).kycLargest.length)).toBe(largest);
});

test('a new user can type into the personal-data form before the wasm arrives; the app keeps every entry, the focus and the caret, saves them, and no box moves', async ({ page }) => {
  const { held, release } = holdWasm(page);
  await page.goto('/');
  await held;
  // The frame's form, in German: text fields typeable, the country lists and the button waiting for the app.
  const first = page.getByLabel('Vorname(n)');
  await first.fill('Erika');
  await page.getByLabel('Geburtsdatum').fill('1990-02-03');
  await page.getByRole('group', { name: 'Sind Sie eine politisch exponierte Person?' }).getByLabel('Nein').check();
  await expect(page.getByLabel('Staatsangehörigkeit')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Weiter' })).toBeDisabled();
  // Pressing Enter in a field sends nothing anywhere (no personal data in a URL).
  await first.press('Enter');
  expect(new URL(page.url()).search).toBe('');
  const last = page.getByLabel('Nachname');
  await last.fill('Mustermann');
  await last.evaluate((el: HTMLInputElement) => el.setSelectionRange(3, 3));
  const fields = ['Vorname(n)', 'Nachname', 'Geburtsdatum', 'E-Mail-Adresse'].map((name) => page.getByLabel(name, { exact: true }));
  const boxes = async () => Promise.all([page.locator('h1'), ...fields, page.getByRole('button', { name: 'Weiter' })].map((l) => l.boundingBox()));
  const before = await boxes();

  const saved = page.waitForResponse((r) => r.url().endsWith('/api/session/draft') && r.status() === 204);
  release();
  await expect(page.getByRole('button', { name: 'Weiter' })).toBeEnabled();
  await expect(page.locator('#kyc-shell')).toHaveCount(0);
  expect(await boxes()).toEqual(before);
  await expect(first).toHaveValue('Erika');
  await expect(last).toHaveValue('Mustermann');
  await expect(page.getByLabel('Geburtsdatum')).toHaveValue('1990-02-03');
  await expect(page.getByRole('group', { name: 'Sind Sie eine politisch exponierte Person?' }).getByLabel('Nein')).toBeChecked();
  // The caret stays where it was: the next key goes into the middle of the name.
  await expect(last).toBeFocused();
  await page.keyboard.type('X');
  await expect(last).toHaveValue('MusXtermann');
  // What was typed before the app ran is saved like any other entry: a reload shows it.
  const draft = (await saved).request().postDataJSON() as Record<string, string>;
  expect(draft.first_name).toBe('Erika');
  // Resuming in this tab, the frame offers no empty form to type into again: the app shows what was saved.
  await page.unroute('**/*_bg.wasm');
  const { held: heldAgain, release: resume } = holdWasm(page);
  await page.reload();
  await heldAgain;
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre persönlichen Angaben' })).toBeVisible();
  await expect(page.getByLabel('Vorname(n)')).toBeHidden();
  resume();
  await expect(page.getByLabel('Vorname(n)')).toHaveValue('Erika');
  await expect(page.getByLabel('Geburtsdatum')).toHaveValue('1990-02-03');
});

test('what a new user typed before the app ran is kept when the session could not be opened, and is in the form after the retry', async ({ page }) => {
  // The first try to open a session fails (the loader's call, made while the wasm downloads).
  let refused = 0;
  await page.route('**/api/sessions', (route) => (refused++ === 0 ? route.abort('connectionfailed') : route.continue()));
  const { held, release } = holdWasm(page);
  await page.goto('/');
  await held;
  await page.getByLabel('Vorname(n)').fill('Erika');
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Der Dienst ist nicht erreichbar' })).toBeVisible();
  await page.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(page.getByLabel('Vorname(n)')).toHaveValue('Erika');
  await expect(page.getByRole('button', { name: 'Weiter' })).toBeEnabled();
});

test('a new user\'s session is opened while the wasm is on its way, once; a reload resumes it without opening another', async ({ page }) => {
  const opened: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/sessions') opened.push(r.url());
  });
  const { held, release } = holdWasm(page);
  await page.goto('/');
  await held;
  // The page's loader asked for it; the app, once it runs, takes that answer.
  await expect.poll(() => opened.length).toBe(1);
  release();
  const first = page.getByLabel('Vorname');
  await expect(first).toBeEnabled();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/session/draft') && r.status() === 204
    && (r.request().postData() ?? '').includes('Erika'));
  await first.fill('Erika');
  await saved;
  await page.unroute('**/*_bg.wasm');
  await page.reload();
  await expect(page.getByLabel('Vorname')).toHaveValue('Erika');
  expect(opened).toHaveLength(1);
});

test('a returning link with its own parameters gets the frame without a step: the app decides', async ({ page }) => {
  await page.route('**/*_bg.wasm', () => {});
  await page.goto('/?handoff=unknown');
  await expect(page.getByRole('status')).toHaveText('Wird geladen …');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
});

test('when the wasm cannot be loaded, the user reads why and how to go on, in German', async ({ page }) => {
  await page.route('**/*_bg.wasm', (route) => route.abort('connectionfailed'));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Die Seite konnte nicht geladen werden.');
  await expect(alert).toContainText('Prüfen Sie Ihre Internetverbindung');
  await expect(page.getByRole('status')).toBeHidden();
  // The way on works without the app: the link loads the page again, and now it starts.
  await page.unroute('**/*_bg.wasm');
  await alert.getByRole('link', { name: 'Seite neu laden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre persönlichen Angaben' })).toBeVisible();
});

test('the frame while the app loads, and when it cannot, meets WCAG 2.2 AA; asked for less motion, its spinner stands still', async ({ page }) => {
  // The wasm never arrives: the frame stays.
  await page.route('**/*_bg.wasm', () => {});
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Wird geladen …');
  await checkScreen(page, 'loading: the page frame before the app runs');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(() => page.locator('.spinner__icon').first().evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  evidences('2.2.2');

  await page.unroute('**/*_bg.wasm');
  await page.route('**/*_bg.wasm', (route) => route.abort('connectionfailed'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Die Seite konnte nicht geladen werden.');
  await checkScreen(page, 'loading failed: why and how to go on');
});
