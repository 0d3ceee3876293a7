//! A municipality's action-and-measures concept: its texts and stage, its
//! outline (action fields and goals) and its measures with their
//! indicators, milestones and progress updates. One per municipality,
//! created with its first texts. Every change is audited.

pub mod annual;
pub mod choices;
pub mod consultation;
pub mod indicators;
pub mod measures;
pub mod outline;
pub mod practice;
pub mod progress;
pub mod snapshot;
pub mod sources;
pub mod versions;

use chrono::{DateTime, Utc};
use domain::concept::stage::{Decision, Stage, StageChange};
use domain::concept::texts::ConceptTexts;
use domain::ids::UserId;
use sea_orm::ExprTrait;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::entities::concepts;
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, now};

/// A stored concept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    pub id: i64,
    pub texts: ConceptTexts,
    pub preamble_html: String,
    pub vision_html: String,
    pub stage: StageChange,
    pub updated_at: DateTime<Utc>,
    /// Changes so far to the concept and everything in it (see [`record`]).
    pub revision: i64,
}

impl From<concepts::Model> for Concept {
    fn from(m: concepts::Model) -> Concept {
        let decision = m.decided_on.map(|on| Decision { on, number: m.decision_number.clone(), link: m.decision_link.clone() });
        Concept {
            id: m.id,
            texts: ConceptTexts { title: m.title, preamble: m.preamble_markdown, vision: m.vision_markdown },
            preamble_html: m.preamble_html,
            vision_html: m.vision_html,
            stage: StageChange {
                stage: Stage::parse(&m.stage).unwrap_or(Stage::Draft),
                decision,
                consultation_until: m.consultation_until,
            },
            updated_at: m.updated_at,
            revision: m.revision,
        }
    }
}

/// Records an audited change of the concept of this tenant and counts it in
/// the concept's revision: every write in this module ends here, so pages
/// built from the concept may be kept while the revision stays.
pub(crate) async fn record(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    action: &'static str,
    subject: String,
    after: serde_json::Value,
) -> StoreResult<()> {
    concepts::Entity::update_many()
        .col_expr(concepts::Column::Revision, Expr::col(concepts::Column::Revision).add(1))
        .filter(concepts::Column::TenantId.eq(scope.id().0))
        .exec(db)
        .await?;
    audit::record(db, audit::Entry { actor: Some(actor), tenant: Some(scope.id()), action, subject, before: None, after: Some(after) })
        .await
}

/// The concept of this tenant, if it has one.
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope) -> StoreResult<Option<Concept>> {
    Ok(concepts::Entity::find().filter(concepts::Column::TenantId.eq(scope.id().0)).one(db).await?.map(Concept::from))
}

/// Saves the concept's texts, creating the concept (as a draft) the first
/// time; returns its id. Call inside a write transaction.
pub async fn save_texts(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    texts: &ConceptTexts,
    preamble_html: &str,
    vision_html: &str,
) -> StoreResult<i64> {
    let existing = concepts::Entity::find().filter(concepts::Column::TenantId.eq(scope.id().0)).one(db).await?;
    let fill = |model: &mut concepts::ActiveModel| {
        model.title = Set(texts.title.clone());
        model.preamble_markdown = Set(texts.preamble.clone());
        model.preamble_html = Set(preamble_html.to_owned());
        model.vision_markdown = Set(texts.vision.clone());
        model.vision_html = Set(vision_html.to_owned());
        model.updated_at = Set(now());
    };
    let id = match existing {
        Some(m) => {
            let mut model = concepts::ActiveModel { id: sea_orm::Unchanged(m.id), ..Default::default() };
            fill(&mut model);
            model.update(db).await?.id
        }
        None => {
            let mut model = concepts::ActiveModel {
                tenant_id: Set(scope.id().0),
                stage: Set(Stage::Draft.as_str().to_owned()),
                decided_on: Set(None),
                decision_number: Set(String::new()),
                decision_link: Set(None),
                consultation_until: Set(None),
                created_at: Set(now()),
                ..Default::default()
            };
            fill(&mut model);
            model.insert(db).await?.id
        }
    };
    record(db, scope, actor, "concept.texts", format!("concept:{id}"), serde_json::json!({ "title": texts.title })).await?;
    Ok(id)
}

/// Moves the concept to a stage (with the council's decision when adopted);
/// consultation and adoption freeze a version (see [`versions`]), whose
/// number is returned. Call inside a write transaction.
pub async fn set_stage(db: &impl ConnectionTrait, scope: &TenantScope, actor: UserId, change: &StageChange) -> StoreResult<Option<i32>> {
    let concept = get(db, scope).await?.ok_or(StoreError::NotFound)?;
    let d = change.decision.as_ref();
    concepts::ActiveModel {
        id: sea_orm::Unchanged(concept.id),
        stage: Set(change.stage.as_str().to_owned()),
        decided_on: Set(d.map(|d| d.on)),
        decision_number: Set(d.map(|d| d.number.clone()).unwrap_or_default()),
        decision_link: Set(d.and_then(|d| d.link.clone())),
        consultation_until: Set(change.consultation_until),
        updated_at: Set(now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    let after = serde_json::json!({
        "stage": change.stage.as_str(),
        "consultation_until": change.consultation_until,
        "decided_on": d.map(|d| d.on),
        "decision_number": d.map(|d| &d.number),
    });
    record(db, scope, actor, "concept.stage", format!("concept:{}", concept.id), after).await?;
    versions::freeze(db, scope, actor, &concept, change).await
}
