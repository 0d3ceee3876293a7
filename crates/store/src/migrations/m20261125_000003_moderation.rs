//! Moderation: reports of content, and hiding content with a public reason.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    Id,
    TenantId,
    ContentKind,
    ContentId,
    ReporterId,
    Reason,
    CreatedAt,
    ResolvedAt,
    ResolvedBy,
    Outcome,
}

#[derive(DeriveIden)]
enum Ideas {
    Table,
    HiddenReason,
    HiddenAt,
}

#[derive(DeriveIden)]
enum Comments {
    Table,
    HiddenReason,
    HiddenAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Reports::Table)
                    .col(big_pk_auto(Reports::Id))
                    .col(big_integer(Reports::TenantId))
                    .col(string_len(Reports::ContentKind, 20))
                    .col(big_integer(Reports::ContentId))
                    .col(big_integer_null(Reports::ReporterId))
                    .col(text(Reports::Reason))
                    .col(timestamp_with_time_zone(Reports::CreatedAt))
                    .col(timestamp_with_time_zone_null(Reports::ResolvedAt))
                    .col(big_integer_null(Reports::ResolvedBy))
                    .col(string_len_null(Reports::Outcome, 20))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reports::Table, Reports::TenantId)
                            .to(Tenants::Table, Tenants::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reports::Table, Reports::ReporterId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reports::Table, Reports::ResolvedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_reports_open").table(Reports::Table).col(Reports::TenantId).col(Reports::ResolvedAt).to_owned(),
            )
            .await?;
        // One column per statement: SQLite alters a table one change at a time.
        manager.alter_table(Table::alter().table(Ideas::Table).add_column(text_null(Ideas::HiddenReason)).to_owned()).await?;
        manager
            .alter_table(Table::alter().table(Ideas::Table).add_column(timestamp_with_time_zone_null(Ideas::HiddenAt)).to_owned())
            .await?;
        manager.alter_table(Table::alter().table(Comments::Table).add_column(text_null(Comments::HiddenReason)).to_owned()).await?;
        manager
            .alter_table(Table::alter().table(Comments::Table).add_column(timestamp_with_time_zone_null(Comments::HiddenAt)).to_owned())
            .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
