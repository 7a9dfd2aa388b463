//! Matching (corroboration) of two data nodes of one dossier, field by field, with the
//! documented rules: strings are compared upper-cased and without diacritics, exactly or
//! partially (one of several names equal, or at least 90 % of the shorter one's letters found
//! in order in the other); dates are compared as `YYYYMMDD`, exactly or partially.
//!
//! Documented fields: `firstName`, `lastName`, `dateOfBirth`. The simulator adds the address
//! parts when both nodes hold an address (iDIN does, a passport does not). The request and
//! answer shapes are the simulator's: the public documentation does not show them.

use super::problem::Problem;
use super::store::Status;
use super::user_data::Identity;
use super::Sim;
use crate::latin::{is_combining_mark, without_diacritics};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};

/// Upper case, diacritics removed, runs of spaces collapsed, ends trimmed.
pub(crate) fn normalise(raw: &str) -> String {
    let mut folded = String::with_capacity(raw.len());
    for c in raw.chars().flat_map(char::to_lowercase).filter(|c| !is_combining_mark(*c)) {
        match without_diacritics(c) {
            Some(plain) => folded.push_str(plain),
            None => folded.push(c),
        }
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ").to_uppercase()
}

/// The result for one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    /// Equal after normalisation.
    pub exact_match: bool,
    /// Close enough by the documented similarity rules (always true when exact).
    pub partial_match: bool,
}

/// Length of the longest common subsequence of `a` and `b`.
fn common_subsequence(a: &[char], b: &[char]) -> usize {
    let mut previous = vec![0; b.len() + 1];
    for x in a {
        let mut current = vec![0; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            current[j + 1] = if x == y { previous[j] + 1 } else { previous[j + 1].max(current[j]) };
        }
        previous = current;
    }
    previous[b.len()]
}

/// String matching. "Ana" and "Anita" match partially (all of "ANA" is found in order in
/// "ANITA"); "Ana" and "Maria Ana" too (one of the names is equal); "Ana" and "Maria" do not.
pub fn match_strings(source: &str, target: &str) -> Verdict {
    let (a, b) = (normalise(source), normalise(target));
    if a.is_empty() || b.is_empty() {
        return Verdict { exact_match: false, partial_match: false };
    }
    if a == b {
        return Verdict { exact_match: true, partial_match: true };
    }
    let one_name_equal = a.split(' ').any(|x| b.split(' ').any(|y| x == y));
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let shorter = a.len().min(b.len());
    let similar = common_subsequence(&a, &b) * 10 >= shorter * 9;
    Verdict { exact_match: false, partial_match: one_name_equal || similar }
}

/// Date matching on the digits (`1985-10-20` and `19851020` are equal). A partial match allows
/// one digit to differ: the documented example (`1985-10-20` against `19851022`) is partial,
/// while a swapped day and month or a different year is not.
pub fn match_dates(source: &str, target: &str) -> Verdict {
    let digits = |raw: &str| raw.chars().filter(char::is_ascii_digit).collect::<Vec<_>>();
    let (a, b) = (digits(source), digits(target));
    if a.len() != 8 || b.len() != 8 {
        return Verdict { exact_match: false, partial_match: false };
    }
    let differing = a.iter().zip(&b).filter(|(x, y)| x != y).count();
    Verdict { exact_match: differing == 0, partial_match: differing <= 1 }
}

/// Postal codes are written with and without a space ("1015 CJ", "1015CJ").
fn match_postal_codes(source: &str, target: &str) -> Verdict {
    let squeeze = |raw: &str| raw.split_whitespace().collect::<String>();
    match_strings(&squeeze(source), &squeeze(target))
}

/// One compared field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldVerdict {
    /// `firstName`, `lastName`, `dateOfBirth`, `address.street`, …
    pub field: &'static str,
    /// The result.
    #[serde(flatten)]
    pub verdict: Verdict,
}

/// Compares every field both identities hold.
pub(crate) fn compare(source: &Identity, target: &Identity) -> Vec<FieldVerdict> {
    let field = |field, verdict| FieldVerdict { field, verdict };
    let mut fields = vec![
        field("firstName", match_strings(&source.first_name, &target.first_name)),
        field("lastName", match_strings(&source.last_name, &target.last_name)),
        field("dateOfBirth", match_dates(&source.date_of_birth, &target.date_of_birth)),
    ];
    if let (Some(a), Some(b)) = (&source.address, &target.address) {
        fields.push(field("address.street", match_strings(&a.street, &b.street)));
        if let (Some(x), Some(y)) = (&a.house_number, &b.house_number) {
            fields.push(field("address.houseNumber", match_strings(x, y)));
        }
        fields.push(field("address.postalCode", match_postal_codes(&a.postal_code, &b.postal_code)));
        fields.push(field("address.city", match_strings(&a.city, &b.city)));
        fields.push(field("address.country", match_strings(&a.country, &b.country)));
    }
    fields
}

/// A data node of the dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub(crate) enum Node {
    /// The dossier's `userData`.
    UserData,
    /// The `finalResult` of an accepted process.
    Process {
        #[serde(rename = "processId")]
        process_id: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MatchingRequest {
    source: Node,
    target: Node,
}

/// The identity held by `node`, or why there is none to compare.
fn node_identity(sim: &Sim, dossier_id: &str, node: &Node) -> Result<Identity, Problem> {
    let store = sim.store();
    let dossier = store.dossiers.get(dossier_id).ok_or_else(|| Problem::not_found("dossier"))?;
    match node {
        Node::UserData => dossier
            .user_data
            .clone()
            .ok_or_else(|| Problem::conflict("No user data.", "Put user data into the dossier before matching it.")),
        Node::Process { process_id } => {
            let process = dossier.process(process_id).ok_or_else(|| Problem::not_found("process"))?;
            match (&process.status, &process.result) {
                (Status::Accepted, Some(result)) => Ok(result.identity.clone()),
                _ => Err(Problem::conflict(
                    "The process has no final result.",
                    "Only accepted processes can be matched.",
                )),
            }
        }
    }
}

/// `POST /assure/dossiers/{dossierId}/matching` with `{"source": node, "target": node}`, where
/// a node is `{"type":"userData"}` or `{"type":"process","processId":"…"}`.
pub(crate) async fn matching_create(State(sim): State<Sim>, Path(dossier_id): Path<String>, body: Bytes) -> Response {
    let request: MatchingRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => return Problem::bad_request("Invalid matching request.", e.to_string()).into_response(),
    };
    let identities = node_identity(&sim, &dossier_id, &request.source)
        .and_then(|source| Ok((source, node_identity(&sim, &dossier_id, &request.target)?)));
    let (source, target) = match identities {
        Ok(pair) => pair,
        Err(problem) => return problem.into_response(),
    };
    let fields = compare(&source, &target);
    Json(serde_json::json!({
        "source": request.source,
        "target": request.target,
        "fields": fields,
        "exactMatch": fields.iter().all(|f| f.verdict.exact_match),
        "partialMatch": fields.iter().all(|f| f.verdict.partial_match),
    }))
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signicat::personas::Persona;

    fn v(exact: bool, partial: bool) -> Verdict {
        Verdict { exact_match: exact, partial_match: partial }
    }

    #[test]
    fn the_documented_string_examples_hold() {
        assert_eq!(match_strings("Ana", "Ana"), v(true, true));
        assert_eq!(match_strings("ana", "Ana"), v(true, true));
        assert_eq!(match_strings("ANA", "Ana"), v(true, true));
        assert_eq!(match_strings("Ana", "Maria Ana"), v(false, true));
        assert_eq!(match_strings("Anita", "Ana"), v(false, true));
        assert_eq!(match_strings("Maria", "Ana"), v(false, false));
    }

    #[test]
    fn the_documented_date_examples_hold() {
        assert_eq!(match_dates("1985-10-20", "19851020"), v(true, true));
        assert_eq!(match_dates("1985-10-20", "19851022"), v(false, true));
        assert_eq!(match_dates("1985-10-20", "19990520"), v(false, false));
        assert_eq!(match_dates("1985-03-02", "1985-03-20"), v(false, false));
    }

    #[test]
    fn diacritics_case_and_spacing_do_not_count() {
        assert_eq!(match_strings("  José  Müller", "JOSE MULLER"), v(true, true));
        assert_eq!(match_postal_codes("1015CJ", "1015 cj"), v(true, true));
    }

    #[test]
    fn the_personas_passports_disagree_where_the_table_says() {
        let differing = |key: &str| {
            let persona = Persona::by_key(key).unwrap();
            compare(&persona.bank_identity(), &persona.passport_identity())
                .into_iter()
                .filter(|f| !f.verdict.partial_match)
                .map(|f| f.field)
                .collect::<Vec<_>>()
        };
        assert_eq!(differing("claire"), Vec::<&str>::new());
        assert_eq!(differing("bram"), ["dateOfBirth"]);
        assert_eq!(differing("sanne"), ["lastName"]);
    }

    #[test]
    fn addresses_are_compared_only_when_both_sides_have_one() {
        let claire = Persona::by_key("claire").unwrap();
        let with_address = compare(&claire.bank_identity(), &claire.bank_identity());
        assert_eq!(with_address.len(), 8);
        assert!(with_address.iter().all(|f| f.verdict.exact_match));
        assert_eq!(compare(&claire.bank_identity(), &claire.passport_identity()).len(), 3);
    }
}
