//! Where Identity Enhanced runs: the report searches the databases of the applicant's address
//! country, and only some countries are covered. The proxy leaves the report out elsewhere; the
//! simulator refuses it there.
//!
//! Source and certainty: the guide only says the report runs in the address country and points
//! to Onfido's list of supported countries (not to its documents list); `providers.md` has no
//! list. The codes below are the countries marked "supported identity report" in Onfido's
//! published list of supported applicant countries (documentation.identity.entrust.com, "Supported
//! countries for Identity Enhanced reports"), as carried in a public copy from 2022; the first
//! rows of the current page agree with it. Public third-party copy of an official list: strong,
//! not authoritative, and Onfido may add countries. Checked once, here, for both sides.

/// ISO 3166-1 alpha-3 codes of the address countries Identity Enhanced covers, sorted.
const SUPPORTED: [&str; 164] = [
    "ABW", "AFG", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BFA",
    "BGR", "BHR", "BIH", "BLR", "BLZ", "BMU", "BRA", "BRB", "BRN", "BTN", "CAF", "CAN", "CHE", "CHL", "CHN", "CIV",
    "CMR", "COG", "COK", "COL", "CRI", "CUB", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM", "DZA", "ECU",
    "EGY", "ESP", "EST", "ETH", "FIN", "FJI", "FRA", "FRO", "GAB", "GBR", "GEO", "GGY", "GIB", "GIN", "GNQ", "GRC",
    "GRD", "GTM", "HKG", "HND", "HRV", "HUN", "IDN", "IMN", "IND", "IRL", "IRN", "ISL", "ISR", "ITA", "JAM", "JEY",
    "JPN", "KAZ", "KEN", "KGZ", "KHM", "KNA", "KOR", "KWT", "LBN", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX",
    "LVA", "MAR", "MCO", "MDA", "MEX", "MLI", "MLT", "MNE", "MRT", "MSR", "MWI", "MYS", "NAM", "NER", "NFK", "NGA",
    "NIC", "NLD", "NOR", "NPL", "NZL", "OMN", "PAK", "PAN", "PER", "PHL", "POL", "PRI", "PRT", "PRY", "PSE", "QAT",
    "ROU", "RUS", "SAU", "SDN", "SGP", "SLV", "SOM", "SRB", "SVK", "SVN", "SWE", "SYR", "TCA", "TGO", "THA", "TJK",
    "TKM", "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "USA", "UZB", "VCT", "VEN", "VGB", "VNM", "VUT",
    "WSM", "ZAF", "ZMB", "ZWE",
];

/// Whether Identity Enhanced runs for an applicant whose address is in `alpha3` (Onfido's
/// ISO 3166-1 alpha-3 code; case does not matter).
pub fn supported(alpha3: &str) -> bool {
    let code = alpha3.trim().to_ascii_uppercase();
    SUPPORTED.binary_search(&code.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_and_holds_the_guides_own_jurisdictions() {
        assert!(SUPPORTED.windows(2).all(|w| w[0] < w[1]), "binary search needs the order");
        for code in ["GBR", "USA", "DEU", "gbr"] {
            assert!(supported(code), "{code}");
        }
    }

    #[test]
    fn countries_without_coverage_and_unknown_codes_are_not_supported() {
        for code in ["BOL", "BGD", "ATA", "MAC", "", "XXX"] {
            assert!(!supported(code), "{code}");
        }
    }
}
