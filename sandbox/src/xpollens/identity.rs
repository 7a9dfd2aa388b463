//! The two ways to prove identity. Facial recognition: the phone's SDK binds the wallet with the
//! activation code and gets the webview URL (played by `phone.rs`), the user finishes the
//! webview, and the back office judges it after a delay by the e-mail persona. SEPA instant transfer: an IBAN is booked, and a transfer from an
//! account in the prospect's name identifies them.

use super::errors::{json_body, ApiError};
use super::iban::new_iban;
use super::persona::{live_check, LiveCheck};
use super::prospect::{Diligence, DiligenceStatus::*, Identity};
use super::random::random_hex;
use super::rules::{debtor_is, SCT_IN_LIMIT_CENTS};
use super::Sim;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;

/// BIC shown with booked IBANs (made up).
const BIC: &str = "SIMUFRP1XXX";

/// What finishing a webview did.
pub(crate) enum Finished {
    /// Accepted; the result comes through the callbacks.
    Done,
    /// Unknown, purged, or already finished.
    Gone,
}

/// The user finished the webview: a failure kills the wallet at once (new activation code);
/// a success is judged by the back office after the review delay.
pub(crate) fn finish_webview(sim: &Sim, technical_id: &str, token: &str, succeeded: bool) -> Finished {
    let app_user_id = {
        let mut store = sim.store();
        match store.by_webview(technical_id, token) {
            Some(p) if p.webview.as_ref().is_some_and(|w| !w.finished) => p.app_user_id.clone(),
            _ => return Finished::Gone,
        }
    };
    let attempt = sim.change(&app_user_id, |p| {
        if let Some(w) = p.webview.as_mut() {
            w.finished = true;
        }
        if p.kyc_validated() {
            return None;
        }
        if !succeeded {
            p.identity = Identity::Judged(vec![Diligence::new("SELFIE", Refused, "Identification not completed")]);
            p.activation_code = random_hex(16, false);
            return None;
        }
        p.identity = Identity::InReview;
        p.identity_attempt += 1;
        Some(p.identity_attempt)
    });
    if let Some(Some(attempt)) = attempt {
        schedule_review(sim.clone(), app_user_id, attempt);
    }
    Finished::Done
}

/// The back office's verdict, by the e-mail persona, for the attempt it was scheduled for.
fn schedule_review(sim: Sim, app_user_id: String, attempt: u32) {
    tokio::spawn(async move {
        tokio::time::sleep(sim.config.review_delay).await;
        sim.change(&app_user_id, |p| {
            if p.identity != Identity::InReview || p.identity_attempt != attempt {
                return;
            }
            let verdict = match live_check(p.profile.email.as_deref()) {
                LiveCheck::Accepted => {
                    vec![Diligence::new("ID_CARD", Validated, ""), Diligence::new("SELFIE", Validated, "")]
                }
                LiveCheck::Refused(kind, reason) => {
                    let other = if kind == "SELFIE" { "ID_CARD" } else { "SELFIE" };
                    // A failed identification kills the security wallet.
                    p.activation_code = random_hex(16, false);
                    vec![Diligence::new(kind, Refused, reason), Diligence::new(other, Validated, "")]
                }
            };
            p.identity = Identity::Judged(verdict);
        });
    });
}

/// `POST /api/v2.0/users/{appUserId}/kyc/sct-in`: books an IBAN the prospect can send money to
/// (the same one when asked again). The path is the simulator's: the option is documented,
/// its endpoint is not in the material we have.
pub(crate) async fn sct_in_create(
    State(sim): State<Sim>,
    Path(app_user_id): Path<String>,
) -> Result<Response, ApiError> {
    let answer = sim
        .change(&app_user_id, |p| {
            if p.kyc_validated() {
                let message = "The identity is already validated.";
                return Err(ApiError::new(StatusCode::CONFLICT, "identity_validated", message));
            }
            let iban = p.sct_in_iban.get_or_insert_with(new_iban).clone();
            Ok(json!({
                "iban": iban,
                "bic": BIC,
                "maxAmountCents": SCT_IN_LIMIT_CENTS,
                "currency": "EUR",
            }))
        })
        .ok_or_else(ApiError::user_not_found)??;
    Ok((StatusCode::CREATED, Json(answer)).into_response())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TransferRequest {
    iban: String,
    amount_cents: u64,
    debtor_name: String,
}

/// `POST /sandbox/sct-in`: simulates an incoming instant transfer to a booked IBAN. Above the
/// limit it is rejected and identifies nobody; otherwise the debtor's name decides.
pub(crate) async fn transfer_create(State(sim): State<Sim>, body: Bytes) -> Result<Response, ApiError> {
    let TransferRequest { iban, amount_cents, debtor_name } = json_body(&body)?;
    if amount_cents == 0 {
        return Err(ApiError::new(StatusCode::BAD_REQUEST, "invalid_amount", "The amount must be positive."));
    }
    let app_user_id = sim.store().by_iban(&iban).map(|p| p.app_user_id.clone());
    let app_user_id = app_user_id
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "unknown_iban", "No IBAN was booked with this number."))?;
    if amount_cents > SCT_IN_LIMIT_CENTS {
        let body = json!({ "status": "Rejected", "reason": "The amount is above the account's limit." });
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response());
    }
    let check = sim
        .change(&app_user_id, |p| {
            if p.kyc_validated() {
                return "NotPerformed";
            }
            let first = p.profile.first_name.clone().unwrap_or_default();
            let last = p.profile.last_name.clone().unwrap_or_default();
            let diligence = if debtor_is(&debtor_name, &first, &last) {
                Diligence::new("SCTIN", Validated, "")
            } else {
                Diligence::new("SCTIN", Refused, "The debtor is not the prospect")
            };
            let status = diligence.status.as_str();
            p.identity = Identity::Judged(vec![diligence]);
            status
        })
        .ok_or_else(ApiError::user_not_found)?;
    Ok(Json(json!({ "status": "Credited", "identityCheck": check })).into_response())
}
