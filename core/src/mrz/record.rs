//! What the proxy found when it read an uploaded document picture's zone again: kept with the
//! picture for the product team (never the zone's text, which is personal data).

use super::MrzFinding;
use serde::{Deserialize, Serialize};

/// Whether a zone was found and read with every check digit holding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ZoneRead {
    /// No zone in the picture (the side has none, or it is too small, blurred or cut off).
    None,
    /// A zone whose check digits do not all hold (a misread, or a zone printed wrong).
    Invalid,
    /// A zone whose check digits all hold.
    Valid,
}

/// The proxy's reading of one uploaded picture's zone, and, for a valid zone, what comparing it
/// with the typed personal data found (empty: nothing against it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MrzCheck {
    /// What reading the zone gave.
    pub zone: ZoneRead,
    /// The comparison's findings; always empty unless the zone is valid and personal data was
    /// saved.
    pub findings: Vec<MrzFinding>,
}
