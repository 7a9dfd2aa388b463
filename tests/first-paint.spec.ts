import { test, expect, type Route } from '@playwright/test';
import { checkScreen, evidences } from './fixtures/axe';

// The page frame the proxy writes (proxy/src/shell.rs) is on screen before the app's wasm has
// run, in the browser's language, and says what to do when the app cannot be loaded.
test.use({ locale: 'de-DE' });

test('the header and the busy indicator show in German before the wasm arrives, and stay put when the app takes over', async ({ page }) => {
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
  const before = await page.locator('header').boundingBox();
  await held;
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre persönlichen Angaben' })).toBeVisible();
  await expect(page.getByLabel('Sprache (Language)')).toBeEnabled();
  expect(await page.locator('header').boundingBox()).toEqual(before);
  await expect(page.locator('#kyc-shell')).toHaveCount(0);
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
