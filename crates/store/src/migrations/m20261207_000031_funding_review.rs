//! The review of applications: the officers' checklist and internal notes
//! (kept with the state, never reachable from the applicant's side), and on
//! the application the decision (the grant and its terms) and the latest
//! word to the applicant (changes asked for, or the reason for a rejection).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, Users, add_column, fk, plain_index, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum FundingApplications {
    Table,
    Id,
    Message,
    GrantedCents,
    GrantTerms,
    DecidedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum FundingReviews {
    Table,
    Id,
    TenantId,
    ApplicationId,
    Checklist,
    UpdatedBy,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum FundingReviewNotes {
    Table,
    Id,
    TenantId,
    ApplicationId,
    AuthorId,
    Body,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use FundingApplications as A;
        use FundingReviewNotes as N;
        use FundingReviews as R;
        add_column(manager, A::Table, ColumnDef::new(A::Message).text().null().to_owned()).await?;
        add_column(manager, A::Table, ColumnDef::new(A::GrantedCents).big_integer().null().to_owned()).await?;
        add_column(manager, A::Table, ColumnDef::new(A::GrantTerms).text().null().to_owned()).await?;
        add_column(manager, A::Table, ColumnDef::new(A::DecidedAt).timestamp_with_time_zone().null().to_owned()).await?;
        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(big_pk_auto(R::Id))
                    .col(big_integer(R::TenantId))
                    .col(big_integer(R::ApplicationId))
                    .col(text(R::Checklist))
                    .col(big_integer_null(R::UpdatedBy))
                    .col(timestamp_with_time_zone(R::UpdatedAt))
                    .foreign_key(&mut fk((R::Table, R::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((R::Table, R::ApplicationId), (A::Table, A::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((R::Table, R::UpdatedBy), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        unique_index(manager, "uq_funding_reviews_application", R::Table, &[R::ApplicationId]).await?;
        manager
            .create_table(
                Table::create()
                    .table(N::Table)
                    .col(big_pk_auto(N::Id))
                    .col(big_integer(N::TenantId))
                    .col(big_integer(N::ApplicationId))
                    .col(big_integer_null(N::AuthorId))
                    .col(text(N::Body))
                    .col(timestamp_with_time_zone(N::CreatedAt))
                    .foreign_key(&mut fk((N::Table, N::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((N::Table, N::ApplicationId), (A::Table, A::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((N::Table, N::AuthorId), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        plain_index(manager, "idx_funding_review_notes_application", N::Table, &[N::ApplicationId]).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
