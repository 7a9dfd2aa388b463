// Onfido's web SDK calls Onfido's servers from the page; none is reachable here, so the benchmark
// answers them in the browser (Playwright's page.route), at once and without the emulated
// latency (which flatters Onfido: each call costs it at least a round trip in production).
// What 13.8.7 asks for on its way to the document choice, and the answers given:
// - POST api.onfido.com/v3.3/sdk/configurations: `{}`, so the SDK keeps its built-in defaults;
// - PATCH …/applicants/<id>/location and GET …/applicants/<id>/consents: `[]`, no consent to ask
//   for (otherwise it shows its user-consent screen, loaded from assets.onfido.com, first);
// - POST …/v4/analytics and Sentry's ingest (its error reports): an empty 200;
// - anything else (none seen): aborted, so nothing waits on the network.
const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, OPTIONS',
};
const json = (body) => ({ status: 200, headers: cors, contentType: 'application/json', body });

/** Routes every https request of `page` (all loopback traffic is http, and passes untouched). */
export async function stubOnfido(page, seen = new Set()) {
  await page.route('https://**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    seen.add(`${request.method()} ${url.host}${url.pathname}`);
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (url.host === 'api.onfido.com') return route.fulfill(json(url.pathname.endsWith('/consents') ? '[]' : '{}'));
    if (url.host.endsWith('.ingest.sentry.io')) return route.fulfill(json('{}'));
    return route.abort();
  });
  return seen;
}

/** A well-formed JWT (dummy signature) with what the SDK reads: expiry, applicant id (`payload.app`). */
export function dummyToken() {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = {
    exp: Math.floor(Date.now() / 1000) + 3600,
    uuid: 'kyc-bench',
    payload: { app: '00000000-0000-4000-8000-000000000000', client_uuid: '00000000-0000-4000-8000-000000000001' },
    urls: {},
    jti: 0,
  };
  // The SDK turns base64url into base64 by replacing only the first '-' and '_': a claims part
  // with none of either decodes either way (jti is changed until it has none).
  while (/[-_]/.test(b64(claims))) claims.jti += 1;
  return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}.${Buffer.from('kyc-bench').toString('base64url')}`;
}
