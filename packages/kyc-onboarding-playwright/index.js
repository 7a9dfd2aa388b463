// @ts-check
// kyc-onboarding-playwright: test a kyc-onboarding integration end to end with Playwright.
// `test` is Playwright's with three fixtures more: `kyc` (the partner API), `webhooks` (a verified
// loopback receiver) and `sandbox` (the simulators' test hooks); the page objects, the personas
// and the helpers are exported for use with any `test`.
'use strict';

const playwright = require('@playwright/test');
const {
  persona,
  uniqueName,
  PersonalDataStep,
  ConsentsStep,
  IdentificationStep,
  CaptureStep,
  FRONT,
  BACK,
  SELFIE,
  BankLoginStep,
  IdinBankPage,
  PhoneCheckStep,
  PhoneLinkPage,
  ACCOUNT_HEADINGS,
  AccountIdentityStep,
  FacialRecognitionWebview,
  AccountDeclarationStep,
  AccountTaxStep,
  AccountTermsStep,
  AccountStatusStep,
  takeAccountStep,
  StatusStep,
  giveDetailsAndConsent,
  reachIdentification,
  manualCall,
} = require('./lib/steps');
const { personas, solarisPersona } = require('./lib/personas');
const { PartnerApi, WebhookReceiver } = require('./lib/partner');
const { Sandbox, sandboxOrigin, handoffLink } = require('./lib/sandbox');
const { trackCameraStreams, cameraState, trackUploads, uploadsOf, browserStorage } = require('./lib/browser');

/** @typedef {import('./lib/steps').Scope} Scope */
/** @typedef {import('./lib/steps').Person} Person */
/** @typedef {import('./lib/steps').AccountStepKey} AccountStepKey */
/** @typedef {import('./lib/personas').SolarisScenario} SolarisScenario */
/** @typedef {import('./lib/partner').FlowKey} FlowKey */
/** @typedef {import('./lib/partner').SessionOptions} SessionOptions */
/** @typedef {import('./lib/partner').SessionLaunch} SessionLaunch */
/** @typedef {import('./lib/partner').SessionDetail} SessionDetail */
/** @typedef {import('./lib/partner').WebhookEvent} WebhookEvent */
/** @typedef {import('./lib/partner').WebhookEventType} WebhookEventType */
/** @typedef {import('./lib/partner').WebhookReceiverOptions} WebhookReceiverOptions */

/**
 * The options of the fixtures (`test.use({ kycURL: … })` or the config's `use`).
 * @typedef {object} KycOptions
 * @property {string | undefined} kycURL the proxy's origin; the config's `baseURL` when unset
 * @property {string | undefined} kycSandboxURL the simulators' origin; the proxy's port + 1 when unset
 * @property {string} kycPartnerKey the partner API key; `sandbox-partner-key` by default
 */

/**
 * @typedef {object} KycFixtures
 * @property {PartnerApi} kyc the partner API with your key, as your backend calls it
 * @property {WebhookReceiver} webhooks a receiver registered for every event type, keeping the
 *   events of the sessions this test created with `kyc`; removed after the test
 * @property {Sandbox} sandbox the simulators' test hooks (text messages, transfers)
 */

/** @typedef {import('@playwright/test').PlaywrightTestArgs & import('@playwright/test').PlaywrightTestOptions} BaseTestArgs */
/** @typedef {import('@playwright/test').PlaywrightWorkerArgs & import('@playwright/test').PlaywrightWorkerOptions} BaseWorkerArgs */

/** @type {import('@playwright/test').Fixtures<KycFixtures & KycOptions, {}, BaseTestArgs, BaseWorkerArgs>} */
const fixtures = {
  kycURL: [undefined, { option: true }],
  kycSandboxURL: [undefined, { option: true }],
  kycPartnerKey: ['sandbox-partner-key', { option: true }],
  kyc: async ({ request, baseURL, kycURL, kycPartnerKey }, use) => {
    await use(new PartnerApi(request, { url: kycURL ?? baseURL, key: kycPartnerKey }));
  },
  webhooks: async ({ kyc }, use) => {
    const receiver = await kyc.receiveWebhooks({ only: (event) => kyc.created.includes(event.data.session) });
    try {
      await use(receiver);
    } finally {
      await receiver.close();
    }
  },
  sandbox: async ({ request, baseURL, kycURL, kycSandboxURL }, use) => {
    await use(new Sandbox(request, kycSandboxURL ?? sandboxOrigin(kycURL ?? baseURL)));
  },
};

/** Playwright's `test` with the fixtures `kyc`, `webhooks` and `sandbox`. */
const test = playwright.test.extend(fixtures);
/** Playwright's `expect`, re-exported for a single import. @type {typeof import('@playwright/test').expect} */
const expect = playwright.expect;

module.exports = {
  test,
  expect,
  persona,
  uniqueName,
  personas,
  solarisPersona,
  PersonalDataStep,
  ConsentsStep,
  IdentificationStep,
  CaptureStep,
  FRONT,
  BACK,
  SELFIE,
  BankLoginStep,
  IdinBankPage,
  PhoneCheckStep,
  PhoneLinkPage,
  ACCOUNT_HEADINGS,
  AccountIdentityStep,
  FacialRecognitionWebview,
  AccountDeclarationStep,
  AccountTaxStep,
  AccountTermsStep,
  AccountStatusStep,
  takeAccountStep,
  StatusStep,
  giveDetailsAndConsent,
  reachIdentification,
  manualCall,
  PartnerApi,
  WebhookReceiver,
  Sandbox,
  sandboxOrigin,
  handoffLink,
  trackCameraStreams,
  cameraState,
  trackUploads,
  uploadsOf,
  browserStorage,
};
