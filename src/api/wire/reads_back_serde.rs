//! The reader against serde, on the host: each answer kyc-core's sample holds is serialised by
//! serde_json, as the proxy does, and must read back to the same value. Together with kyc-core's
//! check of its key constants against serde, a field renamed on either side fails here rather
//! than in a browser.

use super::value::Value;
use super::{FromJson, Json};
use kyc_core::api::{samples, AddressCheck, SessionView, StatusView};
use serde::Serialize;
use serde_json::Value as SerdeValue;

/// serde_json's values stand in for the browser's, with the same answers for the same JSON.
impl Value for SerdeValue {
    fn member(&self, key: &str) -> Self {
        self.get(key).cloned().unwrap_or(SerdeValue::Null)
    }

    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }

    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn is_object(&self) -> bool {
        self.is_object() || self.is_array()
    }

    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
}

/// Asserts that `value`, as serde writes it, reads back to the same value (compared as serde
/// writes both: not every wire type implements `PartialEq`).
#[track_caller]
fn reads_back<T: FromJson + Serialize>(value: &T) {
    let written = serde_json::to_value(value).expect("serialisable");
    let read = T::from_json(&Json(written.clone())).unwrap_or_else(|| panic!("unreadable: {written}"));
    assert_eq!(serde_json::to_value(&read).expect("serialisable"), written);
}

#[test]
fn every_answer_reads_back_as_serde_wrote_it() {
    reads_back(&samples::session_created());
    reads_back(&samples::session_view());
    reads_back(&samples::person("typed "));
    reads_back(&samples::consent());
    reads_back(&samples::identification());
    reads_back(&samples::address_check());
    reads_back(&samples::phone_check());
    reads_back(&samples::address_suggestions());
    reads_back(&samples::supported_documents());
    reads_back(&samples::status());
    reads_back(&samples::bank_login());
    reads_back(&samples::error());
    reads_back(&samples::captures());
    reads_back(&samples::handoff());
    reads_back(&samples::account());
    reads_back(&samples::activation());
}

#[test]
fn answers_without_their_optional_parts_read_back_too() {
    let mut session = samples::session_view();
    session.draft = None;
    session.address_check = None;
    session.identification = None;
    session.theme = None;
    session.consents.clear();
    session.locked.clear();
    reads_back(&session);
    let status = StatusView { reason: None, estimated_waiting_time: None, ..samples::status() };
    reads_back(&StatusView { corrections: Vec::new(), field_checks: Vec::new(), ..status });
    reads_back(&AddressCheck::Confirmed);
    reads_back(&AddressCheck::NotFound);
    let mut account = samples::account();
    account.identity = None;
    account.webview_url = None;
    account.transfer = None;
    account.tax_accepted = None;
    reads_back(&account);
}

#[test]
fn a_session_without_its_flow_is_not_read() {
    let mut written = serde_json::to_value(samples::session_view()).expect("serialisable");
    written.as_object_mut().expect("an object").remove(SessionView::FLOW);
    assert!(SessionView::from_json(&Json(written)).is_none());
}
