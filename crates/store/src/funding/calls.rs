//! Calls for applications: each with its funding line, window and rules.
//! Applications copy the rules when they are submitted, so that changing a
//! call never changes what was already checked.

use chrono::{DateTime, Utc};
use domain::funding::call::{CallDraft, Window};
use domain::funding::letter::LetterTexts;
use domain::funding::rules::Rules;
use domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::{programmes, record};
use crate::entities::funding_calls;
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A stored call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub id: i64,
    pub programme: i64,
    pub draft: CallDraft,
    pub description_html: String,
    /// The template of its decision letters.
    pub letter: LetterTexts,
    pub updated_at: DateTime<Utc>,
}

impl Call {
    pub fn window(&self, now: DateTime<Utc>) -> Window {
        Window::at(self.draft.opens_at, self.draft.closes_at, now)
    }
}

fn call_of(m: funding_calls::Model) -> StoreResult<Call> {
    let rules = Rules::from_json(&m.rules).ok_or_else(|| StoreError::Db(sea_orm::DbErr::Custom("unreadable call rules".into())))?;
    Ok(Call {
        id: m.id,
        programme: m.programme_id,
        draft: CallDraft {
            title: m.title,
            line: m.line_id,
            description: m.description_markdown,
            opens_at: m.opens_at,
            closes_at: m.closes_at,
            rules,
        },
        description_html: m.description_html,
        letter: LetterTexts::from_json(m.letter.as_deref()),
        updated_at: m.updated_at,
    })
}

/// The calls of the state's programmes (of one programme when given),
/// the newest window first.
pub async fn list(db: &impl ConnectionTrait, state: &TenantScope, programme: Option<i64>) -> StoreResult<Vec<Call>> {
    let mut query = funding_calls::Entity::find().filter(funding_calls::Column::TenantId.eq(state.id().0));
    if let Some(programme) = programme {
        query = query.filter(funding_calls::Column::ProgrammeId.eq(programme));
    }
    let rows = query.order_by_desc(funding_calls::Column::OpensAt).order_by_desc(funding_calls::Column::Id).all(db).await?;
    rows.into_iter().map(call_of).collect()
}

pub async fn get(db: &impl ConnectionTrait, state: &TenantScope, id: i64) -> StoreResult<Option<Call>> {
    let row = funding_calls::Entity::find_by_id(id).filter(funding_calls::Column::TenantId.eq(state.id().0)).one(db).await?;
    row.map(call_of).transpose()
}

/// The line must be one of the programme's (the form checks it; this keeps
/// a call from pointing into another programme).
async fn check_line(db: &impl ConnectionTrait, state: &TenantScope, programme: i64, draft: &CallDraft) -> StoreResult<()> {
    if let Some(line) = draft.line
        && !programmes::lines(db, state, programme).await?.iter().any(|l| l.id == line)
    {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Sets what the call form decides, and the time of the change.
fn fill(model: &mut funding_calls::ActiveModel, draft: &CallDraft, description_html: &str) {
    model.line_id = Set(draft.line);
    model.title = Set(draft.title.clone());
    model.description_markdown = Set(draft.description.clone());
    model.description_html = Set(description_html.to_owned());
    model.opens_at = Set(draft.opens_at);
    model.closes_at = Set(draft.closes_at);
    model.rules = Set(draft.rules.to_json());
    model.updated_at = Set(now());
}

/// Opens a call in a programme; returns its id. Call inside a write
/// transaction.
pub async fn create(
    db: &impl ConnectionTrait,
    state: &TenantScope,
    actor: UserId,
    programme: i64,
    draft: &CallDraft,
    description_html: &str,
) -> StoreResult<i64> {
    programmes::get(db, state, programme).await?.ok_or(StoreError::NotFound)?;
    check_line(db, state, programme, draft).await?;
    let mut model = funding_calls::ActiveModel {
        tenant_id: Set(state.id().0),
        programme_id: Set(programme),
        created_at: Set(now()),
        ..Default::default()
    };
    fill(&mut model, draft, description_html);
    let id = model.insert(db).await?.id;
    let after = serde_json::json!({ "programme": programme, "title": draft.title, "rules": draft.rules });
    record(db, state, actor, "funding.call.create", format!("funding_call:{id}"), after).await?;
    Ok(id)
}

/// Changes a call: its texts, window and rules (applications already
/// submitted keep the rules they were checked against). Call inside a
/// write transaction.
pub async fn update(
    db: &impl ConnectionTrait,
    state: &TenantScope,
    actor: UserId,
    id: i64,
    draft: &CallDraft,
    description_html: &str,
) -> StoreResult<()> {
    let call = get(db, state, id).await?.ok_or(StoreError::NotFound)?;
    check_line(db, state, call.programme, draft).await?;
    let mut model = funding_calls::ActiveModel { id: sea_orm::Unchanged(id), ..Default::default() };
    fill(&mut model, draft, description_html);
    model.update(db).await?;
    let after = serde_json::json!({ "title": draft.title, "rules": draft.rules, "rules_before": call.draft.rules });
    record(db, state, actor, "funding.call.update", format!("funding_call:{id}"), after).await
}

/// Changes the template of the call's decision letters. Call inside a
/// write transaction.
pub async fn set_letter(db: &impl ConnectionTrait, state: &TenantScope, actor: UserId, id: i64, letter: &LetterTexts) -> StoreResult<()> {
    let call = get(db, state, id).await?.ok_or(StoreError::NotFound)?;
    funding_calls::ActiveModel {
        id: sea_orm::Unchanged(id),
        letter: Set(Some(letter.to_json())),
        updated_at: Set(now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    let after = serde_json::json!({ "letter": letter, "letter_before": call.letter });
    record(db, state, actor, "funding.call.letter", format!("funding_call:{id}"), after).await
}
