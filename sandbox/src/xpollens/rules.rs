//! The rules the simulated back office applies: FATCA/EAI answers, and the identity check of an
//! incoming SEPA instant transfer. Pure functions, so they are tested without HTTP.

use super::errors::FieldProblem;
use crate::latin::without_diacritics;
use serde::Deserialize;

/// Incoming transfers above this amount (in euro cents) are rejected and identify nobody. The
/// real limit is set per partner; this value is the simulator's.
pub const SCT_IN_LIMIT_CENTS: u64 = 100_000;

/// Tax countries whose identification number must be given (from Xpollens's published list; a
/// country missing here makes the TIN optional, as it is for FR and non-members).
const TIN_REQUIRED: [&str; 38] = [
    "AD", "AL", "BE", "BG", "BN", "BR", "CA", "CH", "CN", "CO", "CR", "CZ", "DE", "DK", "EE", "ES", "FI", "FO", "GB",
    "GE", "GG", "GI", "GL", "GR", "HK", "HR", "HU", "IE", "IL", "IM", "IN", "IS", "IT", "JE", "JP", "KR", "LU", "NL",
];

/// One declared tax country.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TaxResidence {
    pub tax_country: String,
    #[serde(default)]
    pub tax_identification_number: Option<String>,
}

/// The `PATCH …/fatcaEai` body.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct FatcaAnswers {
    #[serde(rename = "isUSPerson")]
    pub is_us_person: bool,
    pub tax_information: Vec<TaxResidence>,
}

/// The synchronous judgement of FATCA/EAI answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FatcaResult {
    /// Residence and birth country agree with the declared tax countries.
    pub vraisemblance_ok: bool,
    /// Supporting documents the back office would need (`W9`, `W8BEN`, `OTHER`). The simulator
    /// takes no attachments, so answers needing any stay NOK.
    pub expected_documents: Vec<&'static str>,
}

impl FatcaResult {
    /// `fatcaEaiStatus` OK: nothing more is needed.
    pub fn ok(&self) -> bool {
        self.expected_documents.is_empty()
    }
}

/// The format checks done before anything is judged: one to three distinct countries, and a
/// TIN wherever the country requires one.
pub(crate) fn check_fatca(answers: &FatcaAnswers) -> Vec<FieldProblem> {
    let taxes = &answers.tax_information;
    if taxes.is_empty() || taxes.len() > 3 {
        return vec![FieldProblem::new("taxInformation", "must list one to three tax countries")];
    }
    let mut problems = Vec::new();
    for (i, tax) in taxes.iter().enumerate() {
        let country = tax.tax_country.trim();
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_alphabetic()) {
            problems.push(FieldProblem::new(&format!("taxInformation[{i}].taxCountry"), "must be an ISO alpha-2 code"));
        } else if taxes[..i].iter().any(|t| t.tax_country.eq_ignore_ascii_case(country)) {
            problems.push(FieldProblem::new(&format!("taxInformation[{i}].taxCountry"), "is declared twice"));
        }
        let tin = tax.tax_identification_number.as_deref().map(str::trim).unwrap_or_default();
        if tin.is_empty() && TIN_REQUIRED.contains(&country.to_ascii_uppercase().as_str()) {
            problems.push(FieldProblem::new(
                &format!("taxInformation[{i}].taxIdentificationNumber"),
                "is required for this tax country",
            ));
        }
    }
    problems
}

/// Judges checked answers against the prospect's residence and birth country, as the
/// documented examples do: a US link asks for a W-9, a US-born person not declaring the US for
/// a W-8BEN, and a residence country missing from the tax countries for an explanation.
pub(crate) fn judge_fatca(answers: &FatcaAnswers, residence: Option<&str>, birth_country: Option<&str>) -> FatcaResult {
    let declares = |country: &str| answers.tax_information.iter().any(|t| t.tax_country.eq_ignore_ascii_case(country));
    let us_born = birth_country.is_some_and(|c| c.eq_ignore_ascii_case("US"));
    let residence_declared = residence.is_some_and(declares);
    let mut expected_documents = Vec::new();
    if answers.is_us_person || declares("US") || residence.is_some_and(|c| c.eq_ignore_ascii_case("US")) {
        expected_documents.push("W9");
    }
    let us_born_undeclared = us_born && !declares("US");
    if us_born_undeclared {
        expected_documents.push("W8BEN");
    }
    if !residence_declared {
        expected_documents.push("OTHER");
    }
    FatcaResult { vraisemblance_ok: residence_declared && !us_born_undeclared, expected_documents }
}

/// Lower-case words without diacritics, sorted: "BERTHIER Corinne" and "Corinne Berthier"
/// name the same person.
fn name_words(name: &str) -> Vec<String> {
    let mut plain = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        match without_diacritics(c) {
            Some(s) => plain.push_str(s),
            None if c.is_alphanumeric() => plain.push(c),
            None => plain.push(' '),
        }
    }
    let mut words: Vec<String> = plain.split_whitespace().map(str::to_owned).collect();
    words.sort();
    words
}

/// Whether the debtor of a transfer is the prospect: the same words as first and last names.
pub(crate) fn debtor_is(debtor_name: &str, first_name: &str, last_name: &str) -> bool {
    let expected = name_words(&format!("{first_name} {last_name}"));
    !expected.is_empty() && name_words(debtor_name) == expected
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(us: bool, countries: &[&str]) -> FatcaAnswers {
        let tax_information = countries
            .iter()
            .map(|c| TaxResidence { tax_country: (*c).into(), tax_identification_number: Some("123".into()) })
            .collect();
        FatcaAnswers { is_us_person: us, tax_information }
    }

    #[test]
    fn the_documented_fatca_examples_come_out_as_documented() {
        // (birth, residence, declared) → (vraisemblance, fatca OK)
        let cases = [
            ("FR", "PT", vec!["PT"], true, true),
            ("US", "FR", vec!["US", "FR"], true, false),
            ("FR", "US", vec!["US", "FR"], true, false),
            ("US", "FR", vec!["PT", "FR", "IT"], false, false),
            ("US", "FR", vec!["US"], false, false),
            ("FR", "FR", vec!["PT", "IT"], false, false),
            ("FR", "FR", vec!["FR"], true, true),
        ];
        for (birth, residence, declared, vraisemblance, ok) in cases {
            let result = judge_fatca(&answers(false, &declared), Some(residence), Some(birth));
            assert_eq!((result.vraisemblance_ok, result.ok()), (vraisemblance, ok), "{birth} {residence} {declared:?}");
        }
        let us_person = judge_fatca(&answers(true, &["FR"]), Some("FR"), Some("FR"));
        assert_eq!(us_person.expected_documents, ["W9"]);
    }

    #[test]
    fn fatca_formats_are_checked_before_judging() {
        assert_eq!(check_fatca(&answers(false, &[])).len(), 1);
        assert_eq!(check_fatca(&answers(false, &["FR", "DE", "IT", "PT"])).len(), 1);
        assert!(check_fatca(&answers(false, &["FR", "DE"])).is_empty());
        let no_tin = FatcaAnswers {
            is_us_person: false,
            tax_information: vec![
                TaxResidence { tax_country: "FR".into(), tax_identification_number: None },
                TaxResidence { tax_country: "DE".into(), tax_identification_number: Some(" ".into()) },
                TaxResidence { tax_country: "fr".into(), tax_identification_number: None },
            ],
        };
        let fields: Vec<String> = check_fatca(&no_tin).into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["taxInformation[1].taxIdentificationNumber", "taxInformation[2].taxCountry"]);
    }

    #[test]
    fn the_debtor_must_carry_the_prospects_names_in_any_order_and_case() {
        assert!(debtor_is("BERTHIER CORINNE", "Corinne", "Berthier"));
        assert!(debtor_is("Hélène Dupré-Moreau", "Helene", "Dupre Moreau"));
        assert!(!debtor_is("Corinne Martin", "Corinne", "Berthier"));
        assert!(!debtor_is("Berthier", "Corinne", "Berthier"));
    }
}
