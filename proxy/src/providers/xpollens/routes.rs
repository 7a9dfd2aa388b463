//! The account steps of the Xpollens flow, for the SPA: each answers with the account as the
//! browser may see it (no provider identifiers).

use super::{flow, steps, Xpollens};
use crate::auth::CurrentSession;
use crate::error::AppError;
use crate::flow::Ctx;
use crate::json_body::JsonObject;
use crate::store::SessionRecord;
use axum::extract::State;
use axum::Json;
use kyc_core::account::{AccountView, ActivationView, IdentityRequest, TaxRequest, WebviewRequest};
use kyc_core::flow::FlowId;

/// Refuses sessions of other flows.
async fn account_session(ctx: &Ctx<Xpollens>, session: SessionRecord) -> Result<(), AppError> {
    if ctx.env.store.session_settings(session).await?.flow != FlowId::XpollensAccount {
        return Err(AppError::NotFound);
    }
    flow::adapter(ctx).map(|_| ())
}

async fn view(ctx: &Ctx<Xpollens>, session: SessionRecord) -> Result<Json<AccountView>, AppError> {
    Ok(Json(flow::progress(ctx, session).await?.view()))
}

/// `GET /api/session/account`.
#[utoipa::path(get, path = "/session/account", tag = "app", security(("session" = [])), responses((status = 200, body = kyc_core::account::AccountView), crate::openapi::Problems))]
pub async fn account_show(
    State(ctx): State<Ctx<Xpollens>>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<AccountView>, AppError> {
    account_session(&ctx, session).await?;
    view(&ctx, session).await
}

/// `POST /api/session/account/identity` with `{"method": "facial" | "transfer"}`.
#[utoipa::path(post, path = "/session/account/identity", tag = "app", security(("session" = [])), request_body = kyc_core::account::IdentityRequest, responses((status = 200, body = kyc_core::account::AccountView), crate::openapi::Problems))]
pub async fn identity_create(
    State(ctx): State<Ctx<Xpollens>>,
    CurrentSession(session): CurrentSession,
    body: JsonObject<IdentityRequest>,
) -> Result<Json<AccountView>, AppError> {
    let JsonObject(request) = body;
    account_session(&ctx, session).await?;
    steps::identity_start(&ctx, session, request.method).await?;
    view(&ctx, session).await
}

/// `POST /api/session/account/identity/webview` with `{"url"}`: the webview URL the product
/// team's app handed in; 400 when it is not one of Xpollens's webview origins over HTTPS.
#[utoipa::path(post, path = "/session/account/identity/webview", tag = "app", security(("session" = [])), request_body = kyc_core::account::WebviewRequest, responses((status = 200, body = kyc_core::account::AccountView), crate::openapi::Problems))]
pub async fn identity_webview_create(
    State(ctx): State<Ctx<Xpollens>>,
    CurrentSession(session): CurrentSession,
    body: JsonObject<WebviewRequest>,
) -> Result<Json<AccountView>, AppError> {
    let JsonObject(request) = body;
    account_session(&ctx, session).await?;
    steps::webview_handed_in(&ctx, session, &request.url).await?;
    view(&ctx, session).await
}

/// `POST /api/session/account/identity/finish`: the webview's URL ended in `#SUCCESS`.
#[utoipa::path(post, path = "/session/account/identity/finish", tag = "app", security(("session" = [])), responses((status = 200, body = kyc_core::account::AccountView), crate::openapi::Problems))]
pub async fn identity_finish(
    State(ctx): State<Ctx<Xpollens>>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<AccountView>, AppError> {
    account_session(&ctx, session).await?;
    steps::webview_finish(&ctx, session).await?;
    view(&ctx, session).await
}

/// `POST /api/session/account/declaration`: the saved personal data as declarative data.
#[utoipa::path(post, path = "/session/account/declaration", tag = "app", security(("session" = [])), responses((status = 200, body = kyc_core::account::AccountView), crate::openapi::Problems))]
pub async fn declaration_create(
    State(ctx): State<Ctx<Xpollens>>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<AccountView>, AppError> {
    account_session(&ctx, session).await?;
    steps::declaration_submit(&ctx, session).await?;
    view(&ctx, session).await
}

/// `POST /api/session/account/tax`.
#[utoipa::path(post, path = "/session/account/tax", tag = "app", security(("session" = [])), request_body = kyc_core::account::TaxRequest, responses((status = 200, body = kyc_core::account::AccountView), crate::openapi::Problems))]
pub async fn tax_create(
    State(ctx): State<Ctx<Xpollens>>,
    CurrentSession(session): CurrentSession,
    body: JsonObject<TaxRequest>,
) -> Result<Json<AccountView>, AppError> {
    let JsonObject(request) = body;
    account_session(&ctx, session).await?;
    steps::tax_submit(&ctx, session, request).await?;
    view(&ctx, session).await
}

/// `POST /api/session/account/terms`.
#[utoipa::path(post, path = "/session/account/terms", tag = "app", security(("session" = [])), responses((status = 200, body = kyc_core::account::AccountView), crate::openapi::Problems))]
pub async fn terms_create(
    State(ctx): State<Ctx<Xpollens>>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<AccountView>, AppError> {
    account_session(&ctx, session).await?;
    steps::terms_accept(&ctx, session).await?;
    view(&ctx, session).await
}

/// `GET /api/session/account/activation`: the phone app's activation code and its QR code;
/// 404 until Xpollens sent one.
#[utoipa::path(get, path = "/session/account/activation", tag = "app", security(("session" = [])), responses((status = 200, body = kyc_core::account::ActivationView), crate::openapi::Problems))]
pub async fn activation_show(
    State(ctx): State<Ctx<Xpollens>>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<ActivationView>, AppError> {
    account_session(&ctx, session).await?;
    let code = flow::progress(&ctx, session).await?.activation_code.ok_or(AppError::NotFound)?;
    let qr_svg = crate::qr::qr_svg(&code)?;
    Ok(Json(ActivationView { code, qr_svg }))
}
