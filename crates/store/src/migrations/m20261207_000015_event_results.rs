//! What came of an event: the coordinators' report, how many took part and,
//! optionally, how many in each age band (five numbers, comma-separated), and
//! when it was recorded. Photos are files of the slot `event_photo`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::add_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Events {
    Table,
    ResultsMarkdown,
    ResultsHtml,
    Attendance,
    AttendanceAgeBands,
    ResultsAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(manager, Events::Table, text_null(Events::ResultsMarkdown)).await?;
        add_column(manager, Events::Table, text_null(Events::ResultsHtml)).await?;
        add_column(manager, Events::Table, integer_null(Events::Attendance)).await?;
        add_column(manager, Events::Table, string_len_null(Events::AttendanceAgeBands, 100)).await?;
        add_column(manager, Events::Table, timestamp_with_time_zone_null(Events::ResultsAt)).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
