// The identification provider sends the iframe here when the call ends. This page is served by the
// same origin as the app, so it can tell the app (its parent window) to move on to the result.
// Opened on its own (not framed), it only says that the window can be closed.
(function () {
  var texts = {
    en: { title: "Your video call has ended", moving: "One moment…", close: "You can close this window." },
    de: { title: "Ihr Videoanruf ist beendet", moving: "Einen Moment …", close: "Sie können dieses Fenster schließen." },
    fr: { title: "Votre appel vidéo est terminé", moving: "Un instant…", close: "Vous pouvez fermer cette fenêtre." },
  };
  var lang = (navigator.language || "en").slice(0, 2).toLowerCase();
  var t = texts[lang] || texts.en;
  document.documentElement.lang = texts[lang] ? lang : "en";
  document.title = t.title;
  document.getElementById("title").textContent = t.title;

  var framed = window.parent !== window;
  if (framed) {
    // Only a window of our own origin may receive this.
    window.parent.postMessage({ type: "kyc:ident-return" }, window.location.origin);
  }
  document.getElementById("message").textContent = framed ? t.moving : t.close;
})();
