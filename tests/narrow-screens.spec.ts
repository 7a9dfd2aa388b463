// Issue 20: every screen the flows reach, on a phone 320 and 390 px wide, in every language, has
// none of the faults a user notices there: a page that scrolls sideways, text that overflows or is
// cut off by its box, a word broken in the middle (German's "Video-Identifizierun g"), elements on
// top of each other, punctuation doubled ("…tax purposes?: Please choose").
//
// Each test walks one flow once, in English with the page objects, and on each screen switches
// the language with the header's switcher and resizes the page, rather than walking the flow
// again per language and width. The camera steps (capture project) are left out.
import type { Page } from '@playwright/test';
import {
  test, expect, PersonalDataStep, ConsentsStep, IdentificationStep, StatusStep, AccountIdentityStep,
  AccountDeclarationStep, AccountTaxStep, AccountTermsStep, AccountStatusStep, giveDetailsAndConsent, personas,
  solarisPersona, reachIdentification,
} from 'kyc-onboarding-playwright';
import { evidences } from './fixtures/axe';

const WIDTHS = [320, 390] as const;
const HEIGHT = 800;

/** One fault on a screen, as the page sees it. */
interface Fault {
  kind: string;
  element: string;
  text: string;
}

/**
 * Runs in the page: the faults of what is on screen now. Self-contained (it is serialised into
 * the page): (a) sideways scrolling, (b) text overflowing its box or the screen, (c) words broken
 * mid-word (breaks after "-", "/" and at soft hyphens are fine), (d) doubled punctuation,
 * (e) overlapping text or controls.
 */
function findFaults(): Fault[] {
  const faults: Fault[] = [];
  const width = window.innerWidth;
  const clip = (s: string, n = 80) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > n ? `${t.slice(0, n - 1)}…` : t;
  };
  const name = (el: Element) => {
    let s = el.tagName.toLowerCase();
    if (el.id) return `${s}#${el.id}`;
    const cls = [...el.classList].slice(0, 2);
    if (cls.length) s += `.${cls.join('.')}`;
    return s;
  };
  const selector = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      parts.unshift(name(e));
      if (e.id) break;
    }
    return parts.join(' > ');
  };
  const skipTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'DATALIST', 'TEXTAREA', 'INPUT', 'IFRAME', 'SVG', 'svg']);
  // Shown to a sighted user: rendered, not clipped away for screen readers only.
  const seen = new Map<Element, boolean>();
  const shown = (el: Element): boolean => {
    const known = seen.get(el);
    if (known !== undefined) return known;
    let result = true;
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false } as CheckVisibilityOptions)) result = false;
    else {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.clipPath !== 'none' || (style.clip !== 'auto' && style.clip !== '')) result = false;
      // A box of a pixel or none that clips what it holds (the visually-hidden pattern).
      else if (style.display !== 'inline' && style.display !== 'contents' && (rect.width <= 1 || rect.height <= 1) && style.overflow !== 'visible') result = false;
      else if (el.parentElement && el.parentElement !== document.documentElement) result = shown(el.parentElement);
    }
    seen.set(el, result);
    return result;
  };
  const ownText = (el: Element) =>
    [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
  const elements = [...document.body.querySelectorAll('*')].filter((el) => !el.closest('select, iframe, svg, script, style, noscript, template') && shown(el));

  // (a) The page scrolls sideways: name the boxes that stick out.
  if (document.documentElement.scrollWidth > width) {
    // The boxes past the right edge, or else the boxes whose content spills out of them.
    let out = elements.filter((el) => el.getBoundingClientRect().right > width + 1);
    if (!out.length) out = elements.filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1);
    const deepest = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
    faults.push({
      kind: `page scrolls sideways (${document.documentElement.scrollWidth} px > ${width} px)`,
      element: deepest.slice(0, 3).map(selector).join(', ') || 'html',
      text: clip(deepest[0]?.textContent ?? ''),
    });
  }

  // (b) Text wider than its box (the box clips it or it spills over), or past the screen's edge.
  for (const el of elements) {
    if (skipTags.has(el.tagName) || !ownText(el)) continue;
    const style = getComputedStyle(el);
    if (/auto|scroll/.test(style.overflowX)) continue;
    if (style.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      faults.push({ kind: `text overflows its box (${el.scrollWidth} px in ${el.clientWidth} px)`, element: selector(el), text: clip(ownText(el)) });
      continue;
    }
    const rect = el.getBoundingClientRect();
    if (rect.right > width + 1 || rect.left < -1) {
      faults.push({ kind: `text past the screen's edge (${Math.round(rect.left)}–${Math.round(rect.right)} px)`, element: selector(el), text: clip(ownText(el)) });
    }
  }

  // (c) Words broken across lines where no hyphen or slash allows it.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lineOf = (node: Text, at: number) => {
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    // The last box: Chromium gives the hyphen shown at a soft hyphen's break to the next character.
    const rect = [...range.getClientRects()].filter((r) => r.width > 0).pop();
    return rect ? rect.top + rect.height / 2 : undefined;
  };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || skipTags.has(parent.tagName) || parent.closest('select, iframe, svg, script, style, noscript, template') || !shown(parent)) continue;
    const text = node.data;
    for (const match of text.matchAll(/\S{2,}/g)) {
      const start = match.index!;
      range.setStart(node, start);
      range.setEnd(node, start + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const tops = new Set(rects.map((r) => Math.round(r.top / 4)));
      if (rects.length < 2 || tops.size < 2) continue;
      // Where the word goes onto the next line: the first character on a lower line.
      let line = lineOf(node, start);
      for (let i = start + 1; i < start + match[0].length; i++) {
        const here = lineOf(node, i);
        if (here === undefined || line === undefined) {
          line = here ?? line;
          continue;
        }
        if (here - line > 4) {
          const before = text[i - 1];
          if (!/[-‐–—/\u00AD]/.test(before)) {
            const word = match[0];
            const cut = i - start;
            faults.push({
              kind: 'word broken mid-word',
              element: selector(parent),
              text: `${word.slice(0, cut)}|${word.slice(cut)} in "${clip(text, 60)}"`,
            });
          }
        }
        line = here;
      }
    }
  }

  // (d) Doubled punctuation in what is on screen ("?:", "::", ". .", ",,").
  const doubled = /[?!:;,]\s*[:;,]|[?!:;,]\s*\.(?!\.)|(?<!\.)\.\.(?!\.)|\.\s*:|\?\s*\?|!\s*!/;
  // Reported at the deepest element whose text has it.
  const punctuated = (el: Element) => doubled.exec((el as HTMLElement).innerText ?? '');
  for (const el of elements) {
    if (skipTags.has(el.tagName)) continue;
    const found = punctuated(el);
    if (!found || [...el.children].some((child) => punctuated(child))) continue;
    const text = (el as HTMLElement).innerText;
    faults.push({ kind: `doubled punctuation "${found[0]}"`, element: selector(el), text: clip(text.slice(Math.max(0, found.index - 40), found.index + 20)) });
  }

  // (e) Text or controls on top of each other.
  const boxes = elements
    .filter((el) => (ownText(el) && !skipTags.has(el.tagName)) || /^(INPUT|SELECT|TEXTAREA|BUTTON|IMG|IFRAME)$/.test(el.tagName) || el.tagName.toLowerCase() === 'svg')
    .map((el) => ({ el, rect: el.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 1 && rect.height > 1);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (w > 2 && h > 2) {
        faults.push({
          kind: 'elements overlap',
          element: `${selector(a.el)} and ${selector(b.el)}`,
          text: clip(`${ownText(a.el) || a.el.tagName} / ${ownText(b.el) || b.el.tagName}`),
        });
      }
    }
  }
  return faults;
}

/** Switches the language with the header's switcher and waits until the page has re-rendered. */
async function speak(page: Page, lang: string) {
  await page.locator('#language').selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Looks at the screen as it is, in every language at every width, and reports what is wrong as a
 * soft failure (the walk goes on, every screen's faults are listed). Leaves the page in English
 * at 390 px, as the walk expects.
 */
async function look(page: Page, screen: string) {
  // Every language at two widths takes a few seconds: each screen brings its own time.
  test.setTimeout(test.info().timeout + 20_000);
  const found: string[] = [];
  // Every language the switcher offers: a language added to the app is looked at without a change here.
  const languages = await page.locator('#language option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(languages.length).toBeGreaterThanOrEqual(4);
  for (const lang of languages) {
    await speak(page, lang);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT });
      for (const f of await page.evaluate(findFaults)) {
        found.push(`${screen}, ${width} px, ${lang}: ${f.kind} at ${f.element}: ${f.text}`);
      }
    }
  }
  await speak(page, 'en');
  await page.setViewportSize({ width: 390, height: HEIGHT });
  expect.soft(found, `faults on "${screen}"`).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  // Evidence for the conformance report: 320 px is a 1280 px window at 400 % zoom.
  evidences('1.4.4', '1.4.10');
  await page.setViewportSize({ width: 390, height: HEIGHT });
});

test('Solaris: personal data, consents, the document choice, the video call and the wait for the result', async ({ page }) => {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await look(page, 'personal data');
  await personal.submit();
  await expect(personal.errorSummary()).toBeVisible();
  await look(page, 'personal data, submitted empty');

  // A manual call, never finished: the status waits for the result.
  await personal.fill(solarisPersona('HAPPYPATH', 'manual'));
  await personal.submit();
  const consents = new ConsentsStep(page);
  await expect(consents.heading()).toBeVisible();
  await look(page, 'consents');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(personal.errorSummary()).toBeVisible();
  await look(page, 'consents, continued without ticking');
  await consents.giveBoth();

  const ident = new IdentificationStep(page);
  await expect(ident.documentsHeading()).toBeVisible();
  await look(page, 'identification: document choice');
  await ident.chooseDocument('Passport', 'DE');
  await expect(ident.proofOfAddress()).toBeVisible();
  await ident.startButton().click();
  await expect(page.locator('#proof_issued_at-error')).not.toBeEmpty();
  await look(page, 'identification: passport, proof of address missing');
  await ident.start('ID card', 'DE');
  await expect(ident.call().getByRole('heading', { level: 1 })).toBeVisible();
  await look(page, 'identification: video call');

  await ident.finished().click();
  const status = new StatusStep(page);
  await expect(status.waiting()).toBeVisible();
  await look(page, 'status: waiting');
});

test('Solaris: verified with the corrected details, and verified under review', async ({ page }) => {
  await reachIdentification(page, personas.solaris.corrected);
  const status = new StatusStep(page);
  await expect(status.verified()).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Ørsted-Núñez Þórsdóttir');
  await look(page, 'status: verified, details corrected');

  // A new session for the next person.
  await page.evaluate(() => sessionStorage.clear());
  await reachIdentification(page, personas.solaris.longReview);
  await expect(status.underReview()).toBeVisible();
  await look(page, 'status: verified, under review');
});

test('Solaris: an interrupted call with guidance, and a refusal before the call', async ({ page }) => {
  await reachIdentification(page, personas.solaris.aborted);
  const status = new StatusStep(page);
  await expect(status.interrupted()).toBeVisible();
  await expect(status.tryAgain()).toBeVisible();
  await look(page, 'status: interrupted');

  await page.evaluate(() => sessionStorage.clear());
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(personas.solaris.refused);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  await expect(page.getByRole('alert')).toContainText(/contact support/i);
  await look(page, 'identification: refused before the call');

  await page.evaluate(() => sessionStorage.clear());
  await reachIdentification(page, personas.solaris.fraud);
  await expect(status.failed()).toBeVisible();
  await look(page, 'status: failed');
});

test('Xpollens: the personal data it asks, the account steps and the account', async ({ page, kyc }) => {
  const appUserId = `e2e-narrow-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  await page.goto((await kyc.createSession({
    flow: 'xpollens_account', app_user_id: appUserId, steps: ['identity', 'declaration', 'tax', 'terms'],
  })).url);
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  await look(page, 'Xpollens personal data');
  await personal.submit();
  await expect(personal.errorSummary()).toBeVisible();
  await look(page, 'Xpollens personal data, submitted empty');
  await giveDetailsAndConsent(page, personas.xpollens.accepted);

  const identity = new AccountIdentityStep(page);
  await expect(identity.heading()).toBeVisible();
  await look(page, 'account: identity, the choice');
  await identity.chooseFacialRecognition();
  await expect(identity.activationQr().locator('svg')).toBeVisible();
  await look(page, 'account: identity, facial recognition on the phone');
  await identity.chooseTransfer();
  await look(page, 'account: identity, instant transfer');
  await identity.continueButton().click();

  const declaration = new AccountDeclarationStep(page);
  await expect(declaration.heading()).toBeVisible();
  await expect(page.getByText(/@example\.com$/)).toBeVisible();
  await look(page, 'account: declaration');
  await declaration.confirm();

  const tax = new AccountTaxStep(page);
  await expect(tax.heading()).toBeVisible();
  await look(page, 'account: tax residence');
  await tax.fill({ usPerson: false });
  await expect(tax.taxNumberRequired()).toBeVisible();
  await look(page, 'account: tax residence, number missing');
  await tax.taxNumber().fill('12345678901');
  await tax.send();
  await expect(tax.scaNotice()).toBeVisible();
  await look(page, 'account: tax residence, strong authentication');
  await tax.continueAfterNotice();

  const terms = new AccountTermsStep(page);
  await expect(terms.heading()).toBeVisible();
  await terms.acceptButton().click();
  await expect(page.getByText('Please tick the box to accept the terms.')).toBeVisible();
  await look(page, 'account: terms, not ticked');
  await terms.checkbox().check();
  await terms.acceptButton().click();
  await expect(terms.scaNotice()).toBeVisible();
  await look(page, 'account: terms, strong authentication');
  await page.getByRole('button', { name: 'Continue' }).click();

  const account = new AccountStatusStep(page);
  await expect(account.heading()).toBeVisible();
  await expect(account.status('In progress')).toBeVisible();
  await look(page, 'account: status');
});

test('the page frame before the app runs (the personal-data form a new user types into), and when the app cannot load, in every language', async ({ page }) => {
  test.setTimeout(test.info().timeout + 60_000);
  const found: string[] = [];
  // The wasm never arrives, or fails: the app never runs, so each page is a new user's.
  let failing = false;
  await page.route('**/*_bg.wasm', (route) => (failing ? route.abort('connectionfailed') : undefined));
  await page.goto('/');
  // The frame's own switcher (disabled until the app runs) lists every language.
  const languages = await page.locator('#language option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(languages.length).toBeGreaterThanOrEqual(4);
  for (const fails of [false, true]) {
    failing = fails;
    const screen = fails ? 'the frame, the app not loaded' : 'the frame while the app loads';
    for (const lang of languages) {
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator('#kyc-shell .form')).toBeVisible();
      if (fails) await expect(page.locator('.shell__failed')).toBeVisible();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: HEIGHT });
        for (const f of await page.evaluate(findFaults)) found.push(`${screen}, ${width} px, ${lang}: ${f.kind} at ${f.element}: ${f.text}`);
      }
    }
  }
  expect.soft(found, 'faults on the page frame').toEqual([]);
});
