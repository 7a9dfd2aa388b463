// Starts the app. trunk's own loader is an inline script, which the proxy's Content-Security-Policy
// (script-src 'self') forbids; this file does the same from 'self'. The hashed file names come from
// the attributes trunk writes on this script's tag (Trunk.toml, pattern_script).
const tag = document.querySelector("script[data-kyc-wasm]");

// The page frame's form (proxy/src/shell/form.rs), typeable before the app runs. When the app
// takes over, it calls this once (src/page_frame.rs): the frame goes, the focus and the caret
// move to the app's control of the same id, and the app gets what was typed, as
// name U+001F value pairs joined by U+001E, to put into its own form in the same task.
window.kycTakeFrame = () => {
  const shell = document.getElementById("kyc-shell");
  if (!shell) return "";
  const entries = [...shell.querySelectorAll("input")]
    .filter((input) => (input.type === "radio" ? input.checked : input.value !== ""))
    .map((input) => `${input.name}\u001f${input.value}`);
  const active = document.activeElement;
  const focused = active && active.id && shell.contains(active) ? active : null;
  shell.remove();
  const control = focused && document.getElementById(focused.id);
  if (control) {
    control.focus();
    const { value, selectionStart: start, selectionEnd: end } = focused;
    // The app writes the value it takes after this task, which puts the caret at the end: it
    // goes back before the next paint, unless the user has typed on since.
    if (start !== null && start !== undefined) {
      requestAnimationFrame(() => {
        if (control.value === value && document.activeElement === control) {
          try {
            control.setSelectionRange(start, end);
          } catch {
            // A control without a caret.
          }
        }
      });
    }
  }
  return entries.join("\u001e");
};

// The app's first call, made now instead of after the wasm has arrived and run (one round trip
// less before the first screen on a slow link). On the page the proxy writes for a user starting
// at the personal data (its frame shows that step), the app resumes this tab's session or opens
// one (src/session.rs, `start`); src/api.rs takes this answer when it makes the same call.
const personFirst = document.querySelector("#kyc-shell.shell--step");
if (personFirst) {
  let token = null;
  try {
    token = sessionStorage.getItem("kyc.session") || null;
  } catch {
    // Storage refused (a privacy mode): the app opens a session for this page view.
  }
  // A tab resuming its session has what it typed saved: the app shows it. An empty form to
  // type into again, until then, would only mislead.
  if (token) personFirst.classList.add("shell--resuming");
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const call = token ? { method: "GET", path: "/api/session", token } : { method: "POST", path: "/api/sessions", token };
  call.response = fetch(call.path, { method: call.method, headers });
  // A failure is the app's to report, when it takes the answer.
  call.response.catch(() => {});
  window.kycFirstCall = call;
}

// The app's glue and wasm, both at once, once the page frame is on screen: the page names no
// preloads (proxy/src/spa/style.rs), so the frame's first paint shares the link with nothing.
// The frame is complete in the frame painted after the first callback below; the browser says
// when its first paint is on screen (a `paint` entry), which can be frames later. A tab in the
// background paints nothing: there, at once; and never later than 3 s, whatever the browser says.
if (document.visibilityState === "visible") {
  await new Promise((go) => {
    const shown = () => {
      try {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          go();
        }).observe({ type: "paint", buffered: true });
      } catch {
        go();
      }
    };
    requestAnimationFrame(() => requestAnimationFrame(shown));
    document.addEventListener("visibilitychange", go, { once: true });
    setTimeout(go, 3000);
  });
}

try {
  const wasm = fetch(tag.dataset.kycWasm);
  const glue = import(tag.dataset.kycJs);
  if (personFirst) {
    // The personal-data step names the countries in the page's language with the browser's own
    // tables (src/countries.rs). A renderer loads them on first use, which takes some 15 ms:
    // spent here, while the wasm is on its way, instead of in the app's first render.
    const warm = () => {
      try {
        const lang = document.documentElement.lang;
        new Intl.DisplayNames([lang], { type: "region" }).of("DE");
        new Intl.Collator(lang).compare("A", "B");
      } catch {
        // No Intl.DisplayNames: the app shows the codes.
      }
    };
    (window.requestIdleCallback ?? setTimeout)(warm);
  }
  const { default: init } = await glue;
  await init({ module_or_path: wasm });
} catch (error) {
  // The page frame the proxy wrote says so in the user's language, with the way on; once the app
  // runs the frame is gone and this changes nothing.
  document.getElementById("kyc-shell")?.classList.add("shell--failed");
  throw error;
}
