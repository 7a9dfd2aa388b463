// ID Dataweb's phone-first flow, one test per row of its guide's test table (the document rows
// use the capture step), plus the high-risk session denied before anything is asked.
import { test, expect, devices } from '@playwright/test';
import { ConsentsStep, PersonalDataStep, partnerLink, roshell, smsLink } from './fixtures/onboarding';

// The personas share one phone number, so its texts are read one test at a time.
test.describe.configure({ mode: 'default' });

async function throughPersonalData(page: import('@playwright/test').Page, first: 'Andrew' | 'Andrea') {
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  await personal.fill(roshell(first));
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
}

test('Andrew Roshell is approved by the phone path: the SMS link tapped on his phone', async ({ page, request, browser, baseURL }) => {
  await page.goto(await partnerLink(request, 'iddataweb_phone'));
  await throughPersonalData(page, 'Andrew');
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm on your phone' })).toBeVisible();
  await expect(page.getByText('We sent a text message with a link to +1 •••••• 0142.')).toBeVisible();

  const phone = await browser.newContext({ ...devices['iPhone 13'] });
  const tapped = await phone.newPage();
  await tapped.goto(await smsLink(request, baseURL, '+17035550142'));
  await expect(tapped.getByRole('heading', { level: 1 })).toContainText(/confirmed/i);
  await phone.close();

  // The desktop moves on by itself.
  await expect(page.getByRole('heading', { level: 1, name: 'You are verified' })).toBeVisible();
});

test('the SMS link opened on a desktop browser denies', async ({ page, request, browser, baseURL }) => {
  await page.goto(await partnerLink(request, 'iddataweb_phone'));
  await throughPersonalData(page, 'Andrew');
  await expect(page.getByText('We sent a text message with a link to +1 •••••• 0142.')).toBeVisible();
  const desktop = await browser.newContext({ ...devices['Desktop Chrome'] });
  const opened = await desktop.newPage();
  await opened.goto(await smsLink(request, baseURL, '+17035550142'));
  await desktop.close();
  await expect(page.getByRole('heading', { level: 1, name: 'Identification failed' })).toBeVisible();
});

test.describe('a browser driven by automation', () => {
  test.use({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36' });

  test('is denied before any personal data is asked', async ({ page, request }) => {
    await page.goto(await partnerLink(request, 'iddataweb_phone'));
    await expect(page.getByRole('heading', { level: 1, name: 'Identification failed' })).toBeVisible();
    await expect(page.getByLabel('First name(s)')).toHaveCount(0);
  });
});
