//! The shape of a person resource as the API returns it.

use serde_json::{json, Map, Value};

/// Top-level keys of a person whose value is echoed from the request, `null` when absent.
const ECHOED: &[&str] = &[
    "salutation",
    "title",
    "first_name",
    "last_name",
    "email",
    "mobile_number",
    "birth_name",
    "birth_date",
    "birth_city",
    "birth_country",
    "nationality",
    "employment_status",
    "job_title",
    "fatca_relevant",
    "fatca_crs_confirmed_at",
    "business_purpose",
    "industry",
    "industry_key",
    "terms_conditions_signed_at",
    "own_economic_interest_signed_at",
    "expected_monthly_revenue_cents",
    "vat_number",
    "website_social_media",
    "business_trading_name",
    "nace_code",
    "business_address_line_1",
    "business_address_line_2",
    "business_postal_code",
    "business_city",
    "business_country",
    "business_state",
    "annual_income_range",
    "data_terms_signed_at",
    "branch",
    "birth_province",
    "birth_post_code",
    "socioprofessional_category",
    "purpose_of_account_opening",
    "main_income_source",
    "work_country",
    "work_province",
    "self_declared_as_pep",
    "registration_number",
];

/// Keys of `address` and `contact_address`.
const ADDRESS_KEYS: &[&str] = &["line_1", "line_2", "postal_code", "city", "country", "state"];

/// A nested object with exactly `keys`, taking values from `given` where it has them.
fn nested(given: Option<&Value>, keys: &[&str]) -> Value {
    let given = given.and_then(Value::as_object);
    let object: Map<String, Value> = keys
        .iter()
        .map(|key| (key.to_string(), given.and_then(|g| g.get(*key)).cloned().unwrap_or(Value::Null)))
        .collect();
    Value::Object(object)
}

/// The full person object for a validated request: every documented key present, unknown
/// request keys dropped, compliance fields at their initial values.
pub(crate) fn build(id: &str, request: &Map<String, Value>) -> Map<String, Value> {
    let mut person = Map::new();
    person.insert("id".into(), json!(id));
    for key in ECHOED {
        person.insert(key.to_string(), request.get(*key).cloned().unwrap_or(Value::Null));
    }
    person.insert("address".into(), nested(request.get("address"), ADDRESS_KEYS));
    person.insert("contact_address".into(), nested(request.get("contact_address"), ADDRESS_KEYS));
    let mut tax = nested(request.get("tax_information"), &["tax_assessment", "marital_status"]);
    if tax["marital_status"].is_null() {
        tax["marital_status"] = json!("UNKNOWN");
    }
    person.insert("tax_information".into(), tax);
    // The guide's example: AML confirmed on the day of creation, its follow-up 78 months later.
    let today = super::clock::today();
    let initial = json!({
        "aml_follow_up_date": super::clock::months_after(today, 78).to_string(),
        "aml_confirmed_on": today.to_string(),
        "flagged_by_compliance": false,
        "screening_progress": "NOT_SCREENED",
        "risk_classification_status": "NOT_SCORED",
        "customer_vetting_status": "NOT_VETTED",
        "international_operativity_expectation": request.get("international_operativity_expectation").cloned().unwrap_or(json!([])),
        "legitimation_valid_until": null,
    });
    if let Value::Object(initial) = initial {
        person.extend(initial);
    }
    person
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minimal_request_yields_every_key_with_nulls() {
        let request = json!({"first_name": "Jane", "last_name": "Doe", "unknown": 1});
        let person = build("1cper", request.as_object().unwrap());
        assert_eq!(person["first_name"], "Jane");
        assert_eq!(person["address"]["state"], Value::Null);
        assert_eq!(person["email"], Value::Null);
        assert!(!person.contains_key("unknown"));
    }
}
