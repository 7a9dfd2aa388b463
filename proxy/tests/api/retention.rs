//! Retention: each rule with the clock moved forward (the job's run takes its `now`), a
//! team's own periods, and the product team's `DELETE /partner/v1/sessions/{id}`.

use crate::helpers::{TestApp, PARTNER_KEY};
use axum::http::{Method, StatusCode};
use kyc_core::capture::CaptureSlot;
use kyc_core::flow::ProviderId;
use kyc_core::IdentificationStatus;
use kyc_proxy::jobs::{retention, JobSettings};
use kyc_proxy::store::{SessionRecord, StoredPicture};
use serde_json::{json, Value};

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// One run of the retention job as of `at_ms`, with the deployment's defaults. The app's own
/// job ran once at its start (due again ten minutes later): while it holds the lease, wait.
async fn sweep(app: &TestApp, at_ms: i64) -> retention::Swept {
    let settings = JobSettings::default();
    for _ in 0..100 {
        if let Some(swept) = retention::round(&app.state.providers, &settings, at_ms).await.unwrap() {
            return swept;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("the retention job stayed taken");
}

fn now_ms() -> i64 {
    kyc_proxy::clock::now().unix_millis()
}

async fn record(app: &TestApp, token: &str) -> SessionRecord {
    app.store.session_find(kyc_proxy::auth::token_hash(token), 0).await.unwrap().unwrap()
}

async fn public_id(app: &TestApp, session: SessionRecord) -> String {
    let sql = "SELECT public_id FROM sessions WHERE id = ?1";
    app.store.read(move |c| c.query_row(sql, kyc_proxy::params![session.id], |r| r.get(0))).await.unwrap()
}

/// The session's identification, started at Solaris and moved to `status`.
async fn decide(app: &TestApp, session: SessionRecord, status: IdentificationStatus) {
    let started =
        kyc_proxy::flow::identification_record(ProviderId::Solaris, "ident-1".into(), IdentificationStatus::Pending);
    app.store.identification_save(session, started, "2026-01-01T10:00:00Z".into()).await.unwrap();
    app.store.identification_update(session, status, None, None, kyc_proxy::clock::now()).await.unwrap();
}

fn picture() -> StoredPicture {
    StoredPicture { content_type: "image/jpeg".into(), width: 640, height: 480, bytes: vec![0xff, 0xd8, 0xff] }
}

async fn pictures(app: &TestApp, session: SessionRecord) -> usize {
    app.store.captures_done(session).await.unwrap().len()
}

/// A new team's key.
async fn team_key(app: &TestApp, name: &str) -> String {
    use kyc_proxy::teams::operator::{run, TeamsCommand};
    run(&app.store, TeamsCommand::Add(name.into())).await.unwrap();
    let team = app.store.teams_list().await.unwrap().into_iter().find(|t| t.name == name).unwrap().id;
    let (key_id, key) = kyc_proxy::teams::new_key();
    app.store.team_key_insert(team, key_id, kyc_proxy::teams::key_hash(&key), "t".into()).await.unwrap();
    key
}

async fn partner_show(app: &TestApp, key: &str, id: &str) -> (StatusCode, Value) {
    let reply = app.request(Method::GET, &format!("/partner/v1/sessions/{id}"), Some(key), None).await;
    (reply.status, reply.body)
}

#[tokio::test]
async fn pictures_go_once_the_provider_has_them_or_after_the_hours_if_never_sent() {
    let app = TestApp::spawn().await;
    let (sent, unsent) =
        (record(&app, &app.ready_session("Ann").await).await, record(&app, &app.ready_session("Bo").await).await);
    for session in [sent, unsent] {
        app.store.capture_save(session, CaptureSlot::Selfie, picture(), "t".into()).await.unwrap();
    }
    decide(&app, sent, IdentificationStatus::Pending).await;
    let start = now_ms();
    assert_eq!(sweep(&app, start + HOUR).await.pictures, 1, "the provider has them");
    assert_eq!((pictures(&app, sent).await, pictures(&app, unsent).await), (0, 1));
    sweep(&app, start + 23 * HOUR).await;
    assert_eq!(pictures(&app, unsent).await, 1, "within the day");
    assert_eq!(sweep(&app, start + 24 * HOUR + 60_000).await.pictures, 1, "never sent: gone after 24 hours");
    assert_eq!(pictures(&app, unsent).await, 0);
}

#[tokio::test]
async fn personal_data_goes_thirty_days_after_the_decision_and_a_referral_keeps_it() {
    let app = TestApp::spawn().await;
    let decided = record(&app, &app.ready_session("Ann").await).await;
    let referred = record(&app, &app.ready_session("Bo").await).await;
    decide(&app, decided, IdentificationStatus::Successful).await;
    decide(&app, referred, IdentificationStatus::Referred).await;
    let start = now_ms();
    assert_eq!(sweep(&app, start + 29 * DAY).await.erased, 0);
    assert!(app.store.person_load(decided).await.unwrap().is_some());

    let swept = sweep(&app, start + 30 * DAY + 60_000).await;
    assert_eq!((swept.erased, swept.abandoned), (1, 0), "the referral is not abandoned either");
    assert!(app.store.person_load(decided).await.unwrap().is_none());
    assert_eq!(app.store.identification_load(decided).await.unwrap().unwrap().status, IdentificationStatus::Successful);
    assert!(app.store.person_load(referred).await.unwrap().is_some(), "an open referral keeps the data");
    assert!(!app.store.consents_load(decided).await.unwrap().is_empty(), "the consents' times stay");

    // The team's review settles the referral: its 30 days start then.
    let review_at = kyc_core::UtcTimestamp::from_unix_millis(start + 40 * DAY);
    assert!(app.store.identification_review(referred, IdentificationStatus::Failed, review_at).await.unwrap());
    assert_eq!(sweep(&app, start + 69 * DAY).await.erased, 0);
    assert_eq!(sweep(&app, start + 70 * DAY + 60_000).await.erased, 1);
    assert!(app.store.person_load(referred).await.unwrap().is_none());
}

#[tokio::test]
async fn abandoned_sessions_go_thirty_days_after_their_last_activity() {
    let app = TestApp::spawn().await;
    let idle = app.ready_session("Ann").await;
    let decided = app.ready_session("Bo").await;
    decide(&app, record(&app, &decided).await, IdentificationStatus::Pending).await;
    let start = now_ms();
    assert_eq!(sweep(&app, start + 29 * DAY).await.abandoned, 0);
    assert_eq!(app.session_show(&idle).await.status, StatusCode::OK);
    assert_eq!(sweep(&app, start + 30 * DAY + 60_000).await.abandoned, 1);
    assert_eq!(app.session_show(&idle).await.status, StatusCode::UNAUTHORIZED, "gone whole");
    assert!(app.store.identification_load(record(&app, &decided).await).await.unwrap().is_some(), "started: kept");
}

#[tokio::test]
async fn expired_codes_tokens_and_old_webhook_rows_go_on_schedule() {
    let app = TestApp::spawn().await;
    let session = record(&app, &app.ready_session("Ann").await).await;
    let start = now_ms();
    let purpose = kyc_proxy::store::CodePurpose::Handoff;
    app.store.code_insert(purpose, session, "expired-code".into(), start - 1).await.unwrap();
    app.store.code_insert(purpose, session, "live-code".into(), start + DAY).await.unwrap();
    let delivered = format!(
        "INSERT INTO webhook_endpoints (id, team_id, url, events, secret, created_at) VALUES ('whe_1', 'deployment', 'https://x.example', ',*,', 's', 't');
         INSERT INTO webhook_events (event_id, endpoint_id, session_public_id, type, body, created_at, created_at_ms, state, next_at_ms)
         VALUES ('msg_1', 'whe_1', 'p', 'session.completed', '{{}}', 't', {start}, 'delivered', 0)"
    );
    for sql in delivered.split(';') {
        let sql = sql.to_owned();
        app.store.call(move |c| c.execute(&sql, kyc_proxy::params![])).await.unwrap();
    }
    let count = |table: &'static str| {
        let store = app.store.clone();
        async move {
            let sql = format!("SELECT COUNT(*) FROM {table}");
            store.read(move |c| c.query_row(&sql, kyc_proxy::params![], |r| r.get::<i64>(0))).await.unwrap()
        }
    };
    sweep(&app, start + HOUR).await;
    assert_eq!((count("single_use_codes").await, count("webhook_events").await), (2, 1), "kept a while");
    sweep(&app, start + 8 * DAY).await;
    assert_eq!(count("single_use_codes").await, 0, "a week after they expired");
    assert_eq!(count("webhook_events").await, 1);
    sweep(&app, start + 31 * DAY).await;
    // (The abandoned session's own `session.data_deleted` is queued meanwhile.)
    let sql = "SELECT COUNT(*) FROM webhook_events WHERE event_id = 'msg_1'";
    let left = app.store.read(move |c| c.query_row(sql, kyc_proxy::params![], |r| r.get::<i64>(0))).await.unwrap();
    assert_eq!(left, 0, "a delivered webhook after 30 days");
}

#[tokio::test]
async fn a_teams_policy_sets_its_own_periods_and_runs_are_leased() {
    use kyc_proxy::teams::operator::{run, TeamsCommand};
    let app = TestApp::spawn().await;
    let key = team_key(&app, "Bank").await;
    let team = app.store.teams_list().await.unwrap().into_iter().find(|t| t.name == "Bank").unwrap().id;
    run(&app.store, TeamsCommand::Set(team, "retention_personal_data_days".into(), "2".into())).await.unwrap();
    let bank = record(&app, &app.partner_session_as(&key, json!({})).await).await;
    let ours = record(&app, &app.partner_session(json!({})).await).await;
    for session in [bank, ours] {
        app.store
            .person_save(session, &serde_json::from_value(crate::helpers::person("X")).unwrap(), "t".into())
            .await
            .unwrap();
        decide(&app, session, IdentificationStatus::Failed).await;
    }
    let start = now_ms();
    assert_eq!(sweep(&app, start + 2 * DAY + 60_000).await.erased, 1, "the bank's two days");
    assert!(app.store.person_load(bank).await.unwrap().is_none());
    assert!(app.store.person_load(ours).await.unwrap().is_some(), "the deployment's 30 days");
    let settings = JobSettings::default();
    let again = retention::round(&app.state.providers, &settings, start + 2 * DAY + 120_000).await.unwrap();
    assert!(again.is_none(), "not due again before the period is over");
}

#[tokio::test]
async fn the_partner_erases_its_own_session_now_and_the_decision_stays() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({})).await;
    assert_eq!(app.person_update(&token, crate::helpers::person("Ann")).await.status, StatusCode::OK);
    let session = record(&app, &token).await;
    app.store.capture_save(session, CaptureSlot::Selfie, picture(), "t".into()).await.unwrap();
    decide(&app, session, IdentificationStatus::Successful).await;
    let id = public_id(&app, session).await;
    let hook = json!({ "url": "http://127.0.0.1:9/hook", "events": ["session.data_deleted"] });
    let made = app.request(Method::POST, "/partner/v1/webhooks", Some(PARTNER_KEY), Some(hook)).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);

    let other_team = team_key(&app, "Shop").await;
    let path = format!("/partner/v1/sessions/{id}");
    assert_eq!(app.request(Method::DELETE, &path, Some(&other_team), None).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        partner_show(&app, PARTNER_KEY, &id).await.1["person"]["first_name"],
        "Ann",
        "another team erased nothing"
    );

    let deleted = app.request(Method::DELETE, &path, Some(PARTNER_KEY), None).await;
    assert_eq!(deleted.status, StatusCode::NO_CONTENT, "{}", deleted.body);
    let (status, shown) = partner_show(&app, PARTNER_KEY, &id).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(shown["status"], "successful", "the decision stays");
    assert_eq!(shown["provider"]["identification_id"], "ident-1", "with the provider's reference for support");
    assert_eq!((shown["person"].clone(), shown["verified_person"].clone()), (Value::Null, Value::Null));
    assert_eq!(pictures(&app, session).await, 0);
    assert_eq!(app.session_show(&token).await.status, StatusCode::UNAUTHORIZED, "the user's session is over");
    assert_eq!(app.request(Method::DELETE, &path, Some(PARTNER_KEY), None).await.status, StatusCode::NO_CONTENT);

    let events = app
        .store
        .read(|c| {
            c.query_row(
                "SELECT COUNT(*) FROM webhook_events WHERE type = 'session.data_deleted'",
                kyc_proxy::params![],
                |r| r.get::<i64>(0),
            )
        })
        .await
        .unwrap();
    assert_eq!(events, 1, "the team hears of it once");
    let audit = app.request(Method::GET, "/partner/v1/audit", Some(PARTNER_KEY), None).await.body;
    let actions: Vec<&str> = audit["entries"].as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
    assert_eq!(actions.iter().filter(|a| **a == "session.delete").count(), 2, "{actions:?}");
}
