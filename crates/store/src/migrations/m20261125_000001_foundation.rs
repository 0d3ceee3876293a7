//! Tenants, accounts, roles, legal pages, audit log and mail outbox.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
    Kind,
    Slug,
    Name,
    Ags,
    Population,
    District,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    PasswordHash,
    Locale,
    EmailConfirmedAt,
    TotpSecret,
    TotpEnabledAt,
    TotpLastStep,
    BlockedUntil,
    BlockedReason,
    CreatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
    TwoFactorPending,
}

#[derive(DeriveIden)]
enum AccountTokens {
    Table,
    Id,
    UserId,
    Purpose,
    TokenHash,
    NewEmail,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum RoleAssignments {
    Table,
    Id,
    UserId,
    TenantId,
    Role,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LegalPages {
    Table,
    Id,
    TenantId,
    Kind,
    BodyMarkdown,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    ActorUserId,
    TenantId,
    Action,
    Subject,
    Before,
    After,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    Id,
    ToAddress,
    Subject,
    BodyText,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    SentAt,
    LastError,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Tenants::Table)
                    .col(big_pk_auto(Tenants::Id))
                    .col(string_len(Tenants::Kind, 20))
                    .col(string_len_uniq(Tenants::Slug, 63))
                    .col(string_len(Tenants::Name, 120))
                    .col(string_len_null(Tenants::Ags, 8))
                    .col(big_integer_null(Tenants::Population))
                    .col(string_len(Tenants::District, 120))
                    .col(timestamp_with_time_zone(Tenants::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(big_pk_auto(Users::Id))
                    .col(string_len_null(Users::Email, 254).unique_key())
                    .col(string_len(Users::DisplayName, 120))
                    .col(string_len_null(Users::PasswordHash, 255))
                    .col(string_len(Users::Locale, 10))
                    .col(timestamp_with_time_zone_null(Users::EmailConfirmedAt))
                    .col(string_len_null(Users::TotpSecret, 128))
                    .col(timestamp_with_time_zone_null(Users::TotpEnabledAt))
                    .col(big_integer_null(Users::TotpLastStep))
                    .col(timestamp_with_time_zone_null(Users::BlockedUntil))
                    .col(text_null(Users::BlockedReason))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .col(timestamp_with_time_zone_null(Users::DeletedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RoleAssignments::Table)
                    .col(big_pk_auto(RoleAssignments::Id))
                    .col(big_integer(RoleAssignments::UserId))
                    .col(big_integer(RoleAssignments::TenantId))
                    .col(string_len(RoleAssignments::Role, 40))
                    .col(timestamp_with_time_zone(RoleAssignments::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(RoleAssignments::Table, RoleAssignments::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(RoleAssignments::Table, RoleAssignments::TenantId)
                            .to(Tenants::Table, Tenants::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(Index::create().unique().col(RoleAssignments::UserId).col(RoleAssignments::TenantId).col(RoleAssignments::Role))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(string_len(Sessions::Id, 64).primary_key())
                    .col(big_integer(Sessions::UserId))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .col(boolean(Sessions::TwoFactorPending))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Sessions::Table, Sessions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager.create_index(Index::create().name("idx_sessions_user").table(Sessions::Table).col(Sessions::UserId).to_owned()).await?;
        manager
            .create_table(
                Table::create()
                    .table(AccountTokens::Table)
                    .col(big_pk_auto(AccountTokens::Id))
                    .col(big_integer(AccountTokens::UserId))
                    .col(string_len(AccountTokens::Purpose, 20))
                    .col(string_len_uniq(AccountTokens::TokenHash, 64))
                    .col(string_len_null(AccountTokens::NewEmail, 254))
                    .col(timestamp_with_time_zone(AccountTokens::CreatedAt))
                    .col(timestamp_with_time_zone(AccountTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(AccountTokens::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AccountTokens::Table, AccountTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LegalPages::Table)
                    .col(big_pk_auto(LegalPages::Id))
                    .col(big_integer(LegalPages::TenantId))
                    .col(string_len(LegalPages::Kind, 20))
                    .col(text(LegalPages::BodyMarkdown))
                    .col(timestamp_with_time_zone(LegalPages::UpdatedAt))
                    .col(big_integer_null(LegalPages::UpdatedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .from(LegalPages::Table, LegalPages::TenantId)
                            .to(Tenants::Table, Tenants::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(LegalPages::Table, LegalPages::UpdatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .index(Index::create().unique().col(LegalPages::TenantId).col(LegalPages::Kind))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(big_pk_auto(AuditLog::Id))
                    .col(timestamp_with_time_zone(AuditLog::At))
                    .col(big_integer_null(AuditLog::ActorUserId))
                    .col(big_integer_null(AuditLog::TenantId))
                    .col(string_len(AuditLog::Action, 80))
                    .col(string_len(AuditLog::Subject, 200))
                    .col(json_null(AuditLog::Before))
                    .col(json_null(AuditLog::After))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_audit_log_tenant_at").table(AuditLog::Table).col(AuditLog::TenantId).col(AuditLog::At).to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MailOutbox::Table)
                    .col(big_pk_auto(MailOutbox::Id))
                    .col(string_len(MailOutbox::ToAddress, 254))
                    .col(string_len(MailOutbox::Subject, 250))
                    .col(text(MailOutbox::BodyText))
                    .col(timestamp_with_time_zone(MailOutbox::CreatedAt))
                    .col(integer(MailOutbox::Attempts).default(0))
                    .col(timestamp_with_time_zone(MailOutbox::NextAttemptAt))
                    .col(timestamp_with_time_zone_null(MailOutbox::SentAt))
                    .col(text_null(MailOutbox::LastError))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_mail_outbox_due")
                    .table(MailOutbox::Table)
                    .col(MailOutbox::SentAt)
                    .col(MailOutbox::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("the foundation migration cannot be reverted; restore a backup instead".into()))
    }
}
