// Starts the app. trunk's own loader is an inline script, which the proxy's Content-Security-Policy
// (script-src 'self') forbids; this file does the same from 'self'. The hashed file names come from
// the attributes trunk writes on this script's tag (Trunk.toml, pattern_script).
const tag = document.querySelector("script[data-kyc-wasm]");
try {
  const { default: init } = await import(tag.dataset.kycJs);
  await init({ module_or_path: tag.dataset.kycWasm });
} catch (error) {
  // The page frame the proxy wrote says so in the user's language, with the way on; once the app
  // runs the frame is gone and this changes nothing.
  document.getElementById("kyc-shell")?.classList.add("shell--failed");
  throw error;
}
