//! Ideas and comments given on paper, by phone or in a workshop, entered by
//! a coordinator: where they came from (a note such as "workshop card 14"
//! and the event), the contributor's name only with their recorded consent,
//! and who entered them. Comments get the `source` ideas have had since the
//! participation migration.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::add_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Ideas {
    Table,
}

#[derive(DeriveIden)]
enum Comments {
    Table,
    Source,
}

#[derive(DeriveIden)]
enum Offline {
    SourceNote,
    ContributorName,
    ConsentAt,
}

/// Added to both tables; the same statement works on SQLite and PostgreSQL.
const REFERENCES: [(&str, &str); 2] =
    [("source_event_id", "events (id) ON DELETE SET NULL"), ("entered_by_id", "users (id) ON DELETE SET NULL")];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(manager, Comments::Table, string_len(Comments::Source, 20).default("online").to_owned()).await?;
        for table in ["ideas", "comments"] {
            let iden = if table == "ideas" { Ideas::Table.into_iden() } else { Comments::Table.into_iden() };
            add_column(manager, iden.clone(), string_len_null(Offline::SourceNote, 300)).await?;
            add_column(manager, iden.clone(), string_len_null(Offline::ContributorName, 200)).await?;
            add_column(manager, iden, timestamp_with_time_zone_null(Offline::ConsentAt)).await?;
            for (column, target) in REFERENCES {
                manager
                    .get_connection()
                    .execute_unprepared(&format!("ALTER TABLE {table} ADD COLUMN {column} BIGINT NULL REFERENCES {target}"))
                    .await?;
            }
        }
        manager
            .create_index(Index::create().name("idx_ideas_source_event").table(Ideas::Table).col(Alias::new("source_event_id")).to_owned())
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
