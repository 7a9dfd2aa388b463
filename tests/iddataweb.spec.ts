// ID Dataweb's phone-first flow, one test per row of its guide's test table (the document rows
// use the capture step), plus the high-risk session denied before anything is asked.
import { devices } from '@playwright/test';
import {
  test, expect, PersonalDataStep, PhoneCheckStep, PhoneLinkPage, StatusStep, giveDetailsAndConsent, personas,
} from 'kyc-onboarding-playwright';
import { checkScreen, evidences } from './fixtures/axe';
import { expectAnnouncedOnce, expectHeadingFocused, fillPersonalData, giveConsents } from './fixtures/keyboard';

// The personas share one phone number, so its texts are read one test at a time.
test.describe.configure({ mode: 'default' });

const ANDREW = personas.iddataweb.phoneMatch;

// With the keyboard alone on the computer (the phone's part is a tap on a link).
test('Andrew Roshell is approved by the phone path: the SMS link tapped on his phone', async ({ page, kyc, sandbox, browser }) => {
  evidences('2.1.1', '2.1.2', '2.4.3', '2.4.7', '4.1.3');
  await page.goto((await kyc.createSession({ flow: 'iddataweb_phone' })).url);
  await expect(new PersonalDataStep(page).heading()).toBeVisible();
  await checkScreen(page, 'ID Dataweb: personal data (state, Social Security number)');
  await fillPersonalData(page, ANDREW);
  await page.keyboard.press('Enter');
  await giveConsents(page);
  const check = new PhoneCheckStep(page);
  await expectHeadingFocused(page, 'Confirm on your phone');
  await expect(check.sentTo('+1 •••••• 0142')).toBeVisible();
  await checkScreen(page, 'ID Dataweb: confirm on your phone (waiting)');

  const phone = await browser.newContext({ ...devices['iPhone 13'] });
  const tapped = await phone.newPage();
  await tapped.goto(await sandbox.iddatawebLink(ANDREW.mobile));
  await expect(new PhoneLinkPage(tapped).confirmed()).toBeVisible();
  await checkScreen(tapped, 'ID Dataweb simulator: phone confirmed');
  await phone.close();

  // The desktop moves on by itself.
  await expectHeadingFocused(page, 'You are verified');
  await expectAnnouncedOnce(page, 'Thank you. Your identity has been confirmed.');
});

test('the SMS link opened on a desktop browser denies', async ({ page, kyc, sandbox, browser }) => {
  await page.goto((await kyc.createSession({ flow: 'iddataweb_phone' })).url);
  await giveDetailsAndConsent(page, ANDREW);
  await expect(new PhoneCheckStep(page).sentTo('+1 •••••• 0142')).toBeVisible();
  const desktop = await browser.newContext({ ...devices['Desktop Chrome'] });
  const opened = await desktop.newPage();
  await opened.goto(await sandbox.iddatawebLink(ANDREW.mobile));
  await expect(new PhoneLinkPage(opened).notConfirmed()).toBeVisible();
  await desktop.close();
  await expect(new StatusStep(page).failed()).toBeVisible();
});

test.describe('a browser driven by automation', () => {
  test.use({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36' });

  test('is denied before any personal data is asked', async ({ page, kyc }) => {
    await page.goto((await kyc.createSession({ flow: 'iddataweb_phone' })).url);
    await expect(new StatusStep(page).failed()).toBeVisible();
    await expect(new PersonalDataStep(page).firstName()).toHaveCount(0);
    await checkScreen(page, 'ID Dataweb: session risk denied');
  });
});
