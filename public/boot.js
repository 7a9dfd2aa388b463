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

try {
  const { default: init } = await import(tag.dataset.kycJs);
  await init({ module_or_path: tag.dataset.kycWasm });
} catch (error) {
  // The page frame the proxy wrote says so in the user's language, with the way on; once the app
  // runs the frame is gone and this changes nothing.
  document.getElementById("kyc-shell")?.classList.add("shell--failed");
  throw error;
}
