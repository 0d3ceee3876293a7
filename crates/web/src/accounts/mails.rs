//! Mails about the account, in the person's language. Each is queued in the
//! outbox inside the caller's transaction.

use store::ConnectionTrait;

use crate::AppState;
use crate::i18n::{FluentArg, Locale};

pub struct MailText {
    pub subject: String,
    pub body: String,
}

/// Subject and body from the Fluent messages `<key>-subject` and `<key>-body`.
pub fn compose(locale: Locale, key: &str, name: &str, link: &str, site: &str) -> MailText {
    let args = [
        ("name", FluentArg::Text(if name.is_empty() { locale.t("mail-anonymous-greeting-name") } else { name.to_owned() })),
        ("link", FluentArg::Text(link.to_owned())),
        ("site", FluentArg::Text(site.to_owned())),
    ];
    MailText { subject: locale.t_args(&format!("{key}-subject"), &args), body: locale.t_args(&format!("{key}-body"), &args) }
}

/// Queues `key` for `to`, with a link below the installation's address.
pub async fn queue(
    db: &impl ConnectionTrait,
    state: &AppState,
    locale: Locale,
    to: &str,
    key: &str,
    name: &str,
    path: &str,
) -> Result<(), store::StoreError> {
    let link = if path.is_empty() { String::new() } else { format!("{}{path}", state.config.public_url) };
    let text = compose(locale, key, name, &link, &state.site.name);
    store::mail::enqueue(db, to, &text.subject, &text.body).await?;
    Ok(())
}
