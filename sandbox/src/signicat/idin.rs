//! The simulated bank login of an eID process: iDIN (`/idin/{processId}`) or Norwegian BankID
//! (`/nbid/{processId}`), as the process's type says. The process's `redirectUrl` leads here;
//! the user picks whose bank account logs in (a test persona of the scheme's country, or "as
//! entered" for the dossier's user data) or cancels. The browser then goes back to the client's `redirectUrl` with `dossierId`,
//! `processId` and `status` appended, as the Assure hosted flows do.

mod page;

use super::notifications::Notification;
use super::personas::Persona;
use super::store::{Kind, Outcome, Scheme, Status};
use super::Sim;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;

/// The pages' routes, one path per scheme.
pub(crate) fn router() -> Router<Sim> {
    Router::new()
        .route("/idin/{process_id}", get(idin_show).post(idin_submit))
        .route("/nbid/{process_id}", get(nbid_show).post(nbid_submit))
}

async fn idin_show(sim: State<Sim>, id: Path<String>) -> Response {
    login_show(sim, id, Scheme::Idin).await
}

async fn nbid_show(sim: State<Sim>, id: Path<String>) -> Response {
    login_show(sim, id, Scheme::Nbid).await
}

async fn idin_submit(sim: State<Sim>, id: Path<String>, form: Result<Form<LoginForm>, FormRejection>) -> Response {
    login_submit(sim, id, Scheme::Idin, form).await
}

async fn nbid_submit(sim: State<Sim>, id: Path<String>, form: Result<Form<LoginForm>, FormRejection>) -> Response {
    login_submit(sim, id, Scheme::Nbid, form).await
}

/// Value of the persona choice that returns the dossier's user data.
pub(crate) const AS_ENTERED: &str = "entered";

/// An HTML answer that no other site may frame or cache.
fn html(status: StatusCode, body: String) -> Response {
    let headers = [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-store"),
        (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"),
        (header::REFERRER_POLICY, "no-referrer"),
    ];
    (status, headers, body).into_response()
}

/// Why a login page cannot be used.
enum Closed {
    /// No such process (or its dossier was deleted).
    Unknown,
    /// The process is not a pending iDIN login.
    Used,
}

impl IntoResponse for Closed {
    fn into_response(self) -> Response {
        match self {
            Closed::Unknown => {
                html(StatusCode::NOT_FOUND, page::notice("Login not found", "This bank login does not exist."))
            }
            Closed::Used => {
                let text = "This bank login has already been completed. Return to the website you came from.";
                html(StatusCode::GONE, page::notice("Login already completed", text))
            }
        }
    }
}

/// The form's action and whether "as entered" can be offered, for a pending login of `scheme`.
fn pending_login(sim: &Sim, process_id: &str, scheme: Scheme) -> Result<(String, bool), Closed> {
    let mut store = sim.store();
    let (dossier_id, process) = store.process_mut(process_id).ok_or(Closed::Unknown)?;
    // Not a login, or another scheme's: this page does not exist for it.
    if process.kind != Kind::Eid(scheme) {
        return Err(Closed::Unknown);
    }
    if process.status != Status::Pending {
        return Err(Closed::Used);
    }
    let action = process.login_url.clone().unwrap_or_default();
    let dossier_id = dossier_id.to_owned();
    let has_user_data = store.dossiers.get(&dossier_id).is_some_and(|d| d.user_data.is_some());
    Ok((action, has_user_data))
}

/// `GET /idin/{processId}`, `GET /nbid/{processId}`: the bank's login page.
async fn login_show(State(sim): State<Sim>, Path(process_id): Path<String>, scheme: Scheme) -> Response {
    match pending_login(&sim, &process_id, scheme) {
        Ok((action, has_user_data)) => html(StatusCode::OK, page::login(scheme, &action, has_user_data, false)),
        Err(closed) => closed.into_response(),
    }
}

/// The login form.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct LoginForm {
    #[serde(default)]
    persona: String,
    #[serde(default)]
    action: String,
}

/// `POST /idin/{processId}`, `POST /nbid/{processId}`: logs in as the chosen persona (or
/// cancels) and sends the browser back to the client.
async fn login_submit(
    State(sim): State<Sim>,
    Path(process_id): Path<String>,
    scheme: Scheme,
    form: Result<Form<LoginForm>, FormRejection>,
) -> Response {
    let Form(form) = form.unwrap_or_default();
    let (action, has_user_data) = match pending_login(&sim, &process_id, scheme) {
        Ok(state) => state,
        Err(closed) => return closed.into_response(),
    };
    let (location, notification) = {
        let mut store = sim.store();
        let user_data =
            store.dossiers.values().find(|d| d.process(&process_id).is_some()).and_then(|d| d.user_data.clone());
        let identity = match form.persona.as_str() {
            AS_ENTERED => user_data,
            // Only the scheme's own country's banks know a persona.
            key => Persona::by_key(key).filter(|p| p.country == scheme.country()).map(Persona::bank_identity),
        };
        if form.action != "cancel" && identity.is_none() {
            return html(StatusCode::UNPROCESSABLE_ENTITY, page::login(scheme, &action, has_user_data, true));
        }
        let Some((dossier_id, process)) = store.process_mut(&process_id) else {
            return Closed::Unknown.into_response();
        };
        // A second submit (another tab, a double click) may have completed it meanwhile.
        if process.status != Status::Pending {
            return Closed::Used.into_response();
        }
        let dossier_id = dossier_id.to_owned();
        let status = match identity {
            Some(identity) if form.action != "cancel" => {
                process.result = Some(Outcome { identity, document: None, biometrics: None });
                Status::Accepted
            }
            _ => Status::Canceled,
        };
        process.set_status(status);
        let return_url = process.return_url.clone().unwrap_or_default();
        let separator = if return_url.contains('?') { '&' } else { '?' };
        let location =
            format!("{return_url}{separator}dossierId={dossier_id}&processId={process_id}&status={}", status.as_str());
        let notification = process.notification.clone().map(|target| Notification {
            target,
            dossier_id,
            process_id: process_id.clone(),
            status: status.as_str(),
        });
        (location, notification)
    };
    if let Some(notification) = notification {
        sim.deliveries.send(notification);
    }
    Redirect::to(&location).into_response()
}
