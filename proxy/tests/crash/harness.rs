//! The proxy and the simulators as the operator runs them: two processes of the real binary
//! on loopback ports, one database file in a folder of the test's own. The proxy can be killed
//! with SIGKILL (no shutdown code runs) and started again on the same database while the
//! simulators keep going.

use serde_json::{json, Value};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The JSON answer to `request`.
pub async fn json_of(request: reqwest::RequestBuilder) -> Value {
    request.send().await.unwrap().json().await.unwrap()
}

/// The partner key the sandbox accepts.
pub const PARTNER_KEY: &str = "sandbox-partner-key";

/// The machine's turn: deployments share it, except one measuring latency under a load of its
/// own, which runs alone (the other tests' processes would otherwise be part of its figures).
static MACHINE: tokio::sync::RwLock<()> = tokio::sync::RwLock::const_new(());

/// A deployment's hold on [`MACHINE`], kept as long as it runs.
#[allow(dead_code)] // Held for its drop only.
enum Turn {
    Shared(tokio::sync::RwLockReadGuard<'static, ()>),
    Alone(tokio::sync::RwLockWriteGuard<'static, ()>),
}

/// A proxy and its simulators.
pub struct Deployment {
    dir: PathBuf,
    pub proxy_url: String,
    pub sandbox_url: String,
    vars: Vec<(String, String)>,
    sandbox: Child,
    proxy: Option<Child>,
    /// Further instances of the proxy on the same database, with their URLs.
    others: Vec<(Child, String)>,
    pub http: reqwest::Client,
    _turn: Turn,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn spawn(vars: &[(String, String)], args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_kyc-proxy"))
        .args(args)
        .envs(vars.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the kyc-proxy binary starts")
}

impl Deployment {
    /// Starts the simulators and the proxy; `extra` settings are given to both.
    pub async fn start(name: &str, extra: &[(&str, &str)]) -> Self {
        Self::start_in(Turn::Shared(MACHINE.read().await), name, extra).await
    }

    /// [`Deployment::start`], once no other test of this binary runs, and none starts until this
    /// one ends: for measuring latency.
    pub async fn start_alone(name: &str, extra: &[(&str, &str)]) -> Self {
        Self::start_in(Turn::Alone(MACHINE.write().await), name, extra).await
    }

    async fn start_in(turn: Turn, name: &str, extra: &[(&str, &str)]) -> Self {
        let dir = std::env::temp_dir().join(format!("kyc-crash-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("dist")).unwrap();
        std::fs::write(dir.join("dist/index.html"), "<!doctype html><title>kyc</title>").unwrap();
        let (proxy_port, sandbox_port) = (free_port(), free_port());
        let mut vars: Vec<(String, String)> = [
            ("KYC_LISTEN", format!("127.0.0.1:{proxy_port}")),
            ("KYC_SANDBOX_LISTEN", format!("127.0.0.1:{sandbox_port}")),
            ("KYC_DATABASE", dir.join("kyc.sqlite3").display().to_string()),
            ("KYC_DIST_DIR", dir.join("dist").display().to_string()),
            ("KYC_SANDBOX_REVIEW_DELAY_MS", "0".into()),
            // A killed worker's lease runs out quickly; the reconciliation stays out of the way
            // unless a test asks for it.
            ("KYC_JOB_LEASE_SECS", "1".into()),
            ("KYC_RECONCILE_AFTER_SECS", "3600".into()),
            ("RUST_LOG", "error".into()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        for (k, v) in extra {
            vars.retain(|(name, _)| name != k);
            vars.push(((*k).to_owned(), (*v).to_owned()));
        }
        let sandbox = spawn(&vars, &["sandbox"]);
        let listen = vars.iter().find(|(k, _)| k == "KYC_LISTEN").map(|(_, v)| v.clone());
        let mut deployment = Self {
            dir,
            proxy_url: format!("http://{}", listen.unwrap_or_else(|| format!("127.0.0.1:{proxy_port}"))),
            sandbox_url: format!("http://127.0.0.1:{sandbox_port}"),
            vars,
            sandbox,
            proxy: None,
            others: Vec::new(),
            http: reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap(),
            _turn: turn,
        };
        deployment.until_up(&format!("{}/sandbox/health", deployment.sandbox_url)).await;
        deployment.proxy_start().await;
        deployment
    }

    /// Starts the simulators and the proxy on a new PostgreSQL database of the test server
    /// `KYC_TEST_POSTGRES` names; `None` when it names none (the test is then skipped).
    pub async fn start_shared(name: &str, extra: &[(&str, &str)]) -> Option<Self> {
        let server = std::env::var("KYC_TEST_POSTGRES").ok()?;
        let database = format!("kyc_{name}_{}", std::process::id());
        let admin = server.clone();
        let statements = format!("DROP DATABASE IF EXISTS {database}; CREATE DATABASE {database}");
        // The blocking client runs its own runtime: on a thread of its own.
        std::thread::spawn(move || {
            let mut client = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
            for statement in statements.split("; ") {
                client.batch_execute(statement).unwrap();
            }
        })
        .join()
        .unwrap();
        let url = match server.rsplit_once('/') {
            Some((base, _)) => format!("{base}/{database}"),
            None => unreachable!("a postgres:// URL"),
        };
        // Every instance is reached by the simulators at the first one's address, as behind a
        // load balancer.
        let port = free_port();
        let public = format!("http://127.0.0.1:{port}");
        let listen = format!("127.0.0.1:{port}");
        let mut vars = vec![("KYC_DATABASE", url.as_str()), ("KYC_PUBLIC_URL", &public), ("KYC_LISTEN", &listen)];
        vars.extend_from_slice(extra);
        Some(Self::start(name, &vars).await)
    }

    /// Starts one more proxy instance on the same database; its base URL.
    pub async fn instance_start(&mut self) -> String {
        let port = free_port();
        let mut vars = self.vars.clone();
        vars.retain(|(k, _)| k != "KYC_LISTEN");
        vars.push(("KYC_LISTEN".into(), format!("127.0.0.1:{port}")));
        let url = format!("http://127.0.0.1:{port}");
        self.others.push((spawn(&vars, &[]), url.clone()));
        self.until_up(&format!("{url}/api/health")).await;
        url
    }

    async fn until_up(&self, url: &str) {
        let started = Instant::now();
        while !self.http.get(url).send().await.is_ok_and(|r| r.status().is_success()) {
            assert!(started.elapsed() < Duration::from_secs(20), "{url} did not come up");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Starts the proxy (again) and waits until it answers.
    pub async fn proxy_start(&mut self) {
        self.proxy = Some(spawn(&self.vars, &[]));
        self.until_up(&format!("{}/api/health", self.proxy_url)).await;
    }

    /// SIGKILL: the proxy stops where it is, nothing is flushed or handed back.
    pub fn proxy_kill(&mut self) {
        if let Some(mut proxy) = self.proxy.take() {
            proxy.kill().unwrap();
            proxy.wait().unwrap();
        }
    }

    /// SIGTERM: the proxy stops taking work and waits for its grace period; true when it
    /// exited by itself within `within`.
    pub fn proxy_terminate(&mut self, within: Duration) -> bool {
        let Some(mut proxy) = self.proxy.take() else { return true };
        Command::new("kill").args(["-TERM", &proxy.id().to_string()]).status().unwrap();
        let started = Instant::now();
        while started.elapsed() < within {
            if proxy.try_wait().unwrap().is_some() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = proxy.kill();
        let _ = proxy.wait();
        false
    }

    /// A read-only look into the proxy's database, as an operator would take one.
    pub fn db(&self) -> rusqlite::Connection {
        let path = self.dir.join("kyc.sqlite3");
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap()
    }

    /// Tells the simulators to misbehave (`POST /sandbox/faults`).
    pub async fn fault(&self, fault: Value) {
        let answer = self.http.post(format!("{}/sandbox/faults", self.sandbox_url)).json(&fault).send().await.unwrap();
        assert_eq!(answer.status(), 201, "{fault}");
    }

    /// Clears every fault.
    pub async fn faults_clear(&self) {
        self.http.delete(format!("{}/sandbox/faults", self.sandbox_url)).send().await.unwrap();
    }

    /// `method path` at the proxy with the session's token (or none) and a JSON body.
    pub async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (u16, Value) {
        self.call_at(&self.proxy_url, method, path, token, body).await
    }

    /// `method path` at the proxy instance at `base`, as [`Deployment::call`].
    pub async fn call_at(
        &self,
        base: &str,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut request = self.http.request(method, format!("{base}{path}"));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let answer = request.send().await.unwrap();
        let status = answer.status().as_u16();
        (status, answer.json().await.unwrap_or(Value::Null))
    }

    /// A new session with personal data and both consents, ready for the video call.
    pub async fn ready_session(&self, first_name: &str) -> String {
        let (status, created) = self.call(reqwest::Method::POST, "/api/sessions", None, None).await;
        assert_eq!(status, 201);
        let token = created["token"].as_str().unwrap().to_owned();
        let person = json!({
            "first_name": first_name, "last_name": "Doe", "birth_date": "1992-12-11", "nationality": "DE",
            "street": "Amrumer Straße", "house_number": "14", "postal_code": "13353", "city": "Berlin",
            "country": "DE", "mobile_number": "+49 151 23456789", "email": "jane@example.com",
            "birth_city": "Köln", "birth_country": "DE", "tax_residency": "DE", "fatca_relevant": "no", "pep": "no"
        });
        let (status, _) = self.call(reqwest::Method::PUT, "/api/session/person", Some(&token), Some(person)).await;
        assert_eq!(status, 200);
        for kind in ["terms_conditions", "data_processing"] {
            let body = json!({ "given_at": "2026-01-01T10:00:00Z", "text_version": 1, "language": "en" });
            let path = format!("/api/session/consents/{kind}");
            assert_eq!(self.call(reqwest::Method::PUT, &path, Some(&token), Some(body)).await.0, 200);
        }
        token
    }

    /// The identification status the user's page shows (`GET /api/session` only reads).
    pub async fn shown_status(&self, token: &str) -> String {
        let (_, view) = self.call(reqwest::Method::GET, "/api/session", Some(token), None).await;
        view["identification"]["status"].as_str().unwrap_or_default().to_owned()
    }

    /// Waits until the page would show `status`, at most `within`.
    pub async fn until_shown(&self, token: &str, status: &str, within: Duration) {
        let started = Instant::now();
        loop {
            let shown = self.shown_status(token).await;
            if shown == status {
                return;
            }
            assert!(started.elapsed() < within, "still {shown:?} after {within:?}, expected {status:?}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// The newest session as the product team sees it.
    pub async fn partner_newest(&self) -> Value {
        let list =
            json_of(self.http.get(format!("{}/partner/v1/sessions", self.proxy_url)).bearer_auth(PARTNER_KEY)).await;
        let id = list[0]["id"].as_str().unwrap();
        json_of(self.http.get(format!("{}/partner/v1/sessions/{id}", self.proxy_url)).bearer_auth(PARTNER_KEY)).await
    }

    async fn solaris_token(&self) -> String {
        let request = self.http.post(format!("{}/oauth2/token", self.sandbox_url));
        let form = [("grant_type", "client_credentials")];
        let token = json_of(request.basic_auth("sandbox-client", Some("sandbox-secret")).form(&form)).await;
        token["access_token"].as_str().unwrap().to_owned()
    }

    /// The identifications Solaris holds for a person, read from the simulator's API.
    pub async fn solaris_identifications(&self, person_id: &str) -> Vec<Value> {
        let url = format!("{}/v1/persons/{person_id}/identifications", self.sandbox_url);
        let token = self.solaris_token().await;
        let list = json_of(self.http.get(url).bearer_auth(token)).await;
        list.as_array().cloned().unwrap_or_default()
    }

    /// How many persons Solaris holds with this first name (`GET /v1/persons`).
    pub async fn solaris_persons(&self, first_name: &str) -> usize {
        let url = format!("{}/v1/persons?page[size]=100", self.sandbox_url);
        let token = self.solaris_token().await;
        let list = json_of(self.http.get(url).bearer_auth(token)).await;
        list.as_array().map_or(0, |l| l.iter().filter(|p| p["first_name"] == first_name).count())
    }

    /// Ends the video call on the IDnow page, as the user would.
    pub async fn call_finish(&self, url: &str) {
        let answer = self.http.post(format!("{url}/finish")).form(&[("done", "1")]).send().await.unwrap();
        assert_eq!(answer.status(), 303);
    }
}

impl Drop for Deployment {
    fn drop(&mut self) {
        self.proxy_kill();
        for (mut other, _) in self.others.drain(..) {
            let _ = other.kill();
            let _ = other.wait();
        }
        let _ = self.sandbox.kill();
        let _ = self.sandbox.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
