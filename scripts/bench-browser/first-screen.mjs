// First screen interactive, ours against Onfido's web SDK 13.8.7 in the same run (issue 20).
// Usage: node first-screen.mjs <our origin> <folder with onfido-sdk-ui installed in node_modules>
// Each run opens a fresh browser context (empty cache, cache disabled) and reads, in the page,
// performance.now() (milliseconds since the navigation started) at the first animation frame
// where the screen is ready: ours, the personal-data form's "First name(s)" field visible and
// enabled (for a new user that is the form the proxy writes into the page, whose entries the app
// takes over when its wasm has run: tests/first-paint.spec.ts); Onfido's, the list of document
// types (its "Passport" choice visible and enabled).
// Runs alternate between the two so that a noisy moment of the machine hits both.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, slow4g, emulate, median } from './browser.mjs';
import { serveStatic } from './static-server.mjs';
import { stubOnfido, dummyToken } from './onfido-stubs.mjs';

const [ours, peer] = process.argv.slice(2);
const runs = 5;
const here = path.dirname(fileURLToPath(import.meta.url));
const onfido = await serveStatic({
  files: { '/': path.join(here, 'onfido.html') },
  folders: { '/sdk/': path.join(peer, 'node_modules/onfido-sdk-ui/dist') },
});

// Installed before any script of the page: checks the screen once per frame, from the first one.
// `ready` is the page's test, as a string (an init script cannot close over Node's values).
const watch = (ready) => `
  (() => {
    const usable = (el) => !!el && !el.disabled && !el.closest('fieldset:disabled') && el.getAttribute('aria-disabled') !== 'true'
      && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const ready = ${ready};
    const frame = () => (ready(usable) ? (window.__firstScreenMs = performance.now()) : requestAnimationFrame(frame));
    requestAnimationFrame(frame);
  })();`;
const screens = {
  ours: {
    url: `${ours}/`,
    ready: `(usable) => usable([...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith('First name(s)'))?.control)`,
  },
  onfido: {
    url: `${onfido.origin}/?token=${dummyToken()}`,
    ready: `(usable) => usable([...document.querySelectorAll('#onfido-mount button')].find((b) => b.textContent.includes('Passport')))`,
  },
};

const browser = await launch();
const stubbed = new Set();
async function once(name, network) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // The same routing for both (it makes the browser pause every https request for the stubs);
    // our page makes none.
    await stubOnfido(page, stubbed);
    await emulate(context, page, network);
    await page.addInitScript(watch(screens[name].ready));
    await page.goto(screens[name].url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__firstScreenMs !== undefined, null, { timeout: 60_000, polling: 50 });
    return await page.evaluate(() => window.__firstScreenMs);
  } finally {
    await context.close();
  }
}

const rows = [];
try {
  // One untimed load of each first: a browser's first page pays for starting its renderer and
  // network processes, which no user of a running browser waits for.
  for (const name of ['ours', 'onfido']) await once(name, null);
  for (const [label, network] of [['loopback', null], ['slow 4G (150 ms, 1.6 Mbps)', slow4g]]) {
    const times = { ours: [], onfido: [] };
    for (let i = 0; i < runs; i++) for (const name of ['ours', 'onfido']) times[name].push(await once(name, network));
    rows.push({ label, ours: median(times.ours), onfido: median(times.onfido), all: times });
  }
} finally {
  await browser.close();
  onfido.close();
}

const ms = (x) => x.toFixed(0).padStart(9);
console.log(`first screen interactive, median of ${runs} (ms since navigation start; target ratio <= 0.25)`);
console.log(`${'link'.padEnd(28)}${'ours'.padStart(9)}${'Onfido'.padStart(9)}${'ratio'.padStart(8)}`);
for (const r of rows) {
  const ratio = r.ours / r.onfido;
  console.log(`${r.label.padEnd(28)}${ms(r.ours)}${ms(r.onfido)}${ratio.toFixed(2).padStart(8)}${ratio <= 0.25 ? '' : '  (over 0.25)'}`);
}
for (const r of rows) console.log(`  ${r.label} runs: ours ${r.all.ours.map((x) => x.toFixed(0)).join(' ')}; Onfido ${r.all.onfido.map((x) => x.toFixed(0)).join(' ')}`);
console.log(`  Onfido's requests answered by stubs: ${[...stubbed].sort().join(', ') || 'none'}`);
