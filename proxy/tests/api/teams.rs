//! Product teams as tenants: each key sees only its own team's sessions on every partner route,
//! keys rotate and revoke at once, each team's policy decides its own sessions, and the audit
//! trail records each action once without personal data.

use crate::helpers::{person, TestApp, PARTNER_KEY};
use crate::onfido::{decided, submitted_as, PRIYA, STRICT};
use axum::http::{Method, StatusCode};
use kyc_proxy::teams::operator::{run, TeamsCommand};
use kyc_proxy::teams::{key_hash, new_key};
use serde_json::{json, Value};

/// A new team with one key: its id and the key.
async fn team(app: &TestApp, name: &str) -> (String, String) {
    run(&app.store, TeamsCommand::Add(name.into())).await.unwrap();
    let id = app.store.teams_list().await.unwrap().into_iter().find(|t| t.name == name).unwrap().id;
    (id.clone(), key_for(app, &id).await.1)
}

/// Another key for the team: its id and the key.
async fn key_for(app: &TestApp, team: &str) -> (String, String) {
    let (key_id, key) = new_key();
    app.store
        .team_key_insert(team.into(), key_id.clone(), key_hash(&key), "2026-12-06T10:00:00.000Z".into())
        .await
        .unwrap();
    (key_id, key)
}

async fn set(app: &TestApp, team: &str, setting: &str, value: &str) {
    run(&app.store, TeamsCommand::Set(team.into(), setting.into(), value.into())).await.unwrap();
}

/// A session the team whose key is `key` launched: its public id and the browser's token.
async fn launched(app: &TestApp, key: &str, options: Value) -> (String, String) {
    let before: Vec<Value> = sessions(app, key).await;
    let token = app.partner_session_as(key, options).await;
    let after = sessions(app, key).await;
    let id = after.iter().find(|s| !before.contains(s)).unwrap()["id"].as_str().unwrap().to_owned();
    (id, token)
}

async fn sessions(app: &TestApp, key: &str) -> Vec<Value> {
    let list = app.request(Method::GET, "/partner/v1/sessions", Some(key), None).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    list.body.as_array().unwrap().clone()
}

#[tokio::test]
async fn each_team_sees_only_its_own_sessions_on_every_partner_route() {
    let app = TestApp::spawn().await;
    let (_, bank) = team(&app, "Bank").await;
    let (_, shop) = team(&app, "Shop").await;
    let (banks, _) = launched(&app, &bank, json!({})).await;
    let (shops, _) = launched(&app, &shop, json!({})).await;
    // A session the app made itself belongs to the deployment's own team.
    app.session_create().await;

    let ids = |list: Vec<Value>| list.iter().map(|s| s["id"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
    assert_eq!(ids(sessions(&app, &bank).await), std::slice::from_ref(&banks));
    assert_eq!(ids(sessions(&app, &shop).await), std::slice::from_ref(&shops));
    assert!(!ids(sessions(&app, PARTNER_KEY).await).iter().any(|id| *id == banks || *id == shops));

    // Every route on another team's session answers exactly as for one that does not exist.
    for (method, path) in [
        (Method::GET, format!("/partner/v1/sessions/{shops}")),
        (Method::GET, format!("/partner/v1/sessions/{shops}/documents")),
        (Method::GET, format!("/partner/v1/sessions/{shops}/documents/doc_1")),
        (Method::POST, format!("/partner/v1/sessions/{shops}/links")),
        (Method::POST, format!("/partner/v1/sessions/{shops}/review")),
    ] {
        let body = (method == Method::POST).then(|| json!({ "outcome": "accepted" }));
        let theirs = app.request(method.clone(), &path, Some(&bank), body.clone()).await;
        let missing =
            app.request(method.clone(), &path.replace(&shops, "ses_000000000000000000000000"), Some(&bank), body).await;
        assert_eq!((theirs.status, &theirs.body), (StatusCode::NOT_FOUND, &missing.body), "{method} {path}");
    }
    assert_eq!(
        app.request(Method::GET, &format!("/partner/v1/sessions/{banks}"), Some(&bank), None).await.status,
        StatusCode::OK
    );
    // Each trail holds the team's own actions only.
    let trail = app.request(Method::GET, "/partner/v1/audit", Some(&shop), None).await.body;
    assert!(trail["entries"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["session"].is_null() || e["session"] == shops.as_str()));
}

#[tokio::test]
async fn a_rotated_key_works_beside_the_old_one_and_a_revoked_key_is_refused_at_once() {
    let app = TestApp::spawn().await;
    let (id, first) = team(&app, "Bank").await;
    let (second_id, second) = key_for(&app, &id).await;
    assert_eq!(sessions(&app, &first).await, sessions(&app, &second).await);
    let first_id = app.store.teams_list().await.unwrap()[0].keys.iter().find(|k| k.0 != second_id).unwrap().0.clone();
    run(&app.store, TeamsCommand::KeyRevoke(first_id)).await.unwrap();
    let refused = app.request(Method::GET, "/partner/v1/sessions", Some(&first), None).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.request(Method::GET, "/partner/v1/sessions", Some(&second), None).await.status, StatusCode::OK);
    assert!(run(&app.store, TeamsCommand::KeyRevoke("key_nothing".into())).await.is_err());
}

#[tokio::test]
async fn a_flow_the_team_may_not_launch_is_refused_and_its_default_is_its_own() {
    let app = TestApp::spawn().await;
    let (id, key) = team(&app, "Shop").await;
    set(&app, &id, "flows", "onfido_documents").await;
    let create = |body: Value| app.request(Method::POST, "/partner/v1/sessions", Some(&key), Some(body));
    let refused = create(json!({ "flow": "solaris_idnow" })).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.body["error"]["message"], "flow solaris_idnow is not among this team's flows: onfido_documents");
    let (_, token) = launched(&app, &key, json!({})).await;
    assert_eq!(app.session_show(&token).await.body["flow"]["id"], "onfido_documents", "its only flow by default");
    // The deployment's own team is not bound by it.
    assert_eq!(
        app.request(Method::POST, "/partner/v1/sessions", Some(PARTNER_KEY), Some(json!({ "flow": "solaris_idnow" })))
            .await
            .status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn each_teams_residence_countries_decide_its_own_sessions() {
    let app = TestApp::spawn().await;
    let (id, key) = team(&app, "France only").await;
    set(&app, &id, "residence_countries", "FR").await;
    let (_, theirs) = launched(&app, &key, json!({ "flow": "solaris_idnow" })).await;
    let (_, ours) = launched(&app, PARTNER_KEY, json!({ "flow": "solaris_idnow" })).await;
    // Living in Germany: refused for the French team, accepted by the deployment's countries.
    let refused = app.person_update(&theirs, person("Jane")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert_eq!(refused.body["error"]["fields"][0]["code"], "country_not_allowed");
    assert!(refused.body["error"]["fields"][0]["message"].as_str().unwrap().ends_with("allowed: FR"));
    assert_eq!(app.person_update(&ours, person("Jane")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn each_teams_onfido_rules_decide_its_own_sessions() {
    let app = TestApp::spawn().await;
    let (id, strict) = team(&app, "Strict").await;
    set(&app, &id, "onfido_rules", STRICT).await;
    // Priya's date of birth is not on file: the strict team refers her, the deployment's
    // rules (the clear reports) accept her.
    let token = submitted_as(&app, &strict, &PRIYA, "PASSPORT").await;
    assert_eq!(decided(&app, &token).await["status"], "referred");
    let token = submitted_as(&app, PARTNER_KEY, &PRIYA, "PASSPORT").await;
    assert_eq!(decided(&app, &token).await["status"], "successful");
}

#[tokio::test]
async fn the_audit_trail_records_each_partner_action_once_without_personal_data() {
    let app = TestApp::spawn().await;
    let (id, key) = team(&app, "Bank").await;
    let prefill = json!({ "first_name": "Claire", "last_name": "Dubois", "email": "claire@example.com" });
    let (session, _) = launched(&app, &key, json!({ "prefill": prefill })).await;
    app.request(Method::GET, &format!("/partner/v1/sessions/{session}"), Some(&key), None).await;
    app.request(Method::POST, &format!("/partner/v1/sessions/{session}/links"), Some(&key), None).await;
    let trail = app.request(Method::GET, "/partner/v1/audit", Some(&key), None).await;
    assert_eq!(trail.status, StatusCode::OK);
    let key_id = app.store.teams_list().await.unwrap().into_iter().find(|t| t.id == id).unwrap().keys[0].0.clone();
    let actions: Vec<(String, String, Value)> = trail.body["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (e["action"].as_str().unwrap().to_owned(), e["actor"].as_str().unwrap().to_owned(), e["session"].clone())
        })
        .collect();
    let s = json!(session);
    // Newest first; `launched` listed the sessions before and after the creation.
    assert_eq!(
        actions,
        [
            ("link.renew".into(), key_id.clone(), s.clone()),
            ("session.read".into(), key_id.clone(), s.clone()),
            ("sessions.list".into(), key_id.clone(), Value::Null),
            ("session.create".into(), key_id.clone(), s.clone()),
            ("sessions.list".into(), key_id.clone(), Value::Null),
            ("key.add".into(), "operator".into(), Value::Null),
            ("team.add".into(), "operator".into(), Value::Null),
        ]
    );
    let text = trail.body.to_string();
    for personal in ["Claire", "Dubois", "claire@example.com"] {
        assert!(!text.contains(personal), "{personal} in {text}");
    }
    // Another team's trail is its own.
    let (_, other) = team(&app, "Other").await;
    let theirs = app.request(Method::GET, "/partner/v1/audit", Some(&other), None).await.body;
    assert!(!theirs.to_string().contains(&session));
}

#[tokio::test]
async fn what_a_launch_leaves_out_comes_from_the_teams_policy() {
    let app = TestApp::spawn().await;
    let (id, key) = team(&app, "Neo").await;
    set(&app, &id, "xpollens_steps", "tax, identity, declaration, terms").await;
    let (_, token) = launched(&app, &key, json!({ "flow": "xpollens_account" })).await;
    let steps = app.session_show(&token).await.body["flow"]["steps"].clone();
    let at = |step: &str| steps.as_array().unwrap().iter().position(|s| s == step).unwrap();
    assert!(at("tax") < at("identity"), "{steps}");
    // The launch's own order still wins.
    let order = json!(["identity", "declaration", "tax", "terms"]);
    let (_, token) = launched(&app, &key, json!({ "flow": "xpollens_account", "steps": order })).await;
    let steps = app.session_show(&token).await.body["flow"]["steps"].clone();
    let at = |step: &str| steps.as_array().unwrap().iter().position(|s| s == step).unwrap();
    assert!(at("identity") < at("tax"), "{steps}");
}

#[tokio::test]
async fn text_messages_stop_at_the_teams_limit_per_session() {
    let app = TestApp::spawn().await;
    let (id, key) = team(&app, "Thrifty").await;
    set(&app, &id, "sms_per_session", "1").await;
    let app = &app;
    let sms = |token: String| async move {
        app.request(Method::POST, "/api/handoffs/sms", Some(&token), Some(json!({}))).await
    };
    let (_, theirs) = launched(app, &key, json!({ "capture_document": "ID_CARD" })).await;
    assert_eq!(app.person_update(&theirs, person("Jane")).await.status, StatusCode::OK);
    assert_eq!(sms(theirs.clone()).await.status, StatusCode::ACCEPTED);
    let refused = sms(theirs.clone()).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.body["error"]["message"].as_str().unwrap().contains("QR code"), "the way on");
    // The deployment's limit (five a day) for its own sessions.
    let (_, ours) = launched(app, PARTNER_KEY, json!({ "capture_document": "ID_CARD" })).await;
    assert_eq!(app.person_update(&ours, person("Jane")).await.status, StatusCode::OK);
    for _ in 0..5 {
        assert_eq!(sms(ours.clone()).await.status, StatusCode::ACCEPTED);
    }
    assert_eq!(sms(ours).await.status, StatusCode::TOO_MANY_REQUESTS);
}
