//! The IDnow pages' handlers: landing page, start form, simulated call, automated finish.

use super::pages::{self, StartForm};
use super::test_case::Mode;
use super::text;
use super::view::{action, closed_page, html, look_up, View};
use crate::solaris::Sim;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use kyc_core::IdentificationStatus::*;
use serde::Deserialize;

/// The ident code the simulated agent always sends.
const IDENT_CODE: &str = "123456";
/// The one international number the sandbox accepts besides numbers starting with 0.
const TEST_MOBILE_NUMBER: &str = "+15550101";

/// `GET /idnow/{company}/identifications/{id}`.
pub(crate) async fn landing(State(sim): State<Sim>, Path((company, id)): Path<(String, String)>) -> Response {
    let view = look_up(&sim, &company, &id, false);
    if let Some(page) = closed_page(&sim, view.as_ref()) {
        return page;
    }
    let Some(view) = view else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let body = match view.mode {
        Mode::Auto => pages::autotest(view.texts, &action(&id, "finish")),
        Mode::Manual => pages::start(view.texts, &action(&id, "start"), &StartForm::default()),
    };
    html(&sim, StatusCode::OK, body)
}

/// Fields of the start form; unchecked boxes are simply absent.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct StartFields {
    #[serde(default)]
    mobile_number: String,
    terms: Option<String>,
    document: Option<String>,
}

/// `POST …/start`: checks the form, then shows the simulated call.
pub(crate) async fn start(
    State(sim): State<Sim>,
    Path((company, id)): Path<(String, String)>,
    fields: Result<Form<StartFields>, FormRejection>,
) -> Response {
    let Form(fields) = fields.unwrap_or_default();
    let view = look_up(&sim, &company, &id, false);
    if let Some(page) = closed_page(&sim, view.as_ref()) {
        return page;
    }
    let mobile = fields.mobile_number.trim();
    let form = StartForm {
        mobile_number: &fields.mobile_number,
        terms: fields.terms.is_some(),
        document: fields.document.is_some(),
        mobile_invalid: !(mobile.starts_with('0') || mobile == TEST_MOBILE_NUMBER),
        terms_missing: fields.terms.is_none(),
        document_missing: fields.document.is_none(),
    };
    let texts = view.map_or(&text::EN, |v| v.texts);
    if form.mobile_invalid || form.terms_missing || form.document_missing {
        return html(&sim, StatusCode::UNPROCESSABLE_ENTITY, pages::start(texts, &action(&id, "start"), &form));
    }
    match look_up(&sim, &company, &id, true) {
        Some(view) if view.status == Pending => {
            html(&sim, StatusCode::OK, pages::call(texts, &action(&id, "confirm"), false))
        }
        other => closed_page(&sim, other.as_ref()).unwrap_or_else(|| StatusCode::CONFLICT.into_response()),
    }
}

/// Field of the call page.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ConfirmFields {
    #[serde(default)]
    ident_code: String,
}

/// `POST …/confirm`: the right ident code ends the call like the scenario says.
pub(crate) async fn confirm(
    State(sim): State<Sim>,
    Path((company, id)): Path<(String, String)>,
    fields: Result<Form<ConfirmFields>, FormRejection>,
) -> Response {
    let Form(fields) = fields.unwrap_or_default();
    if fields.ident_code.trim() != IDENT_CODE {
        let view = look_up(&sim, &company, &id, false);
        return match closed_page(&sim, view.as_ref()) {
            Some(page) => page,
            None => {
                let texts = view.map_or(&text::EN, |v| v.texts);
                html(&sim, StatusCode::UNPROCESSABLE_ENTITY, pages::call(texts, &action(&id, "confirm"), true))
            }
        };
    }
    finish_call(&sim, &company, &id)
}

/// `POST …/finish`: the automated call ends.
pub(crate) async fn finish(State(sim): State<Sim>, Path((company, id)): Path<(String, String)>) -> Response {
    finish_call(&sim, &company, &id)
}

/// Applies the call's outcome and sends the browser back to the product. A repeated submission
/// (double click, or the timer racing the button) is sent back as well rather than stranded.
fn finish_call(sim: &Sim, company: &str, id: &str) -> Response {
    let view = look_up(sim, company, id, true);
    if matches!(view, None | Some(View { status: Expired, .. })) {
        return closed_page(sim, view.as_ref()).unwrap_or_else(|| StatusCode::NOT_FOUND.into_response());
    }
    sim.update(id, |store, events| sim.finish_call(store, id, events));
    Redirect::to(&sim.config.redirect_url.replace("{transactionnumber}", id)).into_response()
}
