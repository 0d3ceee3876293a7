//! Reminders before reporting dates: for every running grant, each
//! reporting date whose report is not submitted yet is reminded of at the
//! most urgent stage reached (14 days before, then 3 days before), each
//! stage once; an hour's round that finds the 3-day stage reached does not
//! send the 14-day one any more.

use chrono::NaiveDate;
use domain::funding::application::Status;
use domain::funding::report::ReportStatus;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::applications::Application;
use crate::entities::{funding_applications, funding_reminders, funding_reports};
use crate::{StoreResult, is_unique_violation, now};

/// How many days before a reporting date reminders go out, the earliest first.
pub const STAGES: [i32; 2] = [14, 3];

/// A reminder to send.
#[derive(Debug, Clone)]
pub struct Due {
    pub application: Application,
    /// Which reporting date, counted from 1.
    pub number: i32,
    pub due_on: NaiveDate,
    pub is_final: bool,
    /// The stage reached.
    pub days_before: i32,
}

/// The stage a reporting date `due_on` has reached on `today`: the
/// smallest number of days before it that is not less than the days left;
/// none while it is further off than the first stage or once it passed.
pub fn stage(due_on: NaiveDate, today: NaiveDate) -> Option<i32> {
    let left = i32::try_from((due_on - today).num_days()).ok()?;
    if left < 0 {
        return None;
    }
    STAGES.iter().copied().filter(|d| left <= *d).min()
}

/// The reminders due on `today` and not sent yet, over all municipalities.
pub async fn due(db: &impl ConnectionTrait, today: NaiveDate) -> StoreResult<Vec<Due>> {
    let running =
        funding_applications::Entity::find().filter(funding_applications::Column::Status.eq(Status::Approved.as_str())).all(db).await?;
    let mut out = Vec::new();
    for row in running {
        let application = Application::from(row);
        let Some(grant) = &application.grant else { continue };
        let candidates: Vec<(i32, NaiveDate, bool, i32)> = grant
            .reporting_dates
            .iter()
            .enumerate()
            .filter_map(|(i, d)| {
                let number = i32::try_from(i + 1).ok()?;
                Some((number, *d, i + 1 == grant.reporting_dates.len(), stage(*d, today)?))
            })
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let reports = funding_reports::Entity::find().filter(funding_reports::Column::ApplicationId.eq(application.id)).all(db).await?;
        let sent = funding_reminders::Entity::find().filter(funding_reminders::Column::ApplicationId.eq(application.id)).all(db).await?;
        for (number, due_on, is_final, days_before) in candidates {
            let handed_in = reports.iter().any(|r| {
                r.number == number && [ReportStatus::Submitted.as_str(), ReportStatus::Accepted.as_str()].contains(&r.status.as_str())
            });
            let reminded = sent.iter().any(|s| s.number == number && s.days_before == days_before);
            if !handed_in && !reminded {
                out.push(Due { application: application.clone(), number, due_on, is_final, days_before });
            }
        }
    }
    Ok(out)
}

/// Notes that the reminder went out; false when it had been noted already
/// (another round got there first), so it is not sent twice. Call in the
/// write transaction that queues its mail.
pub async fn mark_sent(db: &impl ConnectionTrait, application: i64, number: i32, days_before: i32) -> StoreResult<bool> {
    let inserted = funding_reminders::ActiveModel {
        application_id: Set(application),
        number: Set(number),
        days_before: Set(days_before),
        sent_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => Ok(true),
        Err(e) if is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_urgent_stage_reached_counts() {
        let d = |m, day| NaiveDate::from_ymd_opt(2027, m, day).unwrap();
        let due_on = d(6, 30);
        assert_eq!(stage(due_on, d(6, 15)), None, "15 days before");
        assert_eq!(stage(due_on, d(6, 16)), Some(14));
        assert_eq!(stage(due_on, d(6, 27)), Some(3));
        assert_eq!(stage(due_on, d(6, 30)), Some(3), "on the day");
        assert_eq!(stage(due_on, d(7, 1)), None, "past");
    }
}
