use crate::client::Sim;
use crate::support::{config, page_path, redirect_for};
use axum::http::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn the_autotest_page_submits_itself_and_may_be_framed_by_the_product() {
    let sim = Sim::new(config()).await;
    let (_, ident) = sim.requested("X-AUTOTEST-HAPPYPATH", None).await;
    let id = ident["id"].as_str().unwrap();
    let page = sim.page(&page_path(id, ""), None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.header("content-security-policy"), "frame-ancestors http://127.0.0.1:8080");
    assert!(page.headers.get("x-frame-options").is_none());
    assert!(page.header("content-type").starts_with("text/html"));
    for part in [
        "<html lang=\"en\">",
        "<main>",
        "<h1>IDnow video identification (sandbox)</h1>",
        "role=\"status\"",
        "Finish now",
        "<script>",
    ] {
        assert!(page.text.contains(part), "missing {part}");
    }
    assert!(page
        .text
        .contains(&format!("<form id=\"finish-form\" method=\"post\" action=\"{}\">", page_path(id, "finish"))));
}

#[tokio::test]
async fn a_page_for_an_identification_not_requested_yet_is_not_found() {
    let sim = Sim::new(config()).await;
    let person = sim.person("Jane", "Doe").await;
    let created =
        sim.api(Method::POST, &format!("/v1/persons/{person}/identifications"), Some(json!({"method": "idnow"}))).await;
    let page = sim.page(&page_path(created.json()["id"].as_str().unwrap(), ""), None).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.text.contains("<h1>Identification not found</h1>"));
    assert_eq!(sim.page(&page_path("nope", ""), None).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_manual_flow_checks_each_input_and_returns_to_the_product() {
    let sim = Sim::new(config()).await;
    let (person, ident) = sim.requested("X-MANUALTEST-HAPPYPATH", None).await;
    let id = ident["id"].as_str().unwrap();
    let landing = sim.page(&page_path(id, ""), None).await;
    for part in [
        "<label for=\"mobile_number\">Mobile number</label>",
        "I accept the IDnow terms and conditions",
        "I have my valid ID document at hand",
        ">Start identification</button>",
    ] {
        assert!(landing.text.contains(part), "missing {part}");
    }
    assert!(!landing.text.contains("aria-invalid"));

    let wrong = sim.page(&page_path(id, "start"), Some("mobile_number=%2B4917112345&document=yes")).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text.contains("aria-invalid=\"true\" aria-describedby=\"mobile-hint mobile-error\""));
    assert!(wrong.text.contains("id=\"mobile-error\""));
    assert!(wrong.text.contains("id=\"terms-error\""));
    assert!(!wrong.text.contains("id=\"document-error\""));
    assert!(wrong.text.contains("value=\"+4917112345\""), "the typed number is kept");

    let accepted = sim.page(&page_path(id, "start"), Some("mobile_number=%2B15550101&terms=yes&document=yes")).await;
    assert_eq!(accepted.status, StatusCode::OK);
    assert!(accepted.text.contains("<label for=\"ident_code\">Ident code</label>"));
    let wrong_code = sim.page(&page_path(id, "confirm"), Some("ident_code=654321")).await;
    assert_eq!(wrong_code.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong_code.text.contains("aria-describedby=\"code-hint code-error\""));
    assert_eq!(sim.identification(&person, id).await["status"], "pending");

    let confirmed = sim.page(&page_path(id, "confirm"), Some("ident_code=123456")).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert_eq!(confirmed.header("location"), redirect_for(id));
    assert_eq!(sim.identification(&person, id).await["status"], "pending_successful");
    let finished = sim.page(&page_path(id, ""), None).await;
    assert!(finished.text.contains("<h1>This identification is finished</h1>"));
}
