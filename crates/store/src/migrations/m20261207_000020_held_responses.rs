//! Anonymous responses held back until there are five. A response written
//! in the same transaction as its participation could be paired with it by
//! the order the rows lie in, by their sequential answer ids, or (on
//! PostgreSQL) by the transaction id stored with every row. So an anonymous
//! online response waits here, rewritten in random order with the others
//! waiting, until five have arrived; then all five are written at once in
//! random order. The database can then tell of a response at most that it
//! came from one of five people.
//!
//! The anonymous responses already stored are rewritten once, in the order
//! of their random ids, so that they no longer lie in the order they came.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::common::{Tenants, fk, plain_index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum SurveyHeldResponses {
    Table,
    Id,
    TenantId,
    SurveyId,
    SubmittedOn,
    Answers,
}

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
}

const RESPONSE_COLUMNS: &str = "id, tenant_id, survey_id, user_id, source, submitted_on";
const ANSWER_COLUMNS: &str = "survey_id, response_id, question_id, source, row_index, choice_index, value, text";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SurveyHeldResponses::Table)
                    .col(big_integer(SurveyHeldResponses::Id).primary_key())
                    .col(big_integer(SurveyHeldResponses::TenantId))
                    .col(big_integer(SurveyHeldResponses::SurveyId))
                    .col(date(SurveyHeldResponses::SubmittedOn))
                    // The answer rows as JSON.
                    .col(text(SurveyHeldResponses::Answers))
                    .foreign_key(&mut fk(
                        (SurveyHeldResponses::Table, SurveyHeldResponses::TenantId),
                        (Tenants::Table, Tenants::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SurveyHeldResponses::Table, SurveyHeldResponses::SurveyId),
                        (Surveys::Table, Surveys::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        use SurveyHeldResponses as H;
        plain_index(manager, "idx_survey_held_responses_survey", H::Table, &[H::SurveyId]).await?;
        let db = manager.get_connection();
        let anonymous_online = "survey_id IN (SELECT id FROM surveys WHERE anonymous = true) AND source = 'online'";
        for sql in [
            format!("CREATE TABLE reordered_responses AS SELECT {RESPONSE_COLUMNS} FROM survey_responses WHERE {anonymous_online}"),
            format!(
                "CREATE TABLE reordered_answers AS SELECT {ANSWER_COLUMNS} FROM survey_answers \
                 WHERE response_id IN (SELECT id FROM reordered_responses)"
            ),
            "DELETE FROM survey_answers WHERE response_id IN (SELECT id FROM reordered_responses)".to_owned(),
            "DELETE FROM survey_responses WHERE id IN (SELECT id FROM reordered_responses)".to_owned(),
            format!("INSERT INTO survey_responses ({RESPONSE_COLUMNS}) SELECT {RESPONSE_COLUMNS} FROM reordered_responses ORDER BY id"),
            format!(
                "INSERT INTO survey_answers ({ANSWER_COLUMNS}) SELECT {ANSWER_COLUMNS} FROM reordered_answers \
                 ORDER BY response_id, question_id"
            ),
            "DROP TABLE reordered_answers".to_owned(),
            "DROP TABLE reordered_responses".to_owned(),
        ] {
            db.execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("migrations are not reverted; restore a backup instead".into()))
    }
}
