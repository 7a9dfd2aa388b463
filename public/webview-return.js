// The Xpollens identification webview ends by sending its frame here with "#SUCCESS" at the end
// of the URL, whatever the outcome (the result comes by callback). This page is served by the
// app's own origin, so unlike the provider's page it can tell the app (its parent) to close the
// frame. Opened on its own (not framed), it only says that the window can be closed.
(function () {
  var texts = {
    en: { title: "Your identification is finished", moving: "One moment…", close: "You can close this window." },
    de: { title: "Ihre Identifizierung ist abgeschlossen", moving: "Einen Moment …", close: "Sie können dieses Fenster schließen." },
    fr: { title: "Votre identification est terminée", moving: "Un instant…", close: "Vous pouvez fermer cette fenêtre." },
  };
  var lang = (navigator.language || "en").slice(0, 2).toLowerCase();
  var t = texts[lang] || texts.en;
  document.documentElement.lang = texts[lang] ? lang : "en";
  document.title = t.title;
  document.getElementById("title").textContent = t.title;

  var framed = window.parent !== window;
  var done = /#SUCCESS$/.test(window.location.href);
  if (framed && done) {
    // Only a window of our own origin may receive this.
    window.parent.postMessage({ type: "kyc:webview-success" }, window.location.origin);
  }
  document.getElementById("message").textContent = framed && done ? t.moving : t.close;
})();
