//! Storage: sessions, personal data, consents and identifications in SQLite, so that a restart
//! loses nothing. Calls run on the blocking pool; SQLite work here is sub-millisecond.

mod captures;
mod codes;
mod drafts;
mod erasure;
mod identifications;
mod inbox;
mod intents;
mod options;
mod progress;
mod reconcile;
mod schema;
mod sessions;

pub use captures::StoredPicture;
pub use codes::{CodePurpose, CodeRefusal, Grant};
pub use identifications::IdentificationRecord;
pub use inbox::{InboxCounts, InboxEntry, InboxEvent};
pub use intents::IntentRecord;
pub use options::{EmbedLookup, SessionOptions};
pub use reconcile::DueCheck;
pub use sessions::{SessionRecord, SessionSettings};

use rusqlite::{Connection, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Why storage failed. Details are logged, never sent to the browser.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused the operation.
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Stored JSON no longer parses.
    #[error("stored json: {0}")]
    Json(#[from] serde_json::Error),
    /// The blocking task panicked or was cancelled.
    #[error("storage task failed")]
    Task,
}

/// Read-only connections beside the writer: WAL lets them read while it writes.
const READERS: usize = 4;

/// Handle to the database, cheap to clone: one writer connection (SQLite takes one writer at a
/// time anyway) and a few readers, so that the status polls and session lookups never queue
/// behind a write.
#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
    readers: Arc<Readers>,
}

/// The readers, taken round-robin; empty for an in-memory database (reads use the writer).
struct Readers {
    pool: Vec<Mutex<Connection>>,
    next: std::sync::atomic::AtomicUsize,
}

impl Store {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            // A missing folder would make SQLite fail with an unhelpful message.
            let _ = std::fs::create_dir_all(dir);
        }
        let mut store = Self::init(Connection::open(path)?)?;
        let mut pool = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            let reader = Connection::open_with_flags(
                path,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            reader.busy_timeout(std::time::Duration::from_secs(5))?;
            pool.push(Mutex::new(reader));
        }
        store.readers = Arc::new(Readers { pool, next: Default::default() });
        Ok(store)
    }

    /// A private in-memory database, for tests.
    pub fn in_memory() -> Result<Self, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Self, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Each commit is on disk before it returns: what is acknowledged to a provider must
        // survive a power cut too (NORMAL, in WAL mode, may lose the last commits to one).
        conn.pragma_update(None, "synchronous", "FULL")?;
        schema::migrate(&mut conn)?;
        let readers = Readers { pool: Vec::new(), next: Default::default() };
        Ok(Self { conn: Arc::new(Mutex::new(conn)), readers: Arc::new(readers) })
    }

    /// A JSON document from one column of the session's row: `sql` selects it with the session
    /// id as `?1`. No row and SQL NULL both mean `None`.
    async fn json_load<T: DeserializeOwned>(
        &self,
        sql: &'static str,
        session: SessionRecord,
    ) -> Result<Option<T>, StoreError> {
        let json: Option<Option<String>> =
            self.read(move |c| Ok(c.query_row(sql, [session.id], |r| r.get(0)).optional()?)).await?;
        Ok(json.flatten().map(|j| serde_json::from_str(&j)).transpose()?)
    }

    /// Writes a JSON document (or NULL) with `sql`, which takes the session id as `?1` and the
    /// document as `?2`.
    async fn json_store<T: Serialize>(
        &self,
        sql: &'static str,
        session: SessionRecord,
        value: Option<&T>,
    ) -> Result<(), StoreError> {
        let json = value.map(serde_json::to_string).transpose()?;
        self.call(move |c| {
            c.execute(sql, rusqlite::params![session.id, json])?;
            Ok(())
        })
        .await
    }

    /// Runs `f`, which only reads, with one of the read-only connections (the writer for an
    /// in-memory database). It sees every write that finished before. A read on a WAL reader
    /// takes microseconds and never waits for the writer, so it runs on the caller's thread: a
    /// hop to the blocking pool cost the status poll more than its reads (thread wake-ups were a
    /// quarter of its profile). Only when every reader is taken does it go to the blocking pool.
    pub async fn read<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let readers = &self.readers;
        if readers.pool.is_empty() {
            return self.call(f).await;
        }
        let n = readers.pool.len();
        let start = readers.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if let Some(mut guard) = (0..n).find_map(|i| readers.pool[(start + i) % n].try_lock().ok()) {
            return f(&mut guard);
        }
        let readers = self.readers.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = readers.pool[start % n].lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|_| StoreError::Task)?
    }

    /// Runs `f` with the connection on the blocking pool.
    pub async fn call<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            // A poisoned lock only means another call panicked mid-way; SQLite itself is intact.
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|_| StoreError::Task)?
    }
}
