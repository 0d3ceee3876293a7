//! Participation: processes with phases and action fields, neighbourhoods,
//! organisations (associations, businesses, …) with members and topics,
//! ideas, supports and threaded comments.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Processes {
    Table,
    Id,
    TenantId,
    Slug,
    Title,
    Summary,
    DescriptionMarkdown,
    DescriptionHtml,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProcessPhases {
    Table,
    Id,
    ProcessId,
    Kind,
    StartsOn,
    EndsOn,
    IdeasOpen,
    CommentsOpen,
    SupportsOpen,
}

#[derive(DeriveIden)]
enum ActionFields {
    Table,
    Id,
    ProcessId,
    Name,
    Position,
}

#[derive(DeriveIden)]
enum Neighbourhoods {
    Table,
    Id,
    TenantId,
    Name,
    Position,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    TenantId,
    Name,
    Kind,
    DescriptionMarkdown,
    DescriptionHtml,
    Website,
    ContactEmail,
    Languages,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    VerifiedAt,
    VerifiedBy,
}

#[derive(DeriveIden)]
enum OrganisationMembers {
    Table,
    Id,
    OrganisationId,
    UserId,
    Role,
    InvitedEmail,
    InviteTokenHash,
    InvitedAt,
    JoinedAt,
}

#[derive(DeriveIden)]
enum OrganisationTopics {
    Table,
    Id,
    OrganisationId,
    Name,
}

#[derive(DeriveIden)]
enum Ideas {
    Table,
    Id,
    TenantId,
    ProcessId,
    AuthorId,
    OrganisationId,
    Title,
    BodyMarkdown,
    BodyHtml,
    ActionFieldId,
    NeighbourhoodId,
    Status,
    StatusReason,
    AnswerMarkdown,
    AnswerHtml,
    AnsweredAt,
    SupportCount,
    CommentCount,
    SearchText,
    Source,
    CreatedAt,
    UpdatedAt,
    WithdrawnAt,
}

#[derive(DeriveIden)]
enum IdeaSupports {
    Table,
    Id,
    IdeaId,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Comments {
    Table,
    Id,
    TenantId,
    IdeaId,
    ParentId,
    AuthorId,
    OrganisationId,
    BodyMarkdown,
    BodyHtml,
    CreatedAt,
    EditedAt,
    DeletedAt,
}

fn fk(from: (impl IntoIden, impl IntoIden), to: (impl IntoIden, impl IntoIden), on_delete: ForeignKeyAction) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from.0, from.1).to(to.0, to.1).on_delete(on_delete).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Processes::Table)
                    .col(big_pk_auto(Processes::Id))
                    .col(big_integer(Processes::TenantId))
                    .col(string_len(Processes::Slug, 63))
                    .col(string_len(Processes::Title, 200))
                    .col(string_len(Processes::Summary, 500))
                    .col(text(Processes::DescriptionMarkdown))
                    .col(text(Processes::DescriptionHtml))
                    .col(timestamp_with_time_zone(Processes::CreatedAt))
                    .col(timestamp_with_time_zone(Processes::UpdatedAt))
                    .foreign_key(&mut fk((Processes::Table, Processes::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .index(Index::create().unique().col(Processes::TenantId).col(Processes::Slug))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProcessPhases::Table)
                    .col(big_pk_auto(ProcessPhases::Id))
                    .col(big_integer(ProcessPhases::ProcessId))
                    .col(string_len(ProcessPhases::Kind, 20))
                    .col(date_null(ProcessPhases::StartsOn))
                    .col(date_null(ProcessPhases::EndsOn))
                    .col(boolean(ProcessPhases::IdeasOpen))
                    .col(boolean(ProcessPhases::CommentsOpen))
                    .col(boolean(ProcessPhases::SupportsOpen))
                    .foreign_key(&mut fk(
                        (ProcessPhases::Table, ProcessPhases::ProcessId),
                        (Processes::Table, Processes::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .index(Index::create().unique().col(ProcessPhases::ProcessId).col(ProcessPhases::Kind))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ActionFields::Table)
                    .col(big_pk_auto(ActionFields::Id))
                    .col(big_integer(ActionFields::ProcessId))
                    .col(string_len(ActionFields::Name, 120))
                    .col(integer(ActionFields::Position))
                    .foreign_key(&mut fk(
                        (ActionFields::Table, ActionFields::ProcessId),
                        (Processes::Table, Processes::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Neighbourhoods::Table)
                    .col(big_pk_auto(Neighbourhoods::Id))
                    .col(big_integer(Neighbourhoods::TenantId))
                    .col(string_len(Neighbourhoods::Name, 120))
                    .col(integer(Neighbourhoods::Position))
                    .foreign_key(&mut fk(
                        (Neighbourhoods::Table, Neighbourhoods::TenantId),
                        (Tenants::Table, Tenants::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .col(big_pk_auto(Organisations::Id))
                    .col(big_integer(Organisations::TenantId))
                    .col(string_len(Organisations::Name, 200))
                    .col(string_len(Organisations::Kind, 30))
                    .col(text(Organisations::DescriptionMarkdown))
                    .col(text(Organisations::DescriptionHtml))
                    .col(string_len(Organisations::Website, 300))
                    .col(string_len(Organisations::ContactEmail, 254))
                    .col(string_len(Organisations::Languages, 300))
                    .col(big_integer_null(Organisations::CreatedBy))
                    .col(timestamp_with_time_zone(Organisations::CreatedAt))
                    .col(timestamp_with_time_zone(Organisations::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Organisations::VerifiedAt))
                    .col(big_integer_null(Organisations::VerifiedBy))
                    .foreign_key(&mut fk(
                        (Organisations::Table, Organisations::TenantId),
                        (Tenants::Table, Tenants::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Organisations::Table, Organisations::CreatedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (Organisations::Table, Organisations::VerifiedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganisationMembers::Table)
                    .col(big_pk_auto(OrganisationMembers::Id))
                    .col(big_integer(OrganisationMembers::OrganisationId))
                    .col(big_integer_null(OrganisationMembers::UserId))
                    .col(string_len(OrganisationMembers::Role, 20))
                    .col(string_len_null(OrganisationMembers::InvitedEmail, 254))
                    .col(string_len_null(OrganisationMembers::InviteTokenHash, 64))
                    .col(timestamp_with_time_zone(OrganisationMembers::InvitedAt))
                    .col(timestamp_with_time_zone_null(OrganisationMembers::JoinedAt))
                    .foreign_key(&mut fk(
                        (OrganisationMembers::Table, OrganisationMembers::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (OrganisationMembers::Table, OrganisationMembers::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .index(Index::create().unique().col(OrganisationMembers::OrganisationId).col(OrganisationMembers::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganisationTopics::Table)
                    .col(big_pk_auto(OrganisationTopics::Id))
                    .col(big_integer(OrganisationTopics::OrganisationId))
                    .col(string_len(OrganisationTopics::Name, 120))
                    .foreign_key(&mut fk(
                        (OrganisationTopics::Table, OrganisationTopics::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Ideas::Table)
                    .col(big_pk_auto(Ideas::Id))
                    .col(big_integer(Ideas::TenantId))
                    .col(big_integer(Ideas::ProcessId))
                    .col(big_integer_null(Ideas::AuthorId))
                    .col(big_integer_null(Ideas::OrganisationId))
                    .col(string_len(Ideas::Title, 200))
                    .col(text(Ideas::BodyMarkdown))
                    .col(text(Ideas::BodyHtml))
                    .col(big_integer_null(Ideas::ActionFieldId))
                    .col(big_integer_null(Ideas::NeighbourhoodId))
                    .col(string_len(Ideas::Status, 20))
                    .col(text_null(Ideas::StatusReason))
                    .col(text_null(Ideas::AnswerMarkdown))
                    .col(text_null(Ideas::AnswerHtml))
                    .col(timestamp_with_time_zone_null(Ideas::AnsweredAt))
                    .col(integer(Ideas::SupportCount).default(0))
                    .col(integer(Ideas::CommentCount).default(0))
                    .col(text(Ideas::SearchText))
                    .col(string_len(Ideas::Source, 20))
                    .col(timestamp_with_time_zone(Ideas::CreatedAt))
                    .col(timestamp_with_time_zone(Ideas::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Ideas::WithdrawnAt))
                    .foreign_key(&mut fk((Ideas::Table, Ideas::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((Ideas::Table, Ideas::ProcessId), (Processes::Table, Processes::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((Ideas::Table, Ideas::AuthorId), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .foreign_key(&mut fk(
                        (Ideas::Table, Ideas::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (Ideas::Table, Ideas::ActionFieldId),
                        (ActionFields::Table, ActionFields::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (Ideas::Table, Ideas::NeighbourhoodId),
                        (Neighbourhoods::Table, Neighbourhoods::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            ("idx_ideas_process_created", vec![Ideas::ProcessId, Ideas::CreatedAt]),
            ("idx_ideas_process_supports", vec![Ideas::ProcessId, Ideas::SupportCount]),
            ("idx_ideas_process_comments", vec![Ideas::ProcessId, Ideas::CommentCount]),
        ] {
            let mut index = Index::create().name(name).table(Ideas::Table).to_owned();
            for col in cols {
                index.col(col);
            }
            manager.create_index(index).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(IdeaSupports::Table)
                    .col(big_pk_auto(IdeaSupports::Id))
                    .col(big_integer(IdeaSupports::IdeaId))
                    .col(big_integer(IdeaSupports::UserId))
                    .col(timestamp_with_time_zone(IdeaSupports::CreatedAt))
                    .foreign_key(&mut fk((IdeaSupports::Table, IdeaSupports::IdeaId), (Ideas::Table, Ideas::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((IdeaSupports::Table, IdeaSupports::UserId), (Users::Table, Users::Id), ForeignKeyAction::Cascade))
                    .index(Index::create().unique().col(IdeaSupports::IdeaId).col(IdeaSupports::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Comments::Table)
                    .col(big_pk_auto(Comments::Id))
                    .col(big_integer(Comments::TenantId))
                    .col(big_integer(Comments::IdeaId))
                    .col(big_integer_null(Comments::ParentId))
                    .col(big_integer_null(Comments::AuthorId))
                    .col(big_integer_null(Comments::OrganisationId))
                    .col(text(Comments::BodyMarkdown))
                    .col(text(Comments::BodyHtml))
                    .col(timestamp_with_time_zone(Comments::CreatedAt))
                    .col(timestamp_with_time_zone_null(Comments::EditedAt))
                    .col(timestamp_with_time_zone_null(Comments::DeletedAt))
                    .foreign_key(&mut fk((Comments::Table, Comments::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((Comments::Table, Comments::IdeaId), (Ideas::Table, Ideas::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((Comments::Table, Comments::ParentId), (Comments::Table, Comments::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk((Comments::Table, Comments::AuthorId), (Users::Table, Users::Id), ForeignKeyAction::SetNull))
                    .foreign_key(&mut fk(
                        (Comments::Table, Comments::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_comments_idea_created")
                    .table(Comments::Table)
                    .col(Comments::IdeaId)
                    .col(Comments::CreatedAt)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
