//! Encryption at rest, seen from outside: after a whole flow, a copy of the database file
//! without the key holds none of the personal data, the prefill or the pictures.

use crate::captures::picture;
use crate::helpers::TestApp;
use axum::http::{Method, StatusCode};
use image::ImageFormat;
use kyc_proxy::store::{Keyring, Store};
use serde_json::json;

/// Whether `needle` occurs in `haystack`.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn a_copy_of_the_database_file_reveals_no_personal_data_and_no_picture() {
    let dir = std::env::temp_dir().join(format!("kyc-raw-{}-{}", std::process::id(), kyc_proxy::random::hex(4)));
    let path = dir.join("kyc.sqlite3");
    let store = Store::open(path.to_str().unwrap(), 4, Keyring::for_tests()).unwrap();
    let app = TestApp::spawn_on(store).await;
    let prefill = json!({ "email": "prefill.qwertzuiop@example.com", "last_name": "Plokmijnuhb" });
    let body = json!({ "capture_document": "ID_CARD", "prefill": prefill, "locked_fields": ["last_name"] });
    let token = app.partner_session(body).await;
    let jpeg = picture(800, 500, ImageFormat::Jpeg);
    let reply = app.upload("/api/captures/document_front", &token, "image/jpeg", jpeg.clone()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let mut person = crate::helpers::person("Zyxwvutsrq");
    person["last_name"] = json!("Plokmijnuhb");
    person["email"] = json!("zyxwvutsrq.mail@example.com");
    let reply = app.request(Method::PUT, "/api/session/draft", Some(&token), Some(person.clone())).await;
    assert!(reply.status.is_success(), "{}", reply.body);
    let reply = app.person_update(&token, person).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    // Everything reads back through the proxy, which has the key.
    let shown = app.session_show(&token).await;
    assert_eq!(shown.body["person"]["first_name"], "Zyxwvutsrq", "{}", shown.body);
    let kept = app.store.clone();
    let session = kept.session_find(kyc_proxy::auth::token_hash(&token), 0).await.unwrap().unwrap();
    let slot = kyc_core::capture::CaptureSlot::ALL[0];
    assert_eq!(kept.capture_load(session, slot).await.unwrap().unwrap().bytes, jpeg);

    // The database as a backup would copy it: the file and its write-ahead log.
    let mut raw = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        raw.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    assert!(contains(&raw, b"session_keys"), "the file was read");
    for secret in ["Zyxwvutsrq", "Plokmijnuhb", "zyxwvutsrq.mail@example.com", "prefill.qwertzuiop", "Amrumer"] {
        assert!(!contains(&raw, secret.as_bytes()), "{secret} is in the database file");
    }
    let middle = &jpeg[jpeg.len() / 2..jpeg.len() / 2 + 32];
    assert!(!contains(&raw, middle), "the picture's bytes are in the database file");
    let _ = std::fs::remove_dir_all(&dir);
}
