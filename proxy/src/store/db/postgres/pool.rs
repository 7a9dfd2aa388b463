//! A few connections to the server, opened when first needed and kept. Callers block (they run
//! on the blocking pool); a connection the server closed is dropped and replaced.

use super::Session;
use crate::store::StoreError;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;
use tokio_postgres_rustls::MakeRustlsConnect;

/// How long a call waits for a free connection before it fails (the request then gets a 503
/// rather than hanging).
const WAIT: Duration = Duration::from_secs(10);

/// The connections of one store.
pub struct Pool {
    config: postgres::Config,
    tls: MakeRustlsConnect,
    max: usize,
    state: Mutex<State>,
    freed: Condvar,
}

#[derive(Default)]
struct State {
    idle: Vec<Session>,
    open: usize,
}

/// A connection taken from the pool, given back when dropped.
pub struct Pooled<'a> {
    pool: &'a Pool,
    session: Option<Session>,
}

impl Pool {
    /// A pool of at most `max` connections made with `config`.
    pub fn new(config: postgres::Config, max: usize) -> Result<Self, StoreError> {
        let tls = super::tls::connector()?;
        Ok(Self { config, tls, max: max.max(1), state: Mutex::default(), freed: Condvar::new() })
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A free connection, opening one if fewer than the maximum are open. Blocks: never call it
    /// on an async worker thread.
    pub fn get(&self) -> Result<Pooled<'_>, StoreError> {
        let mut state = self.state();
        loop {
            if let Some(session) = state.idle.pop() {
                return Ok(Pooled { pool: self, session: Some(session) });
            }
            if state.open < self.max {
                state.open += 1;
                drop(state);
                return match self.config.connect(self.tls.clone()) {
                    Ok(client) => Ok(Pooled { pool: self, session: Some(Session::new(client)) }),
                    Err(err) => {
                        self.state().open -= 1;
                        self.freed.notify_one();
                        Err(err.into())
                    }
                };
            }
            let (next, waited) = self.freed.wait_timeout(state, WAIT).unwrap_or_else(|p| p.into_inner());
            if waited.timed_out() && next.idle.is_empty() && next.open >= self.max {
                return Err(StoreError::Busy);
            }
            state = next;
        }
    }

    /// Takes the connection out of the pool's count for good (the session locks hold one for
    /// as long as a hand-over runs); [`Pool::give_back`] returns it.
    pub fn take(&self) -> Result<Session, StoreError> {
        let mut pooled = self.get()?;
        Ok(pooled.session.take().expect("a pooled connection"))
    }

    /// Returns a connection from [`Pool::take`] (or drops it if the server closed it).
    pub fn give_back(&self, session: Session) {
        let mut state = self.state();
        if session.is_closed() {
            state.open -= 1;
            drop(state);
            drop(session);
        } else {
            state.idle.push(session);
        }
        self.freed.notify_one();
    }
}

impl Pool {
    /// After the server closed a connection (a restart closes them all): drops the idle ones, so
    /// that the next call opens a fresh one instead of finding another dead one.
    pub fn forget_idle(&self) {
        let idle = {
            let mut state = self.state();
            let idle = std::mem::take(&mut state.idle);
            state.open -= idle.len();
            idle
        };
        drop(idle);
        self.freed.notify_all();
    }

    /// Closes a connection from [`Pool::take`] that should not be used again.
    pub fn discard(&self, session: Session) {
        self.state().open -= 1;
        drop(session);
        self.freed.notify_one();
    }
}

impl Pooled<'_> {
    /// Closes this connection instead of giving it back.
    pub fn discard(mut self) {
        if let Some(session) = self.session.take() {
            self.pool.discard(session);
        }
    }

    /// The connection.
    pub fn session(&mut self) -> &mut Session {
        self.session.as_mut().expect("a pooled connection")
    }
}

impl Drop for Pooled<'_> {
    fn drop(&mut self) {
        if let Some(session) = self.session.take() {
            self.pool.give_back(session);
        }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        // A blocking client closes itself on its own runtime, which must not happen on an async
        // worker thread (a store can be dropped there): close them on a thread of their own.
        let idle = std::mem::take(&mut self.state().idle);
        if !idle.is_empty() {
            std::thread::spawn(move || drop(idle));
        }
    }
}
