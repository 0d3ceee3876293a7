//! A concept counts its changes: every audited write to the concept, its
//! outline, measures, indicators or progress adds one, so that a page built
//! from all of it can be kept for as long as the count stays the same (also
//! with several instances on one database).

use sea_orm_migration::prelude::*;

use super::common::add_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Concepts {
    Table,
    Revision,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(manager, Concepts::Table, ColumnDef::new(Concepts::Revision).big_integer().not_null().default(0).to_owned()).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
