//! Wire types of the proxy's `/api`, shared so that the SPA and the proxy cannot drift apart.

use crate::document::{DocumentKind, ProofOfAddressType};
use crate::flow::Flow;
use crate::{ConsentKind, Field, FieldError, IdentificationStatus, Language, PersonalDataInput, Step};
use serde::{Deserialize, Serialize};

/// Names the JSON keys of a wire type as associated constants (one per field, named after the
/// field, holding the key serde writes), and `KEYS`, all of them.
///
/// The SPA reads the proxy's answers through the browser's `JSON` rather than serde_json, which
/// would be the largest part of its download; it spells every key with these constants, so
/// that a key exists once. serde's attributes only take literals, so the constants and serde are
/// tied by a test instead (`keys_match_serde`): serialising every type must give these keys.
macro_rules! wire_keys {
    ($ty:ty { $($name:ident = $key:literal),+ $(,)? }) => {
        impl $ty {
            $(
                #[doc = concat!("The JSON key `", $key, "`.")]
                pub const $name: &'static str = $key;
            )+
            /// Every JSON key of this type, as serde writes them when every field is present.
            pub const KEYS: &'static [&'static str] = &[$(Self::$name),+];
        }
    };
}

mod keys;
#[cfg(test)]
mod keys_match_serde;
pub mod samples;

/// Answer to `POST /api/sessions` and `POST /api/sessions/launch` (with the session), and to a
/// phone's hand-off exchange (without).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionCreated {
    /// Bearer token for every later call. Kept by the browser; nothing else is.
    pub token: String,
    /// The session as `GET /api/session` shows it, so that the app's first screen needs no
    /// second round trip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionView>,
}

wire_keys!(SessionCreated { TOKEN = "token", SESSION = "session" });

/// One consent as the proxy stored it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentView {
    /// Which consent.
    pub kind: ConsentKind,
    /// When the user gave it (browser clock, UTC).
    pub given_at: String,
    /// When the proxy received it (server clock, UTC).
    pub received_at: String,
}

wire_keys!(ConsentView { KIND = "kind", GIVEN_AT = "given_at", RECEIVED_AT = "received_at" });

/// Answer to `GET /api/session`: everything the SPA needs to resume.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionView {
    /// The flow of this session: its steps and the fields it asks.
    pub flow: Flow,
    /// The saved personal data, or empty fields.
    pub person: PersonalDataInput,
    /// Whether the personal data passed validation and was saved.
    pub person_saved: bool,
    /// What the user typed since the last save (autosaved, unvalidated), if anything.
    #[serde(default)]
    pub draft: Option<PersonalDataInput>,
    /// The address check of the saved address, when the lookup could be asked.
    #[serde(default)]
    pub address_check: Option<AddressCheck>,
    /// Consents given so far.
    pub consents: Vec<ConsentView>,
    /// The identification, once started.
    pub identification: Option<IdentificationView>,
    /// The furthest step the user may open.
    pub furthest_step: Step,
    /// The steps this user goes through, in order: the flow's, with the step-ups the provider
    /// sent them to.
    #[serde(default)]
    pub path: Vec<Step>,
    /// Fields the product team prefilled and fixed: shown for confirmation, not editable.
    #[serde(default)]
    pub locked: Vec<Field>,
    /// This browser was bound to an identity verified before (ID Dataweb's trusted devices).
    #[serde(default)]
    pub device_recognised: bool,
    /// The product team's theme, if it set one.
    #[serde(default)]
    pub theme: Option<crate::theme::Theme>,
    /// Where this session's users may live, checked at the residence field as they choose;
    /// `None`: anywhere.
    #[serde(default)]
    pub residence: Option<crate::person::Residence>,
}

wire_keys!(SessionView {
    FLOW = "flow",
    PERSON = "person",
    PERSON_SAVED = "person_saved",
    DRAFT = "draft",
    ADDRESS_CHECK = "address_check",
    CONSENTS = "consents",
    IDENTIFICATION = "identification",
    FURTHEST_STEP = "furthest_step",
    PATH = "path",
    LOCKED = "locked",
    DEVICE_RECOGNISED = "device_recognised",
    THEME = "theme",
    RESIDENCE = "residence",
});

/// Body of `POST /api/session/risk`: what the page can tell about the device. The proxy adds
/// the network address and the user agent itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RiskRequest {
    /// A stable hash of the browser's properties; bound to the identity on approval.
    pub fingerprint: String,
    /// `navigator.webdriver`: the browser is driven by automation.
    pub webdriver: bool,
}

wire_keys!(RiskRequest { FINGERPRINT = "fingerprint", WEBDRIVER = "webdriver" });

/// Answer to `GET /api/session/phone-check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhoneCheckView {
    /// The check is over: the session's furthest step says where to go.
    pub done: bool,
    /// The number the link went to, all but its last digits hidden.
    pub phone: String,
}

wire_keys!(PhoneCheckView { DONE = "done", PHONE = "phone" });

/// `+17035550142` as `+1 •••••• 0142`: enough to recognise one's own number, no more.
pub fn masked_phone(e164: &str) -> String {
    let digits: Vec<char> = e164.chars().filter(char::is_ascii_digit).collect();
    let tail: String = digits.iter().skip(digits.len().saturating_sub(4)).collect();
    format!("+{} {} {tail}", digits.first().map_or(String::new(), char::to_string), "•".repeat(6))
}

/// Body of `POST /api/address/suggestions`: what the user has typed so far.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressQuery {
    /// Country of residence, ISO 3166-1 alpha-2.
    pub country: String,
    /// The street as typed so far (postal codes work too).
    pub query: String,
}

wire_keys!(AddressQuery { COUNTRY = "country", QUERY = "query" });

/// An address the lookup knows: street, postal code (or its prefix) and city.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddressSuggestion {
    /// Street name, official spelling.
    pub street: String,
    /// Postal code, or for IE and CA the prefix the user completes.
    pub postal_code: String,
    /// City.
    pub city: String,
    /// Country, ISO 3166-1 alpha-2.
    pub country: String,
}

wire_keys!(AddressSuggestion { STREET = "street", POSTAL_CODE = "postal_code", CITY = "city", COUNTRY = "country" });

/// What the address check found for the saved address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "verdict")]
pub enum AddressCheck {
    /// The address exists as entered.
    Confirmed,
    /// It exists, officially spelled as given.
    Corrected {
        /// Official street spelling.
        street: String,
        /// Official postal code.
        postal_code: String,
        /// Official city spelling.
        city: String,
    },
    /// It could not be confirmed: the user may go on but will need a proof of address.
    NotFound,
}

// `verdict` is serde's tag; the other keys are those of `Corrected`.
wire_keys!(AddressCheck { VERDICT = "verdict", STREET = "street", POSTAL_CODE = "postal_code", CITY = "city" });

impl AddressCheck {
    /// The `verdict` of [`AddressCheck::Confirmed`].
    pub const CONFIRMED: &'static str = "confirmed";
    /// The `verdict` of [`AddressCheck::Corrected`].
    pub const CORRECTED: &'static str = "corrected";
    /// The `verdict` of [`AddressCheck::NotFound`].
    pub const NOT_FOUND: &'static str = "not_found";
}

/// Body of `PUT /api/session/consents/{kind}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentRequest {
    /// When the box was ticked, ISO 8601 UTC.
    pub given_at: String,
    /// The version of the text shown beside the box ([`crate::ConsentText`]).
    pub text_version: u32,
    /// The language the text was shown in.
    pub language: Language,
}

wire_keys!(ConsentRequest { GIVEN_AT = "given_at", TEXT_VERSION = "text_version", LANGUAGE = "language" });

/// The identification as the browser may see it: never the provider's internal reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IdentificationView {
    /// The provider's page for the video call, shown in an iframe.
    pub url: String,
    /// Current status.
    pub status: IdentificationStatus,
    /// Expected wait for an agent, in seconds.
    pub estimated_waiting_time: Option<u32>,
}

wire_keys!(IdentificationView { URL = "url", STATUS = "status", ESTIMATED_WAITING_TIME = "estimated_waiting_time" });

/// A kind of document the provider accepts for the call, and from which countries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupportedDocument {
    /// Passport or ID card.
    #[serde(rename = "type")]
    pub kind: DocumentKind,
    /// ISO 3166-1 alpha-2 codes of the accepted issuing countries.
    pub issuing_countries: Vec<String>,
}

wire_keys!(SupportedDocument { KIND = "type", ISSUING_COUNTRIES = "issuing_countries" });

/// The document the user will show, as chosen before the call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentChoice {
    /// Passport or ID card.
    pub kind: DocumentKind,
    /// Issuing country, ISO 3166-1 alpha-2.
    pub issuing_country: String,
}

wire_keys!(DocumentChoice { KIND = "kind", ISSUING_COUNTRY = "issuing_country" });

/// Body of `POST /api/session/identification` (optional: without it no proof of address is sent).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct IdentificationRequest {
    /// The document the user will show.
    pub document: Option<DocumentChoice>,
    /// Needed when the document does not show the address.
    pub proof_of_address: Option<ProofOfAddressInput>,
    /// The language the user sees the app in (`en`, `de`, `fr`, `nl`), for the call's language.
    pub language: Option<String>,
}

wire_keys!(IdentificationRequest {
    DOCUMENT = "document",
    PROOF_OF_ADDRESS = "proof_of_address",
    LANGUAGE = "language"
});

/// A proof of address as entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProofOfAddressInput {
    /// What the document is.
    #[serde(rename = "type")]
    pub kind: ProofOfAddressType,
    /// Issue date, `YYYY-MM-DD`.
    pub issued_at: String,
}

wire_keys!(ProofOfAddressInput { KIND = "type", ISSUED_AT = "issued_at" });

/// Answer to `GET /api/session/status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusView {
    /// Current status.
    pub status: IdentificationStatus,
    /// True when polling can stop.
    #[serde(rename = "final")]
    pub is_final: bool,
    /// Reason code for `aborted` and `canceled`; always `None` for `failed`.
    pub reason: Option<String>,
    /// Expected wait for an agent, in seconds, while pending.
    pub estimated_waiting_time: Option<u32>,
    /// Fields the identification agent corrected from the ID document, once verified.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// How each typed field compared with what the evidence showed (Signicat's matching), once
    /// decided. Names the fields only: the values themselves are deleted by then.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub field_checks: Vec<FieldCheck>,
}

wire_keys!(StatusView {
    STATUS = "status",
    IS_FINAL = "final",
    REASON = "reason",
    ESTIMATED_WAITING_TIME = "estimated_waiting_time",
    CORRECTIONS = "corrections",
    FIELD_CHECKS = "field_checks",
});

/// Where the login at the user's bank stands (`/api/session/bank-login`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BankLogin {
    /// Not begun.
    NotStarted,
    /// The bank's page is waiting for the user.
    Pending,
    /// The bank confirmed the user's identity.
    Confirmed,
    /// The user cancelled at the bank; a new login can be started.
    Canceled,
    /// The bank could not confirm it; a new login can be started.
    Failed,
}

/// Answer of the bank-login endpoints: the state, and while pending the bank's page to send the
/// browser to (the provider's own page; no identifier of ours in it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BankLoginView {
    /// Where the login stands.
    pub state: BankLogin,
    /// The bank's login page, while pending.
    pub url: Option<String>,
    /// The eID scheme of the user's country of residence, which the login uses; `None` once
    /// the typed data is deleted.
    pub eid: Option<crate::EidScheme>,
}

wire_keys!(BankLoginView { STATE = "state", URL = "url", EID = "eid" });

/// Where a verified value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// The user's bank, through an eID login (iDIN).
    Bank,
    /// The ID document the user photographed.
    Document,
}

/// How a typed value agrees with the evidence. Ordered from worst to best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    /// Neither equal nor similar.
    Mismatch,
    /// Similar (a typo, one of several names), not equal.
    Similar,
    /// Equal, ignoring case and accents.
    Match,
}

/// One field compared with one piece of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldCheck {
    /// The form field.
    pub field: Field,
    /// What it was compared with.
    pub evidence: Evidence,
    /// How well it agreed.
    pub agreement: Agreement,
}

wire_keys!(FieldCheck { FIELD = "field", EVIDENCE = "evidence", AGREEMENT = "agreement" });

/// A field whose verified value differs from what the user entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Correction {
    /// The field.
    pub field: Field,
    /// What the user entered.
    pub entered: String,
    /// What the provider verified from the document.
    pub verified: String,
}

wire_keys!(Correction { FIELD = "field", ENTERED = "entered", VERIFIED = "verified" });

/// The differences between what was entered and what was verified, in form order.
pub fn corrections(entered: &PersonalDataInput, verified: &PersonalDataInput) -> Vec<Correction> {
    Field::ALL
        .iter()
        .filter(|f| {
            let (a, b) = (f.value(entered), f.value(verified));
            // Only fields the provider reports; an empty verified value means "not checked".
            !b.is_empty() && a.trim().to_lowercase() != b.trim().to_lowercase()
        })
        .map(|&field| Correction {
            field,
            entered: field.value(entered).to_owned(),
            verified: field.value(verified).to_owned(),
        })
        .collect()
}

/// The one error shape of the proxy: `{"error": {...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

wire_keys!(ErrorBody { ERROR = "error" });

/// Contents of [`ErrorBody`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    /// Stable machine code: `validation_failed`, `unauthorized`, `not_found`, `conflict`,
    /// `provider_unavailable`, `internal`.
    pub code: String,
    /// English explanation, safe to show.
    pub message: String,
    /// Field-level errors, for `validation_failed`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

wire_keys!(ErrorDetail { CODE = "code", MESSAGE = "message", FIELDS = "fields" });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrections_list_only_changed_fields_that_the_provider_reported() {
        let entered = PersonalDataInput {
            first_name: "Jane".into(),
            last_name: "Doe".into(),
            city: "berlin".into(),
            ..Default::default()
        };
        let verified = PersonalDataInput {
            first_name: "Jana".into(),
            last_name: "Doe".into(),
            city: "Berlin".into(),
            ..Default::default()
        };
        let list = corrections(&entered, &verified);
        assert_eq!(list, [Correction { field: Field::FirstName, entered: "Jane".into(), verified: "Jana".into() }]);
    }
}
