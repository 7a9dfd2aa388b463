//! ICAO 9303's nationality and issuing-state codes as ISO 3166-1 alpha-2 [`CountryCode`]s: the
//! alpha-3 codes, plus the few ICAO spells its own way (`D` for Germany, the British variants).

use crate::country::{CountryCode, ALL};

/// The alpha-3 code of each alpha-2 code in [`ALL`], in the same order.
const ALPHA3: [&str; 249] = [
    "AND", "ARE", "AFG", "ATG", "AIA", "ALB", "ARM", "AGO", "ATA", "ARG", "ASM", "AUT", "AUS", "ABW", "ALA", "AZE",
    "BIH", "BRB", "BGD", "BEL", "BFA", "BGR", "BHR", "BDI", "BEN", "BLM", "BMU", "BRN", "BOL", "BES", "BRA", "BHS",
    "BTN", "BVT", "BWA", "BLR", "BLZ", "CAN", "CCK", "COD", "CAF", "COG", "CHE", "CIV", "COK", "CHL", "CMR", "CHN",
    "COL", "CRI", "CUB", "CPV", "CUW", "CXR", "CYP", "CZE", "DEU", "DJI", "DNK", "DMA", "DOM", "DZA", "ECU", "EST",
    "EGY", "ESH", "ERI", "ESP", "ETH", "FIN", "FJI", "FLK", "FSM", "FRO", "FRA", "GAB", "GBR", "GRD", "GEO", "GUF",
    "GGY", "GHA", "GIB", "GRL", "GMB", "GIN", "GLP", "GNQ", "GRC", "SGS", "GTM", "GUM", "GNB", "GUY", "HKG", "HMD",
    "HND", "HRV", "HTI", "HUN", "IDN", "IRL", "ISR", "IMN", "IND", "IOT", "IRQ", "IRN", "ISL", "ITA", "JEY", "JAM",
    "JOR", "JPN", "KEN", "KGZ", "KHM", "KIR", "COM", "KNA", "PRK", "KOR", "KWT", "CYM", "KAZ", "LAO", "LBN", "LCA",
    "LIE", "LKA", "LBR", "LSO", "LTU", "LUX", "LVA", "LBY", "MAR", "MCO", "MDA", "MNE", "MAF", "MDG", "MHL", "MKD",
    "MLI", "MMR", "MNG", "MAC", "MNP", "MTQ", "MRT", "MSR", "MLT", "MUS", "MDV", "MWI", "MEX", "MYS", "MOZ", "NAM",
    "NCL", "NER", "NFK", "NGA", "NIC", "NLD", "NOR", "NPL", "NRU", "NIU", "NZL", "OMN", "PAN", "PER", "PYF", "PNG",
    "PHL", "PAK", "POL", "SPM", "PCN", "PRI", "PSE", "PRT", "PLW", "PRY", "QAT", "REU", "ROU", "SRB", "RUS", "RWA",
    "SAU", "SLB", "SYC", "SDN", "SWE", "SGP", "SHN", "SVN", "SJM", "SVK", "SLE", "SMR", "SEN", "SOM", "SUR", "SSD",
    "STP", "SLV", "SXM", "SYR", "SWZ", "TCA", "TCD", "ATF", "TGO", "THA", "TJK", "TKL", "TLS", "TKM", "TUN", "TON",
    "TUR", "TTO", "TUV", "TWN", "TZA", "UKR", "UGA", "UMI", "USA", "URY", "UZB", "VAT", "VCT", "VEN", "VGB", "VIR",
    "VNM", "VUT", "WLF", "WSM", "YEM", "MYT", "ZAF", "ZMB", "ZWE",
];

/// The country an ICAO code names, if it names one (`UTO`, the specimens' Utopia, and the
/// codes for stateless persons and organisations name none).
pub fn country_of_icao(code: &str) -> Option<CountryCode> {
    let alpha2 = match code {
        "D" => "DE",
        // Citizens, overseas territories' citizens, nationals (overseas), subjects, protected persons.
        "GBD" | "GBN" | "GBO" | "GBP" | "GBS" => "GB",
        _ => ALPHA3.iter().position(|&a| a == code).map(|i| ALL[i])?,
    };
    CountryCode::parse(alpha2).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icao_codes_name_their_iso_country() {
        let cases = [("D", "DE"), ("DEU", "DE"), ("FRA", "FR"), ("NLD", "NL"), ("GBR", "GB"), ("GBD", "GB")];
        for (icao, iso) in cases {
            assert_eq!(country_of_icao(icao), CountryCode::parse(iso).ok(), "{icao}");
        }
        assert_eq!(country_of_icao("UTO"), None);
        assert_eq!(country_of_icao("XXA"), None);
    }

    #[test]
    fn the_table_has_one_distinct_code_per_country() {
        let mut codes = ALPHA3.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ALL.len());
        // Each alpha-3 code that starts like its alpha-2 code does so in the same row.
        let aligned = ALL.iter().zip(ALPHA3).filter(|(a2, a3)| a3.starts_with(&a2[..1])).count();
        assert!(aligned > 230, "{aligned}");
    }
}
