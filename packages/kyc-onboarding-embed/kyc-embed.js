/*! kyc-onboarding embed loader, v1. No dependencies, no inline code: works under a strict CSP
 * (script-src for this file's origin, frame-src for the flow's). Usage:
 *   KycOnboarding.preload(url);   // optional, early: fetches the flow's first page ahead
 *   const flow = KycOnboarding.mount(element, { url, onEvent, onReady, onComplete, onError, onCancel });
 *   flow.cancel(); flow.destroy();
 *   // In a mobile app whose WebView holds this page (Xpollens): on "identity_webview_wanted",
 *   // bind the SDK's wallet with event.activation_code, then
 *   flow.identityWebview(urlFromGetIssuerData); // and, as the WebView sees the webview navigate:
 *   flow.identityWebviewNavigated(url);          // the flow closes it when url ends in #SUCCESS
 * Events: { type: "kyc-onboarding", version: 1, event, ... } from the flow's frame only. */
(function (global) {
  "use strict";
  var TYPE = "kyc-onboarding";
  var VERSION = 1;

  function mount(element, options) {
    if (!element || !options || !options.url) throw new TypeError("KycOnboarding.mount(element, { url })");
    var origin = new URL(options.url, global.location.href).origin;
    var frame = document.createElement("iframe");
    // Camera and microphone for the video call, delegated to the flow's origin only.
    frame.setAttribute("allow", "camera; microphone; fullscreen");
    frame.title = options.title || "Identity verification";
    frame.src = options.url;
    // Properties through the CSSOM: allowed by a host CSP that forbids inline styles.
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = (options.minHeight || 480) + "px";

    function call(name, message) {
      if (typeof options[name] === "function") options[name](message);
    }

    function onMessage(event) {
      // Only the frame this call created, from the flow's origin, speaking this schema.
      if (event.source !== frame.contentWindow || event.origin !== origin) return;
      var data = event.data;
      if (!data || data.type !== TYPE || data.version !== VERSION || typeof data.event !== "string") return;
      if (data.event === "resize" && data.height > 0) frame.style.height = Math.ceil(data.height) + "px";
      call("onEvent", data);
      if (data.event === "ready") call("onReady", data);
      if (data.event === "completed") call("onComplete", data);
      if (data.event === "error") call("onError", data);
      if (data.event === "cancelled") call("onCancel", data);
      if (data.event === "identity_webview_wanted") call("onIdentityWebviewWanted", data);
    }

    global.addEventListener("message", onMessage);
    // Appended after src is set: the first load replaces about:blank without a history entry.
    element.appendChild(frame);

    function send(event, fields) {
      var message = { type: TYPE, version: VERSION, event: event };
      for (var key in fields) message[key] = fields[key];
      if (frame.contentWindow) frame.contentWindow.postMessage(message, origin);
    }

    return {
      frame: frame,
      cancel: function () {
        send("cancel", {});
      },
      identityWebview: function (url) {
        send("identity_webview", { url: String(url) });
      },
      identityWebviewNavigated: function (url) {
        send("identity_webview_navigated", { url: String(url) });
      },
      destroy: function () {
        global.removeEventListener("message", onMessage);
        if (frame.parentNode) frame.parentNode.removeChild(frame);
      },
    };
  }

  // Before the user reaches the step: the browser opens its connection to the flow's origin
  // and fetches the app's entry page into its cache, so that mount() shows the flow sooner.
  // Once per origin.
  var preloaded = {};
  function preload(url) {
    var origin = new URL(url, global.location.href).origin;
    if (preloaded[origin]) return;
    preloaded[origin] = true;
    [["preconnect", origin], ["prefetch", origin + "/"]].forEach(function (hint) {
      var link = document.createElement("link");
      link.rel = hint[0];
      link.href = hint[1];
      document.head.appendChild(link);
    });
  }

  global.KycOnboarding = { version: VERSION, mount: mount, preload: preload };
})(window);
