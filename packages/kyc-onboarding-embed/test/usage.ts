// An integrator's page, compiled with `tsc --strict` by the README's test command: every event is
// handled by its own shape, and a misspelt option or event does not compile.
import KycOnboarding, { mount, preload, version, type KycEvent, type StepKey } from "kyc-onboarding-embed";

const protocol: 1 = version;
preload("https://kyc.example/?launch=abc");

function describe(event: KycEvent): string {
  switch (event.event) {
    case "ready":
      return "ready";
    case "step_started":
    case "step_completed": {
      const step: StepKey = event.step;
      return `${event.event} ${step}`;
    }
    case "status_changed":
      return event.status;
    case "completed":
      return event.outcome;
    case "cancelled":
      return "cancelled";
    case "error":
      return event.code;
    case "resize":
      return String(event.height);
    case "identity_webview_wanted":
      return event.activation_code.length > 0 ? "webview wanted" : "";
  }
}

const flow = mount(document.body, {
  url: "https://kyc.example/?launch=abc",
  title: "Identity verification",
  onEvent: (event) => console.log(describe(event)),
  onError: (event) => {
    if (event.code === "link_expired") flow.destroy();
  },
  onComplete: (event) => console.log(event.outcome === "referred" ? "under review" : event.outcome),
  // A mobile app's page: its SDK binds the wallet, and the WebView reports the webview's URLs.
  onIdentityWebviewWanted: (event) => {
    const bound: string = event.activation_code;
    flow.identityWebview(`https://pad.example/api/v2/static/dist/index.html?token=${bound}`);
  },
});
flow.identityWebviewNavigated("https://pad.example/api/v2/static/dist/index.html#SUCCESS");
flow.cancel();
window.KycOnboarding.mount(document.body, { url: "https://kyc.example/" });
console.log(protocol, KycOnboarding.version, flow.frame.title);
