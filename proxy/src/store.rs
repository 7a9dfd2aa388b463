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
pub use inbox::{InboxEntry, InboxEvent};
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

/// Handle to the database, cheap to clone.
#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
}

impl Store {
    /// Opens (creating if needed) the database file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            // A missing folder would make SQLite fail with an unhelpful message.
            let _ = std::fs::create_dir_all(dir);
        }
        Self::init(Connection::open(path)?)
    }

    /// A private in-memory database, for tests.
    pub fn in_memory() -> Result<Self, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Self, StoreError> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        schema::migrate(&conn)?;
        Ok(Self { conn: Arc::new(Mutex::new(conn)) })
    }

    /// A JSON document from one column of the session's row: `sql` selects it with the session
    /// id as `?1`. No row and SQL NULL both mean `None`.
    async fn json_load<T: DeserializeOwned>(
        &self,
        sql: &'static str,
        session: SessionRecord,
    ) -> Result<Option<T>, StoreError> {
        let json: Option<Option<String>> =
            self.call(move |c| Ok(c.query_row(sql, [session.id], |r| r.get(0)).optional()?)).await?;
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
