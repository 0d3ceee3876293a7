//! The concept as it stands now, as a snapshot: what a version freezes and
//! what the PDF of the working draft shows. A fixed number of statements
//! however many measures there are.

use std::collections::HashMap;

use domain::concept::snapshot::{ContributorGroup, FieldSnapshot, GoalSnapshot, IndicatorSnapshot, MeasureSnapshot, Snapshot};
use domain::organisations::OrganisationKind;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use super::Concept;
use super::choices::{MeasureChoices, measure_choices};
use super::measures::Measure;
use crate::StoreResult;
use crate::entities::organisations;
use crate::tenancy::TenantScope;

/// The live concept of this tenant as a snapshot.
pub async fn current(db: &impl ConnectionTrait, scope: &TenantScope, concept: &Concept) -> StoreResult<Snapshot> {
    let outline = super::outline::outline(db, scope, concept.id).await?;
    let measures = super::measures::all(db, scope, concept.id).await?;
    let mut indicators: HashMap<i64, Vec<IndicatorSnapshot>> = HashMap::new();
    for i in super::indicators::summaries(db, scope, None).await? {
        let d = i.details;
        indicators.entry(i.measure_id).or_default().push(IndicatorSnapshot {
            name: d.name,
            unit: d.unit,
            baseline: d.baseline,
            baseline_on: d.baseline_on,
            target: d.target,
            target_on: d.target_on,
            source: d.source,
            direction: d.direction.as_str().to_owned(),
        });
    }
    let choices = measure_choices(db, scope).await?;
    let mut by_goal: HashMap<i64, Vec<MeasureSnapshot>> = HashMap::new();
    for m in measures {
        let Some(&goal) = m.details.goals.first() else { continue };
        let measure_indicators = indicators.remove(&m.id).unwrap_or_default();
        by_goal.entry(goal).or_default().push(measure(m, &choices, measure_indicators));
    }
    let fields = outline
        .into_iter()
        .map(|field| FieldSnapshot {
            name: field.texts.name,
            analysis: field.texts.analysis,
            analysis_html: field.analysis_html,
            goals: field
                .goals
                .into_iter()
                .map(|goal| GoalSnapshot {
                    measures: by_goal.remove(&goal.id).unwrap_or_default(),
                    title: goal.texts.title,
                    description: goal.texts.description,
                    description_html: goal.description_html,
                })
                .collect(),
        })
        .collect();
    Ok(Snapshot {
        title: concept.texts.title.clone(),
        preamble: concept.texts.preamble.clone(),
        preamble_html: concept.preamble_html.clone(),
        vision: concept.texts.vision.clone(),
        vision_html: concept.vision_html.clone(),
        fields,
        contributors: contributors(db, scope).await?,
    })
}

/// A measure as the concept describes it, with the names of its lead,
/// partners and neighbourhoods (`choices` are the municipality's).
pub fn measure(m: Measure, choices: &MeasureChoices, indicators: Vec<IndicatorSnapshot>) -> MeasureSnapshot {
    let organisation = |id: &i64| choices.organisations.iter().find(|o| o.id == *id).map(|o| o.name.clone());
    let neighbourhood = |id: &i64| choices.neighbourhoods.iter().find(|n| n.id == *id).map(|n| n.name.clone());
    let d = m.details;
    // The lead organisation first, then the measure owner.
    let lead = d.lead_organisation.and(m.lead_organisation_name).into_iter().chain(m.owner_name).collect();
    MeasureSnapshot {
        number: m.number,
        title: d.title,
        description: d.description,
        description_html: m.description_html,
        status: d.status.as_str().to_owned(),
        status_reason: d.status_reason,
        lead,
        partners: d.partners.iter().filter_map(organisation).collect(),
        target_groups: d.target_groups,
        neighbourhoods: d.neighbourhoods.iter().filter_map(neighbourhood).collect(),
        starts_on: d.starts_on,
        ends_on: d.ends_on,
        priority: d.priority.as_str().to_owned(),
        cost: d.cost,
        funding_source: d.funding_source,
        indicators,
    }
}

/// The municipality's verified organisations by kind, in German alphabetical order.
async fn contributors(db: &impl ConnectionTrait, scope: &TenantScope) -> StoreResult<Vec<ContributorGroup>> {
    let rows: Vec<(String, String)> = organisations::Entity::find()
        .select_only()
        .columns([organisations::Column::Name, organisations::Column::Kind])
        .filter(organisations::Column::TenantId.eq(scope.id().0))
        .filter(organisations::Column::VerifiedAt.is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    Ok(OrganisationKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mut names: Vec<String> = rows.iter().filter(|(_, k)| k == kind.as_str()).map(|(n, _)| n.clone()).collect();
            names.sort_by_cached_key(|n| domain::collation::sort_key(n));
            (!names.is_empty()).then(|| ContributorGroup { kind: kind.as_str().to_owned(), names })
        })
        .collect())
}
