//! A document the simulated Solaris keeps for an identification.

use axum::body::Bytes;
use serde_json::{json, Value};

/// A stored document and what it belongs to.
pub(crate) struct Document {
    pub id: String,
    pub person_id: String,
    pub identification_id: String,
    pub name: &'static str,
    pub content_type: &'static str,
    pub document_type: &'static str,
    pub bytes: Bytes,
    /// Creation order, for listings.
    pub seq: usize,
}

impl Document {
    /// The document object as the API shows it.
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "name": self.name,
            "content_type": self.content_type,
            "document_type": self.document_type,
            "size": self.bytes.len(),
        })
    }
}
