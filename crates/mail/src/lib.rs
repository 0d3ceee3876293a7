//! The mail worker: takes due messages from the outbox (written in the same
//! transaction as the action that caused them), sends them over SMTP and
//! retries failures with exponential backoff. Without an SMTP server
//! configured (the demo), messages are written as `.eml` files instead.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use store::DatabaseConnection;
use store::mail::OutgoingMail;
use tokio::sync::{Notify, watch};

/// Where messages go.
#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// One `.eml` file per message in this folder.
    Files(PathBuf),
}

#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

impl Mailer {
    /// `smtp_url` like `smtp://host:25`, `smtp://user:pass@host:587?tls=required`
    /// or `smtps://host:465`; without it, files in `file_dir`.
    pub fn new(smtp_url: Option<&str>, file_dir: PathBuf, from: &str) -> anyhow::Result<Mailer> {
        let transport = match smtp_url {
            Some(url) => {
                Transport::Smtp(AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.timeout(Some(Duration::from_secs(20))).build())
            }
            None => {
                std::fs::create_dir_all(&file_dir)?;
                Transport::Files(file_dir)
            }
        };
        Ok(Mailer { transport, from: from.parse()? })
    }

    pub fn describe(&self) -> String {
        match &self.transport {
            Transport::Smtp(_) => "SMTP".to_owned(),
            Transport::Files(dir) => format!("files in {}", dir.display()),
        }
    }

    async fn send(&self, mail: &OutgoingMail) -> anyhow::Result<()> {
        let mut builder = Message::builder().from(self.from.clone()).to(mail.to_address.parse()?).subject(mail.subject.clone());
        if let Some(url) = &mail.list_unsubscribe {
            builder =
                builder.raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("List-Unsubscribe"), format!("<{url}>"))).raw_header(
                    HeaderValue::new(HeaderName::new_from_ascii_str("List-Unsubscribe-Post"), "List-Unsubscribe=One-Click".to_owned()),
                );
        }
        let message = match &mail.attachment {
            None => builder.header(ContentType::TEXT_PLAIN).body(mail.body_text.clone())?,
            Some(file) => builder.multipart(
                MultiPart::mixed()
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(mail.body_text.clone()))
                    .singlepart(Attachment::new(file.name.clone()).body(file.body.clone(), ContentType::parse(&file.content_type)?)),
            )?,
        };
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message).await?;
            }
            Transport::Files(dir) => {
                AsyncFileTransport::<Tokio1Executor>::new(dir).send(message).await?;
            }
        }
        Ok(())
    }
}

/// When to try again after `attempts` failures: 30 s, 1 min, 2 min … at most 6 h.
pub fn backoff(attempts: i32) -> TimeDelta {
    let seconds = 30i64.saturating_mul(1i64 << attempts.clamp(0, 20));
    TimeDelta::seconds(seconds.min(6 * 3600))
}

/// Sends every message that is due; returns (sent, failed).
pub async fn deliver_due(db: &DatabaseConnection, mailer: &Mailer) -> anyhow::Result<(usize, usize)> {
    let (mut sent, mut failed) = (0, 0);
    loop {
        let due = store::mail::due(db, store::now(), 20).await?;
        if due.is_empty() {
            return Ok((sent, failed));
        }
        for mail in &due {
            // Claim the message, so a second instance does not send it too.
            if !store::mail::claim(db, mail, TimeDelta::minutes(5)).await? {
                continue;
            }
            match mailer.send(mail).await {
                Ok(()) => {
                    store::mail::mark_sent(db, mail.id).await?;
                    sent += 1;
                    tracing::info!(mail_id = mail.id, "mail sent");
                }
                Err(err) => {
                    let retry_at = store::now() + backoff(mail.attempts);
                    store::mail::mark_failed(db, mail, &err.to_string(), retry_at).await?;
                    failed += 1;
                    tracing::warn!(mail_id = mail.id, attempts = mail.attempts + 1, %err, "mail not sent; will retry");
                }
            }
        }
        if failed > 0 {
            return Ok((sent, failed));
        }
    }
}

/// Runs until `shutdown` turns true: delivers when woken and every few seconds.
pub async fn run_worker(db: DatabaseConnection, mailer: Mailer, wake: Arc<Notify>, mut shutdown: watch::Receiver<bool>) {
    tracing::info!(transport = mailer.describe(), "mail worker started");
    loop {
        if let Err(err) = deliver_due(&db, &mailer).await {
            tracing::error!(%err, "mail worker could not read the outbox");
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            tracing::info!("mail worker stopped");
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(0), TimeDelta::seconds(30));
        assert_eq!(backoff(1), TimeDelta::seconds(60));
        assert_eq!(backoff(3), TimeDelta::seconds(240));
        assert_eq!(backoff(30), TimeDelta::hours(6));
    }
}
