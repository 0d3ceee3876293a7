//! Applications of municipalities for the state's calls: the draft as typed,
//! its status, and every submitted version kept with the rules it was
//! checked against.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, Users, fk, plain_index, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum FundingApplications {
    Table,
    Id,
    TenantId,
    CallId,
    Status,
    Title,
    Draft,
    RequestedCents,
    Versions,
    SubmittedAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum FundingApplicationVersions {
    Table,
    Id,
    TenantId,
    ApplicationId,
    Number,
    Content,
    Rules,
    SubmittedBy,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum FundingCalls {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use FundingApplicationVersions as V;
        use FundingApplications as A;
        manager
            .create_table(
                Table::create()
                    .table(A::Table)
                    .col(big_pk_auto(A::Id))
                    .col(big_integer(A::TenantId))
                    .col(big_integer(A::CallId))
                    .col(string_len(A::Status, 30))
                    .col(string_len(A::Title, 200))
                    .col(text(A::Draft))
                    .col(big_integer(A::RequestedCents).default(0))
                    .col(integer(A::Versions).default(0))
                    .col(timestamp_with_time_zone_null(A::SubmittedAt))
                    .col(big_integer_null(A::CreatedBy))
                    .col(timestamp_with_time_zone(A::CreatedAt))
                    .col(timestamp_with_time_zone(A::UpdatedAt))
                    .foreign_key(&mut fk((A::Table, A::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((A::Table, A::CallId), (FundingCalls::Table, FundingCalls::Id), ForeignKeyAction::Restrict))
                    .foreign_key(&mut fk((A::Table, A::CreatedBy), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        plain_index(manager, "idx_funding_applications_tenant", A::Table, &[A::TenantId]).await?;
        plain_index(manager, "idx_funding_applications_call", A::Table, &[A::CallId, A::Status]).await?;
        manager
            .create_table(
                Table::create()
                    .table(V::Table)
                    .col(big_pk_auto(V::Id))
                    .col(big_integer(V::TenantId))
                    .col(big_integer(V::ApplicationId))
                    .col(integer(V::Number))
                    .col(text(V::Content))
                    .col(text(V::Rules))
                    .col(big_integer_null(V::SubmittedBy))
                    .col(timestamp_with_time_zone(V::SubmittedAt))
                    .foreign_key(&mut fk((V::Table, V::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((V::Table, V::ApplicationId), (A::Table, A::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((V::Table, V::SubmittedBy), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        unique_index(manager, "uq_funding_application_versions", V::Table, &[V::ApplicationId, V::Number]).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
