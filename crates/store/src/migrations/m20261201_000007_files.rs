//! Uploaded files: one row per file (its bytes live in the file store),
//! owned by the item it belongs to (an idea's picture or attachment, a
//! process's header picture) or, until the form is saved, by nobody.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, Users, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Files {
    Table,
    Id,
    TenantId,
    UploaderId,
    StorageKey,
    FileType,
    ByteSize,
    Sha256,
    Name,
    AltText,
    Slot,
    OwnerId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Files::Table)
                    .col(big_pk_auto(Files::Id))
                    .col(big_integer(Files::TenantId))
                    .col(big_integer_null(Files::UploaderId))
                    .col(string_len_uniq(Files::StorageKey, 80))
                    .col(string_len(Files::FileType, 100))
                    .col(big_integer(Files::ByteSize))
                    .col(string_len(Files::Sha256, 64))
                    .col(string_len(Files::Name, 120))
                    .col(text_null(Files::AltText))
                    .col(string_len(Files::Slot, 30))
                    .col(big_integer_null(Files::OwnerId))
                    .col(timestamp_with_time_zone(Files::CreatedAt))
                    .foreign_key(&mut fk((Files::Table, Files::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((Files::Table, Files::UploaderId), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_files_owner")
                    .table(Files::Table)
                    .col(Files::TenantId)
                    .col(Files::Slot)
                    .col(Files::OwnerId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_files_pending").table(Files::Table).col(Files::OwnerId).col(Files::CreatedAt).to_owned(),
            )
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
