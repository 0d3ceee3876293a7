//! Events of a process (workshops, citizens' evenings, info events, online
//! meetings) and the registrations for them, with the waiting list.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Processes, Tenants, Users, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    TenantId,
    ProcessId,
    Title,
    DescriptionMarkdown,
    DescriptionHtml,
    Kind,
    StartsAt,
    EndsAt,
    PlaceName,
    Address,
    StepFree,
    HearingLoop,
    AccessibilityNotes,
    OnlineLink,
    Capacity,
    RegistrationDeadline,
    Languages,
    Interpretation,
    TargetGroups,
    CancelledAt,
    CancelReason,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventRegistrations {
    Table,
    Id,
    TenantId,
    EventId,
    UserId,
    Placement,
    Interpretation,
    SignLanguage,
    Childcare,
    StepFree,
    Note,
    CancelTokenHash,
    CreatedAt,
    PromotedAt,
    CancelledAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Events::Table)
                    .col(big_pk_auto(Events::Id))
                    .col(big_integer(Events::TenantId))
                    .col(big_integer(Events::ProcessId))
                    .col(string_len(Events::Title, 200))
                    .col(text(Events::DescriptionMarkdown))
                    .col(text(Events::DescriptionHtml))
                    .col(string_len(Events::Kind, 30))
                    .col(timestamp_with_time_zone(Events::StartsAt))
                    .col(timestamp_with_time_zone(Events::EndsAt))
                    .col(string_len(Events::PlaceName, 200))
                    .col(string_len(Events::Address, 300))
                    .col(boolean(Events::StepFree))
                    .col(boolean(Events::HearingLoop))
                    .col(text(Events::AccessibilityNotes))
                    .col(text_null(Events::OnlineLink))
                    .col(integer_null(Events::Capacity))
                    .col(timestamp_with_time_zone_null(Events::RegistrationDeadline))
                    .col(string_len(Events::Languages, 300))
                    .col(string_len(Events::Interpretation, 300))
                    .col(string_len(Events::TargetGroups, 300))
                    .col(timestamp_with_time_zone_null(Events::CancelledAt))
                    .col(text_null(Events::CancelReason))
                    .col(timestamp_with_time_zone(Events::CreatedAt))
                    .col(timestamp_with_time_zone(Events::UpdatedAt))
                    .foreign_key(&mut fk((Events::Table, Events::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((Events::Table, Events::ProcessId), (Processes::Table, Processes::Id), ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_events_tenant_starts")
                    .table(Events::Table)
                    .col(Events::TenantId)
                    .col(Events::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventRegistrations::Table)
                    .col(big_pk_auto(EventRegistrations::Id))
                    .col(big_integer(EventRegistrations::TenantId))
                    .col(big_integer(EventRegistrations::EventId))
                    .col(big_integer(EventRegistrations::UserId))
                    .col(string_len(EventRegistrations::Placement, 20))
                    .col(string_len_null(EventRegistrations::Interpretation, 80))
                    .col(boolean(EventRegistrations::SignLanguage))
                    .col(boolean(EventRegistrations::Childcare))
                    .col(boolean(EventRegistrations::StepFree))
                    .col(text(EventRegistrations::Note))
                    .col(string_len_uniq(EventRegistrations::CancelTokenHash, 64))
                    .col(timestamp_with_time_zone(EventRegistrations::CreatedAt))
                    .col(timestamp_with_time_zone_null(EventRegistrations::PromotedAt))
                    .col(timestamp_with_time_zone_null(EventRegistrations::CancelledAt))
                    .foreign_key(&mut fk(
                        (EventRegistrations::Table, EventRegistrations::TenantId),
                        (Tenants::Table, Tenants::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (EventRegistrations::Table, EventRegistrations::EventId),
                        (Events::Table, Events::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    // A registration is the person's own data: it goes with their account.
                    .foreign_key(&mut fk(
                        (EventRegistrations::Table, EventRegistrations::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_registrations_person")
                    .table(EventRegistrations::Table)
                    .col(EventRegistrations::EventId)
                    .col(EventRegistrations::UserId)
                    .unique()
                    .to_owned(),
            )
            .await?;
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
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
