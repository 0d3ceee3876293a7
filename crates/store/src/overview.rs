//! What the state overview is made of, read across all municipalities in
//! a few grouped queries (never one per municipality): each municipality's
//! applications with their reports, payments, concept and first adoption,
//! measures, and contributions; and the money granted and paid per year.

use std::collections::{HashMap, HashSet};

use chrono::Datelike;
use domain::concept::stage::Stage;
use domain::funding::application::Status;
use domain::funding::ledger::PaymentStatus;
use domain::funding::report::ReportStatus;
use domain::money::Money;
use domain::overview::{ConceptStage, FundingStage, MunicipalityFacts};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::StoreResult;
use crate::entities::{
    comments, concept_versions, concepts, funding_applications, funding_payments, funding_reports, ideas, measures, survey_responses,
};

/// Money granted (by the year of the decision) and paid (by the year of the release).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct YearMoney {
    pub year: i32,
    pub granted: Money,
    pub paid: Money,
}

/// The overview's facts.
#[derive(Debug, Clone, Default)]
pub struct Overview {
    /// Every municipality, in alphabetical order.
    pub municipalities: Vec<MunicipalityFacts>,
    /// The years with money granted or paid, the earliest first.
    pub years: Vec<YearMoney>,
}

/// Counts per tenant of the rows of `E` (a tenant-scoped table).
async fn count_by_tenant<E: EntityTrait>(db: &impl ConnectionTrait, tenant: E::Column) -> StoreResult<HashMap<i64, u64>> {
    let rows: Vec<(i64, i64)> =
        E::find().select_only().column(tenant).column_as(Expr::col(tenant).count(), "n").group_by(tenant).into_tuple().all(db).await?;
    Ok(rows.into_iter().map(|(t, n)| (t, u64::try_from(n).unwrap_or(0))).collect())
}

/// An application as the overview needs it: id, municipality, status, granted cents, decided at.
type ApplicationRow = (i64, i64, String, Option<i64>, Option<chrono::DateTime<chrono::Utc>>);

pub async fn read(db: &impl ConnectionTrait) -> StoreResult<Overview> {
    let tenants = crate::tenancy::municipalities(db).await?;

    let applications: Vec<ApplicationRow> = funding_applications::Entity::find()
        .select_only()
        .columns([
            funding_applications::Column::Id,
            funding_applications::Column::TenantId,
            funding_applications::Column::Status,
            funding_applications::Column::GrantedCents,
            funding_applications::Column::DecidedAt,
        ])
        .filter(funding_applications::Column::Status.ne(Status::Draft.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    let reported: HashSet<i64> = funding_reports::Entity::find()
        .select_only()
        .column(funding_reports::Column::ApplicationId)
        .filter(funding_reports::Column::Status.is_in([ReportStatus::Submitted.as_str(), ReportStatus::Accepted.as_str()]))
        .into_tuple::<i64>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let payments: Vec<(i64, i64, Option<chrono::DateTime<chrono::Utc>>)> = funding_payments::Entity::find()
        .select_only()
        .columns([funding_payments::Column::TenantId, funding_payments::Column::AmountCents, funding_payments::Column::DecidedAt])
        .filter(funding_payments::Column::Status.eq(PaymentStatus::Released.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    let concepts: HashMap<i64, (String, Option<chrono::NaiveDate>)> = concepts::Entity::find()
        .select_only()
        .columns([concepts::Column::TenantId, concepts::Column::Stage, concepts::Column::DecidedOn])
        .into_tuple::<(i64, String, Option<chrono::NaiveDate>)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(t, stage, on)| (t, (stage, on)))
        .collect();
    let first_adopted: HashMap<i64, chrono::NaiveDate> = concept_versions::Entity::find()
        .select_only()
        .column(concept_versions::Column::TenantId)
        .column_as(Expr::from(Func::min(Expr::col(concept_versions::Column::DecidedOn))), "first")
        .filter(concept_versions::Column::Stage.eq(Stage::Adopted.as_str()))
        .group_by(concept_versions::Column::TenantId)
        .into_tuple::<(i64, Option<chrono::NaiveDate>)>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(t, on)| on.map(|on| (t, on)))
        .collect();
    let progress: HashMap<i64, (i64, i64)> = measures::Entity::find()
        .select_only()
        .column(measures::Column::TenantId)
        .column_as(Expr::col(measures::Column::Id).count(), "n")
        .column_as(Expr::from(Func::sum(Expr::col(measures::Column::PercentComplete))), "percent")
        .filter(measures::Column::Status.ne(domain::concept::status::MeasureStatus::Dropped.as_str()))
        .group_by(measures::Column::TenantId)
        .into_tuple::<(i64, i64, Option<i64>)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(t, n, sum)| (t, (n, sum.unwrap_or(0))))
        .collect();
    let mut contributions = count_by_tenant::<ideas::Entity>(db, ideas::Column::TenantId).await?;
    for counts in [
        count_by_tenant::<comments::Entity>(db, comments::Column::TenantId).await?,
        count_by_tenant::<survey_responses::Entity>(db, survey_responses::Column::TenantId).await?,
    ] {
        for (t, n) in counts {
            *contributions.entry(t).or_default() += n;
        }
    }

    let mut years: HashMap<i32, YearMoney> = HashMap::new();
    let mut add = |year: i32, granted: i64, paid: i64| {
        let y = years.entry(year).or_insert(YearMoney { year, ..YearMoney::default() });
        y.granted = Money(y.granted.cents() + granted);
        y.paid = Money(y.paid.cents() + paid);
    };
    for (_, _, _, granted, decided) in &applications {
        if let (Some(cents), Some(at)) = (granted, decided) {
            add(at.year(), *cents, 0);
        }
    }
    for (_, cents, decided) in &payments {
        if let Some(at) = decided {
            add(at.year(), 0, *cents);
        }
    }
    let mut years: Vec<YearMoney> = years.into_values().collect();
    years.sort_by_key(|y| y.year);

    let municipalities = tenants
        .into_iter()
        .map(|t| {
            let id = t.scope.id().0;
            let own = applications.iter().filter(|a| a.1 == id);
            let funding = own
                .clone()
                .map(|(app, _, status, _, _)| {
                    FundingStage::of_application(Status::parse(status).unwrap_or(Status::Draft), reported.contains(app))
                })
                .max()
                .unwrap_or(FundingStage::None);
            let granted = own.filter_map(|a| a.3).sum();
            let paid = payments.iter().filter(|p| p.0 == id).map(|p| p.1).sum();
            let adopted_on = first_adopted
                .get(&id)
                .copied()
                .or_else(|| concepts.get(&id).filter(|(stage, _)| stage == Stage::Adopted.as_str()).and_then(|(_, on)| *on));
            let concept = match (concepts.get(&id), adopted_on) {
                (_, Some(_)) => ConceptStage::Adopted,
                (Some(_), None) => ConceptStage::InDevelopment,
                (None, None) => ConceptStage::None,
            };
            let (count, sum) = progress.get(&id).copied().unwrap_or((0, 0));
            MunicipalityFacts {
                slug: t.slug,
                name: t.name,
                district: t.district,
                population: t.population.unwrap_or(0),
                funding,
                concept,
                adopted_on,
                measures: u32::try_from(count).unwrap_or(0),
                progress: if count > 0 { u8::try_from(sum / count).unwrap_or(100) } else { 0 },
                contributions: contributions.get(&id).copied().unwrap_or(0),
                granted: Money(granted),
                paid: Money(paid),
            }
        })
        .collect();
    Ok(Overview { municipalities, years })
}
