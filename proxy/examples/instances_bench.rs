//! Two proxy instances on one PostgreSQL database under the status polls of 10,000 users: each
//! session polls `GET /api/session/status` every 2 s (5,000 requests/s offered, spread over
//! both instances as a load balancer would) for 60 s. The load is open: every request leaves
//! at its planned time whether or not the earlier ones were answered, and its latency counts
//! from that planned time, so a stalled server shows up in the figures instead of slowing the
//! load down. Reports what was dropped (no answer, or a server error), the latencies, and each
//! instance's memory (resident now and at its peak, from `/proc`).
//!
//! Run (`scripts/bench` does): `KYC_BENCH_POSTGRES=postgres://… KYC_BENCH_PROXY=target/server/kyc-proxy
//! cargo run -p kyc-proxy --profile server --example instances_bench`.

use serde_json::Value;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const SESSIONS: usize = 10_000;
const EVERY: Duration = Duration::from_secs(2);
const RUN: Duration = Duration::from_secs(60);
/// A request not answered within this counts as dropped.
const TIMEOUT: Duration = Duration::from_secs(5);

type Error = Box<dyn std::error::Error + Send + Sync>;

struct Instance {
    child: Child,
    url: String,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> Result<u16, Error> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// `VmRSS` and `VmHWM` of a process, in MiB.
fn memory(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let database = std::env::var("KYC_BENCH_POSTGRES").map_err(|_| "KYC_BENCH_POSTGRES names no database")?;
    let binary = std::env::var("KYC_BENCH_PROXY").unwrap_or_else(|_| "target/server/kyc-proxy".into());
    let dist = std::env::temp_dir().join(format!("kyc-instances-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dist)?;
    std::fs::write(dist.join("index.html"), "<!doctype html><title>kyc</title>")?;
    let mut instances = Vec::new();
    for _ in 0..2 {
        let port = free_port()?;
        let child = Command::new(&binary)
            .envs([
                ("KYC_LISTEN", format!("127.0.0.1:{port}")),
                ("KYC_DATABASE", database.clone()),
                ("KYC_DIST_DIR", dist.display().to_string()),
                ("RUST_LOG", "error".into()),
                // The deployment's limits, but for the setup's 10,000 sessions from one address.
                ("KYC_RATE_LIMITS", "sessions=1000000/1m".into()),
                // One data key for both, as an operator gives them (docs/operations.md).
                ("KYC_DATA_KEY", "a3ljLW9uYm9hcmRpbmctYmVuY2gta2V5LTMyLWJ5dGU=".into()),
            ])
            .stdout(Stdio::null())
            .spawn()?;
        instances.push(Instance { child, url: format!("http://127.0.0.1:{port}") });
    }
    let http = reqwest::Client::builder().timeout(TIMEOUT).pool_max_idle_per_host(1_000).build()?;
    for instance in &instances {
        let started = Instant::now();
        while !http.get(format!("{}/api/health", instance.url)).send().await.is_ok_and(|r| r.status().is_success()) {
            if started.elapsed() > Duration::from_secs(20) {
                return Err("an instance did not come up".into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    // The users' sessions, made on both instances in turn.
    let mut tokens = Vec::with_capacity(SESSIONS);
    for n in 0..SESSIONS {
        let base = &instances[n % 2].url;
        let created: Value = http.post(format!("{base}/api/sessions")).send().await?.json().await?;
        tokens.push(created["token"].as_str().ok_or("no token")?.to_owned());
    }
    let tokens = Arc::new(tokens);
    let urls: Arc<Vec<String>> = Arc::new(instances.iter().map(|i| format!("{}/api/session/status", i.url)).collect());

    // Every session once per EVERY, spread evenly: one request every EVERY / SESSIONS.
    let gap = EVERY / SESSIONS as u32;
    let total = (RUN.as_nanos() / gap.as_nanos()) as usize;
    let (done_tx, mut done_rx) = tokio::sync::mpsc::unbounded_channel::<Option<Duration>>();
    let start = tokio::time::Instant::now();
    let sender = {
        let (http, tokens, urls) = (http.clone(), tokens.clone(), urls.clone());
        tokio::spawn(async move {
            for n in 0..total {
                let planned = start + gap * n as u32;
                tokio::time::sleep_until(planned).await;
                let request = http.get(&urls[n % 2]).bearer_auth(&tokens[n % SESSIONS]);
                let done = done_tx.clone();
                tokio::spawn(async move {
                    let answer = request.send().await;
                    // A session without an identification answers 404 after its lookup (as in
                    // the poll benchmark); no answer or a server error is a drop.
                    let ok = match answer {
                        Ok(answer) if !answer.status().is_server_error() => answer.bytes().await.is_ok(),
                        _ => false,
                    };
                    let _ = done.send(ok.then(|| planned.elapsed()));
                });
            }
        })
    };
    let mut latencies = Vec::with_capacity(total);
    let mut dropped = 0usize;
    let mut peak = vec![(0.0, 0.0); instances.len()];
    let mut sampled = Instant::now();
    for _ in 0..total {
        match done_rx.recv().await {
            Some(Some(latency)) => latencies.push(latency),
            Some(None) => dropped += 1,
            None => break,
        }
        if sampled.elapsed() > Duration::from_secs(1) {
            sampled = Instant::now();
            for (i, instance) in instances.iter().enumerate() {
                let (rss, _) = memory(instance.child.id());
                peak[i].0 = f64::max(peak[i].0, rss);
            }
        }
    }
    sender.await?;
    let wall = start.elapsed().as_secs_f64();
    latencies.sort();
    let at = |p: f64| latencies[((latencies.len() - 1) as f64 * p).round() as usize].as_secs_f64() * 1000.0;
    println!(
        "two instances on PostgreSQL, {SESSIONS} sessions polling every {} s for {} s: {total} requests offered \
         ({:.0}/s), {} answered ({:.0}/s), {dropped} dropped; p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        EVERY.as_secs(),
        RUN.as_secs(),
        total as f64 / RUN.as_secs_f64(),
        latencies.len(),
        latencies.len() as f64 / wall,
        at(0.5),
        at(0.99),
        at(1.0),
    );
    for (i, instance) in instances.iter().enumerate() {
        let (rss, hwm) = memory(instance.child.id());
        println!(
            "instance {}: resident memory {rss:.1} MiB at the end, {:.1} MiB at most while polled (peak {hwm:.1} MiB)",
            i + 1,
            peak[i].0.max(rss)
        );
    }
    let _ = std::fs::remove_dir_all(&dist);
    Ok(())
}
