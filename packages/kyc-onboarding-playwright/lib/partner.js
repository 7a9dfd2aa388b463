// @ts-check
// The product team's side of a test: sessions created through the partner API, as a backend
// creates them, and a loopback receiver of the webhooks that verifies every delivery with the
// Standard Webhooks library, as the team's server must.
'use strict';

const http = require('node:http');
const { Webhook } = require('standardwebhooks');

/** @typedef {import('@playwright/test').APIRequestContext} APIRequestContext */
/** @typedef {import('./steps').AccountStepKey} AccountStepKey */

/** @typedef {'solaris_idnow' | 'iddataweb_phone' | 'onfido_documents' | 'signicat_bank' | 'xpollens_account'} FlowKey */

/**
 * The body of `POST /partner/v1/sessions` (the README's partner API).
 * @typedef {object} SessionOptions
 * @property {FlowKey} [flow] the deployment's default when absent
 * @property {'en' | 'de' | 'fr' | 'nl'} [language] the page objects find the English texts
 * @property {Record<string, string | boolean>} [prefill] e.g. `{ first_name: 'Jane', email: 'jane@example.com' }`
 * @property {string[]} [locked_fields] keys of `prefill` the user may not change
 * @property {'ID_CARD' | 'PASSPORT' | 'DRIVERS_LICENSE'} [capture_document] the document of the pictures
 * @property {string} [app_user_id] Xpollens: the prospect's identifier
 * @property {AccountStepKey[]} [steps] Xpollens: the order of the account steps
 * @property {Record<string, unknown>} [theme]
 * @property {string} [redirect_url]
 * @property {string[]} [allowed_origins] pages that may embed the flow
 * @property {string} [external_id] your own reference, unique among your sessions
 */

/**
 * The answer of `POST /partner/v1/sessions`: open `url` in the browser, keep `id`.
 * @typedef {{ id: string, url: string, expires_at: string, warnings: unknown[] }} SessionLaunch
 */

/**
 * A session as `GET /partner/v1/sessions/{id}` shows it (the README's partner API lists each field).
 * @typedef {{ id: string, status: string, [field: string]: any }} SessionDetail
 */

/**
 * @typedef {'session.step_completed' | 'session.status_changed' | 'session.completed' | 'session.referred' | 'session.review_settled' | 'session.link_expired' | 'session.data_deleted'} WebhookEventType
 */

/**
 * One verified delivery's body (docs/webhooks.md).
 * @typedef {object} WebhookEvent
 * @property {string} id the same as the `webhook-id` header; a repeat has the same id
 * @property {WebhookEventType} type
 * @property {string} created_at
 * @property {{ session: string, status?: string, outcome?: string, step?: string }} data
 */

/**
 * @typedef {object} PartnerApiOptions
 * @property {string} [url] the proxy's origin; the request context's `baseURL` when absent
 * @property {string} [key] the partner API key; the sandbox's `sandbox-partner-key` when absent
 */

/** @param {import('@playwright/test').APIResponse} response @param {string} what */
async function failed(response, what) {
  return new Error(`${what}: ${response.status()} ${await response.text()}`);
}

/** The partner API, with the key of one product team. */
class PartnerApi {
  /**
   * @param {APIRequestContext} request Playwright's `request` fixture (or `page.request`)
   * @param {PartnerApiOptions} [options]
   */
  constructor(request, { url, key = 'sandbox-partner-key' } = {}) {
    this.request = request;
    this.url = (url ?? '').replace(/\/$/, '');
    this.headers = { Authorization: `Bearer ${key}` };
    /** The ids of the sessions created through this object, in order. @type {string[]} */
    this.created = [];
  }

  /** @private @param {string} path */
  endpoint(path) {
    return `${this.url}${path}`;
  }

  /** @private @param {string} path @param {string} what */
  async get(path, what) {
    const response = await this.request.get(this.endpoint(path), { headers: this.headers });
    if (!response.ok()) throw await failed(response, what);
    return response.json();
  }

  /** @private @param {string} path @param {unknown} data @param {string} what */
  async post(path, data, what) {
    const response = await this.request.post(this.endpoint(path), { headers: this.headers, data });
    if (!response.ok()) throw await failed(response, what);
    return response.json();
  }

  /**
   * Creates a session as your backend would; open its `url` in the browser.
   * @param {SessionOptions} [options]
   * @returns {Promise<SessionLaunch>}
   */
  async createSession(options = {}) {
    /** @type {SessionLaunch} */
    const launch = await this.post('/partner/v1/sessions', { language: 'en', ...options }, 'POST /partner/v1/sessions');
    this.created.push(launch.id);
    return launch;
  }

  /** The session's state and result. @param {string} id @returns {Promise<SessionDetail>} */
  session(id) {
    return this.get(`/partner/v1/sessions/${id}`, `GET /partner/v1/sessions/${id}`);
  }

  /** Your sessions, newest first, optionally by your own reference. @param {{ external_id?: string }} [filter] @returns {Promise<SessionDetail[]>} */
  sessions(filter = {}) {
    const query = filter.external_id ? `?external_id=${encodeURIComponent(filter.external_id)}` : '';
    return this.get(`/partner/v1/sessions${query}`, 'GET /partner/v1/sessions');
  }

  /**
   * The session of the person with this last name (a session started without the partner API,
   * e.g. on the app's start page). Throws when there is none.
   * @param {string} lastName
   * @returns {Promise<SessionDetail>}
   */
  async sessionByLastName(lastName) {
    for (const { id } of await this.sessions()) {
      const detail = await this.session(id);
      if (detail.person?.last_name === lastName) return detail;
    }
    throw new Error(`no session of a person named ${lastName}`);
  }

  /** The KYC report. @param {string} id */
  documents(id) {
    return this.get(`/partner/v1/sessions/${id}/documents`, `GET /partner/v1/sessions/${id}/documents`);
  }

  /** A new link to the same session (the first expired or was used). @param {string} id @returns {Promise<SessionLaunch>} */
  newLink(id) {
    return this.post(`/partner/v1/sessions/${id}/links`, {}, `POST /partner/v1/sessions/${id}/links`);
  }

  /** Settles a referred session. @param {string} id @param {'accepted' | 'rejected'} outcome @returns {Promise<SessionDetail>} */
  review(id, outcome) {
    return this.post(`/partner/v1/sessions/${id}/review`, { outcome }, `POST /partner/v1/sessions/${id}/review`);
  }

  /**
   * Registers a webhook endpoint; the answer carries its secret, shown this once.
   * @param {string} url `https://`, or `http://` on loopback
   * @param {(WebhookEventType | '*')[]} [events]
   * @returns {Promise<{ id: string, url: string, events: string[], created_at: string, secret: string }>}
   */
  registerWebhook(url, events = ['*']) {
    return this.post('/partner/v1/webhooks', { url, events }, 'POST /partner/v1/webhooks');
  }

  /** Removes an endpoint with its undelivered events. @param {string} id */
  async deleteWebhook(id) {
    const response = await this.request.delete(this.endpoint(`/partner/v1/webhooks/${id}`), { headers: this.headers });
    if (!response.ok() && response.status() !== 404) throw await failed(response, `DELETE /partner/v1/webhooks/${id}`);
  }

  /** The latest deliveries to an endpoint with each attempt. @param {string} id */
  deliveries(id) {
    return this.get(`/partner/v1/webhooks/${id}/deliveries`, `GET /partner/v1/webhooks/${id}/deliveries`);
  }

  /**
   * Starts a webhook receiver on loopback and registers it. Close it at the end of the test
   * (`receiver.close()`): a team has at most 10 endpoints.
   * @param {WebhookReceiverOptions} [options]
   */
  async receiveWebhooks(options = {}) {
    return WebhookReceiver.start(this, options);
  }
}

/**
 * @typedef {object} WebhookReceiverOptions
 * @property {(WebhookEventType | '*')[]} [events] the types to register for; all when absent
 * @property {string} [host] the address to listen on; `127.0.0.1` when absent (the proxy accepts
 *   plain http only on loopback)
 * @property {number} [port] 0 (any free port) when absent
 * @property {(event: WebhookEvent) => boolean} [only] keep only the events this accepts, e.g.
 *   those of your test's sessions (the endpoint receives every session of the team)
 */

/**
 * Receives an endpoint's deliveries on loopback, verifies each with the endpoint's secret
 * (`standardwebhooks`), answers 204, and keeps the events, each once.
 */
class WebhookReceiver {
  /**
   * @param {PartnerApi} api
   * @param {WebhookReceiverOptions} [options]
   */
  static async start(api, options = {}) {
    const receiver = new WebhookReceiver(api, options);
    await receiver.listen(options.host ?? '127.0.0.1', options.port ?? 0);
    try {
      const endpoint = await api.registerWebhook(receiver.url, options.events ?? ['*']);
      receiver.endpointId = endpoint.id;
      receiver.webhook = new Webhook(endpoint.secret);
    } catch (error) {
      await receiver.close();
      throw error;
    }
    return receiver;
  }

  /**
   * @param {PartnerApi} api
   * @param {WebhookReceiverOptions} options
   * @private
   */
  constructor(api, options) {
    this.api = api;
    this.only = options.only ?? (() => true);
    /** Verified events, in the order they arrived, each once. @type {WebhookEvent[]} */
    this.events = [];
    /** Deliveries that failed verification (answered 400): a forged or mis-signed request. @type {{ headers: http.IncomingHttpHeaders, body: string, error: string }[]} */
    this.rejected = [];
    /** The endpoint's URL. */
    this.url = '';
    /** The endpoint's id, for `PartnerApi.deliveries`. */
    this.endpointId = '';
    /** @type {Webhook | undefined} */
    this.webhook = undefined;
    /** @type {Set<() => void>} */
    this.listeners = new Set();
    this.server = http.createServer((req, res) => this.receive(req, res));
  }

  /** @private @param {string} host @param {number} port @returns {Promise<void>} */
  listen(host, port) {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        const address = this.server.address();
        if (address === null || typeof address === 'string') return reject(new Error('no port'));
        this.url = `http://${host}:${address.port}/kyc/webhooks`;
        resolve();
      });
    });
  }

  /** @private @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  receive(req, res) {
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      /** @type {Record<string, string>} */
      const headers = {};
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
      try {
        if (!this.webhook) throw new Error('a delivery before the endpoint was registered');
        // Checks the signature over the raw body, and refuses timestamps older than 5 minutes.
        const event = /** @type {WebhookEvent} */ (this.webhook.verify(body, headers));
        if (this.only(event) && !this.events.some((e) => e.id === event.id)) this.events.push(event);
        res.writeHead(204).end();
      } catch (error) {
        this.rejected.push({ headers: req.headers, body, error: String(error) });
        res.writeHead(400).end();
      }
      for (const listener of this.listeners) listener();
    });
  }

  /**
   * The events received so far, optionally of one type and one session.
   * @param {WebhookEventType} [type]
   * @param {{ session?: string }} [filter]
   */
  received(type, filter = {}) {
    return this.events.filter((e) => (!type || e.type === type) && (!filter.session || e.data.session === filter.session));
  }

  /**
   * Waits for the first event of this type (of this session, if given) and returns it. Fails
   * at once if a delivery failed verification, or after `timeout` ms (30 s by default).
   * @param {WebhookEventType} type
   * @param {{ session?: string, timeout?: number }} [options]
   * @returns {Promise<WebhookEvent>}
   */
  waitFor(type, { session, timeout = 30_000 } = {}) {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.rejected.length > 0) {
          done();
          reject(new Error(`a webhook delivery failed verification: ${this.rejected[0].error}`));
          return;
        }
        const [event] = this.received(type, { session });
        if (event) {
          done();
          resolve(event);
        }
      };
      const timer = setTimeout(() => {
        done();
        const got = this.events.map((e) => `${e.type} (${e.data.session})`).join(', ') || 'none';
        reject(new Error(`no ${type} webhook${session ? ` for ${session}` : ''} within ${timeout} ms; received: ${got}`));
      }, timeout);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  /** Removes the endpoint and stops listening. */
  async close() {
    if (this.endpointId) await this.api.deleteWebhook(this.endpointId);
    this.endpointId = '';
    // The proxy keeps its connection open between deliveries: end it rather than wait for it.
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(() => resolve(undefined)));
  }
}

module.exports = { PartnerApi, WebhookReceiver };
