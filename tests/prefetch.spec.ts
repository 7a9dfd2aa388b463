import { test, expect, type Page } from '@playwright/test';
import { PersonalDataStep, ConsentsStep, personas } from 'kyc-onboarding-playwright';

// While the user types their details, the app fetches the second page's files (named by the proxy
// in <meta name="kyc-next">), so moving on to the consents downloads none of them again.

/** The second page's files the browser fetched, with the bytes each took on the network. */
async function secondPageFiles(page: Page): Promise<{ name: string; transferred: number }[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\/rest\/[^/]+-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/.test(new URL(e.name).pathname))
      .map((e) => ({ name: new URL(e.name).pathname, transferred: e.transferSize })),
  );
}

test('the second page is fetched while the details are typed, and moving on downloads none of it again', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  const named = (await page.locator('meta[name="kyc-next"]').getAttribute('content'))!.split(' ');
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
