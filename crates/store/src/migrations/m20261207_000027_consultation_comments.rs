//! Comments on the paragraphs of a version in consultation, each with the
//! coordinator's answer and what became of it; and notifications that point
//! to such a comment.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, Users, add_column, fk, plain_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ConsultationComments {
    Table,
    Id,
    TenantId,
    VersionId,
    Paragraph,
    AuthorId,
    OrganisationId,
    BodyMarkdown,
    BodyHtml,
    Outcome,
    AnswerMarkdown,
    AnswerHtml,
    AnsweredBy,
    AnsweredAt,
    HiddenReason,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ConceptVersions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    ConsultationCommentId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ConsultationComments as C;
        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(big_pk_auto(C::Id))
                    .col(big_integer(C::TenantId))
                    .col(big_integer(C::VersionId))
                    .col(string_len(C::Paragraph, 60))
                    .col(big_integer_null(C::AuthorId))
                    .col(big_integer_null(C::OrganisationId))
                    .col(text(C::BodyMarkdown))
                    .col(text(C::BodyHtml))
                    .col(string_len(C::Outcome, 20).default("open"))
                    .col(text(C::AnswerMarkdown).default(""))
                    .col(text(C::AnswerHtml).default(""))
                    .col(big_integer_null(C::AnsweredBy))
                    .col(timestamp_with_time_zone_null(C::AnsweredAt))
                    .col(text_null(C::HiddenReason))
                    .col(timestamp_with_time_zone(C::CreatedAt))
                    .foreign_key(&mut fk((C::Table, C::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk(
                        (C::Table, C::VersionId),
                        (ConceptVersions::Table, ConceptVersions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk((C::Table, C::AuthorId), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .foreign_key(&mut fk(
                        (C::Table, C::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk((C::Table, C::AnsweredBy), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        plain_index(manager, "idx_consultation_comments_paragraph", C::Table, &[C::VersionId, C::Paragraph]).await?;
        add_column(manager, Notifications::Table, ColumnDef::new(Notifications::ConsultationCommentId).big_integer().null().to_owned())
            .await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
