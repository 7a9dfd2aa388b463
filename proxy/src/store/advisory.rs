//! Locks that hold across instances. On PostgreSQL a session lock is an advisory lock taken on a
//! connection of its own and kept for as long as the hand-over runs: if the instance dies, the
//! server closes the connection and the lock goes with it. SQLite serves one instance, whose
//! locks in memory are enough.

use super::db::postgres::Session;
use super::{Engine, Store, StoreError};
use crate::params;

/// A lock held in the database; released when dropped.
pub struct HeldLock {
    store: Store,
    key: i64,
    session: Option<Session>,
}

impl Store {
    /// Takes the database lock `key` if nobody holds it: `Ok(None)` when another connection
    /// (another instance) does. On SQLite there is nothing to take and it always succeeds.
    pub async fn lock_try(&self, key: i64) -> Result<Option<HeldLock>, StoreError> {
        if !self.shared() {
            return Ok(Some(HeldLock { store: self.clone(), key, session: None }));
        }
        let store = self.clone();
        super::blocking(move || {
            let Engine::Postgres(pools) = &*store.engine else { unreachable!() };
            let pool = &pools.locks;
            let mut session = pool.take()?;
            let taken: Result<bool, StoreError> =
                super::Conn::Postgres(&mut session)
                    .query_row("SELECT pg_try_advisory_lock(?1)", params![key], |r| r.get(0));
            match taken {
                Ok(true) => Ok(Some(HeldLock { store: store.clone(), key, session: Some(session) })),
                Ok(false) => {
                    pool.give_back(session);
                    Ok(None)
                }
                Err(err) => {
                    pool.discard(session);
                    Err(err)
                }
            }
        })
        .await
    }
}

impl Drop for HeldLock {
    fn drop(&mut self) {
        let Some(mut session) = self.session.take() else { return };
        let (store, key) = (self.store.clone(), self.key);
        // The blocking client must not run on an async worker; the release is quick.
        std::thread::spawn(move || {
            let Engine::Postgres(pools) = &*store.engine else { return };
            let pool = &pools.locks;
            let released: Result<bool, StoreError> =
                super::Conn::Postgres(&mut session)
                    .query_row("SELECT pg_advisory_unlock(?1)", params![key], |r| r.get(0));
            match released {
                Ok(_) => pool.give_back(session),
                // Closing the connection releases every lock it held.
                Err(_) => pool.discard(session),
            }
        });
    }
}
