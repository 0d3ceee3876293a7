//! What a survey's answers add up to: counts per choice, scale point and
//! rank, how many answered each question, and the free texts. The counts are
//! kept in `survey_counts`, added to by each response in its transaction, so
//! reading them is a few rows whatever the number of responses.

use std::collections::{BTreeMap, HashMap};

use domain::surveys::ResponseSource;
use domain::surveys::answers::Answer;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::StoreResult;
use crate::entities::{survey_answers, survey_counts};

/// How many answer rows have these values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub question: i64,
    pub row: Option<u32>,
    pub choice: Option<u32>,
    pub value: Option<i32>,
    pub count: i64,
}

/// "None" in the kept key (which has no NULL, so that upserts meet).
const NONE: i32 = -1;

fn answers_of(survey: i64, source: Option<ResponseSource>) -> sea_orm::Select<survey_answers::Entity> {
    let select = survey_answers::Entity::find().filter(survey_answers::Column::SurveyId.eq(survey));
    match source {
        Some(source) => select.filter(survey_answers::Column::Source.eq(source.as_str())),
        None => select,
    }
}

fn kept_of(survey: i64, source: Option<ResponseSource>) -> sea_orm::Select<survey_counts::Entity> {
    let select = survey_counts::Entity::find().filter(survey_counts::Column::SurveyId.eq(survey));
    match source {
        Some(source) => select.filter(survey_counts::Column::Source.eq(source.as_str())),
        None => select,
    }
}

/// Adds one response's answers to the kept counts: one for each chosen or
/// ranked choice and scale point, and one "answered" for each question.
/// Call inside the response's transaction.
pub(super) async fn add(db: &impl ConnectionTrait, survey: i64, source: ResponseSource, answers: &[(i64, Answer)]) -> StoreResult<()> {
    // Sorted, so that concurrent responses lock the rows in the same order.
    let mut keys: BTreeMap<(i64, i32, i32, i32), i64> = BTreeMap::new();
    for (question, answer) in answers {
        let rows = answer.rows(*question);
        if rows.is_empty() {
            continue;
        }
        *keys.entry((*question, NONE, NONE, NONE)).or_default() += 1;
        for row in rows.into_iter().filter(|r| r.text.is_none()) {
            let index = |v: Option<u32>| v.and_then(|v| i32::try_from(v).ok()).unwrap_or(NONE);
            *keys.entry((row.question, index(row.row), index(row.choice), row.value.unwrap_or(NONE))).or_default() += 1;
        }
    }
    if keys.is_empty() {
        return Ok(());
    }
    use survey_counts::Column as C;
    let models = keys.into_iter().map(|((question, row, choice, value), count)| survey_counts::ActiveModel {
        survey_id: Set(survey),
        source: Set(source.as_str().to_owned()),
        question_id: Set(question),
        row_index: Set(row),
        choice_index: Set(choice),
        value: Set(value),
        count: Set(count),
        ..Default::default()
    });
    survey_counts::Entity::insert_many(models)
        .on_conflict(
            OnConflict::columns([C::SurveyId, C::Source, C::QuestionId, C::RowIndex, C::ChoiceIndex, C::Value])
                .value(C::Count, Expr::cust("survey_counts.count + excluded.count"))
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Counts of every choice, rank and scale point (texts are not counted here).
pub async fn counts(db: &impl ConnectionTrait, survey: i64, source: Option<ResponseSource>) -> StoreResult<Vec<Count>> {
    let mut summed: BTreeMap<(i64, i32, i32, i32), i64> = BTreeMap::new();
    for kept in kept_of(survey, source).all(db).await? {
        if (kept.row_index, kept.choice_index, kept.value) != (NONE, NONE, NONE) {
            *summed.entry((kept.question_id, kept.row_index, kept.choice_index, kept.value)).or_default() += kept.count;
        }
    }
    let index = |v: i32| if v == NONE { None } else { u32::try_from(v).ok() };
    Ok(summed
        .into_iter()
        .map(|((question, row, choice, value), count)| Count {
            question,
            row: index(row),
            choice: index(choice),
            value: if value == NONE { None } else { Some(value) },
            count,
        })
        .collect())
}

/// How many responses answered each question.
pub async fn answered(db: &impl ConnectionTrait, survey: i64, source: Option<ResponseSource>) -> StoreResult<HashMap<i64, i64>> {
    use survey_counts::Column as C;
    let rows: Vec<(i64, i64)> = kept_of(survey, source)
        .filter(C::RowIndex.eq(NONE))
        .filter(C::ChoiceIndex.eq(NONE))
        .filter(C::Value.eq(NONE))
        .select_only()
        .column(C::QuestionId)
        .column(C::Count)
        .into_tuple()
        .all(db)
        .await?;
    let mut answered = HashMap::new();
    for (question, count) in rows {
        *answered.entry(question).or_default() += count;
    }
    Ok(answered)
}

/// The latest free-text answers to a question, at most `limit` (how many
/// there are is [`answered`]'s count of the question); those of anonymous
/// responses still held back first.
pub async fn texts(
    db: &impl ConnectionTrait,
    survey: i64,
    question: i64,
    source: Option<ResponseSource>,
    limit: u64,
) -> StoreResult<Vec<String>> {
    use survey_answers::Column as C;
    let mut held: Vec<String> = Vec::new();
    if source != Some(ResponseSource::Paper) {
        for response in super::held::of_survey(db, survey).await? {
            held.extend(response.rows.into_iter().filter(|r| r.question == question).filter_map(|r| r.text));
        }
    }
    held.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let limit = limit.saturating_sub(held.len() as u64);
    if limit == 0 {
        return Ok(held);
    }
    let list: Vec<Option<String>> = answers_of(survey, source)
        .filter(C::QuestionId.eq(question))
        .filter(C::Text.is_not_null())
        .select_only()
        .column(C::Text)
        .order_by_desc(C::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?;
    held.extend(list.into_iter().flatten());
    Ok(held)
}
