//! Hourly housekeeping until shutdown: uploads no form saved, sessions past
//! their lifetime, and guests' registrations no longer needed (requests
//! never confirmed; names and addresses 30 days after the event), and
//! survey drafts nobody sent before the survey closed; and reminders of
//! reports due on grants.

use chrono::TimeDelta;

/// How long a guest's name and address are kept after the event.
pub const GUESTS_KEPT_AFTER_EVENT: TimeDelta = TimeDelta::days(30);

/// One round of housekeeping; each part on its own, so one failing does not stop the others.
pub async fn tidy(state: &crate::AppState) {
    match crate::uploads::remove_abandoned(state).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(removed = n, "removed uploads that no form saved"),
        Err(err) => tracing::error!(%err, "abandoned uploads could not be removed"),
    }
    match store::sessions::delete_expired(&state.db).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(removed = n, "removed expired sessions"),
        Err(err) => tracing::error!(%err, "expired sessions could not be removed"),
    }
    match store::events::guests::forget_old(&state.db, GUESTS_KEPT_AFTER_EVENT).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(removed = n, "removed guests' event registrations no longer needed"),
        Err(err) => tracing::error!(%err, "guests' event registrations could not be removed"),
    }
    match store::surveys::drafts::remove_unsent(&state.db, crate::participation::today()).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(removed = n, "removed drafts of closed surveys"),
        Err(err) => tracing::error!(%err, "drafts of closed surveys could not be removed"),
    }
    match crate::funding::reminders::send_due(state).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(sent = n, "reminded municipalities of reports due"),
        Err(err) => tracing::error!(%err, "reminders of reports due could not be sent"),
    }
}

pub async fn run(state: crate::AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        tidy(&state).await;
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(3600)) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            return;
        }
    }
}
