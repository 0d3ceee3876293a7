//! The state's funding programmes, their funding lines and their calls for
//! applications (each call with its window and its rules as JSON).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, fk, plain_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum FundingProgrammes {
    Table,
    Id,
    TenantId,
    Name,
    LegalBasis,
    DescriptionMarkdown,
    DescriptionHtml,
    Contact,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum FundingLines {
    Table,
    Id,
    TenantId,
    ProgrammeId,
    Name,
    Description,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum FundingCalls {
    Table,
    Id,
    TenantId,
    ProgrammeId,
    LineId,
    Title,
    DescriptionMarkdown,
    DescriptionHtml,
    OpensAt,
    ClosesAt,
    Rules,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use FundingCalls as C;
        use FundingLines as L;
        use FundingProgrammes as P;
        manager
            .create_table(
                Table::create()
                    .table(P::Table)
                    .col(big_pk_auto(P::Id))
                    .col(big_integer(P::TenantId))
                    .col(string_len(P::Name, 200))
                    .col(string_len(P::LegalBasis, 500))
                    .col(text(P::DescriptionMarkdown))
                    .col(text(P::DescriptionHtml))
                    .col(string_len(P::Contact, 500))
                    .col(timestamp_with_time_zone(P::CreatedAt))
                    .col(timestamp_with_time_zone(P::UpdatedAt))
                    .foreign_key(&mut fk((P::Table, P::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        plain_index(manager, "idx_funding_programmes_tenant", P::Table, &[P::TenantId]).await?;
        manager
            .create_table(
                Table::create()
                    .table(L::Table)
                    .col(big_pk_auto(L::Id))
                    .col(big_integer(L::TenantId))
                    .col(big_integer(L::ProgrammeId))
                    .col(string_len(L::Name, 200))
                    .col(text(L::Description))
                    .col(timestamp_with_time_zone(L::CreatedAt))
                    .foreign_key(&mut fk((L::Table, L::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((L::Table, L::ProgrammeId), (P::Table, P::Id), ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        plain_index(manager, "idx_funding_lines_programme", L::Table, &[L::ProgrammeId]).await?;
        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(big_pk_auto(C::Id))
                    .col(big_integer(C::TenantId))
                    .col(big_integer(C::ProgrammeId))
                    .col(big_integer_null(C::LineId))
                    .col(string_len(C::Title, 200))
                    .col(text(C::DescriptionMarkdown))
                    .col(text(C::DescriptionHtml))
                    .col(timestamp_with_time_zone(C::OpensAt))
                    .col(timestamp_with_time_zone(C::ClosesAt))
                    .col(text(C::Rules))
                    .col(timestamp_with_time_zone(C::CreatedAt))
                    .col(timestamp_with_time_zone(C::UpdatedAt))
                    .foreign_key(&mut fk((C::Table, C::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((C::Table, C::ProgrammeId), (P::Table, P::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((C::Table, C::LineId), (L::Table, L::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        plain_index(manager, "idx_funding_calls_programme", C::Table, &[C::ProgrammeId]).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
