//! An indicator keeps its latest value (the one of the latest day) and that
//! day, kept up to date when a value is recorded or removed, so that an
//! overview of many indicators reads no value series.

use sea_orm_migration::prelude::*;

use super::common::add_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum MeasureIndicators {
    Table,
    LatestValue,
    LatestOn,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use MeasureIndicators as I;
        add_column(manager, I::Table, ColumnDef::new(I::LatestValue).big_integer().null().to_owned()).await?;
        add_column(manager, I::Table, ColumnDef::new(I::LatestOn).date().null().to_owned()).await?;
        // The values recorded so far: the latest day's, the last recorded of that day.
        let db = manager.get_connection();
        db.execute_unprepared(
            "UPDATE measure_indicators SET \
             latest_on = (SELECT MAX(v.measured_on) FROM indicator_values v WHERE v.indicator_id = measure_indicators.id), \
             latest_value = (SELECT v.value FROM indicator_values v WHERE v.indicator_id = measure_indicators.id \
                             ORDER BY v.measured_on DESC, v.id DESC LIMIT 1)",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
