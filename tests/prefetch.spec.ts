import { type Page } from '@playwright/test';
import { test, expect, PersonalDataStep, ConsentsStep, personas } from 'kyc-onboarding-playwright';

// While the user types their details, the app fetches their flow's next page (named by the proxy
// in <meta name="kyc-next-rest"> and "kyc-next-account"), so moving on downloads none of it again.

/** The files of the page under `dir` the browser fetched, with the bytes each took on the network. */
async function secondPageFiles(page: Page, dir = 'rest'): Promise<{ name: string; transferred: number }[]> {
  return page.evaluate(
    (dir) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => new RegExp(`^/${dir}/[^/]+-[0-9a-f]{12,16}(_bg)?\\.(js|wasm|css)$`).test(new URL(e.name).pathname))
        .map((e) => ({ name: new URL(e.name).pathname, transferred: e.transferSize })),
    dir,
  );
}

test('the second page is fetched while the details are typed, and moving on downloads none of it again', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  const named = (await page.locator('meta[name="kyc-next-rest"]').getAttribute('content'))!.split(' ');
  expect(named.some((url) => url.endsWith('_bg.wasm'))).toBe(true);
  const hashed = named.filter((url) => url !== '/rest/boot.js');
  await expect.poll(async () => (await secondPageFiles(page)).map((f) => f.name).sort()).toEqual([...hashed].sort());

  await personal.fill(personas.solaris.successful);
  await personal.submit();
  await expect(new ConsentsStep(page).heading()).toBeVisible();
  const loaded = await secondPageFiles(page);
  expect(loaded.map((f) => f.name).sort()).toEqual([...hashed].sort());
  // Taken from the browser's cache: nothing went over the network.
  expect(loaded.filter((f) => f.transferred > 0)).toEqual([]);
});

test('a browser that asks to save data does not fetch the second page ahead', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true, effectiveType: '4g' }) });
  });
  const personal = new PersonalDataStep(page);
  await personal.open();
  // Idle callbacks have had their chance once a task queued after them has run.
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 100))));
  expect(await secondPageFiles(page)).toEqual([]);
});

test('the account opening fetches its own page ahead, and its consents come from it', async ({ page, kyc }) => {
  await page.goto((await kyc.createSession({ flow: 'xpollens_account', app_user_id: `e2e-prefetch-${Date.now()}` })).url);
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  await expect.poll(async () => (await secondPageFiles(page, 'account')).some((f) => f.name.endsWith('_bg.wasm'))).toBe(true);

  await personal.fill(personas.solaris.successful);
  await personal.submit();
  await expect(new ConsentsStep(page).heading()).toBeVisible();
  // A reload keeps the account page: the URL names it.
  await expect(page).toHaveURL(/\/consents\?(.*&)?page=account/);
  expect((await secondPageFiles(page, 'account')).filter((f) => f.transferred > 0)).toEqual([]);
  expect(await secondPageFiles(page, 'rest')).toEqual([]);

  // Opened without it (a bookmark, a link from elsewhere), the other flows' page hands over.
  await page.goto('/consents');
  await expect(page).toHaveURL(/\/consents\?(.*&)?page=account/);
  await expect(new ConsentsStep(page).heading()).toBeVisible();
});
