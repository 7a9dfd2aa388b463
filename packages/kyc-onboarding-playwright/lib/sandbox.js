// @ts-check
// What the simulators offer a test beyond the provider's own pages: the text messages they
// "sent", the bank transfer a user makes, the phone app's request. Sandbox only: none of this
// exists against the real providers.
'use strict';

const { expect } = require('@playwright/test');

/** @typedef {import('@playwright/test').APIRequestContext} APIRequestContext */

/**
 * The simulators' origin for a proxy's: the next port (`KYC_SANDBOX_LISTEN` beside `KYC_LISTEN`,
 * as docs/testing.md starts them).
 * @param {string | undefined} proxyURL
 */
function sandboxOrigin(proxyURL) {
  const url = new URL(proxyURL ?? 'http://127.0.0.1:18080');
  return `${url.protocol}//${url.hostname}:${Number(url.port) + 1}`;
}

/** @param {string} phone */
const digits = (phone) => phone.replace(/[^0-9+]/g, '');

class Sandbox {
  /**
   * @param {APIRequestContext} request
   * @param {string} [url] the simulators' origin; `sandboxOrigin(baseURL)` is the usual one
   */
  constructor(request, url = sandboxOrigin(undefined)) {
    this.request = request;
    this.url = url.replace(/\/$/, '');
  }

  /**
   * The last text message the simulated SMS gateway sent to `phone` (the capture step's
   * hand-off link): its text and the first link in it. Waits until there is one.
   * @param {string} phone international format, e.g. `+49 151 23456789`
   */
  async lastText(phone) {
    /** @type {string | undefined} */
    let text;
    await expect(async () => {
      const outbox = await (await this.request.get(`${this.url}/sms/v1/outbox?to=${encodeURIComponent(digits(phone))}`)).json();
      text = outbox.messages.at(-1)?.text;
      expect(text, `a text message to ${phone}`).toBeTruthy();
    }).toPass();
    const message = /** @type {string} */ (text);
    return { text: message, link: message.split(/\s+/).find((w) => /^https?:\/\//.test(w)) };
  }

  /**
   * ID Dataweb: the link of the last SMS its simulator sent to `phone`. Waits until there is one.
   * @param {string} phone
   */
  async iddatawebLink(phone) {
    /** @type {string | undefined} */
    let link;
    await expect(async () => {
      const outbox = await (await this.request.get(`${this.url}/iddataweb/sandbox/outbox?phone=${encodeURIComponent(digits(phone))}`)).json();
      link = outbox.messages.at(-1)?.link;
      expect(link, `an SMS link to ${phone}`).toBeTruthy();
    }).toPass();
    return /** @type {string} */ (link);
  }

  /**
   * Xpollens: the user's instant transfer to the IBAN booked on the identity step.
   * @param {string} iban
   * @param {string} debtorName the account holder, e.g. `Jane Doe`
   * @param {number} [amountCents]
   */
  async xpollensTransfer(iban, debtorName, amountCents = 100) {
    const sent = await this.request.post(`${this.url}/xpollens/sandbox/sct-in`, { data: { iban, amountCents, debtorName } });
    if (!sent.ok()) throw new Error(`xpollens transfer: ${sent.status()} ${await sent.text()}`);
  }

  /**
   * Xpollens: what the phone app does with an activation code through the mobile SDK (binds its
   * security wallet, then getIssuerData()), played by the simulator's trigger: the URL of the
   * facial-recognition webview to open on the phone, or to hand in to a flow framed by the app.
   * @param {string} activationCode
   * @returns {Promise<string>}
   */
  async xpollensWebviewUrl(activationCode) {
    const phone = await this.request.post(`${this.url}/xpollens/sandbox/phone/provision`, { data: { activationCode } });
    if (!phone.ok()) throw new Error(`xpollens phone provisioning: ${phone.status()} ${await phone.text()}`);
    return (await phone.json()).webviewUrl;
  }
}

/**
 * A hand-off link straight to the capture step, as a desktop shows it in its QR code, for a
 * session whose launch link was not opened yet (it is used up).
 * @param {APIRequestContext} request
 * @param {string} launchUrl a session's `url` from the partner API
 * @returns {Promise<string>}
 */
async function handoffLink(request, launchUrl) {
  const launch = new URL(launchUrl);
  const session = await request.post(`${launch.origin}/api/sessions/launch`, { data: { code: launch.searchParams.get('launch') } });
  if (!session.ok()) throw new Error(`launch: ${session.status()} ${await session.text()}`);
  const { token } = await session.json();
  const handoff = await request.post(`${launch.origin}/api/handoffs`, { headers: { Authorization: `Bearer ${token}` }, data: { language: 'en' } });
  if (handoff.status() !== 201) throw new Error(`hand-off: ${handoff.status()} ${await handoff.text()}`);
  return (await handoff.json()).url;
}

module.exports = { Sandbox, sandboxOrigin, handoffLink };
