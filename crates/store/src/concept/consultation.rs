//! Consultation on a draft: comments on the paragraphs of the version in
//! consultation, the coordinator's answers and what became of each comment,
//! and moderation (hidden with a reason shown in the comment's place,
//! never deleted). Comments are taken only while the version is the newest
//! and in consultation. Every change is audited; an answer tells the author.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use domain::concept::consultation::{Answer, Outcome};
use domain::concept::stage::{Stage, StageChange};
use domain::ids::UserId;
use domain::notifications::NotificationKind;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use super::record;
use crate::entities::{concept_versions, consultation_comments};
use crate::notifications::fan_out::{About, to_person};
use crate::participation::bylines::Byline;
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A comment as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: i64,
    pub paragraph: String,
    pub author: Option<UserId>,
    pub byline: Byline,
    pub body_html: String,
    pub outcome: Outcome,
    /// The answer as the coordinator typed it.
    pub answer_markdown: String,
    pub answer_html: String,
    pub answered_at: Option<DateTime<Utc>>,
    pub hidden_reason: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// Comments on one paragraph: all, and those not answered yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub all: i64,
    pub open: i64,
}

/// The version open for comments on `today` (a calendar day in the
/// municipality): the newest, when it is in consultation and its last day
/// has not passed. Returns (version id, number).
pub async fn open_version(db: &impl ConnectionTrait, scope: &TenantScope, today: NaiveDate) -> StoreResult<Option<(i64, i32)>> {
    let newest = concept_versions::Entity::find()
        .select_only()
        .columns([
            concept_versions::Column::Id,
            concept_versions::Column::Number,
            concept_versions::Column::Stage,
            concept_versions::Column::ConsultationUntil,
        ])
        .filter(concept_versions::Column::TenantId.eq(scope.id().0))
        .order_by_desc(concept_versions::Column::Number)
        .into_tuple::<(i64, i32, String, Option<NaiveDate>)>()
        .one(db)
        .await?;
    Ok(newest
        .filter(|(_, _, stage, until)| {
            let stage = StageChange { consultation_until: *until, ..StageChange::new(Stage::parse(stage).unwrap_or(Stage::Adopted)) };
            stage.open_on(today)
        })
        .map(|(id, number, _, _)| (id, number)))
}

async fn version_id(db: &impl ConnectionTrait, scope: &TenantScope, number: i32) -> StoreResult<Option<i64>> {
    Ok(concept_versions::Entity::find()
        .select_only()
        .column(concept_versions::Column::Id)
        .filter(concept_versions::Column::TenantId.eq(scope.id().0))
        .filter(concept_versions::Column::Number.eq(number))
        .into_tuple::<i64>()
        .one(db)
        .await?)
}

/// Adds a comment to a paragraph of version `number`; refused with
/// `consultation-closed` unless that version is open for comments on
/// `today`. The caller checks that the paragraph is one of the version's.
/// Call inside a write transaction.
#[allow(clippy::too_many_arguments)]
pub async fn add(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    today: NaiveDate,
    number: i32,
    paragraph: &str,
    author: UserId,
    organisation: Option<i64>,
    body: &str,
    body_html: &str,
) -> StoreResult<i64> {
    let open = open_version(db, scope, today).await?.filter(|(_, open)| *open == number);
    let Some((version, _)) = open else {
        let exists = version_id(db, scope, number).await?.is_some();
        return Err(if exists { StoreError::Conflict("consultation-closed") } else { StoreError::NotFound });
    };
    let id = consultation_comments::ActiveModel {
        tenant_id: Set(scope.id().0),
        version_id: Set(version),
        paragraph: Set(paragraph.to_owned()),
        author_id: Set(Some(author.0)),
        organisation_id: Set(organisation),
        body_markdown: Set(body.to_owned()),
        body_html: Set(body_html.to_owned()),
        outcome: Set(Outcome::Open.as_str().to_owned()),
        answer_markdown: Set(String::new()),
        answer_html: Set(String::new()),
        answered_by: Set(None),
        answered_at: Set(None),
        hidden_reason: Set(None),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    let after = serde_json::json!({ "version": number, "paragraph": paragraph });
    record(db, scope, author, "concept.consultation.comment", format!("consultation_comment:{id}"), after).await?;
    Ok(id)
}

/// How many comments each paragraph of version `number` has.
pub async fn counts(db: &impl ConnectionTrait, scope: &TenantScope, number: i32) -> StoreResult<HashMap<String, Count>> {
    let Some(version) = version_id(db, scope, number).await? else {
        return Ok(HashMap::new());
    };
    let rows: Vec<(String, String)> = consultation_comments::Entity::find()
        .select_only()
        .columns([consultation_comments::Column::Paragraph, consultation_comments::Column::Outcome])
        .filter(consultation_comments::Column::TenantId.eq(scope.id().0))
        .filter(consultation_comments::Column::VersionId.eq(version))
        .into_tuple()
        .all(db)
        .await?;
    let mut counts: HashMap<String, Count> = HashMap::new();
    for (paragraph, outcome) in rows {
        let count = counts.entry(paragraph).or_default();
        count.all += 1;
        if outcome == Outcome::Open.as_str() {
            count.open += 1;
        }
    }
    Ok(counts)
}

/// The comments on one paragraph of version `number`, oldest first.
pub async fn of_paragraph(db: &impl ConnectionTrait, scope: &TenantScope, number: i32, paragraph: &str) -> StoreResult<Vec<Comment>> {
    let Some(version) = version_id(db, scope, number).await? else {
        return Ok(Vec::new());
    };
    let rows = consultation_comments::Entity::find()
        .filter(consultation_comments::Column::TenantId.eq(scope.id().0))
        .filter(consultation_comments::Column::VersionId.eq(version))
        .filter(consultation_comments::Column::Paragraph.eq(paragraph))
        .order_by_asc(consultation_comments::Column::Id)
        .all(db)
        .await?;
    let people = crate::names::accounts(db, rows.iter().filter_map(|r| r.author_id).collect()).await?;
    let names = crate::names::organisations(db, rows.iter().filter_map(|r| r.organisation_id).collect()).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let byline = match (r.organisation_id.and_then(|o| names.get(&o).map(|n| (o, n))), r.author_id.and_then(|a| people.get(&a))) {
                (Some((id, name)), _) => Byline::Organisation { id, name: name.clone() },
                (None, Some((name, false))) => Byline::Person(name.clone()),
                _ => Byline::DeletedAccount,
            };
            Comment {
                id: r.id,
                paragraph: r.paragraph,
                author: r.author_id.map(UserId),
                byline,
                body_html: r.body_html,
                outcome: Outcome::parse(&r.outcome).unwrap_or(Outcome::Open),
                answer_markdown: r.answer_markdown,
                answer_html: r.answer_html,
                answered_at: r.answered_at,
                hidden_reason: r.hidden_reason,
                created_at: r.created_at,
            }
        })
        .collect())
}

/// Where a comment of this tenant stands: (version number, paragraph).
pub async fn place_of(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<(i32, String)>> {
    let Some(comment) =
        consultation_comments::Entity::find_by_id(id).filter(consultation_comments::Column::TenantId.eq(scope.id().0)).one(db).await?
    else {
        return Ok(None);
    };
    let number = concept_versions::Entity::find_by_id(comment.version_id)
        .select_only()
        .column(concept_versions::Column::Number)
        .into_tuple::<i32>()
        .one(db)
        .await?;
    Ok(number.map(|n| (n, comment.paragraph)))
}

/// The coordinator answers a comment (again, to correct the answer); its
/// author is told. Call inside a write transaction.
pub async fn answer(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    answer: &Answer,
    html: &str,
) -> StoreResult<()> {
    let comment = consultation_comments::Entity::find_by_id(id)
        .filter(consultation_comments::Column::TenantId.eq(scope.id().0))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    consultation_comments::ActiveModel {
        id: sea_orm::Unchanged(id),
        outcome: Set(answer.outcome.as_str().to_owned()),
        answer_markdown: Set(answer.text.clone()),
        answer_html: Set(html.to_owned()),
        answered_by: Set(Some(actor.0)),
        answered_at: Set(Some(now())),
        ..Default::default()
    }
    .update(db)
    .await?;
    let after = serde_json::json!({ "outcome": answer.outcome.as_str() });
    record(db, scope, actor, "concept.consultation.answer", format!("consultation_comment:{id}"), after).await?;
    if let Some(author) = comment.author_id.filter(|a| *a != actor.0) {
        let about = About { consultation_comment: Some(id), ..Default::default() };
        to_person(db, scope, UserId(author), NotificationKind::ConsultationAnswer, about).await?;
    }
    Ok(())
}

/// Hides a comment with a reason shown in its place (`Some`), or shows it
/// again (`None`). Call inside a write transaction.
pub async fn moderate(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, id: i64, hidden: Option<&str>) -> StoreResult<()> {
    let changed = consultation_comments::Entity::update_many()
        .col_expr(consultation_comments::Column::HiddenReason, Expr::value(hidden.map(str::to_owned)))
        .filter(consultation_comments::Column::TenantId.eq(scope.id().0))
        .filter(consultation_comments::Column::Id.eq(id))
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    let (action, after) = match hidden {
        Some(reason) => ("concept.consultation.hide", serde_json::json!({ "reason": reason })),
        None => ("concept.consultation.restore", serde_json::json!({})),
    };
    record(db, scope, actor, action, format!("consultation_comment:{id}"), after).await
}
