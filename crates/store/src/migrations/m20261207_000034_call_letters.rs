//! Each call keeps its template for decision letters (purpose, standard
//! conditions, legal remedy notice) as JSON; calls without one use the
//! reference template.

use sea_orm_migration::prelude::*;

use super::common::add_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum FundingCalls {
    Table,
    Letter,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(manager, FundingCalls::Table, ColumnDef::new(FundingCalls::Letter).text().null().to_owned()).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
