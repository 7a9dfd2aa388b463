//! What a travel document's machine-readable zone (ICAO 9303) says, once read and its check
//! digits verified. The reading itself (finding the zone in a picture, recognising the OCR-B
//! characters, correcting them by the check digits) lives in the `kyc-mrz` crate, which runs in a
//! Web Worker in the browser and natively in the proxy; this type is what both hand over, so the
//! app and the proxy compare it with the typed personal data by the same rule.

mod check;
mod icao;
mod transliterate;

pub use check::{cross_check, MrzField, MrzFinding, TypedIdentity};
pub use icao::country_of_icao;
pub use transliterate::same_name;

use crate::CalendarDate;
use serde::{Deserialize, Serialize};

/// The layout of the zone: ID cards (TD1, three lines of 30), older ID cards and visas (TD2, two
/// lines of 36) and passports (TD3, two lines of 44).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MrzFormat {
    /// Three lines of 30 characters (ID cards).
    Td1,
    /// Two lines of 36 characters.
    Td2,
    /// Two lines of 44 characters (passports).
    Td3,
}

/// The fields of a zone whose check digits all hold. Texts are as printed in the zone: upper
/// case Latin letters, fillers (`<`) between names turned into single spaces, trailing fillers
/// removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MrzData {
    /// The zone's layout.
    pub format: MrzFormat,
    /// `P` for a passport, `I`, `ID`, `AC`, `C` ... for identity cards (the zone's first two
    /// characters without fillers).
    pub document_code: String,
    /// The issuing state's ICAO code (three letters, `D` for Germany, `UTO` for the specimens).
    pub issuing_state: String,
    /// The document number, fillers removed.
    pub document_number: String,
    /// The primary identifier (surname), as printed.
    pub surname: String,
    /// The secondary identifier (given names), as printed; empty when the document has none.
    pub given_names: String,
    /// The holder's nationality as an ICAO code (three letters, `D` for Germany).
    pub nationality: String,
    /// The birth date, its century chosen so that it lies in the past.
    pub birth_date: Option<CalendarDate>,
    /// `M`, `F` or `X` (unspecified).
    pub sex: char,
    /// The expiry date, its century chosen within the documents' validity span.
    pub expiry_date: Option<CalendarDate>,
}
