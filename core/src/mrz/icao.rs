//! ICAO 9303's nationality and issuing-state codes as ISO 3166-1 alpha-2 [`CountryCode`]s: the
//! alpha-3 codes, plus the few ICAO spells its own way (`D` for Germany, the British variants).

use crate::country::{CountryCode, ALL, ALPHA3};

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
}
