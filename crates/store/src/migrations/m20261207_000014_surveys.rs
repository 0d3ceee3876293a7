//! Surveys of a process: their questions (sections included), responses and
//! answers, who has answered (kept apart from the responses, so that an
//! anonymous response cannot be linked to an account), and drafts saved to
//! continue later.
//!
//! Responses and participations get random ids from the store, so neither
//! table's order tells which participation belongs to which response.
//! Responses keep only the day they were given.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Processes, Tenants, Users, fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
    TenantId,
    ProcessId,
    Title,
    IntroMarkdown,
    IntroHtml,
    Anonymous,
    Access,
    OpensOn,
    ClosesOn,
    ResultsPublic,
    ResponseCount,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SurveyQuestions {
    Table,
    Id,
    TenantId,
    SurveyId,
    Position,
    Kind,
    Prompt,
    Help,
    Required,
    Options,
    Rows,
    MinChoices,
    MaxChoices,
    LowLabel,
    HighLabel,
    ConditionQuestionId,
    ConditionOption,
}

#[derive(DeriveIden)]
enum SurveyResponses {
    Table,
    Id,
    TenantId,
    SurveyId,
    UserId,
    Source,
    SubmittedOn,
}

#[derive(DeriveIden)]
enum SurveyAnswers {
    Table,
    Id,
    SurveyId,
    ResponseId,
    QuestionId,
    Source,
    RowIndex,
    ChoiceIndex,
    Value,
    Text,
}

#[derive(DeriveIden)]
enum SurveyParticipations {
    Table,
    Id,
    SurveyId,
    UserId,
    BrowserHash,
}

#[derive(DeriveIden)]
enum SurveyDrafts {
    Table,
    Id,
    SurveyId,
    UserId,
    Answers,
    UpdatedAt,
}

fn index(name: &str, table: impl IntoIden, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create().name(name).table(table).to_owned();
    for column in columns {
        index.col(Alias::new(*column));
    }
    index
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Surveys::Table)
                    .col(big_pk_auto(Surveys::Id))
                    .col(big_integer(Surveys::TenantId))
                    .col(big_integer(Surveys::ProcessId))
                    .col(string_len(Surveys::Title, 200))
                    .col(text(Surveys::IntroMarkdown))
                    .col(text(Surveys::IntroHtml))
                    .col(boolean(Surveys::Anonymous))
                    .col(string_len(Surveys::Access, 20))
                    .col(date(Surveys::OpensOn))
                    .col(date(Surveys::ClosesOn))
                    .col(boolean(Surveys::ResultsPublic))
                    .col(integer(Surveys::ResponseCount).default(0))
                    .col(timestamp_with_time_zone(Surveys::CreatedAt))
                    .col(timestamp_with_time_zone(Surveys::UpdatedAt))
                    .foreign_key(&mut fk((Surveys::Table, Surveys::TenantId), (Tenants::Table, Tenants::Id), ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk(
                        (Surveys::Table, Surveys::ProcessId),
                        (Processes::Table, Processes::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("idx_surveys_tenant_process", Surveys::Table, &["tenant_id", "process_id"])).await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyQuestions::Table)
                    .col(big_pk_auto(SurveyQuestions::Id))
                    .col(big_integer(SurveyQuestions::TenantId))
                    .col(big_integer(SurveyQuestions::SurveyId))
                    .col(integer(SurveyQuestions::Position))
                    .col(string_len(SurveyQuestions::Kind, 20))
                    .col(text(SurveyQuestions::Prompt))
                    .col(text(SurveyQuestions::Help))
                    .col(boolean(SurveyQuestions::Required))
                    .col(text(SurveyQuestions::Options))
                    .col(text(SurveyQuestions::Rows))
                    .col(integer_null(SurveyQuestions::MinChoices))
                    .col(integer_null(SurveyQuestions::MaxChoices))
                    .col(string_len(SurveyQuestions::LowLabel, 60))
                    .col(string_len(SurveyQuestions::HighLabel, 60))
                    .col(big_integer_null(SurveyQuestions::ConditionQuestionId))
                    .col(integer_null(SurveyQuestions::ConditionOption))
                    .foreign_key(&mut fk(
                        (SurveyQuestions::Table, SurveyQuestions::SurveyId),
                        (Surveys::Table, Surveys::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("idx_survey_questions_order", SurveyQuestions::Table, &["survey_id", "position"])).await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyResponses::Table)
                    .col(big_integer(SurveyResponses::Id).primary_key())
                    .col(big_integer(SurveyResponses::TenantId))
                    .col(big_integer(SurveyResponses::SurveyId))
                    // Only for signed surveys; gone with the account.
                    .col(big_integer_null(SurveyResponses::UserId))
                    .col(string_len(SurveyResponses::Source, 10))
                    .col(date(SurveyResponses::SubmittedOn))
                    .foreign_key(&mut fk(
                        (SurveyResponses::Table, SurveyResponses::SurveyId),
                        (Surveys::Table, Surveys::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SurveyResponses::Table, SurveyResponses::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("idx_survey_responses_survey", SurveyResponses::Table, &["survey_id", "source"])).await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyAnswers::Table)
                    .col(big_pk_auto(SurveyAnswers::Id))
                    .col(big_integer(SurveyAnswers::SurveyId))
                    .col(big_integer(SurveyAnswers::ResponseId))
                    .col(big_integer(SurveyAnswers::QuestionId))
                    .col(string_len(SurveyAnswers::Source, 10))
                    .col(integer_null(SurveyAnswers::RowIndex))
                    .col(integer_null(SurveyAnswers::ChoiceIndex))
                    .col(integer_null(SurveyAnswers::Value))
                    .col(text_null(SurveyAnswers::Text))
                    .foreign_key(&mut fk(
                        (SurveyAnswers::Table, SurveyAnswers::ResponseId),
                        (SurveyResponses::Table, SurveyResponses::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SurveyAnswers::Table, SurveyAnswers::QuestionId),
                        (SurveyQuestions::Table, SurveyQuestions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // The results count from this index alone.
        manager
            .create_index(index(
                "idx_survey_answers_tally",
                SurveyAnswers::Table,
                &["survey_id", "source", "question_id", "row_index", "choice_index", "value", "response_id"],
            ))
            .await?;
        manager.create_index(index("idx_survey_answers_response", SurveyAnswers::Table, &["response_id"])).await?;
        manager.create_index(index("idx_survey_answers_question", SurveyAnswers::Table, &["question_id", "id"])).await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyParticipations::Table)
                    .col(big_integer(SurveyParticipations::Id).primary_key())
                    .col(big_integer(SurveyParticipations::SurveyId))
                    .col(big_integer_null(SurveyParticipations::UserId))
                    .col(string_len_null(SurveyParticipations::BrowserHash, 64))
                    .foreign_key(&mut fk(
                        (SurveyParticipations::Table, SurveyParticipations::SurveyId),
                        (Surveys::Table, Surveys::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SurveyParticipations::Table, SurveyParticipations::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index("idx_survey_participations_user", SurveyParticipations::Table, &["survey_id", "user_id"]).unique().to_owned(),
            )
            .await?;
        manager
            .create_index(
                index("idx_survey_participations_browser", SurveyParticipations::Table, &["survey_id", "browser_hash"]).unique().to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyDrafts::Table)
                    .col(big_pk_auto(SurveyDrafts::Id))
                    .col(big_integer(SurveyDrafts::SurveyId))
                    .col(big_integer(SurveyDrafts::UserId))
                    .col(text(SurveyDrafts::Answers))
                    .col(timestamp_with_time_zone(SurveyDrafts::UpdatedAt))
                    .foreign_key(&mut fk(
                        (SurveyDrafts::Table, SurveyDrafts::SurveyId),
                        (Surveys::Table, Surveys::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk((SurveyDrafts::Table, SurveyDrafts::UserId), (Users::Table, Users::Id), ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("idx_survey_drafts_person", SurveyDrafts::Table, &["survey_id", "user_id"]).unique().to_owned()).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
