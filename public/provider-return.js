// The page a provider's iframe ends on, served by the app's own origin, so that unlike the
// provider's page it can tell the app (its parent window) that the provider is done:
// - `ident-return.html` (data-return="ident"): the video call has ended;
// - `bank-return.html` (data-return="bank"): the bank login of an app framed by a host page ran
//   in a window of its own (banks refuse to be framed); the window closes itself (the framed
//   app asks the proxy for the login's result meanwhile, so it is told nothing).
// Opened on its own (not framed), the page only says that the window can be closed.
// The proxy serves each page in the user's language (proxy/src/spa/returns.rs): the heading and
// "One moment…" as they are, "You can close this window." in the message's data-close.
(function () {
  var kinds = {
    ident: { message: "kyc:ident-return" },
    bank: { popup: true },
  };
  var kind = kinds[document.body.dataset.return] || kinds.ident;
  var message = document.getElementById("message");
  var close = message.dataset.close || "You can close this window.";

  if (kind.popup) {
    message.textContent = close;
    // Only a window a script opened can close itself; opened otherwise, the text stays.
    if (window.opener) window.close();
    return;
  }
  var framed = window.parent !== window;
  if (framed) {
    // Only a window of our own origin may receive this.
    window.parent.postMessage({ type: kind.message }, window.location.origin);
  } else {
    message.textContent = close;
  }
})();
