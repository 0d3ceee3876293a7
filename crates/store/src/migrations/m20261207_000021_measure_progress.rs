//! A measure's implementation: its indicators (baseline, target, unit,
//! source, better direction) with the values recorded over the years, its
//! milestones, and the progress updates its owner posts. A measure keeps
//! how far it is and the day of its latest update, for lists.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, Users, add_column, fk, plain_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum MeasureIndicators {
    Table,
    Id,
    TenantId,
    MeasureId,
    Position,
    Name,
    Unit,
    Baseline,
    BaselineOn,
    Target,
    TargetOn,
    Source,
    Direction,
}

#[derive(DeriveIden, Clone, Copy)]
enum IndicatorValues {
    Table,
    Id,
    TenantId,
    IndicatorId,
    MeasuredOn,
    Value,
    Note,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum MeasureMilestones {
    Table,
    Id,
    TenantId,
    MeasureId,
    Title,
    DueOn,
    ReachedOn,
}

#[derive(DeriveIden, Clone, Copy)]
enum MeasureUpdates {
    Table,
    Id,
    TenantId,
    MeasureId,
    AuthorId,
    ReportedOn,
    Status,
    Percent,
    TextMarkdown,
    TextHtml,
    Reason,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Measures {
    Table,
    Id,
    PercentComplete,
    ReportedOn,
}

fn tenant_fk(table: impl IntoIden + Clone + 'static, column: impl IntoIden + 'static) -> ForeignKeyCreateStatement {
    fk((table, column), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade)
}

fn measure_fk(table: impl IntoIden + 'static, column: impl IntoIden + 'static) -> ForeignKeyCreateStatement {
    fk((table, column), (Measures::Table, Measures::Id), ForeignKeyAction::Cascade)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use IndicatorValues as V;
        use MeasureIndicators as I;
        use MeasureMilestones as M;
        use MeasureUpdates as U;
        manager
            .create_table(
                Table::create()
                    .table(I::Table)
                    .col(big_pk_auto(I::Id))
                    .col(big_integer(I::TenantId))
                    .col(big_integer(I::MeasureId))
                    .col(integer(I::Position))
                    .col(string_len(I::Name, 200))
                    .col(string_len(I::Unit, 40))
                    // Figures in hundredths.
                    .col(big_integer(I::Baseline))
                    .col(date(I::BaselineOn))
                    .col(big_integer(I::Target))
                    .col(date(I::TargetOn))
                    .col(string_len(I::Source, 500))
                    .col(string_len(I::Direction, 10))
                    .foreign_key(&mut tenant_fk(I::Table, I::TenantId))
                    .foreign_key(&mut measure_fk(I::Table, I::MeasureId))
                    .to_owned(),
            )
            .await?;
        plain_index(manager, "idx_measure_indicators_measure", I::Table, &[I::MeasureId, I::Position]).await?;
        manager
            .create_table(
                Table::create()
                    .table(V::Table)
                    .col(big_pk_auto(V::Id))
                    .col(big_integer(V::TenantId))
                    .col(big_integer(V::IndicatorId))
                    .col(date(V::MeasuredOn))
                    .col(big_integer(V::Value))
                    .col(string_len(V::Note, 500))
                    .col(big_integer_null(V::RecordedBy))
                    .col(timestamp_with_time_zone(V::CreatedAt))
                    .foreign_key(&mut tenant_fk(V::Table, V::TenantId))
                    .foreign_key(&mut fk((V::Table, V::IndicatorId), (I::Table, I::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((V::Table, V::RecordedBy), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        plain_index(manager, "idx_indicator_values_series", V::Table, &[V::IndicatorId, V::MeasuredOn]).await?;
        manager
            .create_table(
                Table::create()
                    .table(M::Table)
                    .col(big_pk_auto(M::Id))
                    .col(big_integer(M::TenantId))
                    .col(big_integer(M::MeasureId))
                    .col(string_len(M::Title, 200))
                    .col(date(M::DueOn))
                    .col(date_null(M::ReachedOn))
                    .foreign_key(&mut tenant_fk(M::Table, M::TenantId))
                    .foreign_key(&mut measure_fk(M::Table, M::MeasureId))
                    .to_owned(),
            )
            .await?;
        plain_index(manager, "idx_measure_milestones_measure", M::Table, &[M::MeasureId, M::DueOn]).await?;
        manager
            .create_table(
                Table::create()
                    .table(U::Table)
                    .col(big_pk_auto(U::Id))
                    .col(big_integer(U::TenantId))
                    .col(big_integer(U::MeasureId))
                    .col(big_integer_null(U::AuthorId))
                    .col(date(U::ReportedOn))
                    .col(string_len(U::Status, 20))
                    .col(small_integer(U::Percent))
                    .col(text(U::TextMarkdown))
                    .col(text(U::TextHtml))
                    .col(text(U::Reason))
                    .col(timestamp_with_time_zone(U::CreatedAt))
                    .foreign_key(&mut tenant_fk(U::Table, U::TenantId))
                    .foreign_key(&mut measure_fk(U::Table, U::MeasureId))
                    .foreign_key(&mut fk((U::Table, U::AuthorId), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        plain_index(manager, "idx_measure_updates_measure", U::Table, &[U::MeasureId, U::ReportedOn]).await?;
        plain_index(manager, "idx_measure_updates_tenant", U::Table, &[U::TenantId, U::ReportedOn]).await?;
        add_column(manager, Measures::Table, ColumnDef::new(Measures::PercentComplete).small_integer().not_null().default(0).to_owned())
            .await?;
        add_column(manager, Measures::Table, ColumnDef::new(Measures::ReportedOn).date().null().to_owned()).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
