//! The account steps of the Xpollens flow, for the SPA: each answers with the account as the
//! browser may see it (no provider identifiers).

use crate::auth::CurrentSession;
use crate::error::AppError;
use crate::flows::xpollens;
use crate::state::AppState;
use crate::store::SessionRecord;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::Json;
use kyc_core::account::{AccountView, ActivationView, IdentityRequest, TaxRequest};
use kyc_core::flow::FlowId;

/// Refuses sessions of other flows.
async fn account_session(state: &AppState, session: SessionRecord) -> Result<(), AppError> {
    if state.store.session_settings(session).await?.flow != FlowId::XpollensAccount {
        return Err(AppError::NotFound);
    }
    xpollens::adapter(state).map(|_| ())
}

async fn view(state: &AppState, session: SessionRecord) -> Result<Json<AccountView>, AppError> {
    Ok(Json(xpollens::progress(state, session).await?.view()))
}

/// `GET /api/session/account`.
pub async fn account_show(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<AccountView>, AppError> {
    account_session(&state, session).await?;
    view(&state, session).await
}

/// `POST /api/session/account/identity` with `{"method": "facial" | "transfer"}`.
pub async fn identity_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    body: Result<Json<IdentityRequest>, JsonRejection>,
) -> Result<Json<AccountView>, AppError> {
    let Json(request) = body?;
    account_session(&state, session).await?;
    xpollens::identity_start(&state, session, request.method).await?;
    view(&state, session).await
}

/// `POST /api/session/account/identity/finish`: the webview's URL ended in `#SUCCESS`.
pub async fn identity_finish(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<AccountView>, AppError> {
    account_session(&state, session).await?;
    xpollens::webview_finish(&state, session).await?;
    view(&state, session).await
}

/// `POST /api/session/account/declaration`: the saved personal data as declarative data.
pub async fn declaration_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<AccountView>, AppError> {
    account_session(&state, session).await?;
    xpollens::declaration_submit(&state, session).await?;
    view(&state, session).await
}

/// `POST /api/session/account/tax`.
pub async fn tax_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    body: Result<Json<TaxRequest>, JsonRejection>,
) -> Result<Json<AccountView>, AppError> {
    let Json(request) = body?;
    account_session(&state, session).await?;
    xpollens::tax_submit(&state, session, request).await?;
    view(&state, session).await
}

/// `POST /api/session/account/terms`.
pub async fn terms_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<AccountView>, AppError> {
    account_session(&state, session).await?;
    xpollens::terms_accept(&state, session).await?;
    view(&state, session).await
}

/// `GET /api/session/account/activation`: the phone app's activation code and its QR code;
/// 404 until Xpollens sent one.
pub async fn activation_show(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<ActivationView>, AppError> {
    account_session(&state, session).await?;
    let code = xpollens::progress(&state, session).await?.activation_code.ok_or(AppError::NotFound)?;
    let qr_svg = super::handoffs::qr_svg(&code)?;
    Ok(Json(ActivationView { code, qr_svg }))
}
