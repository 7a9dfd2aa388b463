// @ts-check
// Page objects for every step of the five flows. Every control is found by its accessible name,
// as a user of a screen reader finds it. Each takes the page, or the frame the flow is embedded
// in: `page.frameLocator('iframe[title="Identity verification"]')`. The texts are the English
// ones: open the session with `language: 'en'`.
'use strict';

const { expect } = require('@playwright/test');

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').FrameLocator} FrameLocator */
/** @typedef {import('@playwright/test').Locator} Locator */
/** Where the flow is: a page of its own, or a host page's frame. @typedef {Page | FrameLocator} Scope */

/**
 * What a user types on the personal-data step. Flows ask different fields: `fill` fills those
 * the session's flow asks and ignores the rest.
 * @typedef {object} Person
 * @property {string} firstName
 * @property {string} lastName
 * @property {string} birthDate `YYYY-MM-DD`
 * @property {string} nationality ISO 3166-1 alpha-2
 * @property {string} street
 * @property {string} houseNumber
 * @property {string} postalCode
 * @property {string} city
 * @property {string} country country of residence, ISO 3166-1 alpha-2
 * @property {string} mobile international format
 * @property {string} email
 * @property {string} birthCity
 * @property {string} birthCountry
 * @property {string} taxResidency
 * @property {boolean} usPerson
 * @property {boolean} pep
 * @property {'Mr' | 'Ms'} [salutation]
 * @property {string} [state] state or province (US, Canada), e.g. `VA`
 * @property {string} [ssn] US Social Security number, all 9 digits or the last 4
 */

/**
 * A valid person living in Berlin; the Solaris sandbox picks its scenario by the first name
 * (`X-AUTOTEST-…`, see `personas.solaris`).
 * @param {string} [firstName]
 * @param {Partial<Person>} [overrides]
 * @returns {Person}
 */
function persona(firstName = 'Jane', overrides = {}) {
  return {
    firstName,
    lastName: 'Doe',
    birthDate: '1992-12-11',
    nationality: 'DE',
    street: 'Amrumer Straße',
    houseNumber: '14',
    postalCode: '13353',
    city: 'Berlin',
    country: 'DE',
    mobile: '+49 151 23456789',
    email: 'jane.doe@example.com',
    birthCity: 'Köln',
    birthCountry: 'DE',
    taxResidency: 'DE',
    usPerson: false,
    pep: false,
    ...overrides,
  };
}

/** A last name no other test uses (letters only, as names must be). */
function uniqueName() {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let name = 'Test';
  for (let i = 0; i < 10; i++) name += letters[Math.floor(Math.random() * letters.length)];
  return name;
}

/** @param {Scope} scope @param {string | RegExp} name */
const h1 = (scope, name) => scope.getByRole('heading', { level: 1, name });

/** "Your personal details": every flow's first step. */
class PersonalDataStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }

  heading() {
    return h1(this.page, 'Your personal details');
  }
  firstName() {
    return this.page.getByLabel('First name(s)');
  }
  lastName() {
    return this.page.getByLabel('Last name');
  }
  /** The alert listing every field to correct. */
  errorSummary() {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }
  /** The message under a field, by its key (`first_name`, `birth_date`, `postal_code`, …). @param {string} field */
  error(field) {
    return this.page.locator(`#${field}-error`);
  }

  /** The app's start page (a page of its own only), then the step is shown. */
  async open() {
    if ('goto' in this.page) await this.page.goto('/');
    await expect(this.heading()).toBeVisible();
  }

  /** A yes-or-no question, by the words of its question. @param {RegExp} question @param {boolean} yes */
  answer(question, yes) {
    return this.page.getByRole('group', { name: question }).getByRole('radio', { name: yes ? 'Yes' : 'No' }).check();
  }

  /** Whether the flow asks for the field labelled `label` (flows differ in what they ask). @param {string} label */
  async asks(label) {
    return (await this.page.getByLabel(label).count()) > 0;
  }

  /** Fills what the session's flow asks; the rest of `p` is ignored. @param {Person} p */
  async fill(p) {
    if (p.salutation) await this.page.getByLabel('Salutation').selectOption({ label: p.salutation });
    await this.firstName().fill(p.firstName);
    await this.lastName().fill(p.lastName);
    await this.page.getByLabel('Date of birth').fill(p.birthDate);
    // The first fields every flow asks are on the page: the others can be told apart now.
    if (await this.asks('Place of birth')) await this.page.getByLabel('Place of birth').fill(p.birthCity);
    if (await this.asks('Country of birth')) await this.page.getByLabel('Country of birth').selectOption(p.birthCountry);
    await this.page.getByLabel('Nationality').selectOption(p.nationality);
    await this.page.getByLabel('Street').fill(p.street);
    await this.page.getByLabel('House number').fill(p.houseNumber);
    await this.page.getByLabel('Country of residence').selectOption(p.country);
    if (p.state) await this.page.getByLabel('State or province').selectOption(p.state);
    await this.page.getByLabel('Postal code').fill(p.postalCode);
    await this.page.getByLabel('City', { exact: true }).fill(p.city);
    await this.page.getByLabel('Mobile number').fill(p.mobile);
    await this.page.getByLabel('Email address').fill(p.email);
    if (p.ssn && (await this.asks('US Social Security number'))) await this.page.getByLabel('US Social Security number').fill(p.ssn);
    if (await this.asks('Country of tax residence')) {
      await this.page.getByLabel('Country of tax residence').selectOption(p.taxResidency);
      await this.answer(/US person/, p.usPerson);
      await this.answer(/politically exposed/, p.pep);
    }
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }
}

/** "Your consent": the terms and the data processing. */
class ConsentsStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }

  heading() {
    return h1(this.page, 'Your consent');
  }
  terms() {
    return this.page.getByRole('checkbox', { name: 'I accept the terms and conditions' });
  }
  dataProcessing() {
    return this.page.getByRole('checkbox', { name: /I agree to the processing of my personal data/ });
  }
  back() {
    return this.page.getByRole('link', { name: 'Back' });
  }

  /** Ticks both boxes and continues. */
  async giveBoth() {
    await expect(this.heading()).toBeVisible();
    // No wait between the ticks: the app saves them in turn, and "Continue" waits for both.
    await this.terms().check();
    await this.dataProcessing().check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }
}

/** Solaris: "Video identification", the document choice and the IDnow call in its frame. */
class IdentificationStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }

  heading() {
    return h1(this.page, 'Video identification');
  }
  /** The list of accepted documents, loaded from the provider. */
  documentsHeading() {
    return this.page.getByRole('heading', { name: 'Documents you can use' });
  }
  startButton() {
    return this.page.getByRole('button', { name: 'Start video call' });
  }
  /** Asked for a document without the address (a passport). */
  proofOfAddress() {
    return this.page.getByRole('group', { name: 'Proof of address' });
  }
  /** The link to press after a call in another tab or device. */
  finished() {
    return this.page.getByRole('link', { name: 'I have finished the call' });
  }
  iframe() {
    return this.page.locator('iframe[title="Video identification"]');
  }
  /** The provider's page inside the frame. @returns {FrameLocator} */
  call() {
    return this.page.frameLocator('iframe[title="Video identification"]');
  }

  /**
   * Chooses the document to show; a German ID card carries the address, so no proof is asked.
   * @param {'ID card' | 'Passport'} [kind]
   * @param {string} [country] issuing country, ISO 3166-1 alpha-2
   */
  async chooseDocument(kind = 'ID card', country = 'DE') {
    await this.page.getByRole('radio', { name: kind }).check();
    await this.page.getByLabel('Issuing country').selectOption(country);
  }

  /**
   * The proof of address a passport needs (at most 6 months old).
   * @param {string} type e.g. `GAS_BILL`, `ELECTRICITY_BILL`, `BANK_ACCOUNT_STATEMENT`
   * @param {string} issuedAt `YYYY-MM-DD`
   */
  async giveProofOfAddress(type, issuedAt) {
    const proof = this.proofOfAddress();
    await proof.getByLabel('Type of proof').selectOption(type);
    await proof.getByLabel('Issue date').fill(issuedAt);
  }

  /** Chooses the document and starts the call; returns once its frame is shown. @param {'ID card' | 'Passport'} [kind] @param {string} [country] */
  async start(kind = 'ID card', country = 'DE') {
    await this.chooseDocument(kind, country);
    await this.startButton().click();
    await expect(this.iframe()).toBeVisible();
  }

  /**
   * Plays the user's part in a manual (`X-MANUALTEST-…` or untagged) call in the simulated IDnow
   * page: a mobile number, both boxes, then the ident code.
   * @param {string} [mobile]
   */
  async manualCall(mobile = '015123456789') {
    const call = this.call();
    await call.getByLabel('Mobile number').fill(mobile);
    await call.getByRole('checkbox', { name: 'I accept the IDnow terms and conditions' }).check();
    await call.getByRole('checkbox', { name: 'I have my valid ID document at hand' }).check();
    await call.getByRole('button', { name: 'Start identification' }).click();
    await call.getByLabel('Ident code').fill('123456');
    await call.getByRole('button', { name: 'Confirm' }).click();
  }
}

const FRONT = 'Photograph the front of your ID document';
const BACK = 'Photograph the back of your ID document';
const SELFIE = 'Take a selfie';

/**
 * Onfido, Signicat and ID Dataweb's step-up (and Solaris when the product team asks for
 * pictures): photos of the ID document and a selfie, the hand-off to a phone, and the upload
 * when there is no camera.
 */
class CaptureStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }

  /** @param {string | RegExp} name */
  heading(name) {
    return h1(this.page, name);
  }
  shutter() {
    return this.page.getByRole('button', { name: 'Take photo' });
  }
  preview() {
    return this.page.getByRole('img', { name: 'Your photo' });
  }
  usePhoto() {
    return this.page.getByRole('button', { name: 'Use this photo' });
  }
  retake() {
    return this.page.getByRole('button', { name: 'Retake' });
  }
  /** "Photo 1 of 3". @param {number} n @param {number} total */
  progress(n, total) {
    return this.page.getByText(`Photo ${n} of ${total}`);
  }
  /** The verdict on a photo the app refuses (too dark, blurred, glare). */
  refused() {
    return this.page.getByRole('alert').filter({ hasText: 'This photo cannot be used' });
  }
  /** Said once the pictures are in, here or on the phone. */
  allReceived() {
    return this.page.getByRole('status').filter({ hasText: 'All photos received.' });
  }

  /** Answers the first question of a flow whose product team left the document open (the buttons are the documents the flow offers). @param {'ID card' | 'Passport' | "Driver's licence"} name */
  async chooseDocument(name) {
    await expect(this.heading('Which document will you photograph?')).toBeVisible();
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  /**
   * Takes a picture once the camera shows frames; returns when the preview is shown. A document
   * held still may be taken by auto-capture first: that picture is the one then.
   */
  async shoot() {
    await expect(async () => {
      if (await this.preview().isVisible()) return;
      await this.shutter().click({ timeout: 1_000 });
    }).toPass();
    await expect(this.preview()).toBeVisible();
  }

  /** Uses the previewed picture and waits until the next picture (or the end) is reached. @param {string | RegExp} next */
  async use(next) {
    await expect(this.usePhoto()).toBeEnabled();
    await this.usePhoto().click();
    await expect(this.heading(next)).toBeVisible();
  }

  /**
   * From the front of the document to the last picture used: an ID card's or a driver's
   * licence's back too, then the selfie. Returns once the selfie is sent off; what follows
   * depends on the flow.
   * @param {'ID_CARD' | 'PASSPORT' | 'DRIVERS_LICENSE'} document
   */
  async takeAll(document) {
    await expect(this.heading(FRONT)).toBeVisible();
    await this.shoot();
    if (document === 'ID_CARD' || document === 'DRIVERS_LICENSE') {
      await this.use(BACK);
      await this.shoot();
    }
    await this.use(SELFIE);
    await this.shoot();
    await expect(this.usePhoto()).toBeEnabled();
    await this.usePhoto().click();
  }

  // The hand-off to a phone (a desktop's camera is poor): a QR code or a text message.

  /** Shows the QR code with the hand-off link; returns its image. */
  async showQrCode() {
    await this.page.getByRole('button', { name: 'Show a QR code for my phone' }).click();
    const qr = this.page.getByRole('img', { name: 'QR code with the link for your phone' });
    await expect(qr).toBeVisible();
    return qr;
  }
  /** Sends the hand-off link to the mobile number given on the personal-data step. */
  async sendLinkByText() {
    await this.page.getByRole('button', { name: 'Send the link to my mobile number' }).click();
    await expect(this.page.getByText('Text message sent. Open the link on your phone.')).toBeVisible();
  }
  /** On the phone, once its pictures are in. */
  continueOnComputer() {
    return this.page.getByText('You can continue on your computer.');
  }

  // Without a camera: the problem, and the upload instead.

  /** The explanation of a camera problem, by its title ("The camera is not allowed", …). @param {string | RegExp} title */
  cameraProblem(title) {
    return this.page.getByRole('alert').filter({ hasText: title });
  }
  retryCamera() {
    return this.page.getByRole('button', { name: 'Try the camera again' });
  }
  uploadInstead() {
    return this.page.getByRole('button', { name: 'Upload a photo instead' }).first();
  }
  fileInput() {
    return this.page.getByLabel('Choose a photo');
  }
  fileError() {
    return this.page.locator('#capture-file-error');
  }
  /** Chooses a picture file instead of the camera; returns when its preview is shown. @param {string | { name: string, mimeType: string, buffer: Buffer }} file */
  async upload(file) {
    await this.fileInput().setInputFiles(file);
    await expect(this.preview()).toBeVisible();
  }
}

/** Signicat: "Confirm who you are with your bank", the way to the iDIN login and back. */
class BankLoginStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }

  heading() {
    return h1(this.page, 'Confirm who you are with your bank');
  }
  continueButton() {
    return this.page.getByRole('button', { name: 'Continue to your bank' });
  }
  /** What the app says after a cancelled or failed login ("You can try again"). */
  notice() {
    return this.page.getByRole('status');
  }
  async continueToBank() {
    await expect(this.heading()).toBeVisible();
    await this.continueButton().click();
  }
}

/**
 * The Signicat sandbox's bank login page (on the simulators' origin): whose account logs in.
 * The scheme follows the user's country of residence: iDIN (the Netherlands), BankID (Norway).
 */
class IdinBankPage {
  /** @param {Scope} page @param {'iDIN' | 'BankID'} [scheme] */
  constructor(page, scheme = 'iDIN') {
    this.page = page;
    this.scheme = scheme;
  }

  heading() {
    return h1(this.page, `Log in with ${this.scheme}`);
  }
  /**
   * The radio of an account: a persona by name, or the person typed on the website.
   * @param {Person | 'as entered' | string | RegExp} who
   */
  account(who) {
    const name =
      who === 'as entered' ? 'The person as entered on the website'
      : typeof who === 'object' && !(who instanceof RegExp) ? new RegExp(`^${who.firstName} ${who.lastName},`)
      : who;
    return this.page.getByRole('radio', { name });
  }
  /** Logs in with that account and shares its data; the browser returns to the app. @param {Person | 'as entered' | string | RegExp} who */
  async logInAs(who) {
    await expect(this.heading()).toBeVisible();
    await this.account(who).check();
    await this.page.getByRole('button', { name: 'Log in and share' }).click();
  }
  async cancel() {
    await expect(this.heading()).toBeVisible();
    await this.page.getByRole('button', { name: 'Cancel' }).click();
  }
}

/** ID Dataweb: "Confirm on your phone", waiting for the SMS link to be opened. */
class PhoneCheckStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }

  heading() {
    return h1(this.page, 'Confirm on your phone');
  }
  /** "We sent a text message with a link to +1 •••••• 0142." @param {string} masked */
  sentTo(masked) {
    return this.page.getByText(`We sent a text message with a link to ${masked}.`);
  }
}

/** The ID Dataweb sandbox's page behind the SMS link, opened on the phone. */
class PhoneLinkPage {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  confirmed() {
    return h1(this.page, 'Phone confirmed');
  }
  notConfirmed() {
    return h1(this.page, 'Phone not confirmed');
  }
}

/** @typedef {'identity' | 'declaration' | 'tax' | 'terms'} AccountStepKey */

/** The heading of each Xpollens account step. @type {Readonly<Record<AccountStepKey, string>>} */
const ACCOUNT_HEADINGS = Object.freeze({
  identity: 'Prove your identity',
  declaration: 'Confirm your details',
  tax: 'Tax residence',
  terms: 'Account terms',
});

/** Xpollens: "Prove your identity", by an instant transfer or by the facial-recognition webview. */
class AccountIdentityStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }

  heading() {
    return h1(this.page, ACCOUNT_HEADINGS.identity);
  }
  /** The IBAN booked for the transfer. */
  iban() {
    return this.page.locator('dd.iban');
  }
  webview() {
    return this.page.locator('iframe[title="Facial recognition"]');
  }
  /** Said once the webview reached its end (`#SUCCESS`) and was closed. */
  webviewFinished() {
    return this.page.getByText('You have finished the facial recognition');
  }
  /** Said while the identity check waits for the provider's callbacks. */
  identityChecking() {
    return this.page.getByText('Your identity is being checked.');
  }
  /** Said once callbacks 4 and 34 report every piece of evidence validated. */
  identityConfirmed() {
    return this.page.getByText('Your identity is confirmed.');
  }
  activationCode() {
    return this.page.locator('code.activation-code');
  }
  activationQr() {
    return this.page.getByRole('img', { name: 'QR code with your activation code' });
  }
  continueButton() {
    return this.page.getByRole('button', { name: 'Continue' });
  }

  /** Chooses the instant transfer; returns the IBAN to send it to (the step is left open). */
  async chooseTransfer() {
    await expect(this.heading()).toBeVisible();
    await this.page.getByRole('button', { name: 'Instant bank transfer' }).click();
    await expect(this.iban()).toHaveText(/^[A-Z]{2}\d{2}/);
    return (await this.iban().textContent()) ?? '';
  }
  /**
   * Chooses the facial recognition, which happens on the phone: returns the activation code the
   * page shows for the phone app (32 hex digits), beside its QR code.
   */
  async chooseFacialRecognition() {
    await expect(this.heading()).toBeVisible();
    await this.page.getByRole('button', { name: 'Facial recognition' }).click();
    await expect(this.activationCode()).toHaveText(/^[0-9a-f]{32}$/);
    return (await this.activationCode().textContent()) ?? '';
  }
}

/** The Xpollens sandbox's facial-recognition webview (framed in the app, or on a phone). */
class FacialRecognitionWebview {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }
  async succeed() {
    await this.page.getByRole('button', { name: 'Simulate a successful facial recognition' }).click();
  }
}

/** Xpollens: "Confirm your details", the declarative data sent to the bank. */
class AccountDeclarationStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }
  heading() {
    return h1(this.page, ACCOUNT_HEADINGS.declaration);
  }
  async confirm() {
    await expect(this.heading()).toBeVisible();
    await this.page.getByRole('button', { name: 'Confirm and send my details' }).click();
  }
}

/** Xpollens: "Tax residence", the US-person question and the tax number. */
class AccountTaxStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }
  heading() {
    return h1(this.page, ACCOUNT_HEADINGS.tax);
  }
  country() {
    return this.page.getByLabel('Country of tax residence');
  }
  taxNumber() {
    return this.page.getByLabel('Tax identification number');
  }
  /** "Enter your tax identification number": the country issues one and none was given. */
  taxNumberRequired() {
    return this.page.getByText('Enter your tax identification number');
  }
  /** @param {boolean} yes */
  async answerUsPerson(yes) {
    await this.page.getByRole('group', { name: /US citizen/ }).getByRole('radio', { name: yes ? 'Yes' : 'No' }).check();
  }
  async send() {
    await this.page.getByRole('button', { name: 'Send my tax details' }).click();
  }
  /** The notice that the tax details are signed on the phone (strong authentication). */
  scaNotice() {
    return this.page.getByText('approve it there to sign your tax details');
  }
  /** Waits for the strong-authentication notice, then continues. */
  async continueAfterNotice() {
    await expect(this.scaNotice()).toBeVisible();
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }
  /** Answers and sends. @param {{ usPerson?: boolean, taxNumber?: string }} [answers] */
  async fill({ usPerson = false, taxNumber } = {}) {
    await expect(this.heading()).toBeVisible();
    await this.answerUsPerson(usPerson);
    if (taxNumber !== undefined) await this.taxNumber().fill(taxNumber);
    await this.send();
  }
}

/** Xpollens: "Account terms". */
class AccountTermsStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }
  heading() {
    return h1(this.page, ACCOUNT_HEADINGS.terms);
  }
  checkbox() {
    return this.page.getByRole('checkbox', { name: /accept the terms and conditions of the payment account/ });
  }
  acceptButton() {
    return this.page.getByRole('button', { name: 'Accept the terms' });
  }
  /** The notice that the acceptance is signed on the phone (strong authentication). */
  scaNotice() {
    return this.page.getByText('approve it there to sign your acceptance of the terms');
  }
  /** Ticks the box, accepts, and continues after the strong-authentication notice. */
  async accept() {
    await expect(this.heading()).toBeVisible();
    await this.checkbox().check();
    await this.acceptButton().click();
    await expect(this.scaNotice()).toBeVisible();
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }
}

/** Xpollens: "Your account", its status and the identity checks' results. */
class AccountStatusStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }
  heading() {
    return h1(this.page, 'Your account');
  }
  /** "Account status: Open". @param {'Not started' | 'In progress' | 'Open' | 'Refused'} status */
  status(status) {
    return this.page.getByText(`Account status: ${status}`);
  }
  /**
   * One check's result, e.g. `check('ID document', 'Refused')`.
   * @param {'ID document' | 'Selfie video' | 'Bank transfer' | 'Supporting document'} kind
   * @param {'Accepted' | 'Refused' | 'Being reviewed'} state
   */
  check(kind, state) {
    return this.page.getByText(`${kind}: ${state}`);
  }
  noResultYet() {
    return this.page.getByText('No result yet.');
  }
  identityAgain() {
    return this.page.getByRole('link', { name: 'Prove your identity again' });
  }
}

/**
 * Takes one account step the way a user does: identity by instant transfer (its IBAN returned,
 * for `Sandbox.xpollensTransfer`), the declaration confirmed, the tax residence of the personal
 * data with `taxNumber`, the terms accepted.
 * @param {Scope} page
 * @param {AccountStepKey} step
 * @param {{ taxNumber?: string }} [options]
 * @returns {Promise<string | undefined>}
 */
async function takeAccountStep(page, step, { taxNumber = '12345678901' } = {}) {
  switch (step) {
    case 'identity': {
      const identity = new AccountIdentityStep(page);
      const iban = await identity.chooseTransfer();
      await identity.continueButton().click();
      return iban;
    }
    case 'declaration':
      await new AccountDeclarationStep(page).confirm();
      return undefined;
    case 'tax': {
      const tax = new AccountTaxStep(page);
      await tax.fill({ usPerson: false, taxNumber });
      await tax.continueAfterNotice();
      return undefined;
    }
    case 'terms':
      await new AccountTermsStep(page).accept();
      return undefined;
  }
}

/** The last step: the decision, or the wait for it. */
class StatusStep {
  /** @param {Scope} page */
  constructor(page) {
    this.page = page;
  }

  /** @param {string | RegExp} name */
  heading(name) {
    return h1(this.page, name);
  }
  waiting() {
    return this.heading('Waiting for the result');
  }
  verified() {
    return this.heading('You are verified');
  }
  referred() {
    return this.heading('Your application needs a closer look');
  }
  failed() {
    return this.heading('Identification failed');
  }
  interrupted() {
    return this.heading('Identification interrupted');
  }
  expired() {
    return this.heading('The identification link expired');
  }
  /** Verified, the provider's review still open. */
  underReview() {
    return this.page.getByText('Your identification is being reviewed');
  }
  tryAgain() {
    return this.page.getByRole('button', { name: 'Try again' });
  }
  startAgain() {
    return this.page.getByRole('button', { name: 'Start again' });
  }
  /** The full-page flow's way back to the product team's redirect URL. */
  returnToService() {
    return this.page.getByRole('link', { name: 'Return to the service' });
  }
  /**
   * Signicat: a row of "How your details compare" ("Matches", "Nearly matches", "Does not match").
   * @param {string} field the row's label, e.g. `Last name`, `Date of birth`, `City`
   */
  comparison(field) {
    const row = this.page.getByRole('table', { name: 'How your details compare' }).getByRole('row', { name: field });
    return { bank: row.getByRole('cell').nth(0), document: row.getByRole('cell').nth(1) };
  }
}

/**
 * The personal details and the consents, from the step's heading to the next step.
 * @param {Scope} page
 * @param {Person} p
 */
async function giveDetailsAndConsent(page, p) {
  const personal = new PersonalDataStep(page);
  await expect(personal.heading()).toBeVisible();
  await personal.fill(p);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
}

/**
 * Solaris: from the app's start page (or the link already opened in a frame) to the call's
 * frame, with a German ID card.
 * @param {Scope} page
 * @param {Person} p
 */
async function reachIdentification(page, p) {
  const personal = new PersonalDataStep(page);
  await personal.open();
  await personal.fill(p);
  await personal.submit();
  await new ConsentsStep(page).giveBoth();
  const ident = new IdentificationStep(page);
  await expect(ident.heading()).toBeVisible();
  await ident.start();
  return ident;
}

/** Plays the user's part in a manual call (`IdentificationStep.manualCall`). @param {IdentificationStep} ident @param {string} [mobile] */
async function manualCall(ident, mobile) {
  await ident.manualCall(mobile);
}

module.exports = {
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
};
