//! People without an account register for events with their name and
//! e-mail address (confirmed by mail), so a registration's account becomes
//! optional: the table is rebuilt with the guest's columns, as SQLite cannot
//! drop a NOT NULL. Coordinators' messages to an event's people are kept,
//! and a mail may carry one attachment (the event's iCalendar file).

use sea_orm::DbBackend;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, Users, add_column, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum EventRegistrations {
    Table,
    Id,
    TenantId,
    EventId,
    UserId,
    GuestName,
    GuestEmail,
    Locale,
    Placement,
    Interpretation,
    SignLanguage,
    Childcare,
    StepFree,
    Note,
    CancelTokenHash,
    ConfirmTokenHash,
    CreatedAt,
    PromotedAt,
    CancelledAt,
}

#[derive(DeriveIden)]
enum EventRegistrationsNew {
    Table,
}

#[derive(DeriveIden)]
enum EventMessages {
    Table,
    Id,
    TenantId,
    EventId,
    SenderId,
    Audience,
    Subject,
    Body,
    Recipients,
    SentAt,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    AttachmentName,
    AttachmentType,
    AttachmentBody,
}

/// The columns both tables have, in one order.
const KEPT: &str = "id, tenant_id, event_id, user_id, placement, interpretation, sign_language, childcare, step_free, note, \
                    cancel_token_hash, created_at, promoted_at, cancelled_at";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// On SQLite too: the rebuild is all or nothing, and every statement
    /// runs on one connection (the pool's others may hold the old schema).
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EventRegistrationsNew::Table)
                    .col(big_pk_auto(EventRegistrations::Id))
                    .col(big_integer(EventRegistrations::TenantId))
                    .col(big_integer(EventRegistrations::EventId))
                    .col(big_integer_null(EventRegistrations::UserId))
                    .col(string_len_null(EventRegistrations::GuestName, 200))
                    .col(string_len_null(EventRegistrations::GuestEmail, 254))
                    .col(string_len_null(EventRegistrations::Locale, 10))
                    .col(string_len(EventRegistrations::Placement, 20))
                    .col(string_len_null(EventRegistrations::Interpretation, 80))
                    .col(boolean(EventRegistrations::SignLanguage))
                    .col(boolean(EventRegistrations::Childcare))
                    .col(boolean(EventRegistrations::StepFree))
                    .col(text(EventRegistrations::Note))
                    .col(string_len_uniq(EventRegistrations::CancelTokenHash, 64))
                    .col(string_len_null(EventRegistrations::ConfirmTokenHash, 64).unique_key())
                    .col(timestamp_with_time_zone(EventRegistrations::CreatedAt))
                    .col(timestamp_with_time_zone_null(EventRegistrations::PromotedAt))
                    .col(timestamp_with_time_zone_null(EventRegistrations::CancelledAt))
                    .foreign_key(&mut fk(
                        (EventRegistrationsNew::Table, EventRegistrations::TenantId),
                        (Tenants::Table, Tenants::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (EventRegistrationsNew::Table, EventRegistrations::EventId),
                        (Events::Table, Events::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (EventRegistrationsNew::Table, EventRegistrations::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared(&format!("INSERT INTO event_registrations_new ({KEPT}) SELECT {KEPT} FROM event_registrations")).await?;
        manager.drop_table(Table::drop().table(EventRegistrations::Table).to_owned()).await?;
        manager.rename_table(Table::rename().table(EventRegistrationsNew::Table, EventRegistrations::Table).to_owned()).await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            db.execute_unprepared(
                "SELECT setval(pg_get_serial_sequence('event_registrations', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM event_registrations",
            )
            .await?;
        }
        for (name, columns) in [
            ("idx_event_registrations_person", vec![EventRegistrations::EventId, EventRegistrations::UserId]),
            ("idx_event_registrations_guest", vec![EventRegistrations::EventId, EventRegistrations::GuestEmail]),
        ] {
            let mut index = Index::create().name(name).table(EventRegistrations::Table).unique().to_owned();
            for column in columns {
                index.col(column);
            }
            manager.create_index(index).await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_event_registrations_queue")
                    .table(EventRegistrations::Table)
                    .col(EventRegistrations::EventId)
                    .col(EventRegistrations::Placement)
                    .col(EventRegistrations::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_registrations_user")
                    .table(EventRegistrations::Table)
                    .col(EventRegistrations::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(EventMessages::Table)
                    .col(big_pk_auto(EventMessages::Id))
                    .col(big_integer(EventMessages::TenantId))
                    .col(big_integer(EventMessages::EventId))
                    .col(big_integer_null(EventMessages::SenderId))
                    .col(string_len(EventMessages::Audience, 20))
                    .col(string_len(EventMessages::Subject, 200))
                    .col(text(EventMessages::Body))
                    .col(integer(EventMessages::Recipients))
                    .col(timestamp_with_time_zone(EventMessages::SentAt))
                    .foreign_key(&mut fk(
                        (EventMessages::Table, EventMessages::TenantId),
                        (Tenants::Table, Tenants::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (EventMessages::Table, EventMessages::EventId),
                        (Events::Table, Events::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (EventMessages::Table, EventMessages::SenderId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create().name("idx_event_messages_event").table(EventMessages::Table).col(EventMessages::EventId).to_owned(),
            )
            .await?;

        add_column(manager, MailOutbox::Table, string_len_null(MailOutbox::AttachmentName, 100)).await?;
        add_column(manager, MailOutbox::Table, string_len_null(MailOutbox::AttachmentType, 100)).await?;
        add_column(manager, MailOutbox::Table, text_null(MailOutbox::AttachmentBody)).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
