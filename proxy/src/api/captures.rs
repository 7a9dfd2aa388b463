//! Pictures of the ID document and the selfie: uploaded one slot at a time, by the desktop's
//! session or a phone's capture token, checked, kept for the provider adapter. Only which slots
//! are done is ever given back.

mod decodes;

pub(crate) use decodes::upload_admit;
mod picture;
mod signals;

use crate::auth::CaptureAccess;
use crate::clock;
use crate::error::AppError;
use crate::json_body::JsonObject;
use crate::state::AppState;
use crate::store::{SessionRecord, StoredPicture};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use kyc_core::capture::{CaptureSlot, CapturesView, DocumentChoice};
use kyc_core::Step;

/// The session's required slots and those done, and whether the user may choose the document.
/// A flow with a capture step asks which document the user has, unless its product team fixed
/// it at launch; once every picture is in (and gone to the provider) the choice stays.
pub(crate) async fn captures_view(state: &AppState, session: SessionRecord) -> Result<CapturesView, AppError> {
    let flow = state.env.store.session_settings(session).await?.flow;
    let takes_pictures = flow.definition().steps.contains(&Step::Capture);
    let (document, fixed) = state.env.store.capture_document_load(session).await?;
    let done = state.env.store.captures_done(session).await?;
    let required = document.map(|kind| CaptureSlot::for_document(kind).to_vec()).unwrap_or_default();
    let offered = flow.capture_documents().to_vec();
    let mut view = CapturesView { required, done, document, choosable: false, offered };
    view.choosable = takes_pictures && !fixed && !(document.is_some() && view.complete());
    Ok(view)
}

/// `PUT /api/captures/document`: `{"kind": "ID_CARD" | "PASSPORT" | "DRIVERS_LICENSE"}`, the
/// document the user will photograph, from the desktop or the phone; answers the new list of
/// pictures. 400 for a document the flow does not offer; 409 when the product team fixed the
/// document or the pictures have gone to the provider.
#[utoipa::path(put, path = "/captures/document", tag = "app", security(("session" = [])), request_body = kyc_core::api::DocumentChoice, responses((status = 200, body = kyc_core::capture::CapturesView), crate::openapi::Problems))]
pub async fn capture_document_update(
    State(state): State<AppState>,
    CaptureAccess(session): CaptureAccess,
    body: JsonObject<DocumentChoice>,
) -> Result<Json<CapturesView>, AppError> {
    let JsonObject(choice) = body;
    let view = captures_view(&state, session).await?;
    if !view.offered.contains(&choice.kind) {
        return Err(AppError::BadRequest(format!("kind: this flow does not take {}", choice.kind.as_str())));
    }
    if !view.choosable {
        return Err(AppError::Conflict("The document of these pictures cannot be changed any more.".into()));
    }
    state.env.store.capture_document_save(session, choice.kind, false).await?;
    Ok(Json(captures_view(&state, session).await?))
}

/// `GET /api/captures`: which pictures the session needs and which are in (never the pictures).
#[utoipa::path(get, path = "/captures", tag = "app", security(("session" = [])), responses((status = 200, body = kyc_core::capture::CapturesView), crate::openapi::Problems))]
pub async fn captures_index(
    State(state): State<AppState>,
    CaptureAccess(session): CaptureAccess,
) -> Result<Json<CapturesView>, AppError> {
    Ok(Json(captures_view(&state, session).await?))
}

/// `PUT /api/captures/{slot}`: the picture as the raw body (`image/jpeg` or `image/png`), at
/// most `UPLOAD_MAX_BYTES`, with the capture's signals beside it. A retake replaces the earlier
/// picture and its signals.
#[utoipa::path(put, path = "/captures/{slot}", tag = "app", security(("session" = [])), params(("slot" = String, Path, description = "The picture's slot, as `GET /api/captures` lists them"), ("kyc-capture-signals" = Option<String>, Header, description = "What the capture noticed (`CaptureSignals` as JSON, at most 1024 bytes), for the product team")), request_body(content((Vec<u8> = "image/jpeg"), (Vec<u8> = "image/png")), description = "The picture"), responses((status = 200, body = kyc_core::capture::CapturesView), crate::openapi::Problems))]
pub async fn capture_update(
    State(state): State<AppState>,
    CaptureAccess(session): CaptureAccess,
    Path(slot): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<CapturesView>, AppError> {
    let view = captures_view(&state, session).await?;
    let slot = CaptureSlot::parse(&slot).filter(|s| view.required.contains(s)).ok_or(AppError::NotFound)?;
    let content_type = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let format = picture::declared_format(content_type)?;
    let noticed = signals::signals_of(&headers)?;
    let bytes = body.map_err(|rejection| match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
        _ => AppError::BadRequest(rejection.body_text()),
    })?;
    // Decoding is CPU work: off the async threads, a few at a time.
    let (width, height) = decodes::inspect(format, bytes.clone()).await?;
    let content_type = format.to_mime_type().to_owned();
    let picture = StoredPicture { content_type, width, height, bytes: bytes.to_vec() };
    // Written with no lock of ours held: the session's hand-over lock is taken only after, by
    // `captures_complete`, so a slow write of a large picture holds up no other request.
    state.env.store.capture_save(session, slot, picture, clock::now().to_string()).await?;
    state.env.store.capture_signals_save(session, slot, noticed).await?;
    tracing::info!(slot = slot.as_str(), width, height, "picture accepted");
    let view = captures_view(&state, session).await?;
    if view.complete() {
        state.providers.captures_complete(session).await?;
    }
    Ok(Json(view))
}
