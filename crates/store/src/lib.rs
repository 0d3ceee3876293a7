//! Database of teilhabe: the one migration set, SeaORM entities and the
//! queries of each domain. Every function takes a connection (pool or
//! transaction), so callers decide the transaction boundary.

mod entities;
mod migrations;
mod names;

pub mod accounts;
pub mod audit;
pub mod backup;
pub mod bulk;
pub mod concept;
pub mod connect;
pub mod events;
pub mod files;
pub mod funding;
pub mod legal;
pub mod mail;
pub mod moderation;
pub mod notifications;
pub mod organisations;
pub mod overview;
pub mod participation;
pub mod personal_data;
pub mod sessions;
pub mod surveys;
pub mod tenancy;
pub mod testing;
mod write;

pub use connect::{Backend, connect, migrate};
pub use migrations::latest_migration_name;
pub use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};
pub use write::{WriteTransaction, begin_write};

/// An error of the store. `code` values are Fluent message ids.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    /// A unique value is already taken, e.g. a slug or an e-mail address.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("not found")]
    NotFound,
}

impl StoreError {
    /// Stable code, also the Fluent message id shown to people.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Db(_) => "error-internal",
            StoreError::Conflict(code) => code,
            StoreError::NotFound => "error-not-found",
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// The current time, truncated to microseconds so that SQLite (which keeps
/// nanoseconds) and PostgreSQL (microseconds) store the same value.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::{DurationRound, TimeDelta};
    let now = chrono::Utc::now();
    now.duration_trunc(TimeDelta::microseconds(1)).unwrap_or(now)
}

/// Is this error a violated unique constraint (on either backend)?
pub(crate) fn is_unique_violation(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_)))
}
