//! The key constants of the wire types (`wire_keys!`) against serde: serialising each type, with
//! every field present, must write exactly its `KEYS`. A field renamed on one side only fails
//! here, not in a browser.

use super::samples;
use super::*;
use crate::account::{
    AccountView, ActivationView, DiligenceView, IdentityMethod, IdentityRequest, TaxRequest, TransferView,
    WebviewRequest,
};
use crate::capture::{CapturesView, HandoffView};
use crate::document::{DocumentKind, ProofOfAddressType};
use crate::flow::Flow;
use crate::person::{FieldError, FieldRule};
use crate::theme::{Palette, Theme};
use serde_json::Value;

/// The keys serde writes for `value`, sorted.
fn written(value: &impl Serialize) -> Vec<String> {
    let json = serde_json::to_value(value).expect("serialisable");
    let Value::Object(object) = json else { panic!("not a JSON object: {json}") };
    let mut keys: Vec<String> = object.keys().cloned().collect();
    keys.sort();
    keys
}

/// Asserts that `value` serialises to an object with exactly `keys`.
#[track_caller]
fn assert_keys(name: &str, value: &impl Serialize, keys: &[&str]) {
    let mut expected: Vec<String> = keys.iter().map(|k| (*k).to_owned()).collect();
    expected.sort();
    assert_eq!(written(value), expected, "the JSON keys of {name}");
}

#[test]
fn every_answer_writes_exactly_its_named_keys() {
    let session = samples::session_view();
    assert_keys("SessionCreated", &samples::session_created(), SessionCreated::KEYS);
    assert_keys("SessionView", &session, SessionView::KEYS);
    assert_keys("Flow", &session.flow, Flow::KEYS);
    assert_keys("Residence", &session.residence, crate::person::Residence::KEYS);
    assert_keys("FieldRule", &session.flow.fields[0], FieldRule::KEYS);
    assert_keys("ConsentView", &samples::consent(), ConsentView::KEYS);
    assert_keys("IdentificationView", &samples::identification(), IdentificationView::KEYS);
    assert_keys("AddressCheck", &samples::address_check(), AddressCheck::KEYS);
    assert_keys("Theme", &samples::theme(), Theme::KEYS);
    assert_keys("Palette", &samples::theme().colors, Palette::KEYS);
    assert_keys("PhoneCheckView", &samples::phone_check(), PhoneCheckView::KEYS);
    assert_keys("AddressSuggestion", &samples::address_suggestions()[0], AddressSuggestion::KEYS);
    assert_keys("SupportedDocument", &samples::supported_documents()[0], SupportedDocument::KEYS);
    let status = samples::status();
    assert_keys("StatusView", &status, StatusView::KEYS);
    assert_keys("Correction", &status.corrections[0], Correction::KEYS);
    assert_keys("FieldCheck", &status.field_checks[0], FieldCheck::KEYS);
    assert_keys("BankLoginView", &samples::bank_login(), BankLoginView::KEYS);
    let error = samples::error();
    assert_keys("ErrorBody", &error, ErrorBody::KEYS);
    assert_keys("ErrorDetail", &error.error, ErrorDetail::KEYS);
    assert_keys("FieldError", &error.error.fields[0], FieldError::KEYS);
    assert_keys("CapturesView", &samples::captures(), CapturesView::KEYS);
    assert_keys("HandoffView", &samples::handoff(), HandoffView::KEYS);
    let account = samples::account();
    assert_keys("AccountView", &account, AccountView::KEYS);
    assert_keys("DiligenceView", &account.diligences[0], DiligenceView::KEYS);
    let transfer: &TransferView = account.transfer.as_ref().expect("sample transfer");
    assert_keys("TransferView", transfer, TransferView::KEYS);
    assert_keys("ActivationView", &samples::activation(), ActivationView::KEYS);
}

#[test]
fn every_request_writes_exactly_its_named_keys() {
    assert_keys("RiskRequest", &RiskRequest { fingerprint: "f".into(), webdriver: false }, RiskRequest::KEYS);
    let query = AddressQuery { country: "DE".into(), query: "Haupt".into() };
    assert_keys("AddressQuery", &query, AddressQuery::KEYS);
    let consent =
        ConsentRequest { given_at: "2025-01-02T03:04:05Z".into(), text_version: 1, language: crate::Language::De };
    assert_keys("ConsentRequest", &consent, ConsentRequest::KEYS);
    let document = DocumentChoice { kind: DocumentKind::Passport, issuing_country: "DE".into() };
    let proof = ProofOfAddressInput { kind: ProofOfAddressType::ElectricityBill, issued_at: "2025-01-01".into() };
    assert_keys("DocumentChoice", &document, DocumentChoice::KEYS);
    assert_keys("ProofOfAddressInput", &proof, ProofOfAddressInput::KEYS);
    let request =
        IdentificationRequest { document: Some(document), proof_of_address: Some(proof), language: Some("de".into()) };
    assert_keys("IdentificationRequest", &request, IdentificationRequest::KEYS);
    assert_keys("IdentityRequest", &IdentityRequest { method: IdentityMethod::Facial }, IdentityRequest::KEYS);
    assert_keys("WebviewRequest", &WebviewRequest { url: "https://x.example/".into() }, WebviewRequest::KEYS);
    let tax = TaxRequest { us_person: false, country: "FR".into(), tin: "123".into() };
    assert_keys("TaxRequest", &tax, TaxRequest::KEYS);
    let capture_document = crate::capture::DocumentChoice { kind: DocumentKind::IdCard };
    assert_keys("capture::DocumentChoice", &capture_document, crate::capture::DocumentChoice::KEYS);
}

#[test]
fn the_personal_data_writes_each_field_under_its_key() {
    let keys: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
    assert_keys("PersonalDataInput", &samples::person(""), &keys);
}

#[test]
fn each_address_verdict_is_written_as_named() {
    let verdict =
        |check: AddressCheck| serde_json::to_value(check).expect("serialisable")[AddressCheck::VERDICT].clone();
    assert_eq!(verdict(AddressCheck::Confirmed), AddressCheck::CONFIRMED);
    assert_eq!(verdict(samples::address_check()), AddressCheck::CORRECTED);
    assert_eq!(verdict(AddressCheck::NotFound), AddressCheck::NOT_FOUND);
}
