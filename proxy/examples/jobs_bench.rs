//! What `scripts/bench` reports about provider events, against the real proxy and simulators on
//! loopback (in this process, a file database in a temporary folder):
//!
//! 1. webhook intake: signed Solaris events posted by 100 concurrent senders, requests per
//!    second and latency percentiles (each answer means "stored");
//! 2. from the provider's event to the status the user sees: identifications finished at the
//!    simulator, whose webhook the inbox applies, timed until `GET /api/session` shows the
//!    decision (nobody polls the status step, the reconciliation is off);
//! 3. the reconciliation with 10,000 open identifications: one idle look for due ones, and a
//!    full sweep that re-reads every one of them from the simulator.
//!
//! Run: `cargo run -p kyc-proxy --profile server --example jobs_bench`.

use kyc_proxy::config::Config;
use kyc_proxy::jobs::{JobSettings, Jobs};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

const SECRET: &str = "bench-webhook-secret";
const INTAKE: usize = 20_000;
const SENDERS: usize = 100;
const DECISIONS: usize = 200;
const OPEN: usize = 10_000;

type Error = Box<dyn std::error::Error + Send + Sync>;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let dir = std::env::temp_dir().join(format!("kyc-jobs-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let proxy_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let sandbox_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let vars: HashMap<&str, String> = HashMap::from([
        ("KYC_LISTEN", proxy_listener.local_addr()?.to_string()),
        ("KYC_SANDBOX_LISTEN", sandbox_listener.local_addr()?.to_string()),
        ("KYC_DATABASE", dir.join("bench.sqlite3").display().to_string()),
        ("KYC_SANDBOX_REVIEW_DELAY_MS", "0".into()),
        ("SOLARIS_WEBHOOK_SECRET", SECRET.into()),
        // Every session comes from this one address, and its status is polled as fast as it can.
        ("KYC_RATE_LIMITS", "sessions=1000000/1m,polls=1000000/1s".into()),
    ]);
    let config = Config::from_lookup(|k| vars.get(k).cloned())?;
    let simulators = kyc_proxy::simulators::router(&config, config.sandbox.as_ref().ok_or("sandbox off")?);
    tokio::spawn(async move { axum::serve(sandbox_listener, simulators).await });
    let state = kyc_proxy::startup::state(&config)?;
    let store = state.env.store.clone();
    // Events are applied as in production; the reconciliation waits until part 3 runs it.
    let settings =
        JobSettings { reconcile_after: Duration::from_secs(3600), unknown_attempts: 1, ..Default::default() };
    let jobs = Jobs::start(state.providers.clone(), settings.clone());
    let providers = state.providers.clone();
    let service = kyc_proxy::app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(proxy_listener, service).await });
    let base = format!("http://{}", config.listen);
    let http = reqwest::Client::builder().pool_max_idle_per_host(SENDERS).build()?;

    intake(&http, &base).await?;
    decisions(&http, &base).await?;
    // The rounds below are the only reconciliation: the background one would share the work.
    jobs.shutdown().await;
    reconciliation(&http, &base, &store, &providers, &settings).await?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

async fn intake(http: &reqwest::Client, base: &str) -> Result<(), Error> {
    let started = Instant::now();
    let mut senders = Vec::new();
    for sender in 0..SENDERS {
        let (http, url) = (http.clone(), format!("{base}/webhooks/solaris"));
        senders.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            for n in (sender..INTAKE).step_by(SENDERS) {
                let body = format!(r#"{{"id":"bench{n}cidt","status":"successful"}}"#);
                let t = Instant::now();
                let answer = http
                    .post(&url)
                    .header("solaris-webhook-event-type", "IDENTIFICATION")
                    .header("solaris-webhook-id", format!("bench-{n}"))
                    .header("solaris-webhook-signature", kyc_sandbox::sign(SECRET, body.as_bytes()))
                    .body(body)
                    .send()
                    .await?;
                if !answer.status().is_success() {
                    return Err(format!("intake answered {}", answer.status()).into());
                }
                latencies.push(t.elapsed());
            }
            Ok::<_, Error>(latencies)
        }));
    }
    let mut all = Vec::new();
    for sender in senders {
        all.extend(sender.await??);
    }
    let wall = started.elapsed();
    all.sort();
    println!(
        "webhook intake, {INTAKE} signed events from {SENDERS} concurrent senders: {:.0} events/s, p50 {:.1} ms, p99 {:.1} ms",
        INTAKE as f64 / wall.as_secs_f64(),
        percentile(&all, 0.5),
        percentile(&all, 0.99)
    );
    Ok(())
}

/// A session with a started video call, as the SPA makes one: its token and the call's page.
async fn started_session(http: &reqwest::Client, base: &str, first_name: &str) -> Result<(String, String), Error> {
    let created: Value = http.post(format!("{base}/api/sessions")).send().await?.json().await?;
    let token = created["token"].as_str().ok_or("no token")?.to_owned();
    let person = json!({
        "first_name": first_name, "last_name": "Doe", "birth_date": "1992-12-11", "nationality": "DE",
        "street": "Amrumer Straße", "house_number": "14", "postal_code": "13353", "city": "Berlin",
        "country": "DE", "mobile_number": "+49 151 23456789", "email": "jane@example.com",
        "birth_city": "Köln", "birth_country": "DE", "tax_residency": "DE", "fatca_relevant": "no", "pep": "no"
    });
    http.put(format!("{base}/api/session/person"))
        .bearer_auth(&token)
        .json(&person)
        .send()
        .await?
        .error_for_status()?;
    for kind in ["terms_conditions", "data_processing"] {
        http.put(format!("{base}/api/session/consents/{kind}"))
            .bearer_auth(&token)
            .json(&json!({ "given_at": "2026-01-01T10:00:00Z", "text_version": 1, "language": "en" }))
            .send()
            .await?
            .error_for_status()?;
    }
    let started: Value = http
        .post(format!("{base}/api/session/identification"))
        .bearer_auth(&token)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok((token, started["url"].as_str().ok_or("no url")?.to_owned()))
}

async fn shown_status(http: &reqwest::Client, base: &str, token: &str) -> Result<String, Error> {
    let session: Value = http.get(format!("{base}/api/session")).bearer_auth(token).send().await?.json().await?;
    Ok(session["identification"]["status"].as_str().unwrap_or_default().to_owned())
}

async fn decisions(http: &reqwest::Client, base: &str) -> Result<(), Error> {
    let no_redirect = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    let mut latencies = Vec::new();
    for _ in 0..DECISIONS {
        let (token, url) = started_session(http, base, "X-AUTOTEST-HAPPYPATH").await?;
        // The call ends at the provider, which sends its webhook; the user's page only reads.
        let t = Instant::now();
        no_redirect.post(format!("{url}/finish")).form(&[("done", "1")]).send().await?;
        while shown_status(http, base, &token).await? != "successful" {
            if t.elapsed() > Duration::from_secs(30) {
                return Err("no decision within 30 s".into());
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        latencies.push(t.elapsed());
    }
    latencies.sort();
    println!(
        "provider event to the status the user sees, {DECISIONS} video calls: p50 {:.1} ms, p99 {:.1} ms",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99)
    );
    Ok(())
}

async fn reconciliation(
    http: &reqwest::Client,
    base: &str,
    store: &kyc_proxy::store::Store,
    providers: &Arc<kyc_proxy::providers::Providers>,
    settings: &JobSettings,
) -> Result<(), Error> {
    // 50 calls left open at the simulator; 10,000 sessions whose identifications name them.
    let mut open = Vec::new();
    for _ in 0..50 {
        open.push(started_session(http, base, "X-AUTOTEST-HAPPYPATH").await?.0);
    }
    let now_ms = kyc_proxy::clock::now().unix_millis();
    store
        .call(move |c| {
            let templates: Vec<(String, String)> = c.query_map(
                "SELECT provider_person_id, provider_identification_id FROM identifications WHERE status = 'pending'",
                kyc_proxy::params![],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            for n in 0..OPEN {
                let session: i64 = c.query_row(
                    "INSERT INTO sessions (token_hash, created_at, expires_at_ms, public_id)
                     VALUES (?1, '2026-12-01T00:00:00.000Z', ?2, ?3) RETURNING id",
                    kyc_proxy::params![format!("bench-{n}"), now_ms + 86_400_000, format!("bench-{n}")],
                    |r| r.get(0),
                )?;
                let (person, identification) = &templates[n % templates.len()];
                c.execute(
                    "INSERT INTO identifications (session_id, provider, provider_person_id, provider_identification_id,
                        url, status, updated_at, confirmed_at_ms)
                     VALUES (?1, 'solaris', ?2, ?3, '', 'pending', '2026-12-01T00:00:00.000Z', ?4)",
                    kyc_proxy::params![session, person, identification, now_ms],
                )?;
            }
            // Every open identification was just confirmed: none is due.
            c.execute("UPDATE identifications SET confirmed_at_ms = ?1", kyc_proxy::params![now_ms])?;
            Ok(())
        })
        .await?;
    let interval = settings.reconcile_after.as_millis() as i64;
    let t = Instant::now();
    for _ in 0..100 {
        let due = store.identifications_due(kyc_proxy::clock::now().unix_millis(), interval, 30_000, 64).await?;
        assert!(due.is_empty());
    }
    println!(
        "reconciliation, {OPEN} open identifications: one idle look for due ones {:.2} ms",
        t.elapsed().as_secs_f64() * 1000.0 / 100.0
    );
    store.call(|c| c.execute("UPDATE identifications SET confirmed_at_ms = 0", kyc_proxy::params![])).await?;
    let t = Instant::now();
    let mut checked = 0;
    loop {
        let n = kyc_proxy::jobs::reconcile::round(providers, settings).await?;
        if n == 0 {
            break;
        }
        checked += n;
    }
    let wall = t.elapsed().as_secs_f64();
    println!(
        "reconciliation, all {checked} due at once: re-read from the simulator in {wall:.1} s ({:.0} re-reads/s)",
        checked as f64 / wall
    );
    Ok(())
}
