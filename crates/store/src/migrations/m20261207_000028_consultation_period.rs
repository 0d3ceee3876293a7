//! A consultation may have a last day for comments: kept on the concept (for
//! its stage form) and on the version that was in consultation (where it
//! stays after adoption, as the period there was).

use sea_orm_migration::prelude::*;

use super::common::add_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Concepts {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum ConceptVersions {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum Columns {
    ConsultationUntil,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(manager, Concepts::Table, ColumnDef::new(Columns::ConsultationUntil).date().null().to_owned()).await?;
        add_column(manager, ConceptVersions::Table, ColumnDef::new(Columns::ConsultationUntil).date().null().to_owned()).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
