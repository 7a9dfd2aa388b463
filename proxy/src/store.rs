//! Storage: sessions, personal data, consents and identifications, so that a restart loses
//! nothing. One SQLite file for one machine, or one PostgreSQL database shared by several
//! instances; every method is written once against [`Conn`] and runs on either.

mod address_proofs;
mod advisory;
mod capture_signals;
mod captures;
mod codes;
mod consent_events;
pub mod crypt;
mod db;
mod drafts;
mod erasure;
mod evidence;
mod identifications;
mod inbox;
mod intents;
mod job_runs;
mod options;
pub mod outbox;
mod progress;
mod receipt_keys;
mod reconcile;
mod retention;
mod rewrap;
mod schema;
mod schema_postgres;
mod search;
mod sessions;
mod sms;
mod teams;

pub use address_proofs::AddressProof;
pub use advisory::HeldLock;
pub use captures::StoredPicture;
pub use codes::{CodePurpose, CodeRefusal, Grant};
pub use consent_events::{ConsentAction, ConsentEvent, ShownText};
pub use crypt::{Kek, Keyring};
use db::postgres::Pool;
pub use db::{Conn, FromValue, Optional, Row, ToValue, Value};
pub use evidence::StoredEvidence;
pub use identifications::IdentificationRecord;
pub use inbox::{InboxCounts, InboxEntry, InboxEvent};
pub use intents::IntentRecord;
pub use options::{EmbedLookup, SessionOptions};
pub use receipt_keys::StoredReceiptKey;
pub use reconcile::DueCheck;
pub use rewrap::Rewrapped;
pub use search::{SessionFilter, SessionRow};
pub use sessions::{SessionRecord, SessionSettings};
pub use sms::SmsQuota;
pub use teams::{AuditEntry, TeamRow};

use rusqlite::Connection;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Why storage failed. Details are logged, never sent to the browser.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused the operation.
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL refused the operation or could not be reached.
    #[error("postgres: {}", postgres_message(.0))]
    Postgres(#[from] postgres::Error),
    /// A query that must find a row found none.
    #[error("no row")]
    NoRow,
    /// A column did not hold what the code reads from it.
    #[error("column {0}: {1}")]
    Column(usize, &'static str),
    /// Every database connection stayed busy for too long.
    #[error("no database connection free")]
    Busy,
    /// The database URL is not one this proxy can use.
    #[error("database: {0}")]
    Config(String),
    /// Stored JSON no longer parses.
    #[error("stored json: {0}")]
    Json(#[from] serde_json::Error),
    /// A sealed value or data key did not open (wrong or missing key, erased session key); the
    /// reason names no value.
    #[error("encryption at rest: {0}")]
    Crypt(&'static str),
    /// The blocking task panicked or was cancelled.
    #[error("storage task failed")]
    Task,
    /// The session's data key is erased, and with it every sealed value of the session: a value
    /// still read is one the same erasure deletes (a read on PostgreSQL is not one snapshot, so
    /// it can see the row before the erasure and the key after it). Readers take it as absent.
    #[error("the session's personal data is erased")]
    Erased,
}

/// Read-only SQLite connections beside the writer: WAL lets them read while it writes.
const READERS: usize = 4;

/// PostgreSQL retries a transaction that a concurrent one made fail (serialization failure or
/// deadlock) this many times.
const SERIAL_RETRIES: u32 = 8;

/// Handle to the database, cheap to clone.
#[derive(Clone)]
pub struct Store {
    engine: Arc<Engine>,
    /// Seals and opens the personal data ([`crypt`]).
    keys: Keyring,
}

/// PostgreSQL's connections. A hand-over holds its session's lock on a connection of its own for
/// as long as it runs and meanwhile writes through the main pool: drawn from one pool, a burst
/// of hand-overs could take every connection and then wait for one another.
struct Pools {
    main: Pool,
    locks: Pool,
}

enum Engine {
    /// One writer connection (SQLite takes one writer at a time anyway) and a few readers, so
    /// that the status polls and session lookups never queue behind a write.
    Sqlite { writer: Mutex<Connection>, readers: Vec<Mutex<Connection>>, next: AtomicUsize },
    /// A pool of connections to the server, and the connections that hold session locks.
    Postgres(Box<Pools>),
}

impl Store {
    /// Opens the database `url` names and brings its schema up to date: `postgres://…` (or
    /// `postgresql://…`) with at most `pool` connections, otherwise a SQLite file (a path, or
    /// `sqlite://path`), created if needed. Personal data is sealed with data keys that `keys`
    /// wrap.
    pub fn open(url: &str, pool: usize, keys: Keyring) -> Result<Self, StoreError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let config: postgres::Config =
                url.parse().map_err(|e: postgres::Error| StoreError::Config(e.to_string()))?;
            return Self::postgres(config, pool, keys);
        }
        Self::sqlite(Path::new(url.strip_prefix("sqlite://").unwrap_or(url)), keys)
    }

    /// The same database, its data keys wrapped and unwrapped by `keys` (a rotation, in tests).
    pub fn with_keys(&self, keys: Keyring) -> Self {
        Self { engine: self.engine.clone(), keys }
    }

    fn sqlite(path: &Path, keys: Keyring) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            // A missing folder would make SQLite fail with an unhelpful message.
            let _ = std::fs::create_dir_all(dir);
        }
        let writer = Self::sqlite_writer(Connection::open(path)?)?;
        let mut readers = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            let reader = Connection::open_with_flags(
                path,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            reader.busy_timeout(std::time::Duration::from_secs(5))?;
            readers.push(Mutex::new(reader));
        }
        let engine = Engine::Sqlite { writer: Mutex::new(writer), readers, next: AtomicUsize::new(0) };
        Ok(Self { engine: Arc::new(engine), keys })
    }

    fn sqlite_writer(mut conn: Connection) -> Result<Connection, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Each commit is on disk before it returns: what is acknowledged to a provider must
        // survive a power cut too (NORMAL, in WAL mode, may lose the last commits to one).
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.set_prepared_statement_cache_capacity(128);
        schema::migrate(&mut conn)?;
        Ok(conn)
    }

    fn postgres(config: postgres::Config, pool: usize, keys: Keyring) -> Result<Self, StoreError> {
        let pools = Pools { main: Pool::new(config.clone(), pool)?, locks: Pool::new(config, pool)? };
        // The blocking client runs its own runtime, which must not start on an async worker.
        std::thread::scope(|s| {
            s.spawn(|| schema_postgres::migrate(pools.main.get()?.session())).join().map_err(|_| StoreError::Task)?
        })?;
        Ok(Self { engine: Arc::new(Engine::Postgres(Box::new(pools))), keys })
    }

    /// A private, empty database for tests: in memory on SQLite, or, when `KYC_TEST_POSTGRES`
    /// names a PostgreSQL server, a schema of its own there (so the same tests run on both).
    /// Its data keys are wrapped by [`Keyring::for_tests`].
    pub fn in_memory() -> Result<Self, StoreError> {
        let keys = Keyring::for_tests();
        if let Ok(url) = std::env::var("KYC_TEST_POSTGRES") {
            return Self::postgres(test_schema(&url)?, 4, keys);
        }
        let writer = Self::sqlite_writer(Connection::open_in_memory()?)?;
        let engine = Engine::Sqlite { writer: Mutex::new(writer), readers: Vec::new(), next: AtomicUsize::new(0) };
        Ok(Self { engine: Arc::new(engine), keys })
    }

    /// Whether this store is on PostgreSQL (several instances may share it).
    pub fn shared(&self) -> bool {
        matches!(&*self.engine, Engine::Postgres(_))
    }

    /// A sealed JSON document from one column (`field`, as `table.column`) of the session's
    /// row: `sql` selects it with the session id as `?1`. No row and SQL NULL both mean `None`
    /// (and need no key).
    async fn json_load<T: DeserializeOwned>(
        &self,
        sql: &'static str,
        field: &'static str,
        session: SessionRecord,
    ) -> Result<Option<T>, StoreError> {
        let keys = self.keys.clone();
        let json: Option<String> = self
            .read(move |c| {
                let stored: Option<Option<String>> =
                    c.query_row(sql, crate::params![session.id], |r| r.get(0)).optional()?;
                match stored.flatten().map(|s| keys.open_text(c, session.id, field, "", s)).transpose() {
                    // Erased since the row was read: gone, as the erasure leaves it.
                    Err(StoreError::Erased) => Ok(None),
                    opened => opened,
                }
            })
            .await?;
        Ok(json.map(|j| serde_json::from_str(&j)).transpose()?)
    }

    /// Writes a JSON document (or NULL), sealed as `field`, with `sql`, which takes the session
    /// id as `?1` and the document as `?2`.
    async fn json_store<T: Serialize>(
        &self,
        sql: &'static str,
        field: &'static str,
        session: SessionRecord,
        value: Option<&T>,
    ) -> Result<(), StoreError> {
        let json = value.map(serde_json::to_string).transpose()?.map(zeroize::Zeroizing::new);
        let keys = self.keys.clone();
        self.call(move |c| {
            let sealed = json.as_ref().map(|j| keys.seal_text(c, session.id, field, "", j)).transpose()?;
            c.execute(sql, crate::params![session.id, sealed])?;
            Ok(())
        })
        .await
    }

    /// Runs `f`, which only reads. It sees every write that finished before. On SQLite it takes
    /// one of the read-only connections (the writer for an in-memory database): a read on a WAL
    /// reader takes microseconds and never waits for the writer, so it runs on the caller's
    /// thread (a hop to the blocking pool cost the status poll more than its reads); only when
    /// every reader is taken does it go to the blocking pool. On PostgreSQL it runs on the
    /// blocking pool with a pooled connection.
    pub async fn read<T, F>(&self, mut f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnMut(&mut Conn<'_>) -> Result<T, StoreError> + Send + 'static,
    {
        match &*self.engine {
            Engine::Sqlite { readers, next, .. } if !readers.is_empty() => {
                let n = readers.len();
                let start = next.fetch_add(1, Ordering::Relaxed);
                if let Some(guard) = (0..n).find_map(|i| readers[(start + i) % n].try_lock().ok()) {
                    return f(&mut Conn::Sqlite(&guard));
                }
                let engine = self.engine.clone();
                blocking(move || {
                    let Engine::Sqlite { readers, .. } = &*engine else { unreachable!() };
                    let guard = readers[start % n].lock().unwrap_or_else(|p| p.into_inner());
                    f(&mut Conn::Sqlite(&guard))
                })
                .await
            }
            Engine::Sqlite { .. } => {
                let engine = self.engine.clone();
                blocking(move || {
                    let Engine::Sqlite { writer, .. } = &*engine else { unreachable!() };
                    let guard = writer.lock().unwrap_or_else(|p| p.into_inner());
                    f(&mut Conn::Sqlite(&guard))
                })
                .await
            }
            Engine::Postgres(_) => {
                let engine = self.engine.clone();
                blocking(move || {
                    let Engine::Postgres(pools) = &*engine else { unreachable!() };
                    db::postgres::read(&pools.main, &mut f)
                })
                .await
            }
        }
    }

    /// Runs `f` in one transaction on the blocking pool: all of its writes or none. SQLite
    /// runs one at a time; PostgreSQL runs it serializable, and again if a concurrent one made
    /// it fail, so `f` may run more than once and must only touch the database.
    pub async fn call<T, F>(&self, mut f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnMut(&mut Conn<'_>) -> Result<T, StoreError> + Send + 'static,
    {
        let engine = self.engine.clone();
        blocking(move || match &*engine {
            Engine::Sqlite { writer, .. } => {
                // A poisoned lock only means another call panicked mid-way; SQLite is intact.
                let mut guard = writer.lock().unwrap_or_else(|p| p.into_inner());
                let tx = guard.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
                let out = f(&mut Conn::Sqlite(&tx))?;
                tx.commit()?;
                Ok(out)
            }
            Engine::Postgres(pools) => db::postgres::transaction(&pools.main, &mut f, SERIAL_RETRIES),
        })
        .await
    }
}

impl StoreError {
    /// Whether the database could not be reached (no free connection, the server closed or
    /// refuses connections), rather than refusing this operation.
    pub fn unavailable(&self) -> bool {
        matches!(self, StoreError::Busy) || db::postgres::closed(self)
    }
}

/// What PostgreSQL said, without the values a server error's detail may quote (they can be
/// personal data, and this ends up in logs): the message and its SQLSTATE, or the cause of a
/// connection failure.
fn postgres_message(err: &postgres::Error) -> String {
    use std::error::Error;
    match (err.as_db_error(), err.source()) {
        (Some(db), _) => format!("{} ({})", db.message(), db.code().code()),
        (None, Some(cause)) => format!("{err}: {cause}"),
        (None, None) => err.to_string(),
    }
}

/// Runs `f` on the blocking pool.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(f).await.map_err(|_| StoreError::Task)?
}

/// A connection configuration for a new, empty schema on the test server at `url`.
pub(crate) fn test_schema(url: &str) -> Result<postgres::Config, StoreError> {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let mut config: postgres::Config = url.parse().map_err(|e: postgres::Error| StoreError::Config(e.to_string()))?;
    let schema = format!(
        "t{}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos())
    );
    let admin = config.clone();
    let create = format!("CREATE SCHEMA {schema}");
    std::thread::scope(|s| {
        s.spawn(|| -> Result<(), StoreError> { Ok(admin.connect(postgres::NoTls)?.batch_execute(&create)?) })
            .join()
            .map_err(|_| StoreError::Task)?
    })?;
    config.options(&format!("-c search_path={schema}"));
    // Names the test's connections, so that a test can close exactly its own.
    config.application_name(&schema);
    Ok(config)
}
