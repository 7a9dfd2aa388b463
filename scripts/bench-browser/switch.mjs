// Time to switch language on the personal-data page (issue 22), with a name typed that must stay.
// Measured in the page: from the switcher's change event to the page's heading in the new
// language (a MutationObserver), and to the next animation frame after it. Each language once
// from English: the first switch to a language fetches its texts file (loopback, not cached),
// then once more back and forth, when the texts are already held. Usage: node switch.mjs <origin>
import { launch, emulate, percentile } from './browser.mjs';

const [ours] = process.argv.slice(2);

const browser = await launch();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await emulate(context, page, null);
  await page.goto(`${ours}/?lang=en`);
  await page.locator('#first_name').fill('Zoë');
  const english = (await page.locator('h1').innerText()).trim();
  const languages = await page.locator('#language option').evaluateAll((os) => os.map((o) => o.value));
  /** Switches to `lang` and resolves with [ms to the new heading, ms to the frame after it]. */
  const timed = (lang, before) =>
    page.evaluate(
      ([lang, before]) =>
        new Promise((done) => {
          const select = document.getElementById('language');
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            const heading = document.querySelector('h1')?.textContent.trim();
            if (document.documentElement.lang !== lang || !heading || heading === before) return;
            observer.disconnect();
            const dom = performance.now() - t0;
            requestAnimationFrame(() => done([dom, performance.now() - t0]));
          });
          observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
          select.value = lang;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }),
      [lang, before],
    );
  const first = [];
  const again = [];
  for (const lang of languages.filter((l) => l !== 'en')) {
    first.push((await timed(lang, english))[1]);
    const theirs = (await page.locator('h1').innerText()).trim();
    if ((await page.locator('#first_name').inputValue()) !== 'Zoë') throw new Error(`the typed name was lost in ${lang}`);
    await timed('en', theirs);
    again.push((await timed(lang, english))[1]);
    await timed('en', theirs);
  }
  const f = (xs, p) => percentile(xs, p).toFixed(1);
  console.log(`language switch on the personal-data page, ${first.length} languages from English (typed name kept)`);
  console.log(`  first switch (fetches the texts): p50 ${f(first, 50)} ms, p95 ${f(first, 95)} ms, max ${f(first, 100)} ms`);
  console.log(`  later switches (texts held): p50 ${f(again, 50)} ms, p95 ${f(again, 95)} ms, max ${f(again, 100)} ms`);
} finally {
  await browser.close();
}
