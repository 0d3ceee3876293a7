//! Mail attachments may be binary (a decision letter as PDF): they are kept
//! base64-encoded, marked by their encoding; text attachments (calendar
//! entries) stay as they were.

use sea_orm_migration::prelude::*;

use super::common::add_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum MailOutbox {
    Table,
    AttachmentEncoding,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(manager, MailOutbox::Table, ColumnDef::new(MailOutbox::AttachmentEncoding).string_len(20).null().to_owned()).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
