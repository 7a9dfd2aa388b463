// An integrator's suite, compiled with `tsc --strict` by scripts/test (never run): every page
// object, persona and helper is used by its declared shape, and a misspelt one does not compile.
import { devices, test as plainTest, request as apiRequest } from '@playwright/test';
import {
  test, expect, personas, persona, solarisPersona, uniqueName,
  PersonalDataStep, ConsentsStep, IdentificationStep, CaptureStep, BankLoginStep, IdinBankPage, PhoneCheckStep,
  PhoneLinkPage, AccountIdentityStep, FacialRecognitionWebview, AccountDeclarationStep, AccountTaxStep,
  AccountTermsStep, AccountStatusStep, StatusStep, takeAccountStep, giveDetailsAndConsent, reachIdentification,
  PartnerApi, WebhookReceiver, Sandbox, sandboxOrigin, handoffLink, trackCameraStreams, cameraState, browserStorage,
  ACCOUNT_HEADINGS, FRONT,
  type Person, type Scope, type WebhookEvent, type SessionLaunch, type AccountStepKey, type FlowKey,
} from 'kyc-onboarding-playwright';

test.use({ kycURL: 'http://127.0.0.1:18080', kycPartnerKey: 'sandbox-partner-key' });

test('every flow, typed', async ({ page, browser, kyc, webhooks, sandbox }) => {
  const flow: FlowKey = 'solaris_idnow';
  const launch: SessionLaunch = await kyc.createSession({ flow, language: 'en', prefill: { first_name: 'Jane' }, external_id: 'customer-4711' });
  await page.goto(launch.url);
  const framed: Scope = page.frameLocator('iframe[title="Identity verification"]');

  // Solaris.
  const ident = await reachIdentification(framed, solarisPersona('FRAUDOK', 'manual', { lastName: uniqueName() }));
  await ident.manualCall('015123456789');
  await new IdentificationStep(page).giveProofOfAddress('GAS_BILL', '2026-01-01');
  const status = new StatusStep(page);
  await expect(status.verified().or(status.referred()).or(status.failed())).toBeVisible();
  await expect(status.comparison('Last name').bank).toHaveText('Matches');

  // Onfido, with the hand-off to a phone.
  const capture = new CaptureStep(page);
  await giveDetailsAndConsent(page, personas.onfido.clear);
  await expect(capture.heading(FRONT)).toBeVisible();
  await capture.showQrCode();
  await capture.sendLinkByText();
  const phone = await (await browser.newContext({ ...devices['Pixel 7'] })).newPage();
  await trackCameraStreams(phone);
  await phone.goto((await sandbox.lastText(personas.onfido.clear.mobile)).link ?? '');
  await new CaptureStep(phone).takeAll('ID_CARD');
  const camera: { opened: number; live: number } = await cameraState(phone);
  await page.goto(await handoffLink(page.request, (await kyc.createSession({ capture_document: 'PASSPORT' })).url));

  // Signicat.
  await new BankLoginStep(page).continueToBank();
  await new IdinBankPage(page).logInAs(personas.signicat.lastNameDiffers);
  await new IdinBankPage(page).logInAs('as entered');

  // ID Dataweb.
  await expect(new PhoneCheckStep(page).sentTo('+1 •••••• 0142')).toBeVisible();
  await phone.goto(await sandbox.iddatawebLink(personas.iddataweb.phoneMatch.mobile));
  await expect(new PhoneLinkPage(phone).confirmed()).toBeVisible();

  // Xpollens.
  const order: AccountStepKey[] = ['identity', 'declaration', 'tax', 'terms'];
  const iban = await new AccountIdentityStep(page).chooseTransfer();
  await sandbox.xpollensTransfer(iban, 'Jane Doe');
  const code: string = await new AccountIdentityStep(page).chooseFacialRecognition();
  await phone.goto(await sandbox.xpollensWebviewUrl(code));
  await new FacialRecognitionWebview(phone).succeed();
  await expect(new AccountIdentityStep(page).identityConfirmed()).toBeVisible();
  await new AccountDeclarationStep(page).confirm();
  const tax = new AccountTaxStep(page);
  await tax.fill({ usPerson: false, taxNumber: '12345678901' });
  await tax.continueAfterNotice();
  await new AccountTermsStep(page).accept();
  for (const step of order) await takeAccountStep(page, step, { taxNumber: '12345678901' });
  await expect(new AccountStatusStep(page).check('Bank transfer', 'Accepted')).toBeVisible();
  await expect(page.getByRole('heading', { name: ACCOUNT_HEADINGS.tax })).toBeVisible();

  // The partner API and the webhooks.
  const event: WebhookEvent = await webhooks.waitFor('session.completed', { session: launch.id, timeout: 10_000 });
  const outcome: string | undefined = event.data.outcome;
  const all: WebhookEvent[] = webhooks.received();
  await kyc.review(launch.id, 'accepted');
  const detail = await kyc.session(launch.id);
  console.log(camera, outcome, all.length, detail.status, (await browserStorage(page)).session);
});

plainTest('without the fixtures', async ({ page, request, baseURL }) => {
  const api = new PartnerApi(request, { url: baseURL, key: 'sandbox-partner-key' });
  const receiver: WebhookReceiver = await api.receiveWebhooks({ events: ['session.completed', 'session.referred'] });
  const { url } = await api.createSession({ flow: 'onfido_documents', capture_document: 'ID_CARD' });
  await page.goto(url);
  const someone: Person = persona('Jane', { lastName: 'Doe', ssn: '4817' });
  await new PersonalDataStep(page).fill(someone);
  await new ConsentsStep(page).giveBoth();
  await receiver.waitFor('session.referred');
  await receiver.close();
  const sandbox = new Sandbox(await apiRequest.newContext(), sandboxOrigin(baseURL));
  console.log(sandbox.url);
});

// @ts-expect-error: not a persona
personas.onfido.unknown;
// @ts-expect-error: not an event type
test('typo', async ({ webhooks }) => { await webhooks.waitFor('session.done'); });
