//! The eID schemes: a Norwegian BankID login on its own bank page, and what the simulator
//! refuses as Assure would (an unknown scheme, another scheme's page, a stranger at the bank,
//! an endpoint Assure does not have).

use super::{send, Session};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::json;

fn login_body(process_type: &str) -> serde_json::Value {
    json!({"provider": "eid", "processType": process_type, "redirectUrl": "https://product.test/back"})
}

async fn submit(session: &Session, path: &str, persona: &str) -> (StatusCode, Option<String>) {
    let form = Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("persona={persona}&action=login")))
        .unwrap();
    let (status, location, _) = send(&session.app, form).await;
    (status, location)
}

#[tokio::test]
async fn a_bankid_login_runs_on_the_norwegian_bank_page_and_returns_the_norwegian_address() {
    let session = Session::new("Ingrid", "Hansen", "1987-04-12").await;
    let (status, process) = session.call("POST", "/processes", Some(login_body("nbid"))).await;
    assert_eq!((status, process["processType"].as_str()), (StatusCode::CREATED, Some("nbid")));
    let id = process["processId"].as_str().unwrap();
    assert_eq!(process["redirectUrl"], format!("http://sim.test/signicat/nbid/{id}"));
    let (status, _, page) = send(&session.app, Request::get(format!("/nbid/{id}")).body(Body::empty()).unwrap()).await;
    let page = String::from_utf8(page).unwrap();
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Log in with BankID") && page.contains("value=\"ingrid\"") && !page.contains("claire"));
    let (status, location) = submit(&session, &format!("/nbid/{id}"), "ingrid").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(location.unwrap().ends_with("&status=accepted"));
    let (_, process) = session.call("GET", &format!("/processes/{id}"), None).await;
    assert_eq!(
        process["finalResult"]["address"],
        json!({"street": "Karl Johans gate", "houseNumber": "22",
        "postalCode": "0159", "city": "Oslo", "country": "NO"})
    );
}

#[tokio::test]
async fn what_assure_would_refuse_is_refused() {
    let session = Session::new("Claire", "de Vries", "1990-05-17").await;
    let (status, problem) = session.call("POST", "/processes", Some(login_body("mitid"))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "a scheme this sandbox does not offer");
    assert_eq!(problem["instance"], format!("/assure/dossiers/{}/processes", session.dossier));
    assert_eq!(problem["method"], "POST");

    let (_, process) = session.call("POST", "/processes", Some(login_body("idin"))).await;
    let id = process["processId"].as_str().unwrap();
    let (status, _, _) = send(&session.app, Request::get(format!("/nbid/{id}")).body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "an iDIN login has no BankID page");
    let (status, _) = submit(&session, &format!("/idin/{id}"), "ingrid").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a Dutch bank does not know a Norwegian");
    let (status, _) = session.call("GET", &format!("/processes/{id}"), None).await;
    assert_eq!(status, StatusCode::OK, "still pending");

    // Assure documents no such endpoints: the proof is Get dossier itself.
    for path in ["/evidence", "/proof", "/processes/{id}/result"] {
        let (status, problem) = session.call("GET", &path.replace("{id}", id), None).await;
        assert_eq!((status, problem["status"].as_u64()), (StatusCode::NOT_FOUND, Some(404)), "{path}");
    }
}
