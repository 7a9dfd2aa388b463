//! The documents IDnow hands over after a successful call: a `KYC_REPORT` (PDF) and the
//! `SIGNATURE` the user gave (PNG). They are attached when an identification becomes
//! `pending_successful` or `successful` and served by the Document endpoints ([`routes`]).

mod kyc_report;
mod pdf;
mod png;
pub(crate) mod routes;
mod signature;

use super::document::Document;
use super::store::Store;
use crate::clock::random_hex;
use axum::body::Bytes;
use serde_json::Value;

/// `document_type` of the report.
const KYC_REPORT: &str = "KYC_REPORT";
/// `document_type` of the signature picture.
const SIGNATURE: &str = "SIGNATURE";

/// Gives identification `id` its documents, or renews its report when it has them already: the
/// report states the status, and the review may have changed the person's name.
pub(crate) fn attach(store: &mut Store, id: &str) {
    let Some(ident) = store.identifications.get(id) else {
        return;
    };
    let person = store.persons.get(&ident.person_id);
    let report = Bytes::from(kyc_report::render(ident, person));
    let person_id = ident.person_id.clone();
    if let Some(existing) =
        store.documents.values_mut().find(|d| d.identification_id == id && d.document_type == KYC_REPORT)
    {
        existing.bytes = report;
        return;
    }
    // The seed only needs to differ between people; the hex id is random anyway.
    let seed = person_id.bytes().fold(0u32, |acc, b| acc.wrapping_mul(31).wrapping_add(u32::from(b)));
    let files = [
        ("kyc_report.pdf", "application/pdf", KYC_REPORT, report),
        ("signature.png", "image/png", SIGNATURE, Bytes::from(signature::picture(seed))),
    ];
    for (name, content_type, document_type, bytes) in files {
        let document = Document {
            id: format!("{}cdoc", random_hex()),
            person_id: person_id.clone(),
            identification_id: id.to_owned(),
            name,
            content_type,
            document_type,
            bytes,
            seq: store.documents.len(),
        };
        store.documents.insert(document.id.clone(), document);
    }
}

/// The documents for which `keep` holds, oldest first, as a JSON array.
pub(crate) fn list(store: &Store, keep: impl Fn(&Document) -> bool) -> Value {
    let mut documents: Vec<&Document> = store.documents.values().filter(|d| keep(d)).collect();
    documents.sort_unstable_by_key(|d| d.seq);
    Value::Array(documents.into_iter().map(Document::to_json).collect())
}
