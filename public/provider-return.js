// The page a provider's iframe ends on, served by the app's own origin, so that unlike the
// provider's page it can tell the app (its parent window) that the provider is done:
// - `ident-return.html` (data-return="ident"): the video call has ended;
// - `bank-return.html` (data-return="bank"): the bank login of an app framed by a host page ran
//   in a window of its own (banks refuse to be framed); the window closes itself (the framed
//   app asks the proxy for the login's result meanwhile, so it is told nothing).
// Opened on its own (not framed), the page only says that the window can be closed.
(function () {
  var kinds = {
    ident: {
      message: "kyc:ident-return",
      done: function () { return true; },
      titles: { en: "Your video call has ended", de: "Ihr Videoanruf ist beendet", fr: "Votre appel vidéo est terminé", nl: "Uw videogesprek is beëindigd" },
    },
    bank: {
      popup: true,
      titles: { en: "Your bank login is finished", de: "Ihre Anmeldung bei der Bank ist abgeschlossen", fr: "Votre connexion à la banque est terminée", nl: "Het inloggen bij uw bank is voltooid" },
    },
  };
  var texts = {
    en: { moving: "One moment…", close: "You can close this window." },
    de: { moving: "Einen Moment …", close: "Sie können dieses Fenster schließen." },
    fr: { moving: "Un instant…", close: "Vous pouvez fermer cette fenêtre." },
    nl: { moving: "Een ogenblik…", close: "U kunt dit venster sluiten." },
  };
  var kind = kinds[document.body.dataset.return] || kinds.ident;
  var lang = (navigator.language || "en").slice(0, 2).toLowerCase();
  if (!texts[lang]) lang = "en";
  document.documentElement.lang = lang;
  document.title = kind.titles[lang];
  document.getElementById("title").textContent = kind.titles[lang];

  if (kind.popup) {
    document.getElementById("message").textContent = texts[lang].close;
    // Only a window a script opened can close itself; opened otherwise, the text stays.
    if (window.opener) window.close();
    return;
  }
  var framed = window.parent !== window;
  var tell = framed && kind.done();
  if (tell) {
    // Only a window of our own origin may receive this.
    window.parent.postMessage({ type: kind.message }, window.location.origin);
  }
  document.getElementById("message").textContent = tell ? texts[lang].moving : texts[lang].close;
})();
