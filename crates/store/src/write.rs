//! Write transactions. SQLite lets one connection write at a time; a
//! connection that finds the lock taken retries on a back-off that grows to
//! 100 ms between tries, which puts a long tail on writes under load. So on
//! SQLite the writers of this process queue for each other (in order, without
//! sleeping) before they take the lock; PostgreSQL's writers run side by side.

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, ExecResult, QueryResult, Statement, TransactionTrait,
};
use tokio::sync::{Mutex, MutexGuard};

/// The queue of this process's SQLite writers.
static SQLITE_WRITERS: Mutex<()> = Mutex::const_new(());

/// A transaction that will write; see [`begin_write`].
pub struct WriteTransaction {
    txn: DatabaseTransaction,
    /// Held until the transaction ends (SQLite only).
    _turn: Option<MutexGuard<'static, ()>>,
}

/// Starts a transaction that will write. On SQLite it waits for this
/// process's earlier writers, then takes the write lock at once (`BEGIN
/// IMMEDIATE`), so that concurrent writers wait for each other instead of
/// failing when a read-then-write transaction tries to upgrade its lock.
/// Every write transaction starts here.
pub async fn begin_write(db: &DatabaseConnection) -> Result<WriteTransaction, DbErr> {
    let turn = match db.get_database_backend() {
        DbBackend::Sqlite => Some(SQLITE_WRITERS.lock().await),
        _ => None,
    };
    let txn = db
        .begin_with_options(sea_orm::TransactionOptions {
            sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?;
    Ok(WriteTransaction { txn, _turn: turn })
}

impl WriteTransaction {
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }

    pub async fn rollback(self) -> Result<(), DbErr> {
        self.txn.rollback().await
    }
}

#[sea_orm::prelude::async_trait::async_trait]
impl ConnectionTrait for WriteTransaction {
    fn get_database_backend(&self) -> DbBackend {
        self.txn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.txn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.txn.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.txn.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.txn.query_all_raw(stmt).await
    }

    fn support_returning(&self) -> bool {
        self.txn.support_returning()
    }

    fn is_mock_connection(&self) -> bool {
        self.txn.is_mock_connection()
    }
}
