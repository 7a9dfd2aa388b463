//! One provider hand-over (or one read-modify-write of a session's progress) per session at a
//! time. The flows store each stage before the next provider call, so retries one after another
//! continue where they stopped; two requests at the same instant (the last two pictures uploaded
//! together, from the desktop and the phone, perhaps through two instances) would both read "no
//! applicant yet" and create two. Requests in this process queue on a lock in memory; the one at
//! the front then takes the session's lock in the database (a PostgreSQL advisory lock, which
//! another instance's request waits for; nothing on SQLite, which serves one instance).

use crate::store::{HeldLock, SessionRecord, Store, StoreError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::OwnedMutexGuard;

/// Longest pause between two tries for a lock another instance holds.
const RETRY_MAX: Duration = Duration::from_millis(100);

/// The locks of the sessions being handed over right now.
pub struct SessionLocks {
    local: Mutex<HashMap<i64, Arc<tokio::sync::Mutex<()>>>>,
    store: Store,
}

/// Held while one request talks to the provider for its session.
pub struct SessionGuard<'a> {
    locks: &'a SessionLocks,
    id: i64,
    // Released before the local lock (fields drop in order), so that the next local waiter
    // finds the database lock free.
    _shared: HeldLock,
    _held: OwnedMutexGuard<()>,
}

impl SessionLocks {
    /// The locks of the sessions in `store`.
    pub fn new(store: Store) -> Self {
        Self { local: Mutex::default(), store }
    }

    /// Waits until no other request (of any instance) holds `session`, then holds it until
    /// the guard is dropped.
    pub async fn lock(&self, session: SessionRecord) -> Result<SessionGuard<'_>, StoreError> {
        let mutex = {
            let mut map = self.local.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            map.entry(session.id).or_default().clone()
        };
        // Entered first, so the entry is removed on every way out.
        let held = mutex.lock_owned().await;
        let mut pause = Duration::from_millis(5);
        let shared = loop {
            match self.store.lock_try(session.id).await {
                Ok(Some(lock)) => break lock,
                Ok(None) => {
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(RETRY_MAX);
                }
                Err(err) => {
                    // `held` still counts as the caller's handle here.
                    self.forget(session.id);
                    return Err(err);
                }
            }
        };
        Ok(SessionGuard { locks: self, id: session.id, _shared: shared, _held: held })
    }

    /// Drops the entry of `id` if nobody but the caller, who still holds it, (and the map) holds
    /// or waits for it.
    fn forget(&self, id: i64) {
        let mut map = self.local.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if map.get(&id).is_some_and(|m| Arc::strong_count(m) <= 2) {
            map.remove(&id);
        }
    }

    /// How many sessions have a lock entry (for tests: entries do not pile up).
    pub fn len(&self) -> usize {
        self.local.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).len()
    }

    /// Whether no session is locked or waited for.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Drop for SessionGuard<'_> {
    fn drop(&mut self) {
        // The map's handle and this guard's: nobody else waits, so the entry goes.
        self.locks.forget(self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[tokio::test]
    async fn the_same_session_waits_and_others_do_not() {
        let locks = Arc::new(SessionLocks::new(Store::in_memory().unwrap()));
        let inside = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..4 {
            let (locks, inside, most) = (locks.clone(), inside.clone(), most.clone());
            tasks.push(tokio::spawn(async move {
                let _guard = locks.lock(SessionRecord { id: 7 }).await.unwrap();
                most.fetch_max(inside.fetch_add(1, Ordering::SeqCst) + 1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(5)).await;
                inside.fetch_sub(1, Ordering::SeqCst);
            }));
        }
        // Another session is not held up by session 7.
        let other = tokio::time::timeout(Duration::from_millis(100), locks.lock(SessionRecord { id: 8 })).await;
        assert!(other.is_ok());
        drop(other);
        for task in tasks {
            task.await.unwrap();
        }
        assert_eq!(most.load(Ordering::SeqCst), 1);
        assert!(locks.is_empty(), "entries are removed once nobody holds or waits");
    }
}

#[cfg(test)]
mod shared_tests {
    use super::*;

    #[tokio::test]
    async fn two_instances_on_one_postgres_database_take_turns_per_session() {
        let store = Store::in_memory().unwrap();
        if !store.shared() {
            // SQLite serves one instance: there is no other instance to exclude.
            return;
        }
        let (a, b) = (SessionLocks::new(store.clone()), SessionLocks::new(store));
        let held = a.lock(SessionRecord { id: 7 }).await.unwrap();
        let wait = Duration::from_millis(200);
        assert!(tokio::time::timeout(wait, b.lock(SessionRecord { id: 7 })).await.is_err(), "the other waits");
        assert!(tokio::time::timeout(wait, b.lock(SessionRecord { id: 8 })).await.is_ok(), "other sessions do not");
        drop(held);
        assert!(tokio::time::timeout(Duration::from_secs(5), b.lock(SessionRecord { id: 7 })).await.is_ok());
    }
}

#[cfg(test)]
mod pool_tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn as_many_hand_overs_as_connections_still_reach_the_store() {
        // Each hand-over holds its session's lock and writes meanwhile; with the locks drawn from
        // the same connections as the writes, a pool's worth of them would wait for one another.
        let store = Store::in_memory().unwrap();
        let locks = Arc::new(SessionLocks::new(store.clone()));
        let mut tasks = Vec::new();
        for id in 1..=8 {
            let (locks, store) = (locks.clone(), store.clone());
            tasks.push(tokio::spawn(async move {
                let _held = locks.lock(SessionRecord { id }).await.unwrap();
                tokio::time::sleep(Duration::from_millis(50)).await;
                store.inbox_counts().await.unwrap();
            }));
        }
        let all = async {
            for task in tasks {
                task.await.unwrap();
            }
        };
        tokio::time::timeout(Duration::from_secs(5), all).await.expect("no hand-over waits for another");
    }
}
