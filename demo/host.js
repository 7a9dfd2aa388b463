// Demo Bank's page script. It asks its own server (never the flow's partner API: the key stays on
// the server) for a session, mounts the flow with the loader and lists the events it receives.
(function () {
  "use strict";
  var log = document.getElementById("log");
  var flowBox = document.getElementById("flow");
  var cancelButton = document.getElementById("cancel");
  var params = new URLSearchParams(location.search);
  var flow = null;
  var sessionId = null;
  var mountedAt = 0;
  var hooks = document.getElementById("hooks");
  var hooksShown = {};
  var hooksTimer = null;

  // The server's webhooks about this page's session, as its server verified and kept them.
  function watchHooks() {
    if (hooksTimer) return;
    hooksTimer = setInterval(function () {
      fetch("/demo/api/webhooks").then(function (r) { return r.ok ? r.json() : []; }).then(function (list) {
        list.forEach(function (h) {
          if (hooksShown[h.id] || !h.data || h.data.session !== sessionId) return;
          hooksShown[h.id] = true;
          var copy = {};
          for (var k in h.data) if (k !== "session") copy[k] = h.data[k];
          var li = document.createElement("li");
          li.textContent = h.type + " " + JSON.stringify(copy);
          hooks.appendChild(li);
        });
      });
    }, 1000);
  }

  function entry(text) {
    var li = document.createElement("li");
    li.textContent = text;
    log.appendChild(li);
  }

  // A strict CSP refuses things silently in the page; list every refusal so tests can see none.
  document.addEventListener("securitypolicyviolation", function (e) {
    entry("csp-violation " + e.violatedDirective + " " + e.blockedURI);
  });

  function createSession(extra) {
    var body = { language: params.get("lang") || "en" };
    if (params.get("first_name")) body.prefill = { first_name: params.get("first_name") };
    if (params.get("flow")) body.flow = params.get("flow");
    for (var k in extra) body[k] = extra[k];
    return fetch("/demo/api/sessions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }).then(function (r) {
      if (!r.ok) throw new Error("session not created (" + r.status + ")");
      return r.json();
    });
  }

  function renewLink() {
    return fetch("/demo/api/sessions/" + encodeURIComponent(sessionId) + "/links", { method: "POST" }).then(function (r) {
      if (!r.ok) throw new Error("no new link (" + r.status + ")");
      return r.json();
    });
  }

  function mount(url) {
    if (flow) flow.destroy();
    mountedAt = performance.now();
    flow = KycOnboarding.mount(flowBox, {
      url: url,
      title: "Identity verification",
      onEvent: function (e) {
        var copy = {};
        for (var k in e) if (k !== "type" && k !== "version" && k !== "event") copy[k] = e[k];
        entry(e.event + " " + JSON.stringify(copy));
      },
      onReady: function () {
        entry("timing ready_after_ms=" + Math.round(performance.now() - mountedAt));
      },
      onError: function (e) {
        // An expired or used link: the server asks for a new link to the same session, so
        // nothing the user entered is lost.
        if (e.code === "link_expired" && sessionId) {
          renewLink().then(function (s) {
            entry("renewed link");
            mount(s.url);
          });
        }
      },
      onCancel: function () {
        flow.destroy();
        flow = null;
        cancelButton.disabled = true;
      },
      onComplete: function () {
        cancelButton.disabled = true;
      },
    });
    cancelButton.disabled = false;
  }

  document.getElementById("start").addEventListener("click", function () {
    // A link handed out before (`?session=…&link=…`, e.g. one already used on another device).
    if (params.get("session") && params.get("link")) {
      sessionId = params.get("session");
      mount(params.get("link"));
      return;
    }
    createSession({})
      .then(function (s) {
        sessionId = s.id;
        watchHooks();
        (s.warnings || []).forEach(function (w) {
          entry("theme-warning " + w.scheme + " " + w.pair + " " + w.ratio);
        });
        mount(s.url);
      })
      .catch(function (err) {
        entry("failed " + err.message);
      });
  });

  document.getElementById("full-page").addEventListener("click", function () {
    createSession({ full_page: true }).then(function (s) {
      location.assign(s.url);
    });
  });

  cancelButton.addEventListener("click", function () {
    if (flow) flow.cancel();
  });

  // Back from the full-page flow: the outcome is a hint; the server asks the partner API.
  if (params.get("kyc_session")) {
    var returned = document.getElementById("returned");
    returned.hidden = false;
    returned.textContent = "Returned from the verification: session " + params.get("kyc_session") +
      (params.get("kyc_outcome") ? ", outcome " + params.get("kyc_outcome") : "") +
      (params.get("kyc_error") ? ", error " + params.get("kyc_error") : "");
  }
})();
