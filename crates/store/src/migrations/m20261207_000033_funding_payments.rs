//! Payments of a grant: requested by the municipality (amount in cents,
//! when it is needed, what for), released or rejected by the officers.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, Users, fk, plain_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum FundingPayments {
    Table,
    Id,
    TenantId,
    ApplicationId,
    AmountCents,
    WantedOn,
    Purpose,
    Status,
    Reason,
    RequestedBy,
    RequestedAt,
    DecidedBy,
    DecidedAt,
}

#[derive(DeriveIden)]
enum FundingApplications {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use FundingPayments as P;
        manager
            .create_table(
                Table::create()
                    .table(P::Table)
                    .col(big_pk_auto(P::Id))
                    .col(big_integer(P::TenantId))
                    .col(big_integer(P::ApplicationId))
                    .col(big_integer(P::AmountCents))
                    .col(date(P::WantedOn))
                    .col(text(P::Purpose))
                    .col(string_len(P::Status, 20))
                    .col(text_null(P::Reason))
                    .col(big_integer_null(P::RequestedBy))
                    .col(timestamp_with_time_zone(P::RequestedAt))
                    .col(big_integer_null(P::DecidedBy))
                    .col(timestamp_with_time_zone_null(P::DecidedAt))
                    .foreign_key(&mut fk((P::Table, P::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk(
                        (P::Table, P::ApplicationId),
                        (FundingApplications::Table, FundingApplications::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk((P::Table, P::RequestedBy), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .foreign_key(&mut fk((P::Table, P::DecidedBy), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        plain_index(manager, "idx_funding_payments_application", P::Table, &[P::ApplicationId]).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
