//! Prospects are purged 90 days after their creation, with everything that links to them
//! (webview, activation code, booked IBAN): those live inside the prospect, so they go with it.
//! Validated users are customers, not prospects, and stay.

use super::errors::{json_body, ApiError};
use super::store::Store;
use super::Sim;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

/// How long a prospect is kept.
pub const PROSPECT_LIFETIME_DAYS: i64 = 90;

const DAY_MS: i64 = 86_400_000;

/// Removes the prospects created at least 90 days before `now_ms`; returns how many.
pub(crate) fn purge(store: &mut Store, now_ms: i64) -> usize {
    let before = store.prospects.len();
    store
        .prospects
        .retain(|_, p| p.record_status() == "Validated" || now_ms - p.created_at_ms < PROSPECT_LIFETIME_DAYS * DAY_MS);
    before - store.prospects.len()
}

#[derive(Deserialize)]
struct PurgeRequest {
    now: String,
}

/// `POST /sandbox/purge` with `{"now": "2027-03-01T00:00:00Z"}`: runs the purge as if it were
/// that moment.
pub(crate) async fn purge_create(State(sim): State<Sim>, body: Bytes) -> Result<Json<Value>, ApiError> {
    let PurgeRequest { now } = json_body(&body)?;
    let now = kyc_core::UtcTimestamp::parse(&now)
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "invalid_now", format!("now {e}")))?;
    let purged = purge(&mut sim.store(), now.unix_millis());
    Ok(Json(json!({ "purged": purged })))
}

#[cfg(test)]
mod tests {
    use super::super::profile::Profile;
    use super::super::prospect::{Diligence, DiligenceStatus, Identity, Prospect, Webview};
    use super::super::rules::FatcaResult;
    use super::*;

    fn prospect(id: &str, created_at_ms: i64) -> Prospect {
        let mut p = Prospect::new(id.into(), "PUB".into(), created_at_ms, Profile::default());
        p.activation_code = format!("code-{id}");
        p.webview = Some(Webview { technical_id: format!("tech-{id}"), token: "tok".into(), finished: false });
        p
    }

    fn customer(id: &str, created_at_ms: i64) -> Prospect {
        let mut p = prospect(id, created_at_ms);
        p.identity = Identity::Judged(vec![Diligence::new("SCTIN", DiligenceStatus::Validated, "")]);
        p.declarative_at = Some("x".into());
        p.fatca = Some(FatcaResult { vraisemblance_ok: true, expected_documents: vec![] });
        p.cgu_accepted_at = Some("x".into());
        p
    }

    #[test]
    fn prospects_of_ninety_days_go_with_their_links_and_nothing_else_does() {
        let now = 200 * DAY_MS;
        let mut store = Store::default();
        for p in [
            prospect("old", now - 90 * DAY_MS),
            prospect("older", now - 150 * DAY_MS),
            prospect("young", now - 90 * DAY_MS + 1),
            customer("old-customer", now - 150 * DAY_MS),
        ] {
            store.prospects.insert(p.app_user_id.clone(), p);
        }
        assert_eq!(purge(&mut store, now), 2);
        let mut left: Vec<&str> = store.prospects.keys().map(String::as_str).collect();
        left.sort();
        assert_eq!(left, ["old-customer", "young"]);
        assert!(store.by_activation_code("code-old").is_none());
        assert!(store.by_webview("tech-old", "tok").is_none());
        assert!(store.by_activation_code("code-young").is_some());
        assert!(store.by_webview("tech-young", "tok").is_some());
        // Running it again at the same moment removes nothing more.
        assert_eq!(purge(&mut store, now), 0);
    }
}
