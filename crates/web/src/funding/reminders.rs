//! Reminders before reporting dates, sent by the hourly housekeeping: each
//! municipality's coordinators are mailed 14 and 3 days before a report is
//! due, unless it is handed in (see `store::funding::reminders`).

use store::funding::reminders;

use super::mails::{self, Detail};
use crate::AppState;

/// Sends the reminders due today; returns how many went out.
pub async fn send_due(state: &AppState) -> Result<usize, store::StoreError> {
    let due = reminders::due(&state.db, crate::participation::today()).await?;
    let ids: Vec<_> = due.iter().map(|d| d.application.tenant).collect();
    let municipalities = store::tenancy::by_ids(&state.db, &ids).await?;
    let mut sent = 0;
    for d in due {
        let Some(municipality) = municipalities.iter().find(|m| m.scope.id() == d.application.tenant) else { continue };
        let txn = store::begin_write(&state.db).await?;
        if !reminders::mark_sent(&txn, d.application.id, d.number, d.days_before).await? {
            continue;
        }
        let detail = Detail::ReportDue { number: d.number, is_final: d.is_final, due_on: d.due_on };
        mails::to_coordinators(&txn, state, municipality, &d.application, "mail-report-reminder", detail, None).await?;
        txn.commit().await?;
        sent += 1;
    }
    if sent > 0 {
        state.mail_wake.notify_one();
    }
    Ok(sent)
}
