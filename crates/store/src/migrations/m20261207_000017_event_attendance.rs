//! An event's attendance by voluntary band (age, migration history,
//! disability, neighbourhood): one row per band counted. The age bands kept
//! so far in `events.attendance_age_bands` move here, and that column goes.

use sea_orm::{ConnectionTrait, Statement};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{fk, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    AttendanceAgeBands,
}

#[derive(DeriveIden, Clone, Copy)]
enum EventAttendance {
    Table,
    Id,
    EventId,
    Dimension,
    Band,
    Count,
}

/// The age bands in the order the old column listed them.
const AGE_BANDS: [&str; 5] = ["under_18", "18_29", "30_49", "50_64", "65_plus"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EventAttendance::Table)
                    .col(big_pk_auto(EventAttendance::Id))
                    .col(big_integer(EventAttendance::EventId))
                    .col(string_len(EventAttendance::Dimension, 20))
                    .col(string_len(EventAttendance::Band, 40))
                    .col(integer(EventAttendance::Count))
                    .foreign_key(&mut fk(
                        (EventAttendance::Table, EventAttendance::EventId),
                        (Events::Table, Events::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        use EventAttendance as A;
        unique_index(manager, "idx_event_attendance_band", A::Table, &[A::EventId, A::Dimension, A::Band]).await?;
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        let rows = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT id, attendance_age_bands FROM events WHERE attendance_age_bands IS NOT NULL",
            ))
            .await?;
        for row in rows {
            let id: i64 = row.try_get("", "id")?;
            let bands: String = row.try_get("", "attendance_age_bands")?;
            for (band, count) in AGE_BANDS.iter().zip(bands.split(',')) {
                let Ok(count) = count.trim().parse::<i32>() else { continue };
                if count > 0 {
                    db.execute_raw(Statement::from_sql_and_values(
                        backend,
                        match backend {
                            sea_orm::DbBackend::Postgres => {
                                "INSERT INTO event_attendance (event_id, dimension, band, count) VALUES ($1, 'age', $2, $3)"
                            }
                            _ => "INSERT INTO event_attendance (event_id, dimension, band, count) VALUES (?, 'age', ?, ?)",
                        },
                        [id.into(), (*band).into(), count.into()],
                    ))
                    .await?;
                }
            }
        }
        manager.alter_table(Table::alter().table(Events::Table).drop_column(Events::AttendanceAgeBands).to_owned()).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
