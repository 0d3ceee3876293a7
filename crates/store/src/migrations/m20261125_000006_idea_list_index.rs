//! Listing the ideas of a process fast: partial indexes of the listed ideas
//! (not withdrawn, not hidden) for the counts and each sort order; and `processes.ideas_version`
//! changes whenever those counts may change, so that they can be kept
//! between requests (`web::participation::counts`).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The same statements on both backends (both know partial indexes). The
/// counts read `idx_ideas_listed` only; each sort order has an index that
/// holds the filter columns too, so that skipping to a later page reads the
/// index, not the ideas. They replace the three plain sort indexes.
const UP: &[&str] = &[
    "CREATE INDEX idx_ideas_listed ON ideas (process_id, action_field_id, neighbourhood_id, status, tenant_id) \
     WHERE withdrawn_at IS NULL AND hidden_at IS NULL",
    "CREATE INDEX idx_ideas_listed_newest ON ideas (process_id, created_at, id, action_field_id, neighbourhood_id, status, tenant_id) \
     WHERE withdrawn_at IS NULL AND hidden_at IS NULL",
    "CREATE INDEX idx_ideas_listed_supports ON ideas (process_id, support_count, id, action_field_id, neighbourhood_id, status, tenant_id) \
     WHERE withdrawn_at IS NULL AND hidden_at IS NULL",
    "CREATE INDEX idx_ideas_listed_comments ON ideas (process_id, comment_count, id, action_field_id, neighbourhood_id, status, tenant_id) \
     WHERE withdrawn_at IS NULL AND hidden_at IS NULL",
    "DROP INDEX idx_ideas_process_created",
    "DROP INDEX idx_ideas_process_supports",
    "DROP INDEX idx_ideas_process_comments",
];

#[derive(DeriveIden)]
enum Processes {
    Table,
    IdeasVersion,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for sql in UP {
            manager.get_connection().execute_unprepared(sql).await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Processes::Table)
                    .add_column(ColumnDef::new(Processes::IdeasVersion).big_integer().not_null().default(0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
