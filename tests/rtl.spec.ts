// Issue 22: Arabic is written right to left. The page follows the language's direction: `dir` on
// the root, the stylesheets' logical properties mirror the frame, the step list and the fields;
// text that is not Arabic (a URL, a product's name) keeps its own order. Each screen of the walk
// is looked at in Arabic at 320 px: axe finds nothing, nothing scrolls sideways, the step list
// runs from the right, and a screenshot goes with the report for a person's review.
import type { Page } from '@playwright/test';
import {
  test, expect, PersonalDataStep, ConsentsStep, IdentificationStep, StatusStep, solarisPersona,
} from 'kyc-onboarding-playwright';
import { checkScreen, evidences } from './fixtures/axe';

/** Switches the language with the header's switcher and waits until the page has re-rendered. */
async function speak(page: Page, lang: string) {
  await page.locator('#language').selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Runs in the page: where the step list's first two steps and the heading sit. */
function layout() {
  const steps = [...document.querySelectorAll('.progress__step')].map((s) => s.getBoundingClientRect());
  const heading = document.querySelector('h1')?.getBoundingClientRect();
  const main = document.querySelector('main')?.getBoundingClientRect();
  return {
    dir: document.documentElement.dir,
    direction: getComputedStyle(document.body).direction,
    firstStepRight: steps.length > 1 ? steps[0].left > steps[1].left : null,
    headingGapRight: heading && main ? main.right - heading.right : null,
    headingGapLeft: heading && main ? heading.left - main.left : null,
  };
}

/** Looks at the screen in Arabic at 320 px, then goes back to English for the walk. */
async function inArabic(page: Page, screen: string) {
  await speak(page, 'ar');
  await page.setViewportSize({ width: 320, height: 800 });
  const seen = await page.evaluate(layout);
  expect.soft(seen.dir, screen).toBe('rtl');
  expect.soft(seen.direction, screen).toBe('rtl');
  if (seen.firstStepRight !== null) expect.soft(seen.firstStepRight, `${screen}: the first step is on the right`).toBe(true);
  const shot = test.info().outputPath(`ar-320-${screen.replace(/\W+/g, '-')}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  await test.info().attach('Arabic at 320 px: ' + screen, { path: shot, contentType: 'image/png' });
  await checkScreen(page, `${screen} (Arabic, right to left)`);
  await speak(page, 'en');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  await page.setViewportSize({ width: 390, height: 800 });
}

test('Arabic: the walk through a video identification, every screen right to left', async ({ page }) => {
  evidences('1.3.2', '3.1.1', '3.1.2');
  await page.setViewportSize({ width: 390, height: 800 });
  const personal = new PersonalDataStep(page);
  await personal.open();
  await inArabic(page, 'personal data');
  await personal.submit();
  await expect(personal.errorSummary()).toBeVisible();
  await inArabic(page, 'personal data, submitted empty');

  await personal.fill(solarisPersona('HAPPYPATH', 'manual'));
  await personal.submit();
  const consents = new ConsentsStep(page);
  await expect(consents.heading()).toBeVisible();
  await inArabic(page, 'consents');
  await consents.giveBoth();

  const ident = new IdentificationStep(page);
  await expect(ident.documentsHeading()).toBeVisible();
  await inArabic(page, 'identification, document choice');
  await ident.start('ID card', 'DE');
  await expect(ident.call().getByRole('heading', { level: 1 })).toBeVisible();
  await ident.finished().click();
  const status = new StatusStep(page);
  await expect(status.waiting()).toBeVisible();
  await inArabic(page, 'status, waiting');
});

test('a page opened in Arabic is right to left from its first paint, before the app runs', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});
