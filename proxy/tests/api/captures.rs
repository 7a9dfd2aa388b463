//! Uploads of the ID document and the selfie: what is accepted, what is refused (with a clear
//! error and nothing kept), and that the pictures never come back out.

use crate::helpers::TestApp;
use axum::http::{Method, StatusCode};
use image::{ImageFormat, RgbImage};
use serde_json::json;
use std::collections::BTreeMap;
use std::io::Cursor;
use std::sync::Mutex;

/// A picture with some detail in it, encoded as `format`. Each size and format is made once per
/// test process: the encoder's generic code is compiled unoptimised here, and making the
/// pictures again took a good part of every identification test.
pub fn picture(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    /// Width, height and the format's file extension.
    type Made = BTreeMap<(u32, u32, &'static str), Vec<u8>>;
    static MADE: Mutex<Made> = Mutex::new(BTreeMap::new());
    let key = (width, height, format.extensions_str()[0]);
    if let Some(made) = MADE.lock().unwrap().get(&key) {
        return made.clone();
    }
    let img = RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    MADE.lock().unwrap().entry(key).or_insert(out.into_inner()).clone()
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A real, tiny PNG of a black picture whose header then claims 60000 x 60000 pixels: decoding
/// it as it says would take over 10 GB.
fn decompression_bomb() -> Vec<u8> {
    let mut png = picture(1000, 1000, ImageFormat::Png);
    // IHDR data starts after the 8-byte signature, 4-byte length and 4-byte type.
    png[16..20].copy_from_slice(&60_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&60_000u32.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

/// What is sent (name, content type, bytes) and what must come back (status, code, part of the message).
type Refusal = (&'static str, &'static str, Vec<u8>, StatusCode, &'static str, &'static str);

async fn done(app: &TestApp, token: &str) -> serde_json::Value {
    let reply = app.request(Method::GET, "/api/captures", Some(token), None).await;
    assert_eq!(reply.status, StatusCode::OK);
    reply.body["done"].clone()
}

#[tokio::test]
async fn a_good_picture_is_kept_and_only_its_slot_is_reported_back() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "capture_document": "ID_CARD" })).await;
    let reply = app.request(Method::GET, "/api/captures", Some(&token), None).await;
    assert_eq!(reply.body["required"], json!(["document_front", "document_back", "selfie"]));
    let jpeg = picture(1600, 1000, ImageFormat::Jpeg);
    let reply = app.upload("/api/captures/document_front", &token, "image/jpeg", jpeg.clone()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_eq!(reply.body["required"], json!(["document_front", "document_back", "selfie"]));
    assert_eq!(reply.body["done"], json!(["document_front"]));
    // A retake replaces the picture; PNG is fine too.
    let png = picture(800, 600, ImageFormat::Png);
    assert_eq!(app.upload("/api/captures/document_front", &token, "image/png", png).await.status, StatusCode::OK);
    assert_eq!(done(&app, &token).await, json!(["document_front"]));
    // There is no way to read a picture back.
    for path in ["/api/captures/document_front", "/api/captures/document_front/image"] {
        let (status, _, body) = app.raw(Method::GET, path, Some(&token)).await;
        assert!(status == StatusCode::METHOD_NOT_ALLOWED || status == StatusCode::NOT_FOUND, "{path}: {status}");
        assert!(body.len() < 200);
    }
}

#[tokio::test]
async fn bad_uploads_are_refused_with_a_clear_error_and_nothing_is_kept() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "capture_document": "ID_CARD" })).await;
    let jpeg = picture(1200, 800, ImageFormat::Jpeg);
    let truncated = jpeg[..jpeg.len() / 2].to_vec();
    let png = picture(800, 600, ImageFormat::Png);
    let truncated_png = png[..png.len() * 2 / 3].to_vec();
    let too_large = [jpeg.clone(), vec![0u8; 4 * 1024 * 1024]].concat();
    let cases: Vec<Refusal> = vec![
        (
            "not an image",
            "image/png",
            b"GIF89a, or rather plain text".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_image",
            "not a JPEG or PNG",
        ),
        (
            "another type",
            "image/gif",
            jpeg.clone(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "JPEG and PNG",
        ),
        (
            "a PNG sent as JPEG",
            "image/jpeg",
            picture(800, 600, ImageFormat::Png),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_image",
            "not a JPEG or PNG",
        ),
        ("too large", "image/jpeg", too_large, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", "too large"),
        (
            "too wide",
            "image/png",
            picture(2400, 900, ImageFormat::Png),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_image",
            "2000 pixels",
        ),
        (
            "a sliver",
            "image/png",
            picture(1500, 100, ImageFormat::Png),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_image",
            "480 pixels",
        ),
        (
            "a decompression bomb",
            "image/png",
            decompression_bomb(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_image",
            "too large",
        ),
        ("a truncated JPEG", "image/jpeg", truncated, StatusCode::UNPROCESSABLE_ENTITY, "invalid_image", "incomplete"),
        (
            "a truncated PNG",
            "image/png",
            truncated_png,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_image",
            "incomplete",
        ),
    ];
    for (what, content_type, bytes, status, code, message) in cases {
        let reply = app.upload("/api/captures/document_front", &token, content_type, bytes).await;
        assert_eq!(reply.status, status, "{what}: {}", reply.body);
        assert_eq!(reply.body["error"]["code"], code, "{what}");
        assert!(reply.body["error"]["message"].as_str().unwrap().contains(message), "{what}: {}", reply.body);
    }
    assert_eq!(done(&app, &token).await, json!([]));
}

#[tokio::test]
async fn only_the_slots_the_document_has_can_be_uploaded() {
    let app = TestApp::spawn().await;
    let passport = app.partner_session(json!({ "capture_document": "PASSPORT" })).await;
    let jpeg = picture(1200, 800, ImageFormat::Jpeg);
    let back = app.upload("/api/captures/document_back", &passport, "image/jpeg", jpeg.clone()).await;
    assert_eq!(back.status, StatusCode::NOT_FOUND, "a passport's photo page has no back");
    let unknown = app.upload("/api/captures/tattoo", &passport, "image/jpeg", jpeg.clone()).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let plain = app.session_create().await;
    let none = app.upload("/api/captures/selfie", &plain, "image/jpeg", jpeg.clone()).await;
    assert_eq!(none.status, StatusCode::NOT_FOUND, "a session that takes no pictures");
    let anonymous = app.request(Method::GET, "/api/captures", None, None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_flow_with_a_capture_step_asks_which_document_and_then_its_pictures() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "flow": "iddataweb_phone" })).await;
    let captures = || app.request(Method::GET, "/api/captures", Some(&token), None);
    let reply = captures().await;
    let offered = json!(["ID_CARD", "PASSPORT", "DRIVERS_LICENSE"]);
    let asked = json!({ "required": [], "done": [], "document": null, "choosable": true, "offered": offered });
    assert_eq!(reply.body, asked);
    let choose =
        |kind: &str| app.request(Method::PUT, "/api/captures/document", Some(&token), Some(json!({ "kind": kind })));
    let reply = choose("PASSPORT").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body["required"], json!(["document_front", "selfie"]));
    // Changing one's mind before the pictures are handed over.
    let reply = choose("ID_CARD").await;
    assert_eq!(reply.body["required"], json!(["document_front", "document_back", "selfie"]));
    assert_eq!(captures().await.body["document"], "ID_CARD");
    assert!(choose("DRIVING_LICENCE").await.status.is_client_error());

    // The video call's flow takes no pictures, and there is nothing to choose.
    let solaris = app.partner_session(json!({ "flow": "solaris_idnow" })).await;
    let reply = app.request(Method::GET, "/api/captures", Some(&solaris), None).await;
    assert_eq!(reply.body["required"], json!([]));
    assert_eq!(reply.body["choosable"], false);
}

#[tokio::test]
async fn a_document_fixed_by_the_product_team_cannot_be_changed() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "flow": "iddataweb_phone", "capture_document": "PASSPORT" })).await;
    let reply = app.request(Method::GET, "/api/captures", Some(&token), None).await;
    assert_eq!(
        reply.body,
        json!({
            "required": ["document_front", "selfie"],
            "done": [],
            "document": "PASSPORT",
            "choosable": false,
            "offered": ["ID_CARD", "PASSPORT", "DRIVERS_LICENSE"]
        })
    );
    let body = json!({ "kind": "ID_CARD" });
    let reply = app.request(Method::PUT, "/api/captures/document", Some(&token), Some(body)).await;
    assert_eq!(reply.status, StatusCode::CONFLICT);
    assert_eq!(app.request(Method::GET, "/api/captures", Some(&token), None).await.body["document"], "PASSPORT");
}

/// The signals of the upload of `bytes` to `slot`, sent as the app sends them.
async fn upload_with_signals(app: &TestApp, token: &str, slot: &str, signals: &str) -> crate::helpers::Reply {
    let req = axum::http::Request::builder()
        .method(Method::PUT)
        .uri(format!("/api/captures/{slot}"))
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "image/jpeg")
        .header("kyc-capture-signals", signals)
        .body(axum::body::Body::from(picture(1600, 1000, ImageFormat::Jpeg)))
        .unwrap();
    app.send(req).await
}

#[tokio::test]
async fn what_the_capture_noticed_is_kept_with_the_picture_and_shown_to_the_team_only() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "capture_document": "ID_CARD" })).await;
    let noticed = json!({
        "source": "auto_capture",
        "track": {
            "requested": { "width": 1920, "height": 1080 },
            "delivered": { "width": 640, "height": 480 },
            "facing_requested": "environment",
            "facing_delivered": "unknown",
            "virtual_camera": true
        },
        "frames_analysed": 12,
        "frame_gaps": 1,
        "longest_gap_ms": 1400
    });
    let reply = upload_with_signals(&app, &token, "document_front", &noticed.to_string()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    // Anything but the typed signals is refused, and the picture with them.
    let labelled = json!({ "source": "camera", "track": null, "frames_analysed": 1, "frame_gaps": 0, "longest_gap_ms": 0, "label": "Jane's phone" });
    let refused = upload_with_signals(&app, &token, "document_back", &labelled.to_string()).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(done(&app, &token).await, json!(["document_front"]));

    let list = app.request(Method::GET, "/partner/v1/sessions", Some(crate::helpers::PARTNER_KEY), None).await;
    let id = list.body[0]["id"].as_str().unwrap().to_owned();
    let detail =
        app.request(Method::GET, &format!("/partner/v1/sessions/{id}"), Some(crate::helpers::PARTNER_KEY), None).await;
    let mut expected = noticed.clone();
    expected["slot"] = json!("document_front");
    assert_eq!(detail.body["signals"], json!([expected]));
    // The browser's own view of the captures says nothing of them.
    let view = app.request(Method::GET, "/api/captures", Some(&token), None).await;
    assert!(!view.body.to_string().contains("virtual"));
}

#[tokio::test]
async fn the_proxy_reads_a_documents_zone_again_and_tells_the_team_which_typed_field_differs() {
    let app = TestApp::spawn().await;
    let token = app.partner_session(json!({ "capture_document": "PASSPORT" })).await;
    // Typed: Anna Maria Eriksson, born on 12 August 1974 as the zone says, but another day.
    let mut person = crate::helpers::person("Anna Maria");
    person["last_name"] = json!("Eriksson");
    person["birth_date"] = json!("1974-08-13");
    let saved = app.person_update(&token, person).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let zone = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F3012154ZE184226B<<<<<14"];
    let (luma, width) = kyc_mrz::specimen::picture(&zone, 19.0, 1.5);
    let picture = image::GrayImage::from_raw(width as u32, (luma.len() / width) as u32, luma).unwrap();
    let mut png = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut png, ImageFormat::Png).unwrap();
    let reply = app.upload("/api/captures/document_front", &token, "image/png", png.into_inner()).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);

    let list = app.request(Method::GET, "/partner/v1/sessions", Some(crate::helpers::PARTNER_KEY), None).await;
    let id = list.body[0]["id"].as_str().unwrap().to_owned();
    let detail =
        app.request(Method::GET, &format!("/partner/v1/sessions/{id}"), Some(crate::helpers::PARTNER_KEY), None).await;
    let differs = json!({ "finding": "differs", "field": "birth_date" });
    assert_eq!(
        detail.body["mrz_checks"],
        json!([{ "slot": "document_front", "zone": "valid", "findings": [differs] }]),
        "{}",
        detail.body
    );
    // Which field, never what the zone says.
    assert!(!detail.body["mrz_checks"].to_string().contains("1974"));
}
