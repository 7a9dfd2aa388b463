//! The status poll against a bare route, side by side in one run: `GET /api/session/status` of
//! real sessions without an identification yet (the token lookup and the identification read) and a bare axum route returning a
//! fixed JSON, each at 100 connections for 10 s, with 1,000 sessions stored and again with
//! 1,000,000; with the rate limits on and off, and with the personal data sealed and plain
//! (encryption on and off). Both servers and the
//! load generator share this process and its two cores, so the two figures compare fairly with
//! each other, not with a dedicated load generator such as wrk.
//!
//! The store is a SQLite file, or the PostgreSQL database `KYC_BENCH_POSTGRES` names (an empty
//! one: `scripts/bench` starts a throwaway server).
//!
//! Run: `cargo run -p kyc-proxy --profile server --example poll_bench`.

use axum::routing::get;
use axum::{Json, Router};
use kyc_proxy::config::Config;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CONNECTIONS: usize = 100;
const SESSIONS: usize = 1_000;
/// Sessions stored for the second measurement.
const STORED: usize = 1_000_000;
const RUN: Duration = Duration::from_secs(10);

type Error = Box<dyn std::error::Error + Send + Sync>;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let dir = std::env::temp_dir().join(format!("kyc-poll-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let proxy_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let bare_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let database =
        std::env::var("KYC_BENCH_POSTGRES").unwrap_or_else(|_| dir.join("bench.sqlite3").display().to_string());
    let engine = if database.starts_with("postgres") { "PostgreSQL" } else { "SQLite" };
    println!("engine: {engine}");
    // The deployment's rate limits, but for the setup's thousand sessions from one address.
    let mut vars: HashMap<&str, String> = HashMap::from([
        ("KYC_LISTEN", proxy_listener.local_addr()?.to_string()),
        ("KYC_DATABASE", database),
        ("KYC_RATE_LIMITS", "sessions=1000000/1m".into()),
        ("KYC_DATA_KEY", "a3ljLW9uYm9hcmRpbmctYmVuY2gta2V5LTMyLWJ5dGU=".into()),
    ]);
    if let Ok(pool) = std::env::var("KYC_DATABASE_POOL") {
        vars.insert("KYC_DATABASE_POOL", pool);
    }
    let config = Config::from_lookup(|k| vars.get(k).cloned())?;
    let state = kyc_proxy::startup::state(&config)?;
    let store = state.env.store.clone();
    // The same build and store with the rate limits off, side by side (issue: at most 10 % slower).
    let mut unlimited = state.clone();
    unlimited.limits = Arc::new(kyc_proxy::limits::Limits::new(kyc_proxy::limits::RateLimits::parse(Some("off"))?));
    let unlimited_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let unlimited_url = format!("http://{}/api/session/status", unlimited_listener.local_addr()?);
    let service = kyc_proxy::app(unlimited).into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(unlimited_listener, service).await });
    let service = kyc_proxy::app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(proxy_listener, service).await });
    let bare = Router::new().route("/status", get(|| async { Json(json!({ "status": "pending", "steps": [] })) }));
    let bare_url = format!("http://{}/status", bare_listener.local_addr()?);
    tokio::spawn(async move { axum::serve(bare_listener, bare).await });
    let base = format!("http://{}", config.listen);
    let http = reqwest::Client::builder().pool_max_idle_per_host(CONNECTIONS).build()?;

    // Sessions as the SPA makes them on its first screen.
    let mut tokens = Vec::with_capacity(SESSIONS);
    for _ in 0..SESSIONS {
        let created: Value = http.post(format!("{base}/api/sessions")).send().await?.json().await?;
        tokens.push(created["token"].as_str().ok_or("no token")?.to_owned());
    }
    let tokens = Arc::new(tokens);
    let (rate, p50, p99) = load(&http, bare_url, None).await?;
    println!("bare axum route (fixed JSON), {CONNECTIONS} connections: {rate:.0} requests/s, p50 {p50:.2} ms, p99 {p99:.2} ms");
    let (bare_rate, bare_p99) = (rate, p99);
    let status_url = format!("{base}/api/session/status");
    let report = |stored: usize, (rate, p50, p99): (f64, f64, f64)| {
        println!(
            "GET /api/session/status, {stored} sessions stored, {CONNECTIONS} connections: {rate:.0} requests/s ({:.0} % of the bare route), p50 {p50:.2} ms, p99 {p99:.2} ms ({:.1}x)",
            rate / bare_rate * 100.0,
            p99 / bare_p99
        )
    };
    let limited = load(&http, status_url.clone(), Some(tokens.clone())).await?;
    report(SESSIONS, limited);
    let (rate, p50, p99) = load(&http, unlimited_url, Some(tokens.clone())).await?;
    println!(
        "  the same with the rate limits off: {rate:.0} requests/s, p50 {p50:.2} ms, p99 {p99:.2} ms; with them on: {:.1} % slower, p99 {:+.1} %",
        (1.0 - limited.0 / rate) * 100.0,
        (limited.2 / p99 - 1.0) * 100.0
    );
    encryption(&http, &base, &store, &tokens).await?;
    // A million sessions stored (written straight into the table, as many as a busy year's),
    // the same thousand polled: the lookups go through indexes, so the cost must not grow.
    store
        .call(|c| {
            c.execute(
                "INSERT INTO sessions (token_hash, created_at, expires_at_ms, public_id)
                 WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?1)
                 SELECT 'bench-' || CAST(i AS TEXT), '2026-12-01T00:00:00.000Z', 0, 'bench-' || CAST(i AS TEXT) FROM n",
                kyc_proxy::params![STORED - SESSIONS],
            )?;
            Ok(())
        })
        .await?;
    report(STORED, load(&http, status_url, Some(tokens)).await?);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// Encryption on against off in the same build and run: the personal data of `sealed`'s sessions
/// stays as the proxy writes it (sealed with each session's data key), that of a thousand more is
/// rewritten plain and their keys removed, as rows written before encryption, which the store
/// reads as they are. Polled side by side: the status poll (which opens nothing sealed) and
/// `GET /api/session`, which opens the personal data.
async fn encryption(
    http: &reqwest::Client,
    base: &str,
    store: &kyc_proxy::store::Store,
    sealed: &Arc<Vec<String>>,
) -> Result<(), Error> {
    let person = json!({
        "first_name": "Jane", "last_name": "Doe", "birth_date": "1992-12-11", "nationality": "DE",
        "street": "Amrumer Straße", "house_number": "14", "postal_code": "13353", "city": "Berlin",
        "country": "DE", "mobile_number": "+49 151 23456789", "email": "jane@example.com",
        "birth_city": "Köln", "birth_country": "DE", "tax_residency": "DE", "fatca_relevant": "no", "pep": "no"
    });
    let save = |token: String| http.put(format!("{base}/api/session/person")).bearer_auth(token).json(&person).send();
    for token in sealed.iter() {
        save(token.clone()).await?.error_for_status()?;
    }
    let mut plain = Vec::with_capacity(SESSIONS);
    for _ in 0..SESSIONS {
        let created: Value = http.post(format!("{base}/api/sessions")).send().await?.json().await?;
        let token = created["token"].as_str().ok_or("no token")?.to_owned();
        save(token.clone()).await?.error_for_status()?;
        plain.push(token);
    }
    let plain = Arc::new(plain);
    // The saved person as the store serialises it: the view's own copy of the first session.
    let view: Value = http.get(format!("{base}/api/session")).bearer_auth(&sealed[0]).send().await?.json().await?;
    let stored = serde_json::to_string(&view["person"])?;
    store
        .call(move |c| {
            // Both sets without the optional extras (the address check), so that they differ
            // only in the sealing of the personal data.
            c.execute("UPDATE persons SET address_check = NULL", kyc_proxy::params![])?;
            let newest = "SELECT session_id FROM persons ORDER BY session_id DESC LIMIT ?1";
            c.execute(
                &format!("UPDATE persons SET data = ?2 WHERE session_id IN ({newest})"),
                kyc_proxy::params![SESSIONS, stored],
            )?;
            c.execute(
                &format!("DELETE FROM session_keys WHERE session_id IN ({newest})"),
                kyc_proxy::params![SESSIONS],
            )?;
            Ok(())
        })
        .await?;
    for (route, path) in [("status poll", "/api/session/status"), ("session view", "/api/session")] {
        let url = format!("{base}{path}");
        let on = load(http, url.clone(), Some(sealed.clone())).await?;
        let off = load(http, url, Some(plain.clone())).await?;
        println!(
            "  GET {path} ({route}), personal data sealed / plain: {:.0} / {:.0} requests/s, p50 {:.2} / {:.2} ms, p99 {:.2} / {:.2} ms; with encryption: {:.1} % slower, p99 {:+.1} %",
            on.0, off.0, on.1, off.1, on.2, off.2,
            (1.0 - on.0 / off.0) * 100.0,
            (on.2 / off.2 - 1.0) * 100.0
        );
    }
    Ok(())
}

/// `CONNECTIONS` loops asking `url` (with the sessions' tokens in turn) for `RUN`: requests per
/// second and the p50 and p99 latencies in milliseconds. A failed request fails the run.
async fn load(http: &reqwest::Client, url: String, tokens: Option<Arc<Vec<String>>>) -> Result<(f64, f64, f64), Error> {
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut loops = Vec::new();
    for n in 0..CONNECTIONS {
        let (http, url, tokens, stop) = (http.clone(), url.clone(), tokens.clone(), stop.clone());
        loops.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut i = n;
            while !stop.load(Ordering::Relaxed) {
                let mut request = http.get(&url);
                if let Some(tokens) = &tokens {
                    request = request.bearer_auth(&tokens[i % tokens.len()]);
                }
                let t = Instant::now();
                let answer = request.send().await?;
                // A session without an identification answers 404 after the lookup, as in the
                // measurement the issue names; only a server error fails the run.
                if answer.status().is_server_error() {
                    return Err(Error::from(format!("answered {}", answer.status())));
                }
                answer.bytes().await?;
                latencies.push(t.elapsed());
                i += CONNECTIONS;
            }
            Ok(latencies)
        }));
    }
    tokio::time::sleep(RUN).await;
    stop.store(true, Ordering::Relaxed);
    let mut all = Vec::new();
    for l in loops {
        all.extend(l.await??);
    }
    let wall = started.elapsed().as_secs_f64();
    all.sort();
    let at = |p: f64| all[((all.len() - 1) as f64 * p).round() as usize].as_secs_f64() * 1000.0;
    Ok((all.len() as f64 / wall, at(0.5), at(0.99)))
}
