//! Frozen versions of the concept. Going into consultation or being adopted
//! freezes what the concept says; adopting the version that was in
//! consultation, unchanged, marks that version adopted instead of freezing
//! the same text twice. A version's snapshot is never changed.

use chrono::{DateTime, NaiveDate, Utc};
use domain::concept::snapshot::Snapshot;
use domain::concept::stage::{Decision, Stage, StageChange};
use domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use super::{Concept, record};
use crate::entities::concept_versions;
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, now};

/// A version without its snapshot, for lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionSummary {
    pub number: i32,
    /// Consultation or adopted (with the decision).
    pub stage: StageChange,
    pub frozen_at: DateTime<Utc>,
}

/// A version with what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub summary: VersionSummary,
    pub snapshot: Snapshot,
}

type SummaryRow = (i32, String, Option<NaiveDate>, String, Option<String>, Option<NaiveDate>, DateTime<Utc>);

fn summary((number, stage, decided_on, decision_number, decision_link, consultation_until, frozen_at): SummaryRow) -> VersionSummary {
    let decision = decided_on.map(|on| Decision { on, number: decision_number, link: decision_link });
    let stage = StageChange { stage: Stage::parse(&stage).unwrap_or(Stage::Consultation), decision, consultation_until };
    VersionSummary { number, stage, frozen_at }
}

fn summary_of(m: &concept_versions::Model) -> VersionSummary {
    summary((
        m.number,
        m.stage.clone(),
        m.decided_on,
        m.decision_number.clone(),
        m.decision_link.clone(),
        m.consultation_until,
        m.frozen_at,
    ))
}

/// The versions of this tenant's concept, oldest first; one statement
/// (without the snapshots).
pub async fn list(db: &impl ConnectionTrait, scope: &TenantScope) -> StoreResult<Vec<VersionSummary>> {
    let rows: Vec<SummaryRow> = concept_versions::Entity::find()
        .select_only()
        .columns([
            concept_versions::Column::Number,
            concept_versions::Column::Stage,
            concept_versions::Column::DecidedOn,
            concept_versions::Column::DecisionNumber,
            concept_versions::Column::DecisionLink,
            concept_versions::Column::ConsultationUntil,
            concept_versions::Column::FrozenAt,
        ])
        .filter(concept_versions::Column::TenantId.eq(scope.id().0))
        .order_by_asc(concept_versions::Column::Number)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(summary).collect())
}

/// Version `number` of this tenant's concept.
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, number: i32) -> StoreResult<Option<Version>> {
    let row = concept_versions::Entity::find()
        .filter(concept_versions::Column::TenantId.eq(scope.id().0))
        .filter(concept_versions::Column::Number.eq(number))
        .one(db)
        .await?;
    row.map(|m| {
        let snapshot = Snapshot::from_json(&m.snapshot)
            .ok_or_else(|| StoreError::Db(sea_orm::DbErr::Custom("unreadable concept version snapshot".into())))?;
        Ok(Version { summary: summary_of(&m), snapshot })
    })
    .transpose()
}

/// The newest adopted version, if the concept was ever adopted.
pub async fn adopted(db: &impl ConnectionTrait, scope: &TenantScope) -> StoreResult<Option<Version>> {
    let number = concept_versions::Entity::find()
        .select_only()
        .column(concept_versions::Column::Number)
        .filter(concept_versions::Column::TenantId.eq(scope.id().0))
        .filter(concept_versions::Column::Stage.eq(Stage::Adopted.as_str()))
        .order_by_desc(concept_versions::Column::Number)
        .into_tuple::<i32>()
        .one(db)
        .await?;
    match number {
        Some(n) => get(db, scope, n).await,
        None => Ok(None),
    }
}

/// Freezes the concept for `change` (consultation or adoption); a draft
/// freezes nothing. Returns the number of the version that now holds it.
/// Call inside a write transaction, after the stage was set.
pub(crate) async fn freeze(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    concept: &Concept,
    change: &StageChange,
) -> StoreResult<Option<i32>> {
    if !change.stage.public() {
        return Ok(None);
    }
    let snapshot = super::snapshot::current(db, scope, concept).await?;
    let latest = concept_versions::Entity::find()
        .filter(concept_versions::Column::TenantId.eq(scope.id().0))
        .filter(concept_versions::Column::ConceptId.eq(concept.id))
        .order_by_desc(concept_versions::Column::Number)
        .one(db)
        .await?;
    let d = change.decision.as_ref();
    if let Some(latest) = &latest
        && Snapshot::from_json(&latest.snapshot).as_ref() == Some(&snapshot)
    {
        let before = summary_of(latest).stage;
        let in_consultation = change.stage == Stage::Consultation;
        if before.stage == change.stage
            && before.decision == change.decision
            && (!in_consultation || before.consultation_until == change.consultation_until)
        {
            return Ok(Some(latest.number));
        }
        // The council adopted what was in consultation (or the decision was
        // corrected, or the consultation's period changed). An adopted
        // version keeps the period its consultation had.
        concept_versions::ActiveModel {
            id: sea_orm::Unchanged(latest.id),
            stage: Set(change.stage.as_str().to_owned()),
            decided_on: Set(d.map(|d| d.on)),
            decision_number: Set(d.map(|d| d.number.clone()).unwrap_or_default()),
            decision_link: Set(d.and_then(|d| d.link.clone())),
            consultation_until: if in_consultation { Set(change.consultation_until) } else { sea_orm::NotSet },
            ..Default::default()
        }
        .update(db)
        .await?;
        let after = serde_json::json!({
            "version": latest.number,
            "stage": change.stage.as_str(),
            "consultation_until": change.consultation_until,
        });
        record(db, scope, actor, "concept.version.stage", format!("concept:{}", concept.id), after).await?;
        return Ok(Some(latest.number));
    }
    let number = latest.map_or(1, |l| l.number + 1);
    concept_versions::ActiveModel {
        tenant_id: Set(scope.id().0),
        concept_id: Set(concept.id),
        number: Set(number),
        stage: Set(change.stage.as_str().to_owned()),
        decided_on: Set(d.map(|d| d.on)),
        decision_number: Set(d.map(|d| d.number.clone()).unwrap_or_default()),
        decision_link: Set(d.and_then(|d| d.link.clone())),
        consultation_until: Set(change.consultation_until),
        snapshot: Set(snapshot.to_json()),
        frozen_at: Set(now()),
        frozen_by: Set(Some(actor.0)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let after = serde_json::json!({ "version": number, "stage": change.stage.as_str() });
    record(db, scope, actor, "concept.version.freeze", format!("concept:{}", concept.id), after).await?;
    Ok(Some(number))
}
