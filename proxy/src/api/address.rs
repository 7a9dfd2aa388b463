//! Address suggestions while the user types. POST with a JSON body, because what the user
//! types is personal data and must not end up in URLs or access logs.

use crate::auth::CurrentSession;
use crate::error::AppError;
use crate::json_body::JsonObject;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use kyc_core::api::{AddressQuery, AddressSuggestion};
use kyc_core::CountryCode;

/// `POST /api/address/suggestions`: up to five known addresses; an empty list when the
/// service is unavailable (typing goes on without suggestions).
#[utoipa::path(post, path = "/address/suggestions", tag = "app", security(("session" = [])), request_body = kyc_core::api::AddressQuery, responses((status = 200, body = Vec<kyc_core::api::AddressSuggestion>), crate::openapi::Problems))]
pub async fn address_suggestions_create(
    State(state): State<AppState>,
    CurrentSession(session): CurrentSession,
    body: JsonObject<AddressQuery>,
) -> Result<Json<Vec<AddressSuggestion>>, AppError> {
    let JsonObject(query) = body;
    state.limits.address_lookup(session.id)?;
    let country = CountryCode::parse(&query.country).map_err(|_| AppError::BadRequest("unknown country".into()))?;
    let text = query.query.trim();
    if text.chars().count() < 2 || text.len() > 100 {
        return Ok(Json(Vec::new()));
    }
    match state.address.suggest(country.as_str(), text).await {
        Ok(list) => Ok(Json(list)),
        Err(err) => {
            tracing::warn!(error = %err, "address suggestions unavailable");
            Ok(Json(Vec::new()))
        }
    }
}
