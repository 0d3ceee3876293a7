//! The mails about an event: confirmations (with the event's calendar file
//! for those who hold a place), the guest's confirmation link, moving up,
//! calling off, and the coordinators' messages.

use store::ConnectionTrait;
use store::events::Event;
use store::mail::Attachment;
use store::tenancy::Tenant;

use super::views::when;
use crate::AppState;
use crate::i18n::{FluentArg, Locale};

/// The links a mail carries besides the event's page.
#[derive(Debug, Default, Clone, Copy)]
pub struct Links<'a> {
    /// Token of the person's cancel link.
    pub cancel: Option<&'a str>,
    /// Token of a guest's confirmation link.
    pub confirm: Option<&'a str>,
}

/// What a mail is about: the event of a municipality.
#[derive(Clone, Copy)]
pub struct About<'a> {
    pub state: &'a AppState,
    pub tenant: &'a Tenant,
    pub event: &'a Event,
}

/// The locale a stored language code names, German when unknown.
pub fn locale_of(code: Option<&str>) -> Locale {
    code.and_then(Locale::from_code).unwrap_or(Locale::De)
}

/// Queues the Fluent messages `<key>-subject` and `<key>-body` about the
/// event; with `calendar`, the event's `.ics` file is attached (with the
/// online link: it goes to someone who holds a place).
pub async fn send(
    db: &impl ConnectionTrait,
    about: About<'_>,
    locale: Locale,
    to: &str,
    key: &str,
    links: Links<'_>,
    calendar: bool,
) -> Result<(), store::StoreError> {
    let About { state, tenant, event } = about;
    let base = format!("{}/m/{}/veranstaltungen", state.config.public_url, tenant.slug);
    let link = |path: &str, token: Option<&str>| token.map(|t| format!("{base}/{path}/{t}")).unwrap_or_default();
    let args = [
        ("event", FluentArg::Text(event.details.title.clone())),
        ("when", FluentArg::Text(when(locale, event.details.starts_at, event.details.ends_at))),
        ("place", FluentArg::Text(super::views::place(locale, event))),
        ("link", FluentArg::Text(format!("{base}/{}", event.id))),
        ("cancel", FluentArg::Text(link("abmelden", links.cancel))),
        ("confirm", FluentArg::Text(link("bestaetigen", links.confirm))),
        ("reason", FluentArg::Text(event.cancel_reason.clone().unwrap_or_default())),
        ("municipality", FluentArg::Text(tenant.name.clone())),
    ];
    let subject = locale.t_args(&format!("{key}-subject"), &args);
    let body = locale.t_args(&format!("{key}-body"), &args);
    if calendar {
        let entry = super::calendar::entry(state, tenant, locale, event, true);
        let file = Attachment {
            name: format!("veranstaltung-{}.ics", event.id),
            content_type: domain::events::calendar::CONTENT_TYPE.to_owned(),
            body: domain::events::calendar::calendar(&tenant.name, &[entry]).into_bytes(),
        };
        store::mail::enqueue_with_attachment(db, to, &subject, &body, &file).await?;
    } else {
        store::mail::enqueue(db, to, &subject, &body).await?;
    }
    Ok(())
}

/// Queues a coordinator's message, with a line naming the event it is about.
pub async fn send_message(
    db: &impl ConnectionTrait,
    about: About<'_>,
    locale: Locale,
    to: &str,
    subject: &str,
    text: &str,
) -> Result<(), store::StoreError> {
    let About { state, tenant, event } = about;
    let args = [
        ("event", FluentArg::Text(event.details.title.clone())),
        ("municipality", FluentArg::Text(tenant.name.clone())),
        ("link", FluentArg::Text(format!("{}/m/{}/veranstaltungen/{}", state.config.public_url, tenant.slug, event.id))),
    ];
    let body = format!("{text}\n\n-- \n{}", locale.t_args("event-message-mail-footer", &args));
    store::mail::enqueue(db, to, subject, &body).await?;
    Ok(())
}
