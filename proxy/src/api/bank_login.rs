//! The login at the user's bank (Signicat's iDIN eID): started here, completed on the bank's
//! page, and confirmed by reading the process from Assure when the browser comes back.

use crate::auth::CurrentSession;
use crate::error::AppError;
use crate::flows::signicat;
use crate::state::AppState;
use axum::extract::State;
use axum::response::Redirect;
use axum::Json;
use kyc_core::api::BankLoginView;
use kyc_core::Step;

/// `GET /api/session/bank-login`: where the login stands, as Assure reports it.
pub async fn bank_login_show(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<BankLoginView>, AppError> {
    Ok(Json(signicat::bank_login_show(&state, session).await?))
}

/// `POST /api/session/bank-login`: the bank's page to send the browser to (a pending login is
/// handed out again).
pub async fn bank_login_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<BankLoginView>, AppError> {
    Ok(Json(signicat::bank_login_start(&state, session).await?))
}

/// `GET /api/bank-login/return`: where the bank sends the browser back. Assure appends the
/// dossier, the process and a status; none of it is read (the SPA asks for the status, which
/// is read from Assure) and the browser moves on to the step's page without them.
pub async fn bank_login_return() -> Redirect {
    Redirect::to(&format!("/{}", Step::BankLogin.path()))
}
