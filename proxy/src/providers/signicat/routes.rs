//! The login at the user's bank (Signicat's iDIN eID): started here, completed on the bank's
//! page, and confirmed by reading the process from Assure when the browser comes back.

use super::{bank_login, Signicat};
use crate::auth::CurrentSession;
use crate::error::AppError;
use crate::flow::Ctx;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::response::Redirect;
use axum::Json;
use kyc_core::api::BankLoginView;
use kyc_core::Step;
use serde::Deserialize;

/// `GET /api/session/bank-login`: where the login stands, as Assure reports it.
#[utoipa::path(get, path = "/session/bank-login", tag = "app", security(("session" = [])), responses((status = 200, body = kyc_core::api::BankLoginView), crate::openapi::Problems))]
pub async fn bank_login_show(
    State(ctx): State<Ctx<Signicat>>,
    CurrentSession(session): CurrentSession,
) -> Result<Json<BankLoginView>, AppError> {
    // Reading may move the flow on (a confirmed login is stored): one hand-over at a time.
    let _one_at_a_time = ctx.env.handovers.lock(session).await?;
    Ok(Json(bank_login::bank_login_show(&ctx, session).await?))
}

/// How the browser goes to the bank: `?window=popup` from an app framed by a host's page.
#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StartQuery {
    window: Option<String>,
}

/// `POST /api/session/bank-login`: the bank's page to send the browser to (a pending login is
/// handed out again).
#[utoipa::path(post, path = "/session/bank-login", tag = "app", security(("session" = [])), params(StartQuery), responses((status = 200, body = kyc_core::api::BankLoginView), crate::openapi::Problems))]
pub async fn bank_login_create(
    State(ctx): State<Ctx<Signicat>>,
    CurrentSession(session): CurrentSession,
    query: Result<Query<StartQuery>, QueryRejection>,
) -> Result<Json<BankLoginView>, AppError> {
    let popup = query.map(|Query(q)| q.window.as_deref() == Some("popup")).unwrap_or(false);
    // Two starts at once would create two dossiers or two logins.
    let _one_at_a_time = ctx.env.handovers.lock(session).await?;
    Ok(Json(bank_login::bank_login_start(&ctx, session, popup).await?))
}

/// The presentation the proxy put into the return URL; anything else in the query (Assure
/// appends the dossier, the process and a status) is not read.
#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReturnQuery {
    lang: Option<String>,
    embed: Option<String>,
    window: Option<String>,
}

/// `GET /api/bank-login/return`: where the bank sends the browser back. It moves on to the
/// step's page, which asks the proxy for the login's result (read from Assure); the language
/// and embed marker are carried over, checked, and the rest of the query is left behind.
#[utoipa::path(get, path = "/bank-login/return", tag = "app", params(ReturnQuery), responses((status = 303, description = "To the step's page (or, in the bank's pop-up window, a page that tells the app and closes)")))]
pub async fn bank_login_return(query: Result<Query<ReturnQuery>, QueryRejection>) -> Redirect {
    let query = query.map(|Query(q)| q).unwrap_or_default();
    // The bank's own window: a page that tells the framed app and closes the window.
    if query.window.as_deref() == Some("popup") {
        return Redirect::to("/bank-return.html");
    }
    let lang = query.lang.filter(|l| kyc_core::Language::from_code(l).is_some());
    let embed = query
        .embed
        .filter(|e| (1..=64).contains(&e.len()) && e.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
    let params: Vec<String> =
        [lang.map(|l| format!("lang={l}")), embed.map(|e| format!("embed={e}"))].into_iter().flatten().collect();
    let query = if params.is_empty() { String::new() } else { format!("?{}", params.join("&")) };
    Redirect::to(&format!("/{}{query}", Step::BankLogin.path()))
}
