//! The manual flow beyond the happy path: German pages and retrying after an abort.

use crate::client::Sim;
use crate::support::{config, page_path};
use axum::http::StatusCode;

const GOOD_START: &str = "mobile_number=0171234567&terms=yes&document=yes";

#[tokio::test]
async fn a_person_without_a_test_name_gets_the_manual_flow_in_german() {
    let sim = Sim::new(config()).await;
    let (_, ident) = sim.requested("Jane", Some("DE")).await;
    let page = sim.page(&page_path(ident["id"].as_str().unwrap(), ""), None).await;
    assert!(page.text.contains("<html lang=\"de\">"));
    assert!(page.text.contains(">Mobilfunknummer</label>"));
    assert!(page.text.contains(">Identifizierung starten</button>"));
}

#[tokio::test]
async fn a_manual_abort_sets_pending_again_when_the_user_restarts() {
    let sim = Sim::new(config()).await;
    let (person, ident) = sim.requested("X-MANUALTEST-ABORTIDENT", None).await;
    let id = ident["id"].as_str().unwrap();
    for _ in 0..2 {
        assert_eq!(sim.page(&page_path(id, "start"), Some(GOOD_START)).await.status, StatusCode::OK);
        assert_eq!(sim.identification(&person, id).await["status"], "pending");
        assert_eq!(sim.page(&page_path(id, "confirm"), Some("ident_code=123456")).await.status, StatusCode::SEE_OTHER);
        let ident = sim.identification(&person, id).await;
        assert_eq!((ident["status"].as_str(), ident["failure_reason"].as_str()), (Some("aborted"), Some("TECH_VIDEO")));
        let landing = sim.page(&page_path(id, ""), None).await;
        assert!(landing.text.contains(">Start identification</button>"), "an aborted call may be retried");
    }
}
