//! One provider hand-over (or one read-modify-write of a session's progress) per session at a
//! time. The flows store each stage before the next provider call, so retries one after another
//! continue where they stopped; two requests at the same instant (the last two pictures uploaded
//! together, from the desktop and the phone) would both read "no applicant yet" and create two.
//! A per-session lock in this process closes that. With several proxy instances the same guard
//! must come from the database (Postgres advisory locks); this proxy runs as one instance on
//! SQLite.

use crate::store::SessionRecord;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::OwnedMutexGuard;

/// The locks of the sessions being handed over right now.
#[derive(Default)]
pub struct SessionLocks(Mutex<HashMap<i64, Arc<tokio::sync::Mutex<()>>>>);

/// Held while one request talks to the provider for its session.
pub struct SessionGuard<'a> {
    locks: &'a SessionLocks,
    id: i64,
    _held: OwnedMutexGuard<()>,
}

impl SessionLocks {
    /// Waits until no other request holds `session`, then holds it until the guard is dropped.
    pub async fn lock(&self, session: SessionRecord) -> SessionGuard<'_> {
        let mutex = {
            let mut map = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            map.entry(session.id).or_default().clone()
        };
        SessionGuard { locks: self, id: session.id, _held: mutex.lock_owned().await }
    }

    /// How many sessions have a lock entry (for tests: entries do not pile up).
    pub fn len(&self) -> usize {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).len()
    }

    /// Whether no session is locked or waited for.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Drop for SessionGuard<'_> {
    fn drop(&mut self) {
        let mut map = self.locks.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // The map's handle and this guard's: nobody else waits, so the entry goes.
        if map.get(&self.id).is_some_and(|m| Arc::strong_count(m) <= 2) {
            map.remove(&self.id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[tokio::test]
    async fn the_same_session_waits_and_others_do_not() {
        let locks = Arc::new(SessionLocks::default());
        let inside = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..4 {
            let (locks, inside, most) = (locks.clone(), inside.clone(), most.clone());
            tasks.push(tokio::spawn(async move {
                let _guard = locks.lock(SessionRecord { id: 7 }).await;
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
