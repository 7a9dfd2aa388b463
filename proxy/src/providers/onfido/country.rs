//! Onfido addresses name the country by its ISO 3166-1 alpha-3 code (`CountryCode::alpha3`); where
//! Identity Enhanced runs depends on it.

use kyc_core::CountryCode;

/// The address country (alpha-3) when Identity Enhanced does not run there: the report
/// searches the databases of the applicant's address country, and Onfido covers only some
/// (`kyc_identity_enhanced::countries`, which says where that list comes from).
pub(super) fn identity_enhanced_uncovered(country: CountryCode) -> Option<&'static str> {
    let code = country.alpha3();
    (!kyc_identity_enhanced::countries::supported(code)).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_countries_of_the_sandbox_personas_map_as_onfido_expects() {
        let code = |c: &str| CountryCode::parse(c).unwrap().alpha3();
        assert_eq!((code("GB"), code("US"), code("DE"), code("CH")), ("GBR", "USA", "DEU", "CHE"));
    }

    #[test]
    fn identity_enhanced_is_left_out_only_where_onfido_does_not_cover_the_address() {
        let uncovered = |c: &str| identity_enhanced_uncovered(CountryCode::parse(c).unwrap());
        assert_eq!((uncovered("GB"), uncovered("US"), uncovered("DE")), (None, None, None));
        assert_eq!(uncovered("BO"), Some("BOL"));
    }
}
