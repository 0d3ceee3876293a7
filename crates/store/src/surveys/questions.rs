//! A survey's questions (and section headings), in their order. They change
//! only while the survey has no responses.

use domain::ids::UserId;
use domain::surveys::{Condition, Question, QuestionKind};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::{Survey, get, record};
use crate::entities::survey_questions;
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult};

fn lines(text: &str) -> Vec<String> {
    text.lines().filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

fn question_of(m: survey_questions::Model) -> StoreResult<Question> {
    let kind = QuestionKind::parse(&m.kind)
        .ok_or_else(|| StoreError::Db(sea_orm::DbErr::Custom(format!("survey question {} has kind {}", m.id, m.kind))))?;
    Ok(Question {
        id: m.id,
        kind,
        prompt: m.prompt,
        help: m.help,
        required: m.required,
        options: lines(&m.options),
        rows: lines(&m.rows),
        min_choices: m.min_choices.and_then(|n| u32::try_from(n).ok()),
        max_choices: m.max_choices.and_then(|n| u32::try_from(n).ok()),
        low_label: m.low_label,
        high_label: m.high_label,
        condition: match (m.condition_question_id, m.condition_option) {
            (Some(question), Some(option)) => u32::try_from(option).ok().map(|option| Condition { question, option }),
            _ => None,
        },
    })
}

fn columns(model: &mut survey_questions::ActiveModel, q: &Question) {
    let number = |n: Option<u32>| n.and_then(|n| i32::try_from(n).ok());
    model.kind = Set(q.kind.as_str().to_owned());
    model.prompt = Set(q.prompt.clone());
    model.help = Set(q.help.clone());
    model.required = Set(q.required);
    model.options = Set(q.options.join("\n"));
    model.rows = Set(q.rows.join("\n"));
    model.min_choices = Set(number(q.min_choices));
    model.max_choices = Set(number(q.max_choices));
    model.low_label = Set(q.low_label.clone());
    model.high_label = Set(q.high_label.clone());
    model.condition_question_id = Set(q.condition.map(|c| c.question));
    model.condition_option = Set(q.condition.and_then(|c| i32::try_from(c.option).ok()));
}

/// The survey's questions in their order.
pub async fn list(db: &impl ConnectionTrait, survey: i64) -> StoreResult<Vec<Question>> {
    survey_questions::Entity::find()
        .filter(survey_questions::Column::SurveyId.eq(survey))
        .order_by_asc(survey_questions::Column::Position)
        .order_by_asc(survey_questions::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(question_of)
        .collect()
}

/// The survey, if this tenant's and still open to changes of its questions.
async fn changeable(db: &impl ConnectionTrait, scope: &TenantScope, survey: i64) -> StoreResult<Survey> {
    let found = get(db, scope, survey).await?.ok_or(StoreError::NotFound)?;
    if found.locked() {
        return Err(StoreError::Conflict("survey-locked"));
    }
    Ok(found)
}

fn snapshot(q: &Question) -> serde_json::Value {
    serde_json::json!({ "kind": q.kind.as_str(), "prompt": q.prompt, "required": q.required, "options": q.options, "rows": q.rows })
}

/// Adds a question at the end, audited. Call inside a write transaction.
pub async fn add(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, survey: i64, question: &Question) -> StoreResult<i64> {
    changeable(db, scope, survey).await?;
    let existing = list(db, survey).await?;
    check_condition(&existing, question.condition)?;
    let position = i32::try_from(existing.len()).unwrap_or(i32::MAX);
    let mut model = survey_questions::ActiveModel {
        tenant_id: Set(scope.id().0),
        survey_id: Set(survey),
        position: Set(position),
        ..Default::default()
    };
    columns(&mut model, question);
    let id = model.insert(db).await?.id;
    record(db, scope, actor, "surveys.question.add", survey, None, Some(snapshot(question))).await?;
    Ok(id)
}

/// A condition must name a question of the same survey (the domain check
/// makes sure it is an earlier one).
fn check_condition(existing: &[Question], condition: Option<Condition>) -> StoreResult<()> {
    match condition {
        Some(c) if !existing.iter().any(|q| q.id == c.question) => Err(StoreError::NotFound),
        _ => Ok(()),
    }
}

/// Changes a question, audited. Call inside a write transaction.
pub async fn update(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    survey: i64,
    id: i64,
    question: &Question,
) -> StoreResult<()> {
    changeable(db, scope, survey).await?;
    let existing = list(db, survey).await?;
    let before = existing.iter().find(|q| q.id == id).ok_or(StoreError::NotFound)?;
    check_condition(&existing, question.condition)?;
    if existing.iter().any(|q| q.condition.is_some_and(|c| c.question == id && c.option as usize >= question.options.len())) {
        return Err(StoreError::Conflict("survey-question-has-dependents"));
    }
    let mut model = survey_questions::ActiveModel { id: sea_orm::Unchanged(id), ..Default::default() };
    columns(&mut model, question);
    model.update(db).await?;
    record(db, scope, actor, "surveys.question.update", survey, Some(snapshot(before)), Some(snapshot(question))).await
}

/// Removes a question no other question depends on, audited. Call inside a write transaction.
pub async fn remove(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, survey: i64, id: i64) -> StoreResult<()> {
    changeable(db, scope, survey).await?;
    let existing = list(db, survey).await?;
    let before = existing.iter().find(|q| q.id == id).ok_or(StoreError::NotFound)?;
    if existing.iter().any(|q| q.condition.is_some_and(|c| c.question == id)) {
        return Err(StoreError::Conflict("survey-question-has-dependents"));
    }
    survey_questions::Entity::delete_by_id(id).exec(db).await?;
    record(db, scope, actor, "surveys.question.remove", survey, Some(snapshot(before)), None).await?;
    renumber(db, existing.iter().filter(|q| q.id != id).map(|q| q.id)).await
}

/// Moves a question one place up (`up`) or down; a question stays after the
/// one its condition names. Call inside a write transaction.
pub async fn shift(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, survey: i64, id: i64, up: bool) -> StoreResult<()> {
    changeable(db, scope, survey).await?;
    let mut order: Vec<Question> = list(db, survey).await?;
    let at = order.iter().position(|q| q.id == id).ok_or(StoreError::NotFound)?;
    let other = if up { at.checked_sub(1) } else { Some(at + 1).filter(|o| *o < order.len()) };
    let Some(other) = other else { return Ok(()) };
    order.swap(at, other);
    for (i, q) in order.iter().enumerate() {
        if let Some(c) = q.condition
            && !order[..i].iter().any(|e| e.id == c.question)
        {
            return Err(StoreError::Conflict("survey-question-order-condition"));
        }
    }
    record(db, scope, actor, "surveys.question.move", survey, None, Some(serde_json::json!({ "question": id, "up": up }))).await?;
    renumber(db, order.iter().map(|q| q.id)).await
}

async fn renumber(db: &impl ConnectionTrait, ids: impl Iterator<Item = i64>) -> StoreResult<()> {
    for (position, id) in ids.enumerate() {
        let model = survey_questions::ActiveModel {
            id: sea_orm::Unchanged(id),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            ..Default::default()
        };
        model.update(db).await?;
    }
    Ok(())
}
