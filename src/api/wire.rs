//! The proxy's JSON, read and written through the browser's own `JSON` object.
//!
//! serde_json with the derived deserializers of the wire types is the largest single part of a
//! Leptos wasm (about 23 KB of the gzipped download); the browser parses JSON for free. The
//! values land in the `kyc_core::api` types, built field by field, so a field added there is a
//! compile error here. The keys are kyc-core's constants (`SessionView::PERSON`, …), which
//! kyc-core checks against serde; enum names still come from kyc-core's serde attributes. The
//! reader is generic over [`Value`] so that a host test can feed it what serde_json wrote
//! (`reads_back_serde`).

mod account;
mod bodies;
#[cfg(test)]
mod reads_back_serde;
mod value;

pub(crate) use account::{identity_body, tax_body, webview_body};
pub(crate) use bodies::{
    address_query_body, consent_body, document_body, handoff_body, identification_body, launch_body, person_body,
    risk_body,
};

use js_sys::JSON;
use kyc_core::api::{
    AddressCheck, AddressSuggestion, BankLoginView, ConsentView, Correction, ErrorBody, ErrorDetail, FieldCheck,
    IdentificationView, PhoneCheckView, SessionCreated, SessionView, StatusView, SupportedDocument,
};
use kyc_core::capture::{CaptureSlot, CapturesView, HandoffView};
use kyc_core::document::DocumentKind;
use kyc_core::flow::Flow;
use kyc_core::person::{Field, FieldError, Residence};
use kyc_core::theme::{Colour, Palette, Theme};
use kyc_core::Step;
use kyc_core::{ConsentKind, FieldRule, PersonalDataInput};
use serde::de::value::{Error as NameError, StrDeserializer};
use serde::de::{DeserializeOwned, IntoDeserializer};
use value::Value;
use wasm_bindgen::JsValue;

/// A JSON value of an answer: the browser's in the app.
pub(crate) struct Json<V = JsValue>(V);

impl Json {
    /// Parses `text`; `None` unless it is a JSON object (or array).
    pub(crate) fn parse(text: &str) -> Option<Self> {
        JSON::parse(text).ok().filter(JsValue::is_object).map(Json)
    }
}

impl<V: Value> Json<V> {
    fn string(&self, key: &str) -> Option<String> {
        self.0.member(key).string()
    }

    fn bool(&self, key: &str) -> Option<bool> {
        self.0.member(key).boolean()
    }

    fn number(&self, key: &str) -> Option<f64> {
        self.0.member(key).number()
    }

    fn object(&self, key: &str) -> Option<Json<V>> {
        Some(self.0.member(key)).filter(V::is_object).map(Json)
    }

    /// The objects of this array; `None` unless it is one.
    fn items(&self) -> Option<Vec<Json<V>>> {
        Some(self.0.items()?.into_iter().filter(V::is_object).map(Json).collect())
    }

    fn objects(&self, key: &str) -> Option<Vec<Json<V>>> {
        Json(self.0.member(key)).items()
    }

    /// The strings of the array under `key`; `None` unless it is one.
    fn strings(&self, key: &str) -> Option<Vec<String>> {
        Some(self.0.member(key).items()?.iter().filter_map(V::string).collect())
    }

    /// A whole number that fits `u32`; `None` when absent or `null`.
    fn count(&self, key: &str) -> Option<u32> {
        let n = self.0.member(key).number()?;
        (n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n)).then_some(n as u32)
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
        Some(self.strings(key)?.iter().filter_map(|n| CaptureSlot::parse(n)).collect())
    }

    /// A list of steps by name; `None` unless it is a list of known steps.
    fn steps(&self, key: &str) -> Option<Vec<Step>> {
        self.strings(key)?.iter().map(|name| Step::from_key(name)).collect()
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

/// An answer body turned into a wire type; `None` when it does not have the expected shape.
pub(crate) trait FromJson: Sized {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self>;
}

impl FromJson for SessionCreated {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        // A session that cannot be read is asked for again (`GET /api/session`).
        let session = json.object(Self::SESSION).and_then(|view| SessionView::from_json(&view));
        Some(SessionCreated { token: json.string(Self::TOKEN)?, session })
    }
}

impl FromJson for CapturesView {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        Some(CapturesView {
            required: json.slots(Self::REQUIRED)?,
            done: json.slots(Self::DONE)?,
            document: json.string(Self::DOCUMENT).as_deref().and_then(DocumentKind::parse),
            choosable: json.bool(Self::CHOOSABLE).unwrap_or(false),
            offered: json
                .strings(Self::OFFERED)
                .unwrap_or_default()
                .iter()
                .filter_map(|k| DocumentKind::parse(k))
                .collect(),
        })
    }
}

impl FromJson for HandoffView {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        Some(HandoffView {
            url: json.string(Self::URL)?,
            qr_svg: json.string(Self::QR_SVG)?,
            expires_at: json.string(Self::EXPIRES_AT)?,
        })
    }
}

impl FromJson for PersonalDataInput {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        // Every field is optional on the wire (`#[serde(default)]`).
        let mut input = PersonalDataInput::default();
        for &field in Field::ALL {
            *field.value_mut(&mut input) = json.string(field.key()).unwrap_or_default();
        }
        Some(input)
    }
}

impl FromJson for ConsentView {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        Some(ConsentView {
            kind: json.consent(Self::KIND)?,
            given_at: json.string(Self::GIVEN_AT)?,
            received_at: json.string(Self::RECEIVED_AT)?,
        })
    }
}

impl FromJson for IdentificationView {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        Some(IdentificationView {
            url: json.string(Self::URL)?,
            status: json.name(Self::STATUS)?,
            estimated_waiting_time: json.count(Self::ESTIMATED_WAITING_TIME),
        })
    }
}

impl FromJson for Flow {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        let rule =
            |r: &Json<V>| Some(FieldRule { field: r.field(FieldRule::FIELD)?, required: r.bool(FieldRule::REQUIRED)? });
        Some(Flow {
            id: json.name(Self::ID)?,
            steps: json.steps(Self::STEPS)?,
            step_ups: json.steps(Self::STEP_UPS)?,
            fields: json.objects(Self::FIELDS)?.iter().map(rule).collect::<Option<_>>()?,
        })
    }
}

impl FromJson for SessionView {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        let consents = json.objects(Self::CONSENTS)?.iter().map(ConsentView::from_json).collect::<Option<_>>()?;
        let identification = match json.object(Self::IDENTIFICATION) {
            Some(ident) => Some(IdentificationView::from_json(&ident)?),
            None => None,
        };
        let locked = json.strings(Self::LOCKED).unwrap_or_default().iter().filter_map(|k| Field::from_key(k)).collect();
        Some(SessionView {
            flow: Flow::from_json(&json.object(Self::FLOW)?)?,
            locked,
            device_recognised: json.bool(Self::DEVICE_RECOGNISED).unwrap_or(false),
            path: json.steps(Self::PATH)?,
            person: PersonalDataInput::from_json(&json.object(Self::PERSON)?)?,
            person_saved: json.bool(Self::PERSON_SAVED)?,
            address_check: json.object(Self::ADDRESS_CHECK).as_ref().and_then(AddressCheck::from_json),
            draft: json.object(Self::DRAFT).as_ref().and_then(PersonalDataInput::from_json),
            consents,
            identification,
            furthest_step: json.name(Self::FURTHEST_STEP)?,
            theme: json.object(Self::THEME).as_ref().map(theme_of),
            residence: json.object(Self::RESIDENCE).map(|r| Residence {
                countries: r.strings(Residence::COUNTRIES).unwrap_or_default(),
                provider: r.bool(Residence::PROVIDER).unwrap_or(false),
            }),
        })
    }
}

impl FromJson for BankLoginView {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        Some(BankLoginView { state: json.name(Self::STATE)?, url: json.string(Self::URL), eid: json.name(Self::EID) })
    }
}

impl FromJson for PhoneCheckView {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        Some(PhoneCheckView { done: json.bool(Self::DONE)?, phone: json.string(Self::PHONE).unwrap_or_default() })
    }
}

/// The proxy checked the theme; a part this build cannot read is left out, not fatal.
fn theme_of<V: Value>(json: &Json<V>) -> Theme {
    let palette = |p: &Json<V>| {
        let colour = |key| p.string(key).as_deref().and_then(Colour::parse);
        Palette {
            primary: colour(Palette::PRIMARY),
            on_primary: colour(Palette::ON_PRIMARY),
            text: colour(Palette::TEXT),
            background: colour(Palette::BACKGROUND),
        }
    };
    Theme {
        colors: json.object(Theme::COLORS).as_ref().map(palette).unwrap_or_default(),
        dark_colors: json.object(Theme::DARK_COLORS).as_ref().map(palette),
        font: json.string(Theme::FONT),
        radius_px: json.count(Theme::RADIUS_PX).and_then(|r| u8::try_from(r).ok()),
        logo_url: json.string(Theme::LOGO_URL),
        logo_alt: json.string(Theme::LOGO_ALT),
    }
}

impl FromJson for StatusView {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        let check = |c: &Json<V>| {
            Some(FieldCheck {
                field: c.field(FieldCheck::FIELD)?,
                evidence: c.name(FieldCheck::EVIDENCE)?,
                agreement: c.name(FieldCheck::AGREEMENT)?,
            })
        };
        Some(StatusView {
            status: json.name(Self::STATUS)?,
            is_final: json.bool(Self::IS_FINAL)?,
            reason: json.string(Self::REASON),
            estimated_waiting_time: json.count(Self::ESTIMATED_WAITING_TIME),
            corrections: json
                .objects(Self::CORRECTIONS)
                .unwrap_or_default()
                .iter()
                .filter_map(Correction::from_json)
                .collect(),
            field_checks: json.objects(Self::FIELD_CHECKS).unwrap_or_default().iter().filter_map(check).collect(),
        })
    }
}

impl FromJson for Correction {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        Some(Correction {
            field: json.field(Self::FIELD)?,
            entered: json.string(Self::ENTERED)?,
            verified: json.string(Self::VERIFIED)?,
        })
    }
}

impl FromJson for ErrorBody {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        let error = json.object(Self::ERROR)?;
        let field = |f: &Json<V>| {
            Some(FieldError {
                field: f.field(FieldError::FIELD)?,
                code: f.string(FieldError::CODE)?,
                message: f.string(FieldError::MESSAGE).unwrap_or_default(),
            })
        };
        let fields = error.objects(ErrorDetail::FIELDS).unwrap_or_default().iter().filter_map(field).collect();
        Some(ErrorBody {
            error: ErrorDetail {
                code: error.string(ErrorDetail::CODE)?,
                message: error.string(ErrorDetail::MESSAGE).unwrap_or_default(),
                fields,
            },
        })
    }
}

impl FromJson for Vec<SupportedDocument> {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        let item = |doc: &Json<V>| {
            Some(SupportedDocument {
                kind: DocumentKind::parse(&doc.string(SupportedDocument::KIND)?)?,
                issuing_countries: doc.strings(SupportedDocument::ISSUING_COUNTRIES).unwrap_or_default(),
            })
        };
        // Kinds this app does not know yet are left out rather than failing the whole list.
        Some(json.items()?.iter().filter_map(item).collect())
    }
}

impl FromJson for Vec<AddressSuggestion> {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        let item = |a: &Json<V>| {
            Some(AddressSuggestion {
                street: a.string(AddressSuggestion::STREET)?,
                postal_code: a.string(AddressSuggestion::POSTAL_CODE)?,
                city: a.string(AddressSuggestion::CITY)?,
                country: a.string(AddressSuggestion::COUNTRY)?,
            })
        };
        Some(json.items()?.iter().filter_map(item).collect())
    }
}

impl FromJson for AddressCheck {
    fn from_json<V: Value>(json: &Json<V>) -> Option<Self> {
        Some(match json.string(Self::VERDICT)?.as_str() {
            Self::CONFIRMED => AddressCheck::Confirmed,
            Self::CORRECTED => AddressCheck::Corrected {
                street: json.string(Self::STREET)?,
                postal_code: json.string(Self::POSTAL_CODE)?,
                city: json.string(Self::CITY)?,
            },
            Self::NOT_FOUND => AddressCheck::NotFound,
            _ => return None,
        })
    }
}
