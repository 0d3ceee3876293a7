//! The listed ideas exclude merged duplicates too (since merging came in),
//! so the partial indexes of migration 000006 get the same predicate as the
//! lists' condition: without it every candidate row was read from the table
//! to check `merged_into_id`. And "what was merged into this idea" (on every
//! idea page) gets an index of its own instead of a scan. The predicate's
//! columns are also indexed (always NULL there), so that picking a page's
//! ids reads the index alone (a covering index) on SQLite.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The same statements on both backends (both know partial indexes).
const UP: &[&str] = &[
    "DROP INDEX idx_ideas_listed",
    "DROP INDEX idx_ideas_listed_newest",
    "DROP INDEX idx_ideas_listed_supports",
    "DROP INDEX idx_ideas_listed_comments",
    "CREATE INDEX idx_ideas_listed ON ideas (process_id, action_field_id, neighbourhood_id, status, tenant_id, withdrawn_at, hidden_at, merged_into_id) \
     WHERE withdrawn_at IS NULL AND hidden_at IS NULL AND merged_into_id IS NULL",
    "CREATE INDEX idx_ideas_listed_newest ON ideas (process_id, created_at, id, action_field_id, neighbourhood_id, status, tenant_id, withdrawn_at, hidden_at, merged_into_id) \
     WHERE withdrawn_at IS NULL AND hidden_at IS NULL AND merged_into_id IS NULL",
    "CREATE INDEX idx_ideas_listed_supports ON ideas (process_id, support_count, id, action_field_id, neighbourhood_id, status, tenant_id, withdrawn_at, hidden_at, merged_into_id) \
     WHERE withdrawn_at IS NULL AND hidden_at IS NULL AND merged_into_id IS NULL",
    "CREATE INDEX idx_ideas_listed_comments ON ideas (process_id, comment_count, id, action_field_id, neighbourhood_id, status, tenant_id, withdrawn_at, hidden_at, merged_into_id) \
     WHERE withdrawn_at IS NULL AND hidden_at IS NULL AND merged_into_id IS NULL",
    "CREATE INDEX idx_ideas_merged_into ON ideas (merged_into_id) WHERE merged_into_id IS NOT NULL",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One batch on one connection: a pooled SQLite connection that had
        // not seen the DROP yet must not run the CREATE of the same name.
        manager.get_connection().execute_unprepared(&UP.join(";\n")).await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
