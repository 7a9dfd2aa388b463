//! One way to talk to either engine. The store's methods are written once against [`Conn`],
//! whose calls mirror rusqlite's (`execute`, `query_row`, `query_map`, rows read by column
//! index); the SQL is the subset SQLite and PostgreSQL share (`?N` parameters, `ON CONFLICT`,
//! `RETURNING`), with the few differences asked of the connection ([`Conn::skip_locked`]).

pub mod postgres;
mod sqlite;
mod value;

pub use value::{FromValue, ToValue, Value};

use super::StoreError;

/// The values of a statement's `?1`, `?2`, … parameters.
#[macro_export]
macro_rules! params {
    ($($value:expr),* $(,)?) => {
        &[$($crate::store::ToValue::to_value(&$value)),*] as &[$crate::store::Value]
    };
}

/// A connection of either engine, inside the transaction of a [`super::Store::call`] or on
/// its own for a [`super::Store::read`].
pub enum Conn<'a> {
    /// A SQLite connection (its statements are prepared once and cached).
    Sqlite(&'a rusqlite::Connection),
    /// A pooled PostgreSQL connection (its statements are prepared once and cached).
    Postgres(&'a mut postgres::Session),
}

/// One row of a result, read by column index.
#[derive(Debug)]
pub struct Row(Vec<Value>);

impl Row {
    /// Column `index` as a `T`.
    pub fn get<T: FromValue>(&self, index: usize) -> Result<T, StoreError> {
        let value = self.0.get(index).ok_or(StoreError::Column(index, "no such column"))?;
        T::from_value(value).map_err(|why| StoreError::Column(index, why))
    }
}

impl Conn<'_> {
    /// Runs a statement; how many rows it changed.
    pub fn execute(&mut self, sql: &str, params: &[Value]) -> Result<usize, StoreError> {
        match self {
            Conn::Sqlite(c) => sqlite::execute(c, sql, params),
            Conn::Postgres(s) => s.execute(sql, params),
        }
    }

    /// Every row of a query, each read by `f`.
    pub fn query_map<T>(
        &mut self,
        sql: &str,
        params: &[Value],
        f: impl FnMut(&Row) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let rows = match self {
            Conn::Sqlite(c) => sqlite::query(c, sql, params)?,
            Conn::Postgres(s) => s.query(sql, params)?,
        };
        rows.iter().map(f).collect()
    }

    /// The first row of a query, read by `f`; [`StoreError::NoRow`] when there is none.
    pub fn query_row<T>(
        &mut self,
        sql: &str,
        params: &[Value],
        f: impl FnOnce(&Row) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let rows = match self {
            Conn::Sqlite(c) => sqlite::query(c, sql, params)?,
            Conn::Postgres(s) => s.query(sql, params)?,
        };
        rows.first().map_or(Err(StoreError::NoRow), f)
    }

    /// What a lease's `SELECT … LIMIT n` needs after it so that two instances leasing at once
    /// skip each other's rows: nothing on SQLite (one writer at a time), `FOR UPDATE SKIP
    /// LOCKED` on PostgreSQL.
    pub fn skip_locked(&self) -> &'static str {
        match self {
            Conn::Sqlite(_) => "",
            Conn::Postgres(_) => " FOR UPDATE SKIP LOCKED",
        }
    }
}

/// `query_row(…).optional()`: no row becomes `None`.
pub trait Optional<T> {
    /// `Ok(None)` for [`StoreError::NoRow`].
    fn optional(self) -> Result<Option<T>, StoreError>;
}

impl<T> Optional<T> for Result<T, StoreError> {
    fn optional(self) -> Result<Option<T>, StoreError> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(StoreError::NoRow) => Ok(None),
            Err(err) => Err(err),
        }
    }
}
