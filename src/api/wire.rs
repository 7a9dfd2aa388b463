//! The proxy's JSON, read and written through the browser's own `JSON` object.
//!
//! serde_json with the derived deserializers of the wire types is the largest single part of a
//! Leptos wasm (about 23 KB of the gzipped download); the browser parses JSON for free. The
//! values land in the `kyc_core::api` types, built field by field, so a field added there is a
//! compile error here; enum names still come from kyc-core's serde attributes.

mod account;

pub(crate) use account::{identity_body, tax_body};

use js_sys::{Array, Object, Reflect, JSON};
use kyc_core::api::{
    AddressCheck, AddressSuggestion, BankLoginView, ConsentRequest, ConsentView, Correction, ErrorBody, ErrorDetail,
    FieldCheck, IdentificationRequest, IdentificationView, PhoneCheckView, RiskRequest, SessionCreated, SessionView,
    StatusView, SupportedDocument,
};
use kyc_core::capture::{CaptureSlot, CapturesView, HandoffView};
use kyc_core::document::DocumentKind;
use kyc_core::flow::Flow;
use kyc_core::person::{Field, FieldError};
use kyc_core::theme::{Colour, Palette, Theme};
use kyc_core::Step;
use kyc_core::{ConsentKind, FieldRule, PersonalDataInput};
use serde::de::value::{Error as NameError, StrDeserializer};
use serde::de::{DeserializeOwned, IntoDeserializer};
use wasm_bindgen::JsValue;

/// A JSON object of an answer.
pub(crate) struct Json(JsValue);

impl Json {
    /// Parses `text`; `None` unless it is a JSON object.
    pub(crate) fn parse(text: &str) -> Option<Self> {
        JSON::parse(text).ok().filter(JsValue::is_object).map(Json)
    }

    fn get(&self, key: &str) -> JsValue {
        Reflect::get(&self.0, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn string(&self, key: &str) -> Option<String> {
        self.get(key).as_string()
    }

    fn object(&self, key: &str) -> Option<Json> {
        Some(self.get(key)).filter(JsValue::is_object).map(Json)
    }

    fn objects(&self, key: &str) -> Option<Vec<Json>> {
        let value = self.get(key);
        Array::is_array(&value).then(|| Array::from(&value).iter().filter(JsValue::is_object).map(Json).collect())
    }

    /// A whole number that fits `u32`; `None` when absent or `null`.
    fn count(&self, key: &str) -> Option<u32> {
        self.get(key).as_f64().filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n)).map(|n| n as u32)
    }

    /// An enum by its serde name, as kyc-core spells it.
    fn name<T: DeserializeOwned>(&self, key: &str) -> Option<T> {
        name_of(&self.string(key)?)
    }

    /// A form field by its wire key ([`Field::key`]).
    fn field(&self, key: &str) -> Option<Field> {
        Field::from_key(&self.string(key)?)
    }

    /// A list of capture slots by name; unknown names are skipped.
    fn slots(&self, key: &str) -> Option<Vec<CaptureSlot>> {
        let value = self.get(key);
        Array::is_array(&value).then(|| {
            Array::from(&value).iter().filter_map(|v| v.as_string()).filter_map(|n| CaptureSlot::parse(&n)).collect()
        })
    }

    /// A consent by its wire key ([`ConsentKind::key`]).
    fn consent(&self, key: &str) -> Option<ConsentKind> {
        ConsentKind::from_key(&self.string(key)?)
    }
}

/// An enum by its serde name, as kyc-core spells it.
fn name_of<T: DeserializeOwned>(name: &str) -> Option<T> {
    let names: StrDeserializer<'_, NameError> = name.into_deserializer();
    T::deserialize(names).ok()
}

/// A JSON array of step names.
fn steps_of(value: &JsValue) -> Option<Vec<Step>> {
    Array::from(value).iter().filter_map(|s| s.as_string()).map(|name| Step::from_key(&name)).collect()
}

/// An answer body turned into a wire type; `None` when it does not have the expected shape.
pub(crate) trait FromJson: Sized {
    fn from_json(json: &Json) -> Option<Self>;
}

impl FromJson for SessionCreated {
    fn from_json(json: &Json) -> Option<Self> {
        Some(SessionCreated { token: json.string("token")? })
    }
}

impl FromJson for CapturesView {
    fn from_json(json: &Json) -> Option<Self> {
        Some(CapturesView {
            required: json.slots("required")?,
            done: json.slots("done")?,
            document: json.string("document").as_deref().and_then(DocumentKind::parse),
            choosable: json.get("choosable").as_bool().unwrap_or(false),
        })
    }
}

impl FromJson for HandoffView {
    fn from_json(json: &Json) -> Option<Self> {
        Some(HandoffView {
            url: json.string("url")?,
            qr_svg: json.string("qr_svg")?,
            expires_at: json.string("expires_at")?,
        })
    }
}

impl FromJson for PersonalDataInput {
    fn from_json(json: &Json) -> Option<Self> {
        // Every field is optional on the wire (`#[serde(default)]`).
        let mut input = PersonalDataInput::default();
        for &field in Field::ALL {
            *field.value_mut(&mut input) = json.string(field.key()).unwrap_or_default();
        }
        Some(input)
    }
}

impl FromJson for ConsentView {
    fn from_json(json: &Json) -> Option<Self> {
        Some(ConsentView {
            kind: json.consent("kind")?,
            given_at: json.string("given_at")?,
            received_at: json.string("received_at")?,
        })
    }
}

impl FromJson for IdentificationView {
    fn from_json(json: &Json) -> Option<Self> {
        Some(IdentificationView {
            url: json.string("url")?,
            status: json.name("status")?,
            estimated_waiting_time: json.count("estimated_waiting_time"),
        })
    }
}

impl FromJson for SessionView {
    fn from_json(json: &Json) -> Option<Self> {
        let consents = json.objects("consents")?.iter().map(ConsentView::from_json).collect::<Option<_>>()?;
        let identification = match json.object("identification") {
            Some(ident) => Some(IdentificationView::from_json(&ident)?),
            None => None,
        };
        let flow = json.object("flow")?;
        let rule = |r: &Json| Some(FieldRule { field: r.field("field")?, required: r.get("required").as_bool()? });
        let steps = |key: &str| steps_of(&flow.get(key));
        let flow = Flow {
            id: flow.name("id")?,
            steps: steps("steps")?,
            step_ups: steps("step_ups")?,
            fields: flow.objects("fields")?.iter().map(rule).collect::<Option<_>>()?,
        };
        let locked = Array::from(&json.get("locked")).iter().filter_map(|k| Field::from_key(&k.as_string()?)).collect();
        Some(SessionView {
            flow,
            locked,
            device_recognised: json.get("device_recognised").as_bool().unwrap_or(false),
            path: steps_of(&json.get("path"))?,
            person: PersonalDataInput::from_json(&json.object("person")?)?,
            person_saved: json.get("person_saved").as_bool()?,
            address_check: json.object("address_check").as_ref().and_then(AddressCheck::from_json),
            draft: json.object("draft").as_ref().and_then(PersonalDataInput::from_json),
            consents,
            identification,
            furthest_step: json.name("furthest_step")?,
            theme: json.object("theme").as_ref().map(theme_of),
        })
    }
}

impl FromJson for BankLoginView {
    fn from_json(json: &Json) -> Option<Self> {
        Some(BankLoginView { state: json.name("state")?, url: json.string("url") })
    }
}

impl FromJson for PhoneCheckView {
    fn from_json(json: &Json) -> Option<Self> {
        Some(PhoneCheckView { done: json.get("done").as_bool()?, phone: json.string("phone").unwrap_or_default() })
    }
}

/// The proxy checked the theme; a part this build cannot read is left out, not fatal.
fn theme_of(json: &Json) -> Theme {
    let palette = |p: &Json| {
        let colour = |key| p.string(key).as_deref().and_then(Colour::parse);
        Palette {
            primary: colour("primary"),
            on_primary: colour("on_primary"),
            text: colour("text"),
            background: colour("background"),
        }
    };
    Theme {
        colors: json.object("colors").as_ref().map(palette).unwrap_or_default(),
        dark_colors: json.object("dark_colors").as_ref().map(palette),
        font: json.string("font"),
        radius_px: json.count("radius_px").and_then(|r| u8::try_from(r).ok()),
        logo_url: json.string("logo_url"),
        logo_alt: json.string("logo_alt"),
    }
}

impl FromJson for StatusView {
    fn from_json(json: &Json) -> Option<Self> {
        Some(StatusView {
            status: json.name("status")?,
            is_final: json.get("final").as_bool()?,
            reason: json.string("reason"),
            estimated_waiting_time: json.count("estimated_waiting_time"),
            corrections: json
                .objects("corrections")
                .unwrap_or_default()
                .iter()
                .filter_map(Correction::from_json)
                .collect(),
            field_checks: json
                .objects("field_checks")
                .unwrap_or_default()
                .iter()
                .filter_map(|c| {
                    Some(FieldCheck {
                        field: c.field("field")?,
                        evidence: c.name("evidence")?,
                        agreement: c.name("agreement")?,
                    })
                })
                .collect(),
        })
    }
}

impl FromJson for Correction {
    fn from_json(json: &Json) -> Option<Self> {
        Some(Correction {
            field: json.field("field")?,
            entered: json.string("entered")?,
            verified: json.string("verified")?,
        })
    }
}

impl FromJson for ErrorBody {
    fn from_json(json: &Json) -> Option<Self> {
        let error = json.object("error")?;
        let field = |f: &Json| {
            Some(FieldError {
                field: f.field("field")?,
                code: f.string("code")?,
                message: f.string("message").unwrap_or_default(),
            })
        };
        let fields = error.objects("fields").unwrap_or_default().iter().filter_map(field).collect();
        Some(ErrorBody {
            error: ErrorDetail {
                code: error.string("code")?,
                message: error.string("message").unwrap_or_default(),
                fields,
            },
        })
    }
}

fn stringify(object: &Object) -> String {
    JSON::stringify(object).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

fn set(object: &Object, key: &str, value: &str) {
    let _ = Reflect::set(object, &JsValue::from_str(key), &JsValue::from_str(value));
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
    set(&object, "kind", kind.as_str());
    stringify(&object)
}

/// `RiskRequest` as the proxy reads it.
pub(crate) fn risk_body(request: &RiskRequest) -> String {
    let object = Object::new();
    set(&object, "fingerprint", &request.fingerprint);
    let _ = Reflect::set(&object, &JsValue::from_str("webdriver"), &JsValue::from_bool(request.webdriver));
    stringify(&object)
}

/// `IdentificationRequest` as the proxy reads it; enum names as kyc-core spells them.
pub(crate) fn identification_body(request: &IdentificationRequest) -> String {
    let object = Object::new();
    if let Some(document) = &request.document {
        let doc = Object::new();
        set(&doc, "kind", document.kind.as_str());
        set(&doc, "issuing_country", &document.issuing_country);
        let _ = Reflect::set(&object, &JsValue::from_str("document"), &doc);
    }
    if let Some(proof) = &request.proof_of_address {
        let p = Object::new();
        set(&p, "type", proof.kind.as_str());
        set(&p, "issued_at", &proof.issued_at);
        let _ = Reflect::set(&object, &JsValue::from_str("proof_of_address"), &p);
    }
    stringify(&object)
}

impl FromJson for Vec<SupportedDocument> {
    fn from_json(json: &Json) -> Option<Self> {
        if !Array::is_array(&json.0) {
            return None;
        }
        let item = |value: JsValue| {
            let doc = Json(value);
            let kind = DocumentKind::parse(&doc.string("type")?)?;
            let countries = doc.get("issuing_countries");
            let issuing_countries = Array::from(&countries).iter().filter_map(|c| c.as_string()).collect();
            Some(SupportedDocument { kind, issuing_countries })
        };
        // Kinds this app does not know yet are left out rather than failing the whole list.
        Some(Array::from(&json.0).iter().filter_map(item).collect())
    }
}

/// The body of `POST /api/sessions/launch`.
pub(crate) fn launch_body(code: &str) -> String {
    let object = Object::new();
    set(&object, "code", code);
    stringify(&object)
}

/// `{"language"}` of a hand-off request.
pub(crate) fn handoff_body(language: &str) -> String {
    let object = Object::new();
    set(&object, "language", language);
    stringify(&object)
}

/// `AddressQuery` as the proxy reads it.
pub(crate) fn address_query_body(country: &str, query: &str) -> String {
    let object = Object::new();
    set(&object, "country", country);
    set(&object, "query", query);
    stringify(&object)
}

impl FromJson for Vec<AddressSuggestion> {
    fn from_json(json: &Json) -> Option<Self> {
        if !Array::is_array(&json.0) {
            return None;
        }
        let item = |value: JsValue| {
            let a = Json(value);
            Some(AddressSuggestion {
                street: a.string("street")?,
                postal_code: a.string("postal_code")?,
                city: a.string("city")?,
                country: a.string("country")?,
            })
        };
        Some(Array::from(&json.0).iter().filter_map(item).collect())
    }
}

impl FromJson for AddressCheck {
    fn from_json(json: &Json) -> Option<Self> {
        Some(match json.string("verdict")?.as_str() {
            "confirmed" => AddressCheck::Confirmed,
            "corrected" => AddressCheck::Corrected {
                street: json.string("street")?,
                postal_code: json.string("postal_code")?,
                city: json.string("city")?,
            },
            "not_found" => AddressCheck::NotFound,
            _ => return None,
        })
    }
}

/// `ConsentRequest` as the proxy reads it.
pub(crate) fn consent_body(request: &ConsentRequest) -> String {
    let object = Object::new();
    set(&object, "given_at", &request.given_at);
    stringify(&object)
}
