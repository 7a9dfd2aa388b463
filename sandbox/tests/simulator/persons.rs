use crate::client::Sim;
use crate::support::config;
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

fn jane() -> Value {
    json!({
        "salutation": "MS",
        "first_name": "Jane",
        "last_name": "Doe",
        "address": {"line_1": "Amrumerstrasse", "line_2": "14", "postal_code": "13353", "city": "Berlin", "country": "de"},
        "mobile_number": "+49301234567",
        "birth_date": "1992-12-11",
        "nationality": "DE",
        "terms_conditions_signed_at": "2022-01-01T00:00:00Z",
        "data_terms_signed_at": "2022-01-01T00:00:00.000Z"
    })
}

#[tokio::test]
async fn a_person_is_echoed_with_an_id_and_nulls_for_the_rest() {
    let sim = Sim::new(config()).await;
    let created = sim.api(Method::POST, "/v1/persons", Some(jane())).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let person = created.json();
    let id = person["id"].as_str().unwrap();
    assert!(
        id.len() == 36
            && id.ends_with("cper")
            && id[..32].bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    );
    assert_eq!(person["address"]["country"], "DE");
    assert_eq!(person["address"]["state"], Value::Null);
    assert_eq!(person["email"], Value::Null);
    assert_eq!(person["terms_conditions_signed_at"], "2022-01-01T00:00:00.000Z");
    assert_eq!(person["screening_progress"], "NOT_SCREENED");
    let fetched = sim.api(Method::GET, &format!("/v1/persons/{id}"), None).await;
    assert_eq!(fetched.json(), person);
}

#[tokio::test]
async fn each_bad_name_gets_its_own_error_entry() {
    let sim = Sim::new(config()).await;
    let body = json!({"first_name": " Jane", "last_name": "D".repeat(51)});
    let answer = sim.api(Method::POST, "/v1/persons", Some(body)).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let errors = answer.json()["errors"].as_array().unwrap().clone();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["source"]["field"], "first_name");
    assert_eq!(errors[1]["code"], "invalid_model");
    assert_eq!(errors[1]["title"], "Invalid Model");
    assert_eq!(errors[1]["status"], 400);
    assert_eq!(errors[1]["detail"], "last_name is too long (maximum is 50 characters)");
    assert_eq!(errors[1]["source"], json!({"field": "last_name", "message": "is too long (maximum is 50 characters)"}));
}

#[tokio::test]
async fn emoji_dates_countries_and_timestamps_are_checked() {
    let sim = Sim::new(config()).await;
    let mut body = jane();
    body["first_name"] = json!("Jane😀");
    body["birth_date"] = json!("1992-02-30");
    body["nationality"] = json!("XX");
    body["data_terms_signed_at"] = json!("2022-01-01 10:00");
    let answer = sim.api(Method::POST, "/v1/persons", Some(body)).await;
    let fields: Vec<Value> =
        answer.json()["errors"].as_array().unwrap().iter().map(|e| e["source"]["field"].clone()).collect();
    assert_eq!(fields, ["first_name", "birth_date", "nationality", "data_terms_signed_at"]);
}

#[tokio::test]
async fn a_residence_country_outside_the_branch_is_refused_with_the_list() {
    let mut config = config();
    config.solaris.allowed_residence_countries = Some(vec!["DE".into(), "FR".into()]);
    let sim = Sim::new(config).await;
    let mut body = jane();
    body["address"]["country"] = json!("AT");
    let answer = sim.api(Method::POST, "/v1/persons", Some(body)).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    let error = &answer.json()["errors"][0];
    assert_eq!(error["source"]["field"], "country");
    let message = error["source"]["message"].as_str().unwrap();
    assert!(message.contains("not allowed for this branch") && message.contains(r#"["DE", "FR"]"#), "{message}");
    assert_eq!(sim.api(Method::POST, "/v1/persons", Some(jane())).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn an_update_sets_fields_still_empty_and_refuses_the_rest_as_the_guide_says() {
    let sim = Sim::new(config()).await;
    let id = sim.api(Method::POST, "/v1/persons", Some(jane())).await.json()["id"].as_str().unwrap().to_owned();
    let path = format!("/v1/persons/{id}");
    let updated = sim.api(Method::PATCH, &path, Some(json!({"title": "DR", "email": "jane@example.com"}))).await;
    assert_eq!(updated.status, StatusCode::OK, "{}", updated.text);
    assert_eq!((updated.json()["title"].clone(), updated.json()["first_name"].clone()), (json!("DR"), json!("Jane")));
    assert_eq!(sim.api(Method::GET, &path, None).await.json()["email"], "jane@example.com");

    // Names, birth data and the mobile number change only through Customer Support.
    let fixed = sim.api(Method::PATCH, &path, Some(json!({"last_name": "Roe", "birth_date": "1990-01-01"}))).await;
    assert_eq!(fixed.status, StatusCode::BAD_REQUEST);
    let fields: Vec<Value> =
        fixed.json()["errors"].as_array().unwrap().iter().map(|e| e["source"]["field"].clone()).collect();
    assert_eq!(fields, ["birth_date", "last_name"]);

    // A value already set goes through a change request the customer must authorise.
    let moved = json!({"address": {"line_1": "Torstrasse", "line_2": "1", "postal_code": "10119", "city": "Berlin", "country": "DE"}});
    let refused = sim.api(Method::PATCH, &path, Some(moved)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text);
    assert_eq!(refused.json()["errors"][0]["code"], "unauthorized_action");
    // The same value again is no change at all.
    let same = sim.api(Method::PATCH, &path, Some(json!({"title": "DR"}))).await;
    assert_eq!(same.status, StatusCode::OK);
    assert_eq!(sim.api(Method::GET, &path, None).await.json()["address"]["line_1"], "Amrumerstrasse");

    let bad = sim.api(Method::PATCH, &path, Some(json!({"salutation": "SIR", "aml_confirmed_on": "2020-01-01"}))).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let unknown = sim.api(Method::PATCH, "/v1/persons/0000cper", Some(json!({"title": "DR"}))).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    // Change requests are authorised with a verified mobile number, outside this guide: the
    // sandbox has no such endpoint.
    let authorize = sim.api(Method::POST, "/v1/change_requests/1/authorize", Some(json!({}))).await;
    assert_eq!(authorize.status, StatusCode::NOT_FOUND);
}
