//! The idea list of a process: filters, sort orders, pages and the counts
//! beside each filter.

use domain::participation::ideas::IdeaStatus;
use domain::participation::phases::{PhaseKind, Span};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait,
};

use super::ideas::{IdeaSummary, SummaryRow};
use crate::StoreResult;
use crate::entities::ideas;
use crate::tenancy::TenantScope;

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct IdeaFilter {
    pub action_field: Option<i64>,
    pub neighbourhood: Option<i64>,
    pub status: Option<IdeaStatus>,
    /// Proposed within this span (a phase's): from, and before (open-ended without).
    pub proposed: Option<Span>,
    /// Words to search for (all must occur).
    pub query: Option<String>,
    /// How the ideas reached the platform: `online`, `workshop`, `paper`, `phone`, `other`.
    pub source: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdeaSort {
    Newest,
    MostSupported,
    MostCommented,
    /// Random, but the same order for the same seed (one per visitor).
    Random(u32),
}

/// Counts per filter value, each computed with the other filters applied.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub action_fields: Vec<(i64, u64)>,
    pub neighbourhoods: Vec<(i64, u64)>,
    pub statuses: Vec<(IdeaStatus, u64)>,
    /// Ideas proposed in each phase (of those given to [`facets`]).
    pub phases: Vec<(PhaseKind, u64)>,
    /// Ideas per source: online, and each way offline input came.
    pub sources: Vec<(String, u64)>,
}

fn condition(backend: DbBackend, scope: &TenantScope, process: i64, filter: &IdeaFilter) -> Condition {
    let mut c = Condition::all()
        .add(ideas::Column::TenantId.eq(scope.id().0))
        .add(ideas::Column::ProcessId.eq(process))
        .add(ideas::Column::WithdrawnAt.is_null())
        .add(ideas::Column::HiddenAt.is_null())
        .add(ideas::Column::MergedIntoId.is_null());
    if let Some(field) = filter.action_field {
        c = c.add(ideas::Column::ActionFieldId.eq(field));
    }
    if let Some(n) = filter.neighbourhood {
        c = c.add(ideas::Column::NeighbourhoodId.eq(n));
    }
    if let Some(status) = filter.status {
        c = c.add(ideas::Column::Status.eq(status.as_str()));
    }
    if let Some((from, until)) = filter.proposed {
        c = c.add(ideas::Column::CreatedAt.gte(from));
        if let Some(until) = until {
            c = c.add(ideas::Column::CreatedAt.lt(until));
        }
    }
    if let Some(source) = &filter.source {
        c = c.add(ideas::Column::Source.eq(source.as_str()));
    }
    if let Some(matching) = filter.query.as_deref().and_then(|q| super::search::ideas_matching(backend, q)) {
        c = c.add(matching);
    }
    c
}

/// How many ideas match (one statement).
pub async fn count(db: &impl ConnectionTrait, scope: &TenantScope, process: i64, filter: &IdeaFilter) -> StoreResult<u64> {
    Ok(ideas::Entity::find().filter(condition(db.get_database_backend(), scope, process, filter)).count(db).await?)
}

/// One page of the ideas that match (one statement).
pub async fn page_of(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    process: i64,
    filter: &IdeaFilter,
    sort: IdeaSort,
    page: u64,
    per_page: u64,
) -> StoreResult<Vec<IdeaSummary>> {
    // The page's ids first, from the index alone (a late page skips many
    // rows, and a skipped row must not cost a read of the idea), then those
    // ideas: one statement.
    let page_ids = ordered(ideas::Entity::find().select_only().column(ideas::Column::Id), sort)
        .filter(condition(db.get_database_backend(), scope, process, filter))
        .offset(page.saturating_sub(1) * per_page)
        .limit(per_page)
        .into_query();
    let rows = SummaryRow::select(ordered(ideas::Entity::find(), sort))
        .filter(ideas::Column::Id.in_subquery(page_ids))
        .into_model::<SummaryRow>()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(SummaryRow::into_summary).collect())
}

/// `select` in the list's order.
fn ordered(select: sea_orm::Select<ideas::Entity>, sort: IdeaSort) -> sea_orm::Select<ideas::Entity> {
    match sort {
        IdeaSort::Newest => select.order_by_desc(ideas::Column::CreatedAt).order_by_desc(ideas::Column::Id),
        IdeaSort::MostSupported => select.order_by_desc(ideas::Column::SupportCount).order_by_desc(ideas::Column::Id),
        IdeaSort::MostCommented => select.order_by_desc(ideas::Column::CommentCount).order_by_desc(ideas::Column::Id),
        IdeaSort::Random(seed) => select
            .order_by_asc(Expr::cust(format!("(ideas.id * {}) % 1000003", u64::from(seed) % 1_000_003 + 1)))
            .order_by_asc(ideas::Column::Id),
    }
}

#[derive(FromQueryResult)]
struct Group {
    key: Option<String>,
    n: i64,
}

async fn count_by(db: &impl ConnectionTrait, c: Condition, column: ideas::Column) -> StoreResult<Vec<(String, u64)>> {
    let groups = ideas::Entity::find()
        .select_only()
        .column_as(Expr::col(column).cast_as("text"), "key")
        .column_as(Expr::col(ideas::Column::Id).count(), "n")
        .filter(c)
        .group_by(column)
        .into_model::<Group>()
        .all(db)
        .await?;
    Ok(groups.into_iter().filter_map(|g| Some((g.key?, u64::try_from(g.n).unwrap_or(0)))).collect())
}

/// How many ideas were proposed in each phase (one statement; a phase
/// overlapping an earlier one counts only the ideas after it).
async fn count_by_phase(db: &impl ConnectionTrait, c: Condition, phases: &[(PhaseKind, Span)]) -> StoreResult<Vec<(PhaseKind, u64)>> {
    if phases.is_empty() {
        return Ok(Vec::new());
    }
    let mut case = sea_orm::sea_query::CaseStatement::new();
    for (kind, (from, until)) in phases {
        let mut within = Expr::col(ideas::Column::CreatedAt).gte(*from);
        if let Some(until) = until {
            within = within.and(Expr::col(ideas::Column::CreatedAt).lt(*until));
        }
        case = case.case(within, Expr::val(kind.as_str()));
    }
    let case: Expr = case.finally(Expr::val(Option::<String>::None)).into();
    let groups = ideas::Entity::find()
        .select_only()
        .column_as(case, "key")
        .column_as(Expr::col(ideas::Column::Id).count(), "n")
        .filter(c)
        // By the output column: PostgreSQL would not see two parameterised CASEs as one.
        .group_by(Expr::col(sea_orm::sea_query::Alias::new("key")))
        .into_model::<Group>()
        .all(db)
        .await?;
    Ok(groups.into_iter().filter_map(|g| Some((PhaseKind::parse(&g.key?)?, u64::try_from(g.n).unwrap_or(0)))).collect())
}

/// Counts per action field, neighbourhood, status, source and phase (five
/// statements; four without `phases`, the spans of the process's phases).
pub async fn facets(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    process: i64,
    filter: &IdeaFilter,
    phases: &[(PhaseKind, Span)],
) -> StoreResult<Facets> {
    let without = |f: fn(&mut IdeaFilter)| {
        let mut other = filter.clone();
        f(&mut other);
        condition(db.get_database_backend(), scope, process, &other)
    };
    let ids = |rows: Vec<(String, u64)>| rows.into_iter().filter_map(|(k, n)| Some((k.parse().ok()?, n))).collect();
    Ok(Facets {
        action_fields: ids(count_by(db, without(|f| f.action_field = None), ideas::Column::ActionFieldId).await?),
        neighbourhoods: ids(count_by(db, without(|f| f.neighbourhood = None), ideas::Column::NeighbourhoodId).await?),
        statuses: count_by(db, without(|f| f.status = None), ideas::Column::Status)
            .await?
            .into_iter()
            .filter_map(|(k, n)| Some((IdeaStatus::parse(&k)?, n)))
            .collect(),
        phases: count_by_phase(db, without(|f| f.proposed = None), phases).await?,
        sources: count_by(db, without(|f| f.source = None), ideas::Column::Source).await?,
    })
}
