//! Bounded resources, on the real binary over loopback: a storm of uploads of pictures that are
//! costly to decode leaves the proxy answering its health probe at once.

use crate::harness::{Deployment, PARTNER_KEY};
use image::{ImageFormat, RgbImage};
use reqwest::Method;
use serde_json::json;
use std::io::Cursor;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Uploads sent at once.
const UPLOADS: usize = 200;
/// Every health answer must come within this meanwhile (the test runs alone: the other tests'
/// processes would share the two cores; its own client and the simulators still do).
const HEALTH_MAX: Duration = Duration::from_millis(100);

/// A black picture of the largest size allowed: a few kilobytes that decode to 12 MB.
fn largest_black_png() -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    RgbImage::new(2000, 2000).write_to(&mut out, ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The same file whose header claims 60000 x 60000 pixels (over 10 GB decoded).
fn claimed_huge_png() -> Vec<u8> {
    let mut png = largest_black_png();
    png[16..20].copy_from_slice(&60_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&60_000u32.to_be_bytes());
    let crc = crc32fast::hash(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

/// A session whose capture step takes pictures of an ID card.
async fn capture_session(d: &Deployment) -> String {
    let created: serde_json::Value = d
        .http
        .post(format!("{}/partner/v1/sessions", d.proxy_url))
        .bearer_auth(PARTNER_KEY)
        .json(&json!({ "capture_document": "ID_CARD" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let code = created["url"].as_str().unwrap().split("launch=").nth(1).unwrap().split('&').next().unwrap();
    let (status, launched) = d.call(Method::POST, "/api/sessions/launch", None, Some(json!({ "code": code }))).await;
    assert_eq!(status, 201, "{launched}");
    launched["token"].as_str().unwrap().to_owned()
}

/// Asks `health` every 20 ms until `storm_over`, as a load balancer would; says on `ready` when
/// its connection is open. Each probe's start and time taken, in milliseconds.
fn probe(health: &str, storm_over: &AtomicBool, ready: tokio::sync::oneshot::Sender<()>) -> Vec<(u128, u128)> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let client = reqwest::Client::new();
        assert_eq!(client.get(health).send().await.unwrap().status(), 200);
        ready.send(()).unwrap();
        let started = Instant::now();
        let mut times = Vec::new();
        while !storm_over.load(Ordering::Relaxed) {
            let asked = Instant::now();
            let answer = client.get(health).timeout(Duration::from_secs(5)).send().await.unwrap();
            assert_eq!(answer.status(), 200);
            times.push((asked.duration_since(started).as_millis(), asked.elapsed().as_millis()));
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        times
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_storm_of_decompression_bombs_leaves_the_health_probe_answering_at_once() {
    let d = Deployment::start_alone("bombs", &[]).await;
    let token = capture_session(&d).await;
    let (large, huge) = (largest_black_png(), claimed_huge_png());
    // The probe runs on a thread and runtime of its own, as a load balancer is a process of its
    // own: on the test's runtime its requests would wait behind the 200 uploads' client tasks,
    // and the time measured would be this client's, not the proxy's. Its connection is open
    // before the storm, as a load balancer keeps one.
    let health = format!("{}/api/health", d.proxy_url);
    let storm_over = Arc::new(AtomicBool::new(false));
    let (probe_ready, ready) = tokio::sync::oneshot::channel();
    let prober = {
        let storm_over = storm_over.clone();
        std::thread::spawn(move || probe(&health, &storm_over, probe_ready))
    };
    ready.await.expect("the probe's first answer");
    assert!(large.len() < 64 * 1024, "a bomb is small: {} bytes", large.len());
    let url = format!("{}/api/captures/document_front", d.proxy_url);
    let uploads: Vec<_> = (0..UPLOADS)
        .map(|i| {
            let body = if i % 2 == 0 { large.clone() } else { huge.clone() };
            let request = d.http.put(&url).bearer_auth(&token).header("content-type", "image/png").body(body);
            tokio::spawn(async move {
                // A busy proxy answers before reading the body and closes the connection: the
                // client may see its write fail rather than the answer (0 here).
                let Ok(answer) = request.send().await else { return (0, serde_json::Value::Null) };
                let status = answer.status().as_u16();
                (status, answer.json::<serde_json::Value>().await.unwrap_or_default())
            })
        })
        .collect();
    // Every upload answered (within a minute), the probing stops.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    let mut answers = Vec::with_capacity(UPLOADS);
    for upload in uploads {
        answers.push(
            tokio::time::timeout_at(deadline, upload).await.expect("every upload answered within a minute").unwrap(),
        );
    }
    storm_over.store(true, Ordering::Relaxed);
    let times = tokio::task::spawn_blocking(move || prober.join()).await.unwrap().expect("the probe's thread");
    let probes = times.len();
    let slowest = Duration::from_millis(times.iter().map(|(_, took)| *took).max().unwrap_or(0) as u64);
    assert!(probes >= 5, "the storm lasted long enough to probe: {probes} probes");
    let mut sorted: Vec<u128> = times.iter().map(|(_, took)| *took).collect();
    sorted.sort_unstable();
    let usual = Duration::from_millis(sorted[sorted.len() * 9 / 10] as u64);
    assert!(slowest < HEALTH_MAX, "the slowest of {probes} health answers took {slowest:?}: {times:?}");
    // Each upload was answered: taken, refused as too large, or refused as busy; never a 500.
    // Some were refused so early that only the connection's end told the client.
    let (mut busy, mut cut) = (0, 0);
    for (status, body) in answers {
        match status {
            200 => {}
            0 => cut += 1,
            422 => assert_eq!(body["error"]["code"], "invalid_image"),
            503 => {
                assert_eq!(body["error"]["code"], "busy");
                busy += 1;
            }
            other => panic!("upload answered {other}: {body}"),
        }
    }
    eprintln!("bombs: {probes} probes, 9 in 10 within {usual:?}, slowest {slowest:?}, {busy} busy, {cut} cut off of {UPLOADS}");
}
