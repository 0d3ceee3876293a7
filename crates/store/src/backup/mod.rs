//! Backups: a consistent snapshot of the whole database in one file, and
//! its restore into an empty (or, when forced, emptied) database of either
//! backend — so a backup also moves an installation from SQLite to PostgreSQL.
//!
//! The file is gzip-compressed JSON lines:
//!
//! ```text
//! {"format":"teilhabe-backup","version":1,"migration":"m…","created_at":"…"}
//! {"table":"tenants","row":{"id":1,…}}
//! …
//! {"file":{"key":"3/5f0c…","data":"iVBORw0…"}}
//! …
//! {"end":{"tenants":4,"users":7,…},"files":2}
//! ```
//!
//! Since version 2 the bytes of uploaded files follow the rows (base64, one
//! line per file of the `files` table, read from and restored into the file
//! store through [`FileVault`]), so one file holds the whole installation.
//!
//! Rows are the SeaORM models serialised with serde, table by table in the
//! order of [`TABLES`] (parents before children), each table by id. Ids are
//! kept; timestamps are stored to the microsecond, so a round trip is exact.
//! The end line holds the number of rows of each table: a file cut off while
//! copying is refused instead of half restored.
//!
//! Deliberately not backed up ([`NOT_BACKED_UP`]): the migration table
//! (migrating recreates it) and the short-lived login tables (people log in
//! again after a restore; their rows go with the users they belong to).

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};

use chrono::{DateTime, Utc};
use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use sea_orm::{
    AccessMode, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, IdenStatic, IntoActiveModel,
    IsolationLevel, Iterable, ModelTrait, PaginatorTrait, PrimaryKeyToColumn, QueryFilter, QueryOrder, QuerySelect, Statement,
    TransactionTrait,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::entities;
use crate::migrations::latest_migration_name;

mod file_bytes;
mod restore;
mod tables;

use file_bytes::FileLine;
pub use file_bytes::{FileVault, NoFiles};
pub use restore::restore;
use tables::Table;
pub use tables::{TABLES, columns_of};

/// The `format` value of the header line.
pub const FORMAT: &str = "teilhabe-backup";
/// The version of the file layout this code writes and reads.
pub const FORMAT_VERSION: u32 = 2;
/// Older layouts this code still restores (version 1: no file bytes).
const READABLE_VERSIONS: [u64; 2] = [1, 2];

/// Tables that are deliberately left out of a backup. Every other table of
/// the database must be in [`TABLES`]; a test enforces this.
pub const NOT_BACKED_UP: &[&str] = &[
    // Recreated by migrating the target database before the restore.
    "seaql_migrations",
    // Short-lived login state: people log in again after a restore. Rows
    // are removed with their users (ON DELETE CASCADE) when a restore replaces data.
    "sessions",
    "account_tokens",
    // SQLite's full-text index of ideas and its shadow tables: rebuilt from
    // `ideas.search_text` by triggers as the ideas are restored.
    "ideas_search",
    "ideas_search_config",
    "ideas_search_data",
    "ideas_search_docsize",
    "ideas_search_idx",
];

/// Rows per INSERT when restoring. The widest table has 14 columns, so a
/// batch stays far below the bind-parameter limits (SQLite 32,766,
/// PostgreSQL 65,535).
const INSERT_BATCH_ROWS: usize = 500;
/// Rows per SELECT when writing (keyset pages by id).
const READ_PAGE_ROWS: u64 = 1000;

/// Why a backup could not be written or restored. `code` values are stable
/// ids in the style of the Fluent message ids.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    #[error("cannot read or write the backup: {0}")]
    Io(#[from] io::Error),
    #[error("this is not a teilhabe backup ({0})")]
    NotABackup(String),
    #[error("the backup has format version {found}, this teilhabe reads version {FORMAT_VERSION}")]
    UnsupportedVersion { found: u64 },
    #[error(
        "the backup was made at database migration {backup}, this teilhabe is at {current}: restore it with the teilhabe version that made it, then upgrade"
    )]
    MigrationMismatch { backup: String, current: String },
    #[error(
        "the database is at migration {database}, this teilhabe expects {expected}: run `teilhabe migrate` first, or use the matching teilhabe version"
    )]
    SchemaMismatch { database: String, expected: String },
    #[error("the database is not empty (it holds {0}); a restore would replace all of it")]
    NotEmpty(String),
    #[error("the backup is damaged at line {line}: {reason}")]
    Corrupt { line: u64, reason: String },
    #[error("the backup is incomplete: {0}; it may have been cut off while copying")]
    Incomplete(String),
}

impl From<crate::StoreError> for BackupError {
    fn from(err: crate::StoreError) -> Self {
        match err {
            crate::StoreError::Db(db) => BackupError::Db(db),
            other => BackupError::Db(DbErr::Custom(other.to_string())),
        }
    }
}

impl BackupError {
    /// Stable code of the error.
    pub fn code(&self) -> &'static str {
        match self {
            BackupError::Db(_) => "error-internal",
            BackupError::Io(_) => "backup-io",
            BackupError::NotABackup(_) => "backup-not-a-backup",
            BackupError::UnsupportedVersion { .. } => "backup-version-unsupported",
            BackupError::MigrationMismatch { .. } => "backup-migration-mismatch",
            BackupError::SchemaMismatch { .. } => "backup-schema-mismatch",
            BackupError::NotEmpty(_) => "backup-target-not-empty",
            BackupError::Corrupt { .. } => "backup-corrupt",
            BackupError::Incomplete(_) => "backup-incomplete",
        }
    }
}

/// What a backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    pub migration: String,
    pub created_at: DateTime<Utc>,
    /// Rows per table, in [`TABLES`] order.
    pub rows: Vec<(&'static str, u64)>,
    /// Uploaded files whose bytes are in the backup.
    pub files: u64,
    /// Recorded files whose bytes were not in the file store (their rows are kept).
    pub files_missing: Vec<String>,
}

impl BackupSummary {
    pub fn total_rows(&self) -> u64 {
        self.rows.iter().map(|(_, n)| n).sum()
    }
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreSummary {
    /// The backup's header and row counts.
    pub backup: BackupSummary,
    /// Data that was in the database before and has been replaced.
    pub replaced: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
    migration: String,
    created_at: DateTime<Utc>,
}

#[derive(Serialize)]
struct RowOut<'a, M> {
    table: &'a str,
    row: &'a M,
}

#[derive(Serialize)]
struct EndOut<'a> {
    end: BTreeMap<&'a str, u64>,
    files: u64,
}

/// A line after the header.
#[derive(Deserialize)]
#[serde(untagged)]
enum Line {
    Row {
        table: String,
        row: serde_json::Value,
    },
    File {
        file: FileLine,
    },
    End {
        end: BTreeMap<String, u64>,
        /// Missing in version 1 backups (no files).
        #[serde(default)]
        files: u64,
    },
}

/// Writes a snapshot of every backed-up table. All tables are read in one
/// transaction, so the snapshot is consistent while the server keeps
/// running: a read-only REPEATABLE READ transaction on PostgreSQL, a read
/// transaction (a WAL snapshot) on SQLite.
pub async fn write<W: Write + Send>(db: &DatabaseConnection, out: W, vault: &dyn FileVault) -> Result<BackupSummary, BackupError> {
    let txn = match db.get_database_backend() {
        DbBackend::Postgres => db.begin_with_config(Some(IsolationLevel::RepeatableRead), Some(AccessMode::ReadOnly)).await?,
        _ => db.begin().await?,
    };
    // The first statement is a read: on SQLite it fixes the snapshot.
    let migration = check_schema(&txn).await?;
    let created_at = crate::now();
    let mut out = BufWriter::new(GzEncoder::new(out, Compression::default()));
    let header = Header { format: FORMAT.to_owned(), version: FORMAT_VERSION, migration: migration.clone(), created_at };
    serde_json::to_writer(&mut out, &header).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    let mut rows = Vec::with_capacity(Table::ALL.len());
    for table in Table::ALL {
        rows.push((table.name(), table.dump(&txn, &mut out).await?));
    }
    let (files, files_missing) = file_bytes::dump(&txn, &mut out, vault).await?;
    serde_json::to_writer(&mut out, &EndOut { end: rows.iter().copied().collect(), files }).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    let mut inner = out.into_inner().map_err(io::IntoInnerError::into_error)?.finish()?;
    inner.flush()?;
    txn.commit().await?;
    Ok(BackupSummary { migration, created_at, rows, files, files_missing })
}

/// The newest migration applied to the database, which must be the newest
/// this code knows: the entities describe exactly that schema.
async fn check_schema(txn: &impl ConnectionTrait) -> Result<String, BackupError> {
    let expected = latest_migration_name();
    let row = txn
        .query_one_raw(Statement::from_string(
            txn.get_database_backend(),
            "SELECT version FROM seaql_migrations ORDER BY version DESC LIMIT 1",
        ))
        .await;
    let database = match row {
        Ok(Some(row)) => row.try_get::<String>("", "version")?,
        // No migration table or no row: the database was never migrated.
        Ok(None) | Err(_) => "none".to_owned(),
    };
    if database == expected { Ok(database) } else { Err(BackupError::SchemaMismatch { database, expected }) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_names_are_the_entities_table_names() {
        for table in Table::ALL {
            assert_eq!(table.name(), table.entity_table_name());
        }
        assert_eq!(TABLES.len(), Table::ALL.len());
    }

    #[test]
    fn no_table_is_both_backed_up_and_excluded() {
        for table in NOT_BACKED_UP {
            assert!(Table::parse(table).is_none(), "{table}");
        }
    }
}
