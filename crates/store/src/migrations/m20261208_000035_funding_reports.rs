//! Reports on a grant (interim and final, one per reporting date), the
//! settlement of a closed grant on its application, and the reminders sent
//! before reporting dates (so that each goes out once).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, Users, add_column, fk, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum FundingReports {
    Table,
    Id,
    TenantId,
    ApplicationId,
    Number,
    DueOn,
    IsFinal,
    Status,
    Form,
    Message,
    SubmittedAt,
    DecidedBy,
    DecidedAt,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum FundingReminders {
    Table,
    Id,
    ApplicationId,
    Number,
    DaysBefore,
    SentAt,
}

#[derive(DeriveIden)]
enum FundingApplications {
    Table,
    Id,
    RepaymentCents,
    ClosedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use FundingApplications as A;
        use FundingReminders as M;
        use FundingReports as R;
        add_column(manager, A::Table, ColumnDef::new(A::RepaymentCents).big_integer().null().to_owned()).await?;
        add_column(manager, A::Table, ColumnDef::new(A::ClosedAt).timestamp_with_time_zone().null().to_owned()).await?;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(big_integer(R::TenantId))
                    .col(big_integer(R::ApplicationId))
                    .col(integer(R::Number))
                    .col(date(R::DueOn))
                    .col(boolean(R::IsFinal))
                    .col(string_len(R::Status, 20))
                    .col(text(R::Form))
                    .col(text_null(R::Message))
                    .col(timestamp_with_time_zone_null(R::SubmittedAt))
                    .col(big_integer_null(R::DecidedBy))
                    .col(timestamp_with_time_zone_null(R::DecidedAt))
                    .col(big_integer_null(R::UpdatedBy))
                    .col(timestamp_with_time_zone(R::UpdatedAt))
                    .foreign_key(&mut fk((R::Table, R::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((R::Table, R::ApplicationId), (A::Table, A::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((R::Table, R::DecidedBy), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .foreign_key(&mut fk((R::Table, R::UpdatedBy), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        unique_index(manager, "idx_funding_reports_number", R::Table, &[R::ApplicationId, R::Number]).await?;
        manager
            .create_table(
                Table::create()
                    .table(M::Table)
                    .col(big_pk_auto(M::Id))
                    .col(big_integer(M::ApplicationId))
                    .col(integer(M::Number))
                    .col(integer(M::DaysBefore))
                    .col(timestamp_with_time_zone(M::SentAt))
                    .foreign_key(&mut fk((M::Table, M::ApplicationId), (A::Table, A::Id), ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        unique_index(manager, "idx_funding_reminders_once", M::Table, &[M::ApplicationId, M::Number, M::DaysBefore]).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
