//! On PostgreSQL the list index used for filtered lists also carries the
//! sort columns (`INCLUDE`), so that a filtered list sorted by supports,
//! comments or date, also a late page of it, is read from the index alone
//! instead of fetching every matching row from the table. SQLite reads these
//! lists from its covering indexes already (migration 000009).

use sea_orm::DbBackend;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const POSTGRES_UP: &[&str] = &[
    "DROP INDEX idx_ideas_listed",
    "CREATE INDEX idx_ideas_listed ON ideas (process_id, action_field_id, neighbourhood_id, status, tenant_id, withdrawn_at, hidden_at, merged_into_id) \
     INCLUDE (id, support_count, comment_count, created_at) \
     WHERE withdrawn_at IS NULL AND hidden_at IS NULL AND merged_into_id IS NULL",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Postgres {
            manager.get_connection().execute_unprepared(&POSTGRES_UP.join(";\n")).await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
