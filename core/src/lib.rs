//! The domain of kyc-onboarding, shared by the SPA (for instant feedback) and the proxy (as the
//! authority). Every rule lives here once; both sides call the same `parse` constructors.
//!
//! This crate must stay free of web-sys, tokio and heavy crates (regex, idna, phone metadata):
//! it is compiled into the wasm that every end user downloads.

pub mod account;
pub mod api;
pub mod browser;
pub mod capture;
pub mod consent;
pub mod consent_text;
pub mod country;
pub mod date;
pub mod document;
pub mod eid;
pub mod email;
pub mod flow;
pub mod language;
pub mod mrz;
pub mod name;
#[cfg(feature = "openapi")]
mod openapi;
pub mod origin;
pub mod person;
pub mod phone;
pub mod postal;
pub mod query;
pub mod reason;
pub mod shell;
pub mod ssn;
pub mod status;
pub mod subdivision;
pub mod theme;

pub use consent::{ConsentKind, UtcTimestamp};
pub use consent_text::ConsentText;
pub use country::CountryCode;
pub use date::{BirthDate, CalendarDate};
pub use eid::EidScheme;
pub use email::Email;
pub use flow::{Bundle, Step};
pub use language::{Direction, Language, Plural};
pub use name::PersonName;
pub use person::{Field, FieldError, FieldRule, PersonalData, PersonalDataInput};
pub use phone::PhoneNumber;
pub use postal::PostalCode;
pub use status::{IdentificationStatus, Outcome, Review};
