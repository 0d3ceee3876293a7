//! What a survey's answers add up to: counts per choice, scale point and
//! rank, how many answered each question, and the free texts. Counted from
//! one index (`idx_survey_answers_tally`), optionally for one source.

use std::collections::HashMap;

use domain::surveys::ResponseSource;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::StoreResult;
use crate::entities::{survey_answers, survey_responses};

/// How many answer rows have these values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub question: i64,
    pub row: Option<u32>,
    pub choice: Option<u32>,
    pub value: Option<i32>,
    pub count: i64,
}

fn answers_of(survey: i64, source: Option<ResponseSource>) -> sea_orm::Select<survey_answers::Entity> {
    let select = survey_answers::Entity::find().filter(survey_answers::Column::SurveyId.eq(survey));
    match source {
        Some(source) => select.filter(survey_answers::Column::Source.eq(source.as_str())),
        None => select,
    }
}

/// A counted group as the database returns it: question, row, choice, value, count.
type CountRow = (i64, Option<i32>, Option<i32>, Option<i32>, i64);

/// Counts of every choice, rank and scale point (texts are not counted here).
pub async fn counts(db: &impl ConnectionTrait, survey: i64, source: Option<ResponseSource>) -> StoreResult<Vec<Count>> {
    use survey_answers::Column as C;
    let rows: Vec<CountRow> = answers_of(survey, source)
        .select_only()
        .column(C::QuestionId)
        .column(C::RowIndex)
        .column(C::ChoiceIndex)
        .column(C::Value)
        .column_as(Expr::col(C::ResponseId).count(), "count")
        .filter(C::Text.is_null())
        .group_by(C::QuestionId)
        .group_by(C::RowIndex)
        .group_by(C::ChoiceIndex)
        .group_by(C::Value)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(question, row, choice, value, count)| Count {
            question,
            row: row.and_then(|r| u32::try_from(r).ok()),
            choice: choice.and_then(|c| u32::try_from(c).ok()),
            value,
            count,
        })
        .collect())
}

/// How many responses answered each question.
pub async fn answered(db: &impl ConnectionTrait, survey: i64, source: Option<ResponseSource>) -> StoreResult<HashMap<i64, i64>> {
    use survey_answers::Column as C;
    let rows: Vec<(i64, i64)> = answers_of(survey, source)
        .select_only()
        .column(C::QuestionId)
        .column_as(Expr::col(C::ResponseId).count_distinct(), "count")
        .group_by(C::QuestionId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// How many responses there are, online and from paper.
pub async fn responses_by_source(db: &impl ConnectionTrait, survey: i64) -> StoreResult<HashMap<ResponseSource, i64>> {
    use survey_responses::Column as C;
    let rows: Vec<(String, i64)> = survey_responses::Entity::find()
        .filter(C::SurveyId.eq(survey))
        .select_only()
        .column(C::Source)
        .column_as(Expr::col(C::Id).count(), "count")
        .group_by(C::Source)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().filter_map(|(s, n)| Some((ResponseSource::parse(&s)?, n))).collect())
}

/// The latest free-text answers to a question (at most `limit`) and how many there are.
pub async fn texts(
    db: &impl ConnectionTrait,
    survey: i64,
    question: i64,
    source: Option<ResponseSource>,
    limit: u64,
) -> StoreResult<(Vec<String>, u64)> {
    use survey_answers::Column as C;
    let select = answers_of(survey, source).filter(C::QuestionId.eq(question)).filter(C::Text.is_not_null());
    let total = select.clone().count(db).await?;
    let list: Vec<Option<String>> = select.select_only().column(C::Text).order_by_desc(C::Id).limit(limit).into_tuple().all(db).await?;
    Ok((list.into_iter().flatten().collect(), total))
}
