// @ts-check
// What the browser did: camera streams, uploads, storage. Install the trackers before the page
// loads the app.
'use strict';

/** @typedef {import('@playwright/test').Page} Page */

/** Records every camera stream the page opens, so a test can check they were all stopped. @param {Page} page */
async function trackCameraStreams(page) {
  await page.addInitScript(() => {
    const w = /** @type {{ __streams: MediaStream[] } & Window} */ (/** @type {unknown} */ (window));
    w.__streams = [];
    // On the prototype: the app's wasm bindings call it from there, not from the instance.
    const proto = window.MediaDevices?.prototype;
    if (!proto) return;
    const original = proto.getUserMedia;
    /** @param {MediaStreamConstraints} [constraints] @this {MediaDevices} */
    proto.getUserMedia = async function (constraints) {
      const stream = await original.call(this, constraints);
      w.__streams.push(stream);
      return stream;
    };
  });
}

/** How many camera streams were opened, and how many tracks still run (camera light on). @param {Page} page */
async function cameraState(page) {
  return page.evaluate(() => {
    const streams = /** @type {{ __streams: MediaStream[] }} */ (/** @type {unknown} */ (window)).__streams;
    return { opened: streams.length, live: streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length };
  });
}

/** Records the size and type of every picture the page uploads (Playwright cannot see blob bodies). @param {Page} page */
async function trackUploads(page) {
  await page.addInitScript(() => {
    const w = /** @type {{ __uploads: { size: number, type: string }[] }} */ (/** @type {unknown} */ (window));
    w.__uploads = [];
    const send = XMLHttpRequest.prototype.send;
    /** @param {Document | XMLHttpRequestBodyInit | null} [body] @this {XMLHttpRequest} */
    XMLHttpRequest.prototype.send = function (body) {
      if (body instanceof Blob) w.__uploads.push({ size: body.size, type: body.type });
      return send.call(this, body);
    };
  });
}

/** The uploads `trackUploads` recorded. @param {Page} page */
async function uploadsOf(page) {
  return page.evaluate(() => /** @type {{ __uploads: { size: number, type: string }[] }} */ (/** @type {unknown} */ (window)).__uploads);
}

/** What the browser keeps: the app keeps only its session token, never personal data. @param {Page} page */
async function browserStorage(page) {
  return page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    sessionValues: Object.values(sessionStorage).join(' '),
    cookies: document.cookie,
  }));
}

module.exports = { trackCameraStreams, cameraState, trackUploads, uploadsOf, browserStorage };
