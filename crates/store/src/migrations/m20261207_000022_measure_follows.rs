//! People follow measures, and notifications can be about a measure: its
//! progress reports and status changes reach those who follow it and those
//! whose ideas it came from. The columns carry no foreign key (SQLite adds
//! none to an existing table); measures are not deleted on their own, and
//! a tenant's deletion takes its follows and notifications with it.

use sea_orm_migration::prelude::*;

use super::common::{add_column, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Follows {
    Table,
    MeasureId,
    UserId,
}

#[derive(DeriveIden, Clone, Copy)]
enum Notifications {
    Table,
    MeasureId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(manager, Follows::Table, ColumnDef::new(Follows::MeasureId).big_integer().null().to_owned()).await?;
        unique_index(manager, "idx_follows_measure", Follows::Table, &[Follows::MeasureId, Follows::UserId]).await?;
        add_column(manager, Notifications::Table, ColumnDef::new(Notifications::MeasureId).big_integer().null().to_owned()).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
