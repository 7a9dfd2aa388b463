import { test, expect } from 'kyc-onboarding-playwright';

// The MRZ reader's Web Worker (issue 21, docs/mrz.md): built into dist/mrz by scripts/build-mrz,
// started by the capture step with `new Worker('/mrz/worker.js')`. The first page never fetches
// it; under the app's own page policy it starts and answers the documented protocol.

test('the first page does not fetch the MRZ worker', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(page.getByLabel('First name(s)')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/mrz/'))).toEqual([]);
});

test('the worker starts under the page policy and answers frames without a zone, as luma or as ImageData', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/');
  const replies = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const worker = new Worker('/mrz/worker.js');
        const got: Record<string, unknown>[] = [];
        worker.onmessage = (e) => {
          got.push(e.data);
          if (got.length === 2) {
            worker.terminate();
            resolve(got);
          }
        };
        worker.onerror = (e) => reject(new Error(e.message || 'the worker failed to start'));
        const [width, height] = [640, 360];
        const luma = new Uint8Array(width * height).fill(200);
        worker.postMessage({ luma, width, height, id: 7 }, [luma.buffer]);
        const rgba = new ImageData(width, height).data.fill(200);
        worker.postMessage({ rgba, width, height, id: 8 }, [rgba.buffer]);
      }),
  );
  expect(replies.map((r) => [r.id, r.status])).toEqual([[7, 'none'], [8, 'none']]);
  expect(replies.every((r) => typeof r.ms === 'number')).toBe(true);
  expect(violations).toEqual([]);
});

test('the worker is sent compressed, its hashed files kept for a year and its entry revalidated', async ({ request }) => {
  const entry = await request.get('/mrz/worker.js', { headers: { 'Accept-Encoding': 'br' } });
  expect(entry.ok()).toBe(true);
  expect(entry.headers()['cache-control']).toBe('no-cache');
  const script = await entry.text();
  const [glue, wasm] = [/importScripts\("([^"]+)"\)/, /module_or_path: "([^"]+)"/].map((re) => script.match(re)![1]);
  for (const file of [glue, wasm]) {
    const response = await request.get(`/mrz/${file}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(response.ok()).toBe(true);
    expect(response.headers()['cache-control']).toContain('immutable');
    expect(response.headers()['content-encoding']).toBe('br');
  }
});
