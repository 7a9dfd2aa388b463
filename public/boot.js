// Starts the app. trunk's own loader is an inline script, which the proxy's Content-Security-Policy
// (script-src 'self') forbids; this file does the same from 'self'. The hashed file names come from
// the attributes trunk writes on this script's tag (Trunk.toml, pattern_script).
const tag = document.querySelector("script[data-kyc-wasm]");

// The app's first call, made now instead of after the wasm has arrived and run (one round trip
// less before the first screen on a slow link). On the page the proxy writes for a user starting
// at the personal data (its frame shows that step), the app resumes this tab's session or opens
// one (src/session.rs, `start`); src/api.rs takes this answer when it makes the same call.
if (document.querySelector("#kyc-shell.shell--step")) {
  let token = null;
  try {
    token = sessionStorage.getItem("kyc.session") || null;
  } catch {
    // Storage refused (a privacy mode): the app opens a session for this page view.
  }
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const call = token ? { method: "GET", path: "/api/session", token } : { method: "POST", path: "/api/sessions", token };
  call.response = fetch(call.path, { method: call.method, headers });
  // A failure is the app's to report, when it takes the answer.
  call.response.catch(() => {});
  window.kycFirstCall = call;
}

// The app's glue and wasm, both at once, once the page frame is painted: the page names no
// preloads (proxy/src/spa/style.rs), so the frame's first paint shares the link with nothing.
// A tab in the background paints no frames: then after a moment.
await Promise.race([
  new Promise((painted) => requestAnimationFrame(() => setTimeout(painted))),
  new Promise((later) => setTimeout(later, 100)),
]);
try {
  const wasm = fetch(tag.dataset.kycWasm);
  const { default: init } = await import(tag.dataset.kycJs);
  await init({ module_or_path: wasm });
} catch (error) {
  // The page frame the proxy wrote says so in the user's language, with the way on; once the app
  // runs the frame is gone and this changes nothing.
  document.getElementById("kyc-shell")?.classList.add("shell--failed");
  throw error;
}
