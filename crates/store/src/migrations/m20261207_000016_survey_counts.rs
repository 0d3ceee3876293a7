//! Survey results kept counted: every response adds to `survey_counts` in
//! its own transaction, so a results page reads a few rows instead of
//! counting all answers. One row per survey, source, question and answered
//! (row, choice, value); -1 stands for "none" so that the key has no NULL
//! and an upsert adds to the same row on both databases. The row with all
//! three at -1 counts the responses that answered the question at all.
//! `surveys.paper_count` counts the responses entered from paper.
//!
//! Existing responses are counted once here.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{add_column, fk, unique_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
    PaperCount,
}

#[derive(DeriveIden)]
enum SurveyQuestions {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum SurveyCounts {
    Table,
    Id,
    SurveyId,
    Source,
    QuestionId,
    RowIndex,
    ChoiceIndex,
    Value,
    Count,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(manager, Surveys::Table, integer(Surveys::PaperCount).default(0).to_owned()).await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyCounts::Table)
                    .col(big_pk_auto(SurveyCounts::Id))
                    .col(big_integer(SurveyCounts::SurveyId))
                    .col(string_len(SurveyCounts::Source, 10))
                    .col(big_integer(SurveyCounts::QuestionId))
                    .col(integer(SurveyCounts::RowIndex))
                    .col(integer(SurveyCounts::ChoiceIndex))
                    .col(integer(SurveyCounts::Value))
                    .col(big_integer(SurveyCounts::Count))
                    .foreign_key(&mut fk(
                        (SurveyCounts::Table, SurveyCounts::SurveyId),
                        (Surveys::Table, Surveys::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SurveyCounts::Table, SurveyCounts::QuestionId),
                        (SurveyQuestions::Table, SurveyQuestions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // The key every response adds to; a results page reads by its prefix.
        use SurveyCounts as C;
        let key = [C::SurveyId, C::Source, C::QuestionId, C::RowIndex, C::ChoiceIndex, C::Value];
        unique_index(manager, "idx_survey_counts_key", C::Table, &key).await?;
        let db = manager.get_connection();
        db.execute_unprepared(
            "INSERT INTO survey_counts (survey_id, source, question_id, row_index, choice_index, value, count) \
             SELECT survey_id, source, question_id, COALESCE(row_index, -1), COALESCE(choice_index, -1), COALESCE(value, -1), COUNT(*) \
             FROM survey_answers WHERE text IS NULL \
             GROUP BY survey_id, source, question_id, COALESCE(row_index, -1), COALESCE(choice_index, -1), COALESCE(value, -1)",
        )
        .await?;
        // Texts are not counted by value, but their answers count as answered.
        db.execute_unprepared(
            "INSERT INTO survey_counts (survey_id, source, question_id, row_index, choice_index, value, count) \
             SELECT survey_id, source, question_id, -1, -1, -1, COUNT(DISTINCT response_id) \
             FROM survey_answers GROUP BY survey_id, source, question_id",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE surveys SET paper_count = \
             (SELECT COUNT(*) FROM survey_responses r WHERE r.survey_id = surveys.id AND r.source = 'paper')",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
