//! The SMS link possession check: `GET /v1/async-ui/send-link` texts a one-time link to the
//! phone validated in the PII step, `GET /link/{code}` is what the phone opens, and the
//! sandbox-only `GET /sandbox/outbox?phone=…` shows the texts a phone would have received.

use super::decision::Step;
use super::errors::ApiError;
use super::html::notice;
use super::personas::fold;
use super::store::{now_utc, random_code, Link, Opened, Possession, Sms};
use super::Sim;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use tokio::time::Instant;

/// Markers of phone and tablet browsers in a user agent.
const MOBILE_MARKERS: &[&str] = &["Mobile", "Android", "iPhone", "iPad", "iPod"];

/// Whether the user agent is a phone's (or tablet's) browser.
pub(crate) fn is_mobile(user_agent: &str) -> bool {
    MOBILE_MARKERS.iter().any(|marker| user_agent.contains(marker))
}

/// `GET /v1/async-ui/send-link?apikey=<SMS Link key>&asi=…` (with the Government ID key it
/// sends the capture link instead, see [`super::capture::send_link`]). The number is the one validated
/// in the PII step, so no personal data travels in this URL. Sending again replaces a link
/// that has not been opened and restarts its time.
pub(crate) async fn send_link(
    State(sim): State<Sim>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let config = &sim.config;
    if query.get("apikey") == Some(&config.keys.document) {
        return super::capture::send_link(State(sim.clone()), Query(query)).await;
    }
    if query.get("apikey") != Some(&config.keys.sms_link) {
        return Err(ApiError::bad_request("apikey must be the SMS Link key (the forwardApiKey after PII validation)."));
    }
    let asi = query.get("asi").ok_or_else(|| ApiError::bad_request("asi is required."))?;
    let now = Instant::now();
    let mut store = sim.store();
    let tx = store.transactions.get_mut(asi).ok_or_else(|| ApiError::unknown("transaction"))?;
    if tx.next != Some(Step::SmsLink) {
        return Err(ApiError::conflict("This transaction is not waiting for the SMS link."));
    }
    if let Some(link) = &tx.link {
        if link.possession(now, config.link_timeout) != Possession::Waiting {
            return Err(ApiError::conflict("The link was already opened or has expired; submit the SMS Link step."));
        }
    }
    let to = tx.phone.clone().ok_or_else(|| ApiError::conflict("No phone was validated for this transaction."))?;
    let code = random_code();
    // The replaced code stays known, so its page can point to the newer message.
    tx.link = Some(Link { code: code.clone(), sent_at: now, opened: None });
    let asi = tx.asi.clone();
    store.links.insert(code.clone(), asi.clone());
    let url = format!("{}/link/{code}", config.public_base_url);
    let minutes = config.link_timeout.as_secs().div_ceil(60);
    let body =
        format!("Confirm it is you: open {url} on this phone within {minutes} min. Did not ask for it? Ignore this.");
    store.outbox.push(Sms { to, body, link: url, sent_at: now_utc() });
    Ok(Json(
        json!({ "errorCode": "", "errorDescription": null, "responseCode": "200", "asi": asi, "status": "success" }),
    ))
}

/// `GET /link/{code}`: the tap on the link. It works once: on a phone it confirms possession,
/// anywhere else or too late it fails the check.
pub(crate) async fn open(State(sim): State<Sim>, Path(code): Path<String>, headers: HeaderMap) -> Response {
    let text = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let user_agent = text(header::USER_AGENT);
    let now = Instant::now();
    let timeout = sim.config.link_timeout;
    let mut store = sim.store();
    let tx = store.links.get(&code).cloned().and_then(|asi| store.transactions.get_mut(&asi));
    let Some(tx) = tx else {
        return notice(
            StatusCode::NOT_FOUND,
            "Link not found",
            "This link is not valid. Check that you opened the whole link from the text message.",
        );
    };
    let waiting = tx.next == Some(Step::SmsLink);
    let Some(link) = tx.link.as_mut().filter(|l| l.code == code) else {
        return notice(
            StatusCode::GONE,
            "Link replaced",
            "A newer text message replaced this link. Open the link in the latest message.",
        );
    };
    if link.opened.is_some() {
        return notice(
            StatusCode::CONFLICT,
            "Link already used",
            "This link has already been used. Each link works only once.",
        );
    }
    if !waiting || now.duration_since(link.sent_at) > timeout {
        link.opened = Some(Opened::TooLate);
        return notice(
            StatusCode::GONE,
            "Link expired",
            "This link has expired, so your phone could not be confirmed. Go back to where you started.",
        );
    }
    if !is_mobile(user_agent) {
        link.opened = Some(Opened::OnDesktop);
        return notice(
            StatusCode::OK,
            "Phone not confirmed",
            "This link was opened on a computer, not on the phone it was sent to, so your phone could not be confirmed. Go back to where you started.",
        );
    }
    let device = format!("{user_agent}|{}", text(header::ACCEPT_LANGUAGE));
    let fingerprint = hex::encode(&Sha256::digest(device)[..16]);
    link.opened = Some(Opened::OnMobile { fingerprint });
    notice(
        StatusCode::OK,
        "Phone confirmed",
        "Thank you, your phone is confirmed. You can close this page and continue where you started.",
    )
}

/// `GET /sandbox/outbox?phone=+1…`: sandbox only; the real service sends real texts. The
/// texts sent to that number, oldest first (formatting of the number ignored).
pub(crate) async fn outbox(
    State(sim): State<Sim>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    let phone = query.get("phone").map(|p| fold(p)).filter(|p| !p.is_empty());
    let phone = phone.ok_or_else(|| ApiError::bad_request("phone is required."))?;
    let store = sim.store();
    let messages: Vec<Value> = store
        .outbox
        .iter()
        .filter(|sms| fold(&sms.to) == phone)
        .map(|sms| json!({ "to": sms.to, "body": sms.body, "link": sms.link, "sentAt": sms.sent_at }))
        .collect();
    Ok(Json(json!({ "sandboxOnly": true, "messages": messages })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_and_tablets_are_mobile_and_desktop_browsers_are_not() {
        assert!(is_mobile("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"));
        assert!(is_mobile(
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"
        ));
        assert!(!is_mobile("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"));
        assert!(!is_mobile(""));
    }
}
