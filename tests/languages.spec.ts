import { test, expect } from '@playwright/test';

const headings = {
  en: 'Your personal details',
  de: 'Ihre persönlichen Angaben',
  fr: 'Vos informations personnelles',
  nl: 'Uw persoonsgegevens',
};

for (const [lang, heading] of Object.entries(headings)) {
  test.describe(`browser language ${lang}`, () => {
    test.use({ locale: lang === 'en' ? 'en-GB' : `${lang}-${lang.toUpperCase()}` });

    test(`the flow speaks ${lang} and says so to screen readers`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      // Country names come from the browser in the same language.
      const germany = { en: 'Germany', de: 'Deutschland', fr: 'Allemagne', nl: 'Duitsland' }[lang]!;
      await expect(page.locator('#nationality option[value="DE"]')).toHaveText(germany);
    });
  });
}

test('the user can switch language; what was typed stays', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('First name(s)').fill('Zoë');
  const switcher = page.getByRole('combobox', { name: /Language/ });
  // All 28, each in its own name, for a reader who cannot read the page's language.
  await expect(switcher.locator('option')).toHaveCount(28);
  for (const name of ['English', 'Deutsch', 'Français', 'Nederlands', 'Polski', 'Ελληνικά', 'Українська', 'العربية']) {
    await expect(switcher.locator('option', { hasText: name })).toHaveCount(1);
  }
  await switcher.selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: headings.fr })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('#first_name')).toHaveValue('Zoë');
  await switcher.selectOption('nl');
  await expect(page.getByRole('heading', { level: 1, name: headings.nl })).toBeVisible();
  await expect(page.getByLabel('Voornaam (voornamen)')).toHaveValue('Zoë');
});

test('the host can choose the language with ?lang=, over the browser preference', async ({ page }) => {
  await page.goto('/?lang=de');
  await expect(page.getByRole('heading', { level: 1, name: headings.de })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

/** Every text a user reads or hears on the personal-data and consent pages: labels, legends,
 *  hints, headings, buttons, links and the options of choices (countries excepted). */
async function pageTexts(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'h1, h2, label, legend, .field__hint, .lead, button, a, p, option:not([value^=""]):not([value=""])';
    const own = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => !el.closest('select[id$="country"], select#nationality, select#tax_residency'))
      .map((el) => (el.innerText ?? el.textContent ?? '').trim());
    const named = [...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label')!.trim());
    return [...own, ...named].filter((t) => t.length > 0);
  });
}

async function textsOf(page: import('@playwright/test').Page, lang: string) {
  await page.goto(`/personal-data?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('#personal-data-form, form').first()).toBeVisible();
  // Every control of the step has a label with words in it.
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('input, select')]
      .filter((el) => !(el as HTMLInputElement).labels?.[0]?.textContent?.trim())
      .map((el) => el.id),
  );
  expect(unlabelled, `controls without a label in ${lang}`).toEqual([]);
  return new Set(await pageTexts(page));
}

test('every language renders every text in its own language: no key falls back to English', async ({ page }) => {
  test.setTimeout(120_000);
  const english = await textsOf(page, 'en');
  const languages = await page.locator('#language option').evaluateAll((os) => os.map((o) => ({ code: (o as HTMLOptionElement).value, name: o.textContent!.trim() })));
  // Names that are the same in every language (language names, abbreviations, a few words
  // English shares with others: Spanish and Italian "No").
  const same = new Set([...languages.map((l) => l.name), 'Dr.', 'Prof.', 'Prof. Dr.', 'Magister', 'Mag.', 'Pr', 'Dr', 'No', '(optional)']);
  for (const lang of languages.map((l) => l.code).filter((code) => code !== 'en')) {
    const translated = await textsOf(page, lang);
    const leaked = [...translated].filter((text) => english.has(text) && !same.has(text));
    expect(leaked, `English texts on the ${lang} page`).toEqual([]);
  }
});

/** The paths of the texts files the page asks for, as they are asked. */
function textsRequests(page: import('@playwright/test').Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/texts/')) paths.push(path);
  });
  return paths;
}

test('the page brings its own language: no texts file is fetched until the user switches, then one', async ({ page, request }) => {
  const fetched = textsRequests(page);
  await page.goto('/');
  await page.getByLabel('First name(s)').fill('Zoë');
  await expect(page.getByRole('heading', { level: 1, name: headings.en })).toBeVisible();
  expect(fetched).toEqual([]);
  await page.getByRole('combobox', { name: /Language/ }).selectOption('de');
  await expect(page.getByRole('heading', { level: 1, name: headings.de })).toBeVisible();
  await expect(page.getByLabel('Vorname(n)')).toHaveValue('Zoë');
  expect(fetched).toEqual([expect.stringMatching(/^\/texts\/main-de-[0-9a-f]{16}\.txt$/)]);
  // Named by its content: kept by the browser, never asked for again.
  expect((await request.get(fetched[0])).headers()['cache-control']).toContain('immutable');
  // Back to English: its texts are still here.
  await page.getByRole('combobox', { name: /Sprache/ }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: headings.en })).toBeVisible();
  expect(fetched).toHaveLength(1);
});

test('when the other language cannot be fetched, the page stays in its language and says so', async ({ page }) => {
  await page.route('**/texts/**', (route) => route.abort());
  await page.goto('/');
  await page.getByLabel('First name(s)').fill('Zoë');
  const switcher = page.getByRole('combobox', { name: /Language/ });
  await switcher.selectOption('fr');
  await expect(page.getByRole('alert').filter({ hasText: 'We could not reach the server' })).toBeVisible();
  await expect(switcher).toHaveValue('en');
  await expect(page.getByRole('heading', { level: 1, name: headings.en })).toBeVisible();
  await expect(page.locator('#first_name')).toHaveValue('Zoë');
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('reads German on the first page, though its wasm holds no German text', async ({ page, request }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: headings.de })).toBeVisible();
    await expect(page.getByLabel('Geburtsdatum')).toBeVisible();
    const wasm = await page.locator('script[data-kyc-wasm]').getAttribute('data-kyc-wasm');
    const bytes = await (await request.get(wasm!)).body();
    expect(bytes.length).toBeGreaterThan(100_000);
    for (const german of ['Geburtsdatum', 'Persönliche Angaben', 'Bitte füllen Sie dieses Feld aus.']) {
      expect(bytes.includes(Buffer.from(german)), german).toBe(false);
    }
  });
});
