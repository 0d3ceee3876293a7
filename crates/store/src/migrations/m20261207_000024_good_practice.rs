//! A measure may be held up as good practice, with what worked, what it
//! cost and whom to ask.

use sea_orm_migration::prelude::*;

use super::common::add_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Measures {
    Table,
    GoodPractice,
    PracticeWorked,
    PracticeCost,
    PracticeContact,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use Measures as M;
        add_column(manager, M::Table, ColumnDef::new(M::GoodPractice).boolean().not_null().default(false).to_owned()).await?;
        for column in [M::PracticeWorked, M::PracticeCost, M::PracticeContact] {
            add_column(manager, M::Table, ColumnDef::new(column).text().not_null().default("").to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
