//! Following ideas and processes, notifications (in the platform and by
//! mail, at once or as a digest, with one-click unsubscribe), news posts on a
//! process, merging duplicate ideas, and blocking accounts in a municipality.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Comments, Ideas, Processes, Tenants, Users, add_column, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Follows {
    Table,
    Id,
    UserId,
    TenantId,
    ProcessId,
    IdeaId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum NewsPosts {
    Table,
    Id,
    TenantId,
    ProcessId,
    AuthorId,
    Title,
    BodyMarkdown,
    BodyHtml,
    PublishedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    TenantId,
    Kind,
    ProcessId,
    IdeaId,
    CommentId,
    NewsId,
    CreatedAt,
    ReadAt,
    MailedAt,
}

#[derive(DeriveIden)]
enum UserColumns {
    #[sea_orm(iden = "users")]
    Table,
    NotifyEmail,
    MailToken,
    DigestSentAt,
}

#[derive(DeriveIden)]
enum IdeaColumns {
    #[sea_orm(iden = "ideas")]
    Table,
    MergedIntoId,
    MergedAt,
}

#[derive(DeriveIden)]
enum AccountBlocks {
    Table,
    Id,
    TenantId,
    UserId,
    Until,
    Reason,
    CreatedBy,
    CreatedAt,
    LiftedAt,
    LiftedBy,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    ListUnsubscribe,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Follows::Table)
                    .col(big_pk_auto(Follows::Id))
                    .col(big_integer(Follows::UserId))
                    .col(big_integer(Follows::TenantId))
                    .col(big_integer_null(Follows::ProcessId))
                    .col(big_integer_null(Follows::IdeaId))
                    .col(timestamp_with_time_zone(Follows::CreatedAt))
                    .foreign_key(&mut fk((Follows::Table, Follows::UserId), (Users::Table, Users::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((Follows::Table, Follows::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk(
                        (Follows::Table, Follows::ProcessId),
                        (Processes::Table, Processes::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk((Follows::Table, Follows::IdeaId), (Ideas::Table, Ideas::Id), ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        // NULLs are distinct in unique indexes on both backends: one row per
        // (idea, person) and per (process, person).
        for (name, column) in [("idx_follows_idea", Follows::IdeaId), ("idx_follows_process", Follows::ProcessId)] {
            manager
                .create_index(Index::create().name(name).table(Follows::Table).col(column).col(Follows::UserId).unique().to_owned())
                .await?;
        }
        manager.create_index(Index::create().name("idx_follows_user").table(Follows::Table).col(Follows::UserId).to_owned()).await?;

        manager
            .create_table(
                Table::create()
                    .table(NewsPosts::Table)
                    .col(big_pk_auto(NewsPosts::Id))
                    .col(big_integer(NewsPosts::TenantId))
                    .col(big_integer(NewsPosts::ProcessId))
                    .col(big_integer_null(NewsPosts::AuthorId))
                    .col(string_len(NewsPosts::Title, 200))
                    .col(text(NewsPosts::BodyMarkdown))
                    .col(text(NewsPosts::BodyHtml))
                    .col(timestamp_with_time_zone(NewsPosts::PublishedAt))
                    .col(timestamp_with_time_zone(NewsPosts::UpdatedAt))
                    .foreign_key(&mut fk((NewsPosts::Table, NewsPosts::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk(
                        (NewsPosts::Table, NewsPosts::ProcessId),
                        (Processes::Table, Processes::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk((NewsPosts::Table, NewsPosts::AuthorId), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_news_process")
                    .table(NewsPosts::Table)
                    .col(NewsPosts::ProcessId)
                    .col(NewsPosts::PublishedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(big_pk_auto(Notifications::Id))
                    .col(big_integer(Notifications::UserId))
                    .col(big_integer(Notifications::TenantId))
                    .col(string_len(Notifications::Kind, 20))
                    .col(big_integer_null(Notifications::ProcessId))
                    .col(big_integer_null(Notifications::IdeaId))
                    .col(big_integer_null(Notifications::CommentId))
                    .col(big_integer_null(Notifications::NewsId))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .col(timestamp_with_time_zone_null(Notifications::MailedAt))
                    .foreign_key(&mut fk(
                        (Notifications::Table, Notifications::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Notifications::Table, Notifications::TenantId),
                        (Tenants::Table, Tenants::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Notifications::Table, Notifications::ProcessId),
                        (Processes::Table, Processes::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Notifications::Table, Notifications::IdeaId),
                        (Ideas::Table, Ideas::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Notifications::Table, Notifications::CommentId),
                        (Comments::Table, Comments::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Notifications::Table, Notifications::NewsId),
                        (NewsPosts::Table, NewsPosts::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_user")
                    .table(Notifications::Table)
                    .col(Notifications::UserId)
                    .col(Notifications::ReadAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_unmailed")
                    .table(Notifications::Table)
                    .col(Notifications::MailedAt)
                    .col(Notifications::UserId)
                    .to_owned(),
            )
            .await?;

        // How a person wants to be told by mail: `immediately`, `daily`,
        // `weekly` or `never`; the token of their unsubscribe link; when
        // their last digest went out.
        add_column(manager, UserColumns::Table, string_len(UserColumns::NotifyEmail, 12).default("immediately").to_owned()).await?;
        add_column(manager, UserColumns::Table, string_len_null(UserColumns::MailToken, 64).to_owned()).await?;
        add_column(manager, UserColumns::Table, timestamp_with_time_zone_null(UserColumns::DigestSentAt).to_owned()).await?;
        manager
            .create_index(
                Index::create().name("idx_users_mail_token").table(UserColumns::Table).col(UserColumns::MailToken).unique().to_owned(),
            )
            .await?;

        // A merged duplicate points to the idea that was kept.
        add_column(manager, IdeaColumns::Table, big_integer_null(IdeaColumns::MergedIntoId).to_owned()).await?;
        add_column(manager, IdeaColumns::Table, timestamp_with_time_zone_null(IdeaColumns::MergedAt).to_owned()).await?;

        add_column(manager, MailOutbox::Table, text_null(MailOutbox::ListUnsubscribe).to_owned()).await?;

        // A municipality's moderators block an account there for a time,
        // with a reason the person is told.
        manager
            .create_table(
                Table::create()
                    .table(AccountBlocks::Table)
                    .col(big_pk_auto(AccountBlocks::Id))
                    .col(big_integer(AccountBlocks::TenantId))
                    .col(big_integer(AccountBlocks::UserId))
                    .col(timestamp_with_time_zone(AccountBlocks::Until))
                    .col(text(AccountBlocks::Reason))
                    .col(big_integer_null(AccountBlocks::CreatedBy))
                    .col(timestamp_with_time_zone(AccountBlocks::CreatedAt))
                    .col(timestamp_with_time_zone_null(AccountBlocks::LiftedAt))
                    .col(big_integer_null(AccountBlocks::LiftedBy))
                    .foreign_key(&mut fk(
                        (AccountBlocks::Table, AccountBlocks::TenantId),
                        (Tenants::Table, Tenants::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (AccountBlocks::Table, AccountBlocks::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (AccountBlocks::Table, AccountBlocks::CreatedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (AccountBlocks::Table, AccountBlocks::LiftedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_account_blocks_user")
                    .table(AccountBlocks::Table)
                    .col(AccountBlocks::TenantId)
                    .col(AccountBlocks::UserId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
