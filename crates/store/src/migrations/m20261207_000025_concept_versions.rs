//! Frozen versions of the concept: each time it goes into consultation or
//! is adopted, what it said is kept as a JSON snapshot that never changes.
//! Only a version's stage moves on (from consultation to adopted, with the
//! council's decision) when the council adopts it unchanged.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, Users, fk, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ConceptVersions {
    Table,
    Id,
    TenantId,
    ConceptId,
    Number,
    Stage,
    DecidedOn,
    DecisionNumber,
    DecisionLink,
    Snapshot,
    FrozenAt,
    FrozenBy,
}

#[derive(DeriveIden)]
enum Concepts {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ConceptVersions as V;
        manager
            .create_table(
                Table::create()
                    .table(V::Table)
                    .col(big_pk_auto(V::Id))
                    .col(big_integer(V::TenantId))
                    .col(big_integer(V::ConceptId))
                    .col(integer(V::Number))
                    .col(string_len(V::Stage, 20))
                    .col(date_null(V::DecidedOn))
                    .col(string_len(V::DecisionNumber, 100))
                    .col(string_len_null(V::DecisionLink, 500))
                    .col(text(V::Snapshot))
                    .col(timestamp_with_time_zone(V::FrozenAt))
                    .col(big_integer_null(V::FrozenBy))
                    .foreign_key(&mut fk((V::Table, V::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((V::Table, V::ConceptId), (Concepts::Table, Concepts::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((V::Table, V::FrozenBy), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        unique_index(manager, "idx_concept_versions_number", V::Table, &[V::ConceptId, V::Number]).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
