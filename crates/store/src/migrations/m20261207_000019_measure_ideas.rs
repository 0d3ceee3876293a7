//! The ideas a measure came from ("you said, we did"): taking an idea up
//! into a measure links the two, and the idea's page names the measure.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Ideas, fk, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum MeasureIdeas {
    Table,
    Id,
    MeasureId,
    IdeaId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Measures {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MeasureIdeas::Table)
                    .col(big_pk_auto(MeasureIdeas::Id))
                    .col(big_integer(MeasureIdeas::MeasureId))
                    .col(big_integer(MeasureIdeas::IdeaId))
                    .col(timestamp_with_time_zone(MeasureIdeas::CreatedAt))
                    .foreign_key(&mut fk(
                        (MeasureIdeas::Table, MeasureIdeas::MeasureId),
                        (Measures::Table, Measures::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk((MeasureIdeas::Table, MeasureIdeas::IdeaId), (Ideas::Table, Ideas::Id), ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        unique_index(manager, "idx_measure_ideas", MeasureIdeas::Table, &[MeasureIdeas::MeasureId, MeasureIdeas::IdeaId]).await?;
        unique_index(manager, "idx_measure_ideas_idea", MeasureIdeas::Table, &[MeasureIdeas::IdeaId, MeasureIdeas::MeasureId]).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
