//! Typed calls to the proxy's `/api`, with the browser's `fetch`. Every call but the first sends
//! the session token as `Authorization: Bearer`; every failure becomes one [`Error`].

mod wire;

use kyc_core::account::{AccountView, ActivationView, IdentityMethod, TaxRequest};
use kyc_core::api::{
    AddressSuggestion, BankLoginView, ConsentRequest, ErrorBody, ErrorDetail, IdentificationRequest,
    IdentificationView, PhoneCheckView, RiskRequest, SessionCreated, SessionView, StatusView, SupportedDocument,
};
use kyc_core::{ConsentKind, PersonalDataInput};
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestInit, Response};
use wire::{FromJson, Json};

/// Why a call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Error {
    /// The proxy could not be reached, or its answer could not be read.
    Network(String),
    /// The proxy answered with an error.
    Api { status: u16, body: ErrorBody },
}

impl Error {
    /// The proxy's machine code, or `network`.
    pub(crate) fn code(&self) -> &str {
        match self {
            Error::Network(_) => "network",
            Error::Api { body, .. } => &body.error.code,
        }
    }

    /// The token is unknown or expired: only a new session helps.
    pub(crate) fn is_session_gone(&self) -> bool {
        matches!(self, Error::Api { status: 401 | 404, .. })
    }

    /// The field errors of a refused form, if that is what this is.
    pub(crate) fn field_errors(&self) -> Option<&[kyc_core::FieldError]> {
        match self {
            Error::Api { status: 422, body } => Some(&body.error.fields),
            _ => None,
        }
    }
}

/// What the browser said when a request could not be made.
fn network(error: JsValue) -> Error {
    Error::Network(error.as_string().unwrap_or_else(|| "network error".to_owned()))
}

/// The code to assume when an error answer has no JSON body (a gateway's HTML page, say).
fn code_for_status(status: u16) -> &'static str {
    match status {
        401 => "unauthorized",
        404 => "not_found",
        409 => "conflict",
        422 => "validation_failed",
        _ => "internal",
    }
}

/// A request to the proxy: method, path, the session token if there is one, a JSON body.
struct Call<'a> {
    method: &'a str,
    path: &'a str,
    token: Option<&'a str>,
    body: Option<String>,
}

/// The answer to `call` if the page's loader made the same call before the wasm ran
/// (`public/boot.js`, `kycFirstCall`): taken once, by the first call that matches it.
fn made_ahead(call: &Call<'_>) -> Option<js_sys::Promise> {
    let window: JsValue = window().into();
    let key = JsValue::from_str("kycFirstCall");
    let ahead = js_sys::Reflect::get(&window, &key).ok().filter(JsValue::is_object)?;
    let field = |name: &str| js_sys::Reflect::get(&ahead, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
    let same = call.body.is_none()
        && field("method").as_deref() == Some(call.method)
        && field("path").as_deref() == Some(call.path)
        && field("token").as_deref() == call.token;
    if !same {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &key);
    js_sys::Reflect::get(&ahead, &JsValue::from_str("response")).ok().map(JsCast::unchecked_into)
}

/// Sends `call` with the browser's `fetch` and returns the status and body. Not generic, so it
/// is compiled once.
async fn fetch(call: Call<'_>) -> Result<(u16, String), Error> {
    let headers = Headers::new().map_err(network)?;
    headers.set("Accept", "application/json").map_err(network)?;
    if let Some(token) = call.token {
        headers.set("Authorization", &format!("Bearer {token}")).map_err(network)?;
    }
    let init = RequestInit::new();
    init.set_method(call.method);
    if let Some(body) = &call.body {
        headers.set("Content-Type", "application/json").map_err(network)?;
        init.set_body(&JsValue::from_str(body));
    }
    init.set_headers(&headers);
    let answer = match made_ahead(&call) {
        Some(answer) => answer,
        None => {
            window().fetch_with_request(&web_sys::Request::new_with_str_and_init(call.path, &init).map_err(network)?)
        }
    };
    let response: Response = JsFuture::from(answer).await.map_err(network)?.unchecked_into();
    let text = JsFuture::from(response.text().map_err(network)?).await.map_err(network)?;
    Ok((response.status(), text.as_string().unwrap_or_default()))
}

/// A language's file of texts (`/texts/de-….txt`, named by the page): its text, or an error
/// for any answer but `200`.
pub(crate) async fn texts(path: &str) -> Result<String, Error> {
    let (status, text) = fetch(Call { method: "GET", path, token: None, body: None }).await?;
    match status {
        200 => Ok(text),
        _ => Err(Error::Network(format!("HTTP {status}"))),
    }
}

/// Sends `call` and reads a 2xx answer as `T`; anything else becomes an [`Error`], keeping the
/// proxy's error body when it sent one.
async fn send<T: FromJson>(call: Call<'_>) -> Result<T, Error> {
    let (status, text) = fetch(call).await?;
    let json = Json::parse(&text);
    if (200..300).contains(&status) {
        return json
            .as_ref()
            .and_then(T::from_json)
            .ok_or_else(|| Error::Network(format!("unexpected answer ({status})")));
    }
    let body = json.as_ref().and_then(ErrorBody::from_json).unwrap_or_else(|| ErrorBody {
        error: ErrorDetail {
            code: code_for_status(status).to_owned(),
            message: format!("HTTP {status}"),
            fields: Vec::new(),
        },
    });
    Err(Error::Api { status, body })
}

fn consent_path(kind: ConsentKind) -> String {
    format!("/api/session/consents/{}", kind.key())
}

/// `POST /api/sessions`.
pub(crate) async fn create_session() -> Result<SessionCreated, Error> {
    send(Call { method: "POST", path: "/api/sessions", token: None, body: None }).await
}

/// `POST /api/sessions/launch`: the single-use code of a product team's link for a token.
pub(crate) async fn launch_session(code: &str) -> Result<SessionCreated, Error> {
    let body = Some(wire::launch_body(code));
    send(Call { method: "POST", path: "/api/sessions/launch", token: None, body }).await
}

/// `GET /api/session`.
pub(crate) async fn session(token: &str) -> Result<SessionView, Error> {
    send(Call { method: "GET", path: "/api/session", token: Some(token), body: None }).await
}

/// `PUT /api/session/person`.
pub(crate) async fn save_person(token: &str, person: &PersonalDataInput) -> Result<SessionView, Error> {
    let body = Some(wire::person_body(person));
    send(Call { method: "PUT", path: "/api/session/person", token: Some(token), body }).await
}

/// `PUT /api/session/draft`: autosave of what is typed; the answer has no body.
pub(crate) async fn save_draft(token: &str, person: &PersonalDataInput) -> Result<(), Error> {
    let body = Some(wire::person_body(person));
    let (status, _) = fetch(Call { method: "PUT", path: "/api/session/draft", token: Some(token), body }).await?;
    if (200..300).contains(&status) {
        Ok(())
    } else {
        Err(Error::Network(format!("draft not saved ({status})")))
    }
}

/// `POST /api/address/suggestions`: addresses matching what is typed (POST: typed text is
/// personal data and stays out of URLs).
pub(crate) async fn address_suggestions(
    token: &str,
    country: &str,
    query: &str,
) -> Result<Vec<AddressSuggestion>, Error> {
    let body = Some(wire::address_query_body(country, query));
    send(Call { method: "POST", path: "/api/address/suggestions", token: Some(token), body }).await
}

/// `PUT /api/session/consents/{kind}`.
pub(crate) async fn give_consent(
    token: &str,
    kind: ConsentKind,
    request: &ConsentRequest,
) -> Result<SessionView, Error> {
    let body = Some(wire::consent_body(request));
    send(Call { method: "PUT", path: &consent_path(kind), token: Some(token), body }).await
}

/// `DELETE /api/session/consents/{kind}`.
///
/// `withdrawn_at` is a UTC timestamp: digits, `-`, `:`, `.`, `T` and `Z`, all safe in a query.
pub(crate) async fn withdraw_consent(token: &str, kind: ConsentKind, withdrawn_at: &str) -> Result<SessionView, Error> {
    let path = format!("{}?withdrawn_at={withdrawn_at}", consent_path(kind));
    send(Call { method: "DELETE", path: &path, token: Some(token), body: None }).await
}

/// `POST /api/session/identification`: starts the call the first time (with the chosen
/// document and proof of address), returns it after.
pub(crate) async fn start_identification(
    token: &str,
    request: &IdentificationRequest,
) -> Result<IdentificationView, Error> {
    let body = Some(wire::identification_body(request));
    send(Call { method: "POST", path: "/api/session/identification", token: Some(token), body }).await
}

/// `GET /api/session/identification/documents`, in the language the user sees (the provider
/// prepares the call in it).
pub(crate) async fn supported_documents(token: &str, language: &str) -> Result<Vec<SupportedDocument>, Error> {
    let path = format!("/api/session/identification/documents?language={language}");
    send(Call { method: "GET", path: &path, token: Some(token), body: None }).await
}

/// `POST /api/session/risk`: the device check before anything is asked.
pub(crate) async fn check_risk(token: &str, request: &RiskRequest) -> Result<SessionView, Error> {
    let body = Some(wire::risk_body(request));
    send(Call { method: "POST", path: "/api/session/risk", token: Some(token), body }).await
}

/// `POST /api/session/phone-check`: matches the saved data and sends the SMS link.
pub(crate) async fn start_phone_check(token: &str) -> Result<SessionView, Error> {
    send(Call { method: "POST", path: "/api/session/phone-check", token: Some(token), body: None }).await
}

/// `GET /api/session/phone-check`.
pub(crate) async fn phone_check(token: &str) -> Result<PhoneCheckView, Error> {
    send(Call { method: "GET", path: "/api/session/phone-check", token: Some(token), body: None }).await
}

/// `GET /api/session/bank-login`: where the login at the user's bank stands.
pub(crate) async fn bank_login(token: &str) -> Result<BankLoginView, Error> {
    send(Call { method: "GET", path: "/api/session/bank-login", token: Some(token), body: None }).await
}

/// `POST /api/session/bank-login`: the bank's page to go to, in this window or (`popup`) in a
/// window of its own.
pub(crate) async fn start_bank_login(token: &str, popup: bool) -> Result<BankLoginView, Error> {
    let path = if popup { "/api/session/bank-login?window=popup" } else { "/api/session/bank-login" };
    send(Call { method: "POST", path, token: Some(token), body: None }).await
}

/// `GET /api/session/status`.
pub(crate) async fn status(token: &str) -> Result<StatusView, Error> {
    send(Call { method: "GET", path: "/api/session/status", token: Some(token), body: None }).await
}

/// `GET /api/captures`: which pictures the session needs and which are in; `token` is the
/// session's or a phone's capture token.
pub(crate) async fn captures(token: &str) -> Result<kyc_core::capture::CapturesView, Error> {
    send(Call { method: "GET", path: "/api/captures", token: Some(token), body: None }).await
}

/// `PUT /api/captures/document`: the document the user will photograph; the new list of pictures.
pub(crate) async fn choose_document(
    token: &str,
    kind: kyc_core::document::DocumentKind,
) -> Result<kyc_core::capture::CapturesView, Error> {
    let body = Some(wire::document_body(kind));
    send(Call { method: "PUT", path: "/api/captures/document", token: Some(token), body }).await
}

/// `POST /api/handoffs`: a single-use link (and its QR code) that opens the capture on a phone.
pub(crate) async fn create_handoff(token: &str, language: &str) -> Result<kyc_core::capture::HandoffView, Error> {
    let body = Some(wire::handoff_body(language));
    send(Call { method: "POST", path: "/api/handoffs", token: Some(token), body }).await
}

/// `POST /api/handoffs/sms`: the same link by text message to the saved mobile number.
pub(crate) async fn send_handoff_sms(token: &str, language: &str) -> Result<(), Error> {
    let body = Some(wire::handoff_body(language));
    let (status, _) = fetch(Call { method: "POST", path: "/api/handoffs/sms", token: Some(token), body }).await?;
    match status {
        200..=299 => Ok(()),
        // The session's text messages for today are used up: the QR code still works.
        429 => Err(Error::Api {
            status,
            body: ErrorBody {
                error: ErrorDetail { code: "too_many_requests".into(), message: String::new(), fields: Vec::new() },
            },
        }),
        _ => Err(Error::Network(format!("text message not sent ({status})"))),
    }
}

/// `POST /api/handoffs/exchange`: a hand-off link's code for a capture-only token.
pub(crate) async fn exchange_handoff(code: &str) -> Result<SessionCreated, Error> {
    let body = Some(wire::launch_body(code));
    send(Call { method: "POST", path: "/api/handoffs/exchange", token: None, body }).await
}

/// `GET /api/session/account`: the account steps and the provider's verdicts.
pub(crate) async fn account(token: &str) -> Result<AccountView, Error> {
    send(Call { method: "GET", path: "/api/session/account", token: Some(token), body: None }).await
}

/// `POST /api/session/account/{step}` without a body (`declaration`, `terms`,
/// `identity/finish`).
pub(crate) async fn account_step(token: &str, step: &str) -> Result<AccountView, Error> {
    let path = format!("/api/session/account/{step}");
    send(Call { method: "POST", path: &path, token: Some(token), body: None }).await
}

/// `POST /api/session/account/identity`: the facial recognition (on the phone), or the IBAN for
/// a transfer.
pub(crate) async fn start_identity(token: &str, method: IdentityMethod) -> Result<AccountView, Error> {
    let body = Some(wire::identity_body(method));
    send(Call { method: "POST", path: "/api/session/account/identity", token: Some(token), body }).await
}

/// `POST /api/session/account/identity/webview`: the webview URL the host app handed in.
pub(crate) async fn hand_in_webview(token: &str, url: &str) -> Result<AccountView, Error> {
    let body = Some(wire::webview_body(url));
    send(Call { method: "POST", path: "/api/session/account/identity/webview", token: Some(token), body }).await
}

/// `POST /api/session/account/tax`.
pub(crate) async fn send_tax(token: &str, request: &TaxRequest) -> Result<AccountView, Error> {
    let body = Some(wire::tax_body(request));
    send(Call { method: "POST", path: "/api/session/account/tax", token: Some(token), body }).await
}

/// `GET /api/session/account/activation`: the phone app's code and its QR code.
pub(crate) async fn activation(token: &str) -> Result<ActivationView, Error> {
    send(Call { method: "GET", path: "/api/session/account/activation", token: Some(token), body: None }).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16) -> Error {
        let error = ErrorDetail { code: code_for_status(status).into(), message: String::new(), fields: Vec::new() };
        Error::Api { status, body: ErrorBody { error } }
    }

    #[test]
    fn an_unknown_or_expired_token_means_the_session_is_gone() {
        assert!(api(401).is_session_gone());
        assert!(api(404).is_session_gone());
        assert!(!api(409).is_session_gone());
        assert!(!Error::Network("offline".into()).is_session_gone());
    }

    #[test]
    fn bodiless_errors_get_the_code_their_status_implies() {
        assert_eq!(api(409).code(), "conflict");
        assert_eq!(api(502).code(), "internal");
        assert_eq!(Error::Network("offline".into()).code(), "network");
        assert!(api(422).field_errors().is_some() && api(500).field_errors().is_none());
    }
}
