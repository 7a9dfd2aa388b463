//! Reading the `multipart/form-data` bodies of the upload endpoints: text fields and one file.

use super::errors::ApiError;
use axum::body::Bytes;
use axum::extract::multipart::{Multipart, MultipartRejection};
use std::collections::HashMap;

/// The uploaded file part.
pub(crate) struct FilePart {
    pub file_name: Option<String>,
    pub bytes: Bytes,
}

/// A form: its text fields and its `file`.
pub(crate) struct Form {
    pub fields: HashMap<String, String>,
    pub file: Option<FilePart>,
}

impl Form {
    /// A text field, trimmed, if present and not blank.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(|v| v.trim()).filter(|v| !v.is_empty())
    }
}

/// Reads every part; a body that is not multipart, or breaks off, is a 400.
pub(crate) async fn read(multipart: Result<Multipart, MultipartRejection>) -> Result<Form, ApiError> {
    let mut multipart = multipart.map_err(|e| ApiError::bad_request(format!("Expected multipart/form-data: {e}")))?;
    let mut form = Form { fields: HashMap::new(), file: None };
    let unreadable =
        |e: axum::extract::multipart::MultipartError| ApiError::bad_request(format!("Unreadable upload: {e}"));
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let file_name = field.file_name().map(str::to_owned);
            let bytes = field.bytes().await.map_err(unreadable)?;
            form.file = Some(FilePart { file_name, bytes });
        } else {
            let value = field.text().await.map_err(unreadable)?;
            form.fields.insert(name, value);
        }
    }
    Ok(form)
}
