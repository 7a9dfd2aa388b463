// Consents ticked and unticked as fast as the browser allows: both clicks in one task of the
// page, no wait between, in both orders, 100 times. Every round must end with the boxes and the
// proxy holding exactly what the user ticked, and no error shown.
import { test, expect, type Page } from '@playwright/test';
import { PersonalDataStep, ConsentsStep, persona } from 'kyc-onboarding-playwright';

const TERMS = 'consent-terms_conditions';
const DATA = 'consent-data_processing';
const ROUNDS = 100;

/** What the user sees (and what a reload would show) after clicking the boxes in `ids` order. */
type Seen = { terms: boolean; data: boolean; times: number; errors: string[]; held: string[] };

/**
 * Clicks the boxes in `ids` order within one task (no event loop turn between the clicks), then
 * returns what the page shows at once, and what it shows and the proxy holds once no save is on
 * its way ("Continue" is enabled again).
 */
const clickAll = (page: Page, ids: string[]) =>
  page.evaluate(
    async ({ ids, terms, data }) => {
      const box = (id: string) => document.getElementById(id) as HTMLInputElement;
      const next = () => new Promise((resolve) => setTimeout(resolve, 1));
      const busy = () =>
        [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Continue' && b.disabled);
      const seen = async () => {
        const token = sessionStorage.getItem('kyc.session');
        const answer = await fetch('/api/session', { headers: { Authorization: `Bearer ${token}` } });
        const view: { consents: { kind: string }[] } = await answer.json();
        return {
          terms: box(terms).checked,
          data: box(data).checked,
          times: document.querySelectorAll('.consent__given time').length,
          errors: [...document.querySelectorAll('[role=alert]')].filter((e) => e.checkVisibility()).map((e) => e.textContent ?? ''),
          held: view.consents.map((c) => c.kind).sort(),
        };
      };
      ids.forEach((id) => box(id).click());
      // The app reacts in microtasks: after one task it shows the user's intent.
      await next();
      const early = { terms: box(terms).checked, data: box(data).checked };
      const deadline = Date.now() + 10_000;
      while (busy() && Date.now() < deadline) await next();
      return { early, settled: (await seen()) as Seen };
    },
    { ids, terms: TERMS, data: DATA },
  );

/**
 * A real network in the page: each consent request leaves, and its answer comes back, 0–8 ms late
 * (a fixed pseudo-random sequence, so a failing round can be replayed). Requests then reach the
 * proxy, and answers the app, not necessarily in the order they were sent; on loopback they would
 * otherwise line up by luck. Done in the page, not with `page.route`, to keep 400 saves fast.
 */
const jitteryNetwork = () => {
  let state = 42;
  const delay = () => {
    state = (state * 16807) % 2147483647;
    return new Promise((resolve) => setTimeout(resolve, state % 9));
  };
  const fetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes('/api/session/consents/')) return fetch(input, init);
    await delay();
    const answer = await fetch(input, init);
    await delay();
    return answer;
  };
};

/** A new session's consents step, the personal data saved. */
async function consentsStep(page: Page): Promise<ConsentsStep> {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(persona());
  await personal.submit();
  const consents = new ConsentsStep(page);
  await expect(consents.heading()).toBeVisible();
  return consents;
}

test('consents ticked and unticked with no wait between are all kept, in both orders', async ({ page }) => {
  // About 20 s on an idle machine; a busy one (builds beside the tests) may take a few times that.
  test.setTimeout(120_000);
  await page.addInitScript(jitteryNetwork);
  const consents = await consentsStep(page);

  const both = ['data_processing', 'terms_conditions'];
  const expected = (ticked: boolean): Seen => ({
    terms: ticked,
    data: ticked,
    times: ticked ? 2 : 0,
    errors: [],
    held: ticked ? both : [],
  });
  for (let round = 0; round <= ROUNDS; round++) {
    const order = round % 2 === 0 ? [TERMS, DATA] : [DATA, TERMS];
    const ticked = await clickAll(page, order);
    expect(ticked, `round ${round}, ticked`).toEqual({ early: { terms: true, data: true }, settled: expected(true) });
    // The last round leaves both given, for the reload below.
    if (round === ROUNDS) break;
    const unticked = await clickAll(page, [...order].reverse());
    expect(unticked, `round ${round}, unticked`).toEqual({ early: { terms: false, data: false }, settled: expected(false) });
  }

  await page.reload();
  await expect(consents.heading()).toBeVisible();
  await expect(consents.terms()).toBeChecked();
  await expect(consents.dataProcessing()).toBeChecked();
  const times = page.locator('.consent__given time');
  await expect(times).toHaveCount(2);
  for (const time of await times.all()) {
    await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    await expect(time).toHaveText(/\(UTC\)$/);
  }
});

test('a failed save among quick ticks keeps the tick shown, with the error and a retry that saves it', async ({ page }) => {
  // The first save of the terms fails; everything after it goes through.
  let failed = false;
  await page.route('**/api/session/consents/terms_conditions', async (route) => {
    if (failed) return route.continue();
    failed = true;
    await route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"internal","message":"down"}}' });
  });
  const consents = await consentsStep(page);

  const { settled } = await clickAll(page, [TERMS, DATA]);
  expect(settled).toMatchObject({ terms: true, data: true, times: 1, held: ['data_processing'] });
  const problem = page.getByRole('alert').filter({ hasText: 'Your choice could not be saved.' });
  await expect(problem).toHaveCount(1);
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.consent__given time')).toHaveCount(2);
  await expect(consents.terms()).toBeChecked();
  await expect(consents.dataProcessing()).toBeChecked();
});
