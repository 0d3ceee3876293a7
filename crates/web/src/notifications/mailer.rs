//! The job that mails notifications: every half minute it takes the
//! people whose notifications are due (at once, or their daily or weekly
//! digest), claims those notifications and queues one mail per person in
//! their language, with a one-click unsubscribe link. Several instances may
//! run it: a claimed notification is mailed once.

use std::time::Duration;

use chrono::{DateTime, Utc};
use domain::notifications::MailSetting;
use store::notifications::mailing::{self, Recipient};

use super::describe::describe;
use crate::AppState;
use crate::i18n::{FluentArg, Locale};

/// People handled per transaction (the job loops until none are due).
const BATCH: u64 = 100;

/// Queues the notification mails due at `now`; returns how many.
pub async fn deliver_due(state: &AppState, now: DateTime<Utc>) -> Result<usize, store::StoreError> {
    let mut queued = 0;
    loop {
        let txn = store::begin_write(&state.db).await?;
        let due = mailing::due(&txn, now, BATCH).await?;
        for recipient in &due {
            if !mailing::claim(&txn, recipient, now).await? || recipient.notifications.is_empty() {
                continue;
            }
            let (subject, body) = compose(state, recipient);
            let unsubscribe = format!("{}/abbestellen/{}", state.config.public_url, recipient.mail_token);
            store::mail::enqueue_with_unsubscribe(&txn, &recipient.email, &subject, &body, Some(&unsubscribe)).await?;
            queued += 1;
        }
        txn.commit().await?;
        if (due.len() as u64) < BATCH {
            break;
        }
    }
    if queued > 0 {
        state.mail_wake.notify_one();
    }
    Ok(queued)
}

fn compose(state: &AppState, recipient: &Recipient) -> (String, String) {
    let locale = Locale::from_code(&recipient.locale).unwrap_or(Locale::De);
    let base = &state.config.public_url;
    let count = recipient.notifications.len() as i64;
    let lines: Vec<String> = recipient
        .notifications
        .iter()
        .map(|n| {
            let d = describe(locale, n);
            format!("- {}\n  {base}{}", d.text, d.href)
        })
        .collect();
    let first = recipient.notifications.first().map(|n| describe(locale, n).text).unwrap_or_default();
    let key = match recipient.setting {
        MailSetting::Daily => "mail-notifications-daily",
        MailSetting::Weekly => "mail-notifications-weekly",
        _ => "mail-notifications",
    };
    let name = if recipient.display_name.is_empty() { locale.t("mail-anonymous-greeting-name") } else { recipient.display_name.clone() };
    let args = [
        ("name", FluentArg::Text(name)),
        ("count", FluentArg::Number(count)),
        ("first", FluentArg::Text(first)),
        ("site", FluentArg::Text(state.site.name.clone())),
        ("items", FluentArg::Text(lines.join("\n"))),
        ("inbox", FluentArg::Text(format!("{base}/benachrichtigungen"))),
        ("settings", FluentArg::Text(format!("{base}/benachrichtigungen#einstellungen"))),
        ("unsubscribe", FluentArg::Text(format!("{base}/abbestellen/{}", recipient.mail_token))),
    ];
    (locale.t_args(&format!("{key}-subject"), &args), locale.t_args(&format!("{key}-body"), &args))
}

/// Runs the job every 30 seconds until `shutdown` turns true.
pub async fn run(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        if let Err(err) = deliver_due(&state, store::now()).await {
            tracing::error!(%err, "notification mails could not be prepared");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(30)) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            return;
        }
    }
}
