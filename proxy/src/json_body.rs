//! Request bodies of the JSON API. Every body the API takes is a JSON object: serde would also
//! fill a struct from an array of its fields in order (`[null, null]`), which no client means
//! and the OpenAPI description does not allow, so anything but an object is refused here, once.

use crate::error::AppError;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

/// A JSON object body read as `T`; `400 bad_request` for anything else, with serde's reason.
pub struct JsonObject<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonObject<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        let axum::Json(value) = axum::Json::<serde_json::Value>::from_request(request, state).await?;
        if !value.is_object() {
            return Err(AppError::BadRequest("The body must be a JSON object.".into()));
        }
        serde_path_to_error::deserialize(value)
            .map(JsonObject)
            .map_err(|e| AppError::BadRequest(format!("Failed to deserialize the JSON body into the target type: {e}")))
    }
}
