//! Mail settings per topic: a person may set some topics (replies, answers,
//! news, …) apart from their general mail setting (`users.notify_email`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Users, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum MailTopicSettings {
    Table,
    Id,
    UserId,
    Topic,
    Setting,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MailTopicSettings::Table)
                    .col(big_pk_auto(MailTopicSettings::Id))
                    .col(big_integer(MailTopicSettings::UserId))
                    .col(string_len(MailTopicSettings::Topic, 30))
                    .col(string_len(MailTopicSettings::Setting, 20))
                    .foreign_key(&mut fk(
                        (MailTopicSettings::Table, MailTopicSettings::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_mail_topic_settings_user_topic")
                    .table(MailTopicSettings::Table)
                    .col(MailTopicSettings::UserId)
                    .col(MailTopicSettings::Topic)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
