//! The action-and-measures concept of a municipality (one per municipality):
//! its texts and stage, its action fields with their situation analysis,
//! the goals in each field, and the measures with the goals they serve,
//! their partner organisations and neighbourhoods. Measures are numbered
//! within their concept ("Maßnahme 12").

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, Users, fk, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Concepts {
    Table,
    Id,
    TenantId,
    Title,
    PreambleMarkdown,
    PreambleHtml,
    VisionMarkdown,
    VisionHtml,
    Stage,
    DecidedOn,
    DecisionNumber,
    DecisionLink,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ConceptFields {
    Table,
    Id,
    TenantId,
    ConceptId,
    Position,
    Name,
    AnalysisMarkdown,
    AnalysisHtml,
}

#[derive(DeriveIden, Clone, Copy)]
enum ConceptGoals {
    Table,
    Id,
    TenantId,
    FieldId,
    Position,
    Title,
    DescriptionMarkdown,
    DescriptionHtml,
}

#[derive(DeriveIden, Clone, Copy)]
enum Measures {
    Table,
    Id,
    TenantId,
    ConceptId,
    GoalId,
    Number,
    Title,
    DescriptionMarkdown,
    DescriptionHtml,
    OwnerId,
    LeadOrganisationId,
    TargetGroups,
    StartsOn,
    EndsOn,
    Priority,
    CostCents,
    FundingSource,
    Status,
    StatusReason,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum MeasureGoals {
    Table,
    Id,
    MeasureId,
    GoalId,
    Position,
}

#[derive(DeriveIden, Clone, Copy)]
enum MeasurePartners {
    Table,
    Id,
    MeasureId,
    OrganisationId,
}

#[derive(DeriveIden, Clone, Copy)]
enum MeasureNeighbourhoods {
    Table,
    Id,
    MeasureId,
    NeighbourhoodId,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Neighbourhoods {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        manager
            .create_table(
                Table::create()
                    .table(Concepts::Table)
                    .col(big_pk_auto(Concepts::Id))
                    .col(big_integer(Concepts::TenantId))
                    .col(string_len(Concepts::Title, 200))
                    .col(text(Concepts::PreambleMarkdown))
                    .col(text(Concepts::PreambleHtml))
                    .col(text(Concepts::VisionMarkdown))
                    .col(text(Concepts::VisionHtml))
                    .col(string_len(Concepts::Stage, 20))
                    .col(date_null(Concepts::DecidedOn))
                    .col(string_len(Concepts::DecisionNumber, 100))
                    .col(string_len_null(Concepts::DecisionLink, 500))
                    .col(timestamp_with_time_zone(Concepts::CreatedAt))
                    .col(timestamp_with_time_zone(Concepts::UpdatedAt))
                    .foreign_key(&mut fk((Concepts::Table, Concepts::TenantId), (Tenants::Table, Tenants::Id), Cascade))
                    .to_owned(),
            )
            .await?;
        unique_index(manager, "idx_concepts_tenant", Concepts::Table, &[Concepts::TenantId]).await?;
        manager
            .create_table(
                Table::create()
                    .table(ConceptFields::Table)
                    .col(big_pk_auto(ConceptFields::Id))
                    .col(big_integer(ConceptFields::TenantId))
                    .col(big_integer(ConceptFields::ConceptId))
                    .col(integer(ConceptFields::Position))
                    .col(string_len(ConceptFields::Name, 200))
                    .col(text(ConceptFields::AnalysisMarkdown))
                    .col(text(ConceptFields::AnalysisHtml))
                    .foreign_key(&mut fk((ConceptFields::Table, ConceptFields::ConceptId), (Concepts::Table, Concepts::Id), Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ConceptGoals::Table)
                    .col(big_pk_auto(ConceptGoals::Id))
                    .col(big_integer(ConceptGoals::TenantId))
                    .col(big_integer(ConceptGoals::FieldId))
                    .col(integer(ConceptGoals::Position))
                    .col(string_len(ConceptGoals::Title, 200))
                    .col(text(ConceptGoals::DescriptionMarkdown))
                    .col(text(ConceptGoals::DescriptionHtml))
                    .foreign_key(&mut fk((ConceptGoals::Table, ConceptGoals::FieldId), (ConceptFields::Table, ConceptFields::Id), Cascade))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Measures::Table)
                    .col(big_pk_auto(Measures::Id))
                    .col(big_integer(Measures::TenantId))
                    .col(big_integer(Measures::ConceptId))
                    // The main goal (also the first of measure_goals).
                    .col(big_integer(Measures::GoalId))
                    .col(integer(Measures::Number))
                    .col(string_len(Measures::Title, 200))
                    .col(text(Measures::DescriptionMarkdown))
                    .col(text(Measures::DescriptionHtml))
                    .col(big_integer_null(Measures::OwnerId))
                    .col(big_integer_null(Measures::LeadOrganisationId))
                    .col(string_len(Measures::TargetGroups, 500))
                    .col(date_null(Measures::StartsOn))
                    .col(date_null(Measures::EndsOn))
                    .col(string_len(Measures::Priority, 10))
                    .col(big_integer_null(Measures::CostCents))
                    .col(string_len(Measures::FundingSource, 500))
                    .col(string_len(Measures::Status, 20))
                    .col(text(Measures::StatusReason))
                    .col(timestamp_with_time_zone(Measures::CreatedAt))
                    .col(timestamp_with_time_zone(Measures::UpdatedAt))
                    .foreign_key(&mut fk((Measures::Table, Measures::ConceptId), (Concepts::Table, Concepts::Id), Cascade))
                    .foreign_key(&mut fk((Measures::Table, Measures::GoalId), (ConceptGoals::Table, ConceptGoals::Id), Cascade))
                    .foreign_key(&mut fk((Measures::Table, Measures::OwnerId), (Users::Table, Users::Id), SetNull))
                    .foreign_key(&mut fk(
                        (Measures::Table, Measures::LeadOrganisationId),
                        (Organisations::Table, Organisations::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        unique_index(manager, "idx_measures_number", Measures::Table, &[Measures::ConceptId, Measures::Number]).await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_measures_tenant_status")
                    .table(Measures::Table)
                    .col(Measures::TenantId)
                    .col(Measures::Status)
                    .to_owned(),
            )
            .await?;
        manager.create_index(Index::create().name("idx_measures_owner").table(Measures::Table).col(Measures::OwnerId).to_owned()).await?;
        manager
            .create_table(
                Table::create()
                    .table(MeasureGoals::Table)
                    .col(big_pk_auto(MeasureGoals::Id))
                    .col(big_integer(MeasureGoals::MeasureId))
                    .col(big_integer(MeasureGoals::GoalId))
                    .col(integer(MeasureGoals::Position))
                    .foreign_key(&mut fk((MeasureGoals::Table, MeasureGoals::MeasureId), (Measures::Table, Measures::Id), Cascade))
                    .foreign_key(&mut fk((MeasureGoals::Table, MeasureGoals::GoalId), (ConceptGoals::Table, ConceptGoals::Id), Cascade))
                    .to_owned(),
            )
            .await?;
        unique_index(manager, "idx_measure_goals", MeasureGoals::Table, &[MeasureGoals::MeasureId, MeasureGoals::GoalId]).await?;
        manager
            .create_table(
                Table::create()
                    .table(MeasurePartners::Table)
                    .col(big_pk_auto(MeasurePartners::Id))
                    .col(big_integer(MeasurePartners::MeasureId))
                    .col(big_integer(MeasurePartners::OrganisationId))
                    .foreign_key(&mut fk((MeasurePartners::Table, MeasurePartners::MeasureId), (Measures::Table, Measures::Id), Cascade))
                    .foreign_key(&mut fk(
                        (MeasurePartners::Table, MeasurePartners::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        unique_index(
            manager,
            "idx_measure_partners",
            MeasurePartners::Table,
            &[MeasurePartners::MeasureId, MeasurePartners::OrganisationId],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(MeasureNeighbourhoods::Table)
                    .col(big_pk_auto(MeasureNeighbourhoods::Id))
                    .col(big_integer(MeasureNeighbourhoods::MeasureId))
                    .col(big_integer(MeasureNeighbourhoods::NeighbourhoodId))
                    .foreign_key(&mut fk(
                        (MeasureNeighbourhoods::Table, MeasureNeighbourhoods::MeasureId),
                        (Measures::Table, Measures::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (MeasureNeighbourhoods::Table, MeasureNeighbourhoods::NeighbourhoodId),
                        (Neighbourhoods::Table, Neighbourhoods::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        unique_index(
            manager,
            "idx_measure_neighbourhoods",
            MeasureNeighbourhoods::Table,
            &[MeasureNeighbourhoods::MeasureId, MeasureNeighbourhoods::NeighbourhoodId],
        )
        .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
