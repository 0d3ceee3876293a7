//! The participation figures of a municipality over a period, for the
//! annual report: what people contributed online and offline, how many took
//! part in events and surveys, and how many commented on the draft.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};

use crate::StoreResult;
use crate::entities::{comments, consultation_comments, event_registrations, events, idea_supports, ideas, survey_responses};
use crate::tenancy::TenantScope;

/// Counts over one period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Participation {
    pub ideas: u64,
    /// Of them given on paper or in workshops and entered by the municipality.
    pub ideas_offline: u64,
    pub comments: u64,
    pub supports: u64,
    pub survey_responses: u64,
    /// Events that took place (not called off) and the attendance recorded for them.
    pub events: u64,
    pub attendance: i64,
    pub registrations: u64,
    pub consultation_comments: u64,
}

/// `column` from `from` up to (not including) `until`.
fn within<C: ColumnTrait>(column: C, from: DateTime<Utc>, until: DateTime<Utc>) -> Condition {
    Condition::all().add(column.gte(from)).add(column.lt(until))
}

/// From `from` up to (not including) `until`; `days` is the same period as
/// days, for what is kept by the day.
pub async fn participation(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
    days: (NaiveDate, NaiveDate),
) -> StoreResult<Participation> {
    let tenant = scope.id().0;
    let ideas_in =
        || ideas::Entity::find().filter(ideas::Column::TenantId.eq(tenant)).filter(within(ideas::Column::CreatedAt, from, until));
    let held = events::Entity::find()
        .filter(events::Column::TenantId.eq(tenant))
        .filter(events::Column::CancelledAt.is_null())
        .filter(within(events::Column::StartsAt, from, until));
    let attendance: Vec<Option<i32>> = held.clone().select_only().column(events::Column::Attendance).into_tuple().all(db).await?;
    let of_tenant = Query::select().column(ideas::Column::Id).from(ideas::Entity).and_where(ideas::Column::TenantId.eq(tenant)).to_owned();
    Ok(Participation {
        ideas: ideas_in().count(db).await?,
        ideas_offline: ideas_in().filter(ideas::Column::Source.ne(domain::participation::offline::ONLINE)).count(db).await?,
        comments: comments::Entity::find()
            .filter(comments::Column::TenantId.eq(tenant))
            .filter(within(comments::Column::CreatedAt, from, until))
            .count(db)
            .await?,
        supports: idea_supports::Entity::find()
            .filter(idea_supports::Column::IdeaId.in_subquery(of_tenant))
            .filter(within(idea_supports::Column::CreatedAt, from, until))
            .count(db)
            .await?,
        survey_responses: survey_responses::Entity::find()
            .filter(survey_responses::Column::TenantId.eq(tenant))
            .filter(survey_responses::Column::SubmittedOn.gte(days.0))
            .filter(survey_responses::Column::SubmittedOn.lte(days.1))
            .count(db)
            .await?,
        events: held.count(db).await?,
        attendance: attendance.into_iter().flatten().map(i64::from).sum(),
        registrations: event_registrations::Entity::find()
            .filter(event_registrations::Column::TenantId.eq(tenant))
            .filter(event_registrations::Column::CancelledAt.is_null())
            .filter(within(event_registrations::Column::CreatedAt, from, until))
            .count(db)
            .await?,
        consultation_comments: consultation_comments::Entity::find()
            .filter(consultation_comments::Column::TenantId.eq(tenant))
            .filter(within(consultation_comments::Column::CreatedAt, from, until))
            .count(db)
            .await?,
    })
}
