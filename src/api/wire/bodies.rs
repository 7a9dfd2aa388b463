//! The bodies the SPA sends, written as JSON through the browser's `JSON`, under kyc-core's key
//! constants (checked there against serde, which the proxy reads them with).

use js_sys::{Object, Reflect, JSON};
use kyc_core::api::{
    AddressQuery, ConsentRequest, DocumentChoice, IdentificationRequest, ProofOfAddressInput, RiskRequest,
};
use kyc_core::document::DocumentKind;
use kyc_core::person::Field;
use kyc_core::PersonalDataInput;
use wasm_bindgen::JsValue;

pub(super) fn stringify(object: &Object) -> String {
    JSON::stringify(object).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

pub(super) fn set(object: &Object, key: &str, value: &str) {
    let _ = Reflect::set(object, &JsValue::from_str(key), &JsValue::from_str(value));
}

pub(super) fn set_bool(object: &Object, key: &str, value: bool) {
    let _ = Reflect::set(object, &JsValue::from_str(key), &JsValue::from_bool(value));
}

/// `PersonalDataInput` as the proxy reads it: every field under its wire key.
pub(crate) fn person_body(person: &PersonalDataInput) -> String {
    let object = Object::new();
    for &field in Field::ALL {
        set(&object, field.key(), field.value(person));
    }
    stringify(&object)
}

/// The document the pictures will be of (`PUT /api/captures/document`).
pub(crate) fn document_body(kind: DocumentKind) -> String {
    let object = Object::new();
    set(&object, kyc_core::capture::DocumentChoice::KIND, kind.as_str());
    stringify(&object)
}

/// `RiskRequest` as the proxy reads it.
pub(crate) fn risk_body(request: &RiskRequest) -> String {
    let object = Object::new();
    set(&object, RiskRequest::FINGERPRINT, &request.fingerprint);
    set_bool(&object, RiskRequest::WEBDRIVER, request.webdriver);
    stringify(&object)
}

/// `IdentificationRequest` as the proxy reads it; enum names as kyc-core spells them.
pub(crate) fn identification_body(request: &IdentificationRequest) -> String {
    let object = Object::new();
    if let Some(document) = &request.document {
        let doc = Object::new();
        set(&doc, DocumentChoice::KIND, document.kind.as_str());
        set(&doc, DocumentChoice::ISSUING_COUNTRY, &document.issuing_country);
        let _ = Reflect::set(&object, &JsValue::from_str(IdentificationRequest::DOCUMENT), &doc);
    }
    if let Some(proof) = &request.proof_of_address {
        let p = Object::new();
        set(&p, ProofOfAddressInput::KIND, proof.kind.as_str());
        set(&p, ProofOfAddressInput::ISSUED_AT, &proof.issued_at);
        let _ = Reflect::set(&object, &JsValue::from_str(IdentificationRequest::PROOF_OF_ADDRESS), &p);
    }
    if let Some(language) = &request.language {
        set(&object, IdentificationRequest::LANGUAGE, language);
    }
    stringify(&object)
}

/// The body of `POST /api/sessions/launch`. The proxy's own request type, not a kyc-core one.
pub(crate) fn launch_body(code: &str) -> String {
    let object = Object::new();
    set(&object, "code", code);
    stringify(&object)
}

/// `{"language"}` of a hand-off request. The proxy's own request type, not a kyc-core one.
pub(crate) fn handoff_body(language: &str) -> String {
    let object = Object::new();
    set(&object, "language", language);
    stringify(&object)
}

/// `AddressQuery` as the proxy reads it.
pub(crate) fn address_query_body(country: &str, query: &str) -> String {
    let object = Object::new();
    set(&object, AddressQuery::COUNTRY, country);
    set(&object, AddressQuery::QUERY, query);
    stringify(&object)
}

/// `ConsentRequest` as the proxy reads it.
pub(crate) fn consent_body(request: &ConsentRequest) -> String {
    let object = Object::new();
    set(&object, ConsentRequest::GIVEN_AT, &request.given_at);
    let version = JsValue::from_f64(f64::from(request.text_version));
    let _ = Reflect::set(&object, &JsValue::from_str(ConsentRequest::TEXT_VERSION), &version);
    set(&object, ConsentRequest::LANGUAGE, request.language.code());
    stringify(&object)
}
