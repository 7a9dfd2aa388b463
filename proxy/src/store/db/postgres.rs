//! [`super::Conn`] on PostgreSQL: a small pool of blocking connections (the store's calls run on
//! the blocking pool anyway), each with its prepared statements cached, so that a poll costs one
//! round trip to the server.

mod pool;
mod tls;
mod types;

pub use pool::Pool;

use super::{Row, Value};
use crate::store::StoreError;
use std::collections::HashMap;

/// One connection to the server and the statements prepared on it.
pub struct Session {
    client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
}

impl Session {
    fn new(client: postgres::Client) -> Self {
        Self { client, statements: HashMap::new() }
    }

    fn statement(&mut self, sql: &str) -> Result<postgres::Statement, StoreError> {
        if let Some(stmt) = self.statements.get(sql) {
            return Ok(stmt.clone());
        }
        let stmt = self.client.prepare(&numbered(sql))?;
        self.statements.insert(sql.to_owned(), stmt.clone());
        Ok(stmt)
    }

    pub(crate) fn execute(&mut self, sql: &str, params: &[Value]) -> Result<usize, StoreError> {
        let stmt = self.statement(sql)?;
        let params: Vec<&(dyn postgres::types::ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        Ok(self.client.execute(&stmt, &params)? as usize)
    }

    pub(crate) fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StoreError> {
        let stmt = self.statement(sql)?;
        let params: Vec<&(dyn postgres::types::ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        let rows = self.client.query(&stmt, &params)?;
        rows.iter()
            .map(|row| Ok(Row((0..row.len()).map(|i| row.try_get::<_, Value>(i)).collect::<Result<_, _>>()?)))
            .collect()
    }

    /// Runs SQL without parameters (several statements allowed).
    pub fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        Ok(self.client.batch_execute(sql)?)
    }

    /// Whether the connection is gone (the pool then drops it).
    fn is_closed(&self) -> bool {
        self.client.is_closed()
    }
}

/// Runs the read `f` on a pooled connection; once more on another when the server had closed
/// that one (a restart or a failover of the server, noticed at the first use).
pub fn read<T>(pool: &Pool, f: &mut dyn FnMut(&mut super::Conn<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
    let mut pooled = pool.get()?;
    match f(&mut super::Conn::Postgres(pooled.session())) {
        Err(err) if closed(&err) => {
            pooled.discard();
            pool.forget_idle();
            f(&mut super::Conn::Postgres(pool.get()?.session()))
        }
        result => result,
    }
}

/// Runs `f` in a serializable transaction on a pooled connection, again (up to `retries` times,
/// after a short random pause) when a concurrent transaction made it fail, or on another
/// connection when the server had closed this one.
pub fn transaction<T>(
    pool: &Pool,
    f: &mut dyn FnMut(&mut super::Conn<'_>) -> Result<T, StoreError>,
    retries: u32,
) -> Result<T, StoreError> {
    let mut pooled = pool.get()?;
    let mut attempt = 0;
    loop {
        let session = pooled.session();
        let result = session
            .batch("BEGIN ISOLATION LEVEL SERIALIZABLE")
            .and_then(|()| f(&mut super::Conn::Postgres(session)))
            .and_then(|out| session.batch("COMMIT").map(|()| out));
        match result {
            Ok(out) => return Ok(out),
            Err(err) if closed(&err) && attempt < retries => {
                pooled.discard();
                pool.forget_idle();
                pooled = pool.get()?;
                attempt += 1;
            }
            Err(err) => {
                let _ = session.batch("ROLLBACK");
                if attempt >= retries || !conflict(&err) {
                    return Err(err);
                }
                attempt += 1;
                let pause = 1
                    + (std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.subsec_micros())
                        % (5 << attempt.min(5)));
                std::thread::sleep(std::time::Duration::from_millis(pause.into()));
            }
        }
    }
}

/// Whether the server closed the connection (it restarted, failed over, or an administrator
/// ended it): another connection may well work.
pub(crate) fn closed(err: &StoreError) -> bool {
    use postgres::error::SqlState;
    let StoreError::Postgres(err) = err else { return false };
    err.is_closed()
        || err.code().is_some_and(|c| {
            *c == SqlState::ADMIN_SHUTDOWN || *c == SqlState::CRASH_SHUTDOWN || *c == SqlState::CANNOT_CONNECT_NOW
        })
}

/// Whether a concurrent transaction made this one fail (it may well succeed when run again).
fn conflict(err: &StoreError) -> bool {
    use postgres::error::SqlState;
    let StoreError::Postgres(err) = err else { return false };
    err.code().is_some_and(|c| {
        *c == SqlState::T_R_SERIALIZATION_FAILURE
            || *c == SqlState::T_R_DEADLOCK_DETECTED
            || *c == SqlState::UNIQUE_VIOLATION
    })
}

/// The statement with SQLite's `?N` parameters written as PostgreSQL's `$N` (outside quotes).
fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let (mut quoted, mut next) = (false, 1);
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted => {
                out.push('$');
                if chars.peek().is_some_and(char::is_ascii_digit) {
                    while let Some(d) = chars.next_if(char::is_ascii_digit) {
                        out.push(d);
                    }
                } else {
                    out.push_str(&next.to_string());
                    next += 1;
                }
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::numbered;

    #[test]
    fn parameters_are_numbered_the_postgresql_way_outside_quotes() {
        assert_eq!(numbered("SELECT ?1, ?12 WHERE a = '?2'"), "SELECT $1, $12 WHERE a = '?2'");
        assert_eq!(numbered("VALUES (?, ?)"), "VALUES ($1, $2)");
    }
}
