use crate::helpers::{person, TestApp};
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn invalid_fields_are_refused_field_by_field() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let mut body = person("J@ne");
    body["birth_date"] = json!("2099-01-01");
    body["postal_code"] = json!("1234");
    let reply = app.person_update(&token, body).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.body["error"]["code"], "validation_failed");
    let fields: Vec<(&str, &str)> = reply.body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["field"].as_str().unwrap(), f["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        fields,
        [("first_name", "name_symbol"), ("birth_date", "date_future"), ("postal_code", "postal_code_format")]
    );
    assert_eq!(app.session_show(&token).await.body["person_saved"], false, "nothing invalid is stored");
}

#[tokio::test]
async fn the_proxy_adds_the_full_email_check_the_browser_cannot_afford() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let mut body = person("Jane");
    body["email"] = json!("jane@exa..mple.com");
    let reply = app.person_update(&token, body).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.body["error"]["fields"][0]["field"], "email");
}

#[tokio::test]
async fn valid_data_is_stored_normalised_and_moves_the_user_on() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let reply = app.person_update(&token, person("Zoë")).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["furthest_step"], "consents");
    let saved = app.session_show(&token).await.body;
    assert_eq!(saved["person"]["first_name"], "Zoë");
    assert_eq!(saved["person"]["mobile_number"], "+4915123456789");
}

#[tokio::test]
async fn a_body_that_is_not_json_gets_the_error_shape() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let reply = app.request(axum::http::Method::PUT, "/api/session/person", Some(&token), Some(json!("oops"))).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.body["error"]["code"], "bad_request");
}

#[tokio::test]
async fn a_landline_and_a_residence_the_flow_does_not_take_are_refused_with_the_allowed_list() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let mut body = person("Jane");
    body["mobile_number"] = json!("+49 30 1234567");
    body["country"] = json!("NL");
    body["postal_code"] = json!("1012 AB");
    let reply = app.person_update(&token, body).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = reply.body["error"]["fields"].as_array().unwrap();
    assert_eq!(fields[0]["field"], "country");
    assert_eq!(fields[0]["code"], "residence_not_eligible", "Solaris's video identification: residents of Germany");
    assert!(fields[0]["message"].as_str().unwrap().ends_with("allowed: DE"));
    assert_eq!(fields[1]["field"], "mobile_number");
    assert_eq!(fields[1]["code"], "phone_not_mobile");
    assert_eq!(app.session_show(&token).await.body["residence"], json!({"countries": ["DE"], "provider": true}));

    // Another flow takes the deployment's list.
    let token = app.partner_session(json!({ "flow": "onfido_documents" })).await;
    let mut body = person("Jane");
    body["country"] = json!("NL");
    body["postal_code"] = json!("1012 AB");
    body["state"] = json!("");
    let reply = app.person_update(&token, body).await;
    let field = &reply.body["error"]["fields"][0];
    assert_eq!((field["field"].as_str(), field["code"].as_str()), (Some("country"), Some("country_not_allowed")));
    assert!(field["message"].as_str().unwrap().contains("DE, FR, AT"));
}

#[tokio::test]
async fn a_draft_keeps_half_typed_data_until_the_real_save_replaces_it() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let draft = json!({ "first_name": "J@", "last_name": "Do" });
    let reply = app.request(axum::http::Method::PUT, "/api/session/draft", Some(&token), Some(draft)).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    let session = app.session_show(&token).await.body;
    assert_eq!(session["draft"]["first_name"], "J@", "a draft is stored as typed, errors and all");
    assert_eq!(session["person_saved"], false);

    app.person_update(&token, person("Jane")).await;
    assert_eq!(app.session_show(&token).await.body["draft"], serde_json::Value::Null);

    let huge = json!({ "street": "x".repeat(201) });
    let reply = app.request(axum::http::Method::PUT, "/api/session/draft", Some(&token), Some(huge)).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_flow_decides_which_fields_are_required_and_a_us_address_needs_a_state() {
    let app = TestApp::spawn().await;
    let token = app.session_create().await;
    let view = app.session_show(&token).await.body;
    let required: Vec<_> = view["flow"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["required"] == true)
        .map(|r| r["field"].clone())
        .collect();
    assert!(required.contains(&"birth_city".into()) && required.contains(&"pep".into()), "{required:?}");

    let mut body = person("Jane");
    body["pep"] = "".into();
    body["salutation"] = "SIR".into();
    let reply = app.person_update(&token, body).await;
    let fields: Vec<_> = reply.body["error"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["field"].clone(), f["code"].clone()))
        .collect();
    assert_eq!(fields, [("salutation".into(), "choice_unknown".into()), ("pep".into(), "required".into())]);
}
