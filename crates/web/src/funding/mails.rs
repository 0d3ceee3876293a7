//! Mails about applications to the applicant municipality's coordinators,
//! in each one's language, queued in the outbox inside the caller's
//! transaction: the receipt of a submission, and each decision.

use domain::accounts::{MunicipalRole, Role};
use domain::money::Money;
use store::ConnectionTrait;
use store::funding::applications::Application;
use store::tenancy::Tenant;

use crate::AppState;
use crate::i18n::{FluentArg, Locale};

/// What a decision mail says besides the application: the message or
/// reason, or the amount granted (written the recipient's way).
#[derive(Debug, Clone, Copy)]
pub enum Detail<'a> {
    Text(&'a str),
    Money(Money),
}

/// Queues `<key>-subject` and `<key>-body` to every coordinator of
/// `municipality`, with the application's title, the link to it and `detail`.
pub(super) async fn to_coordinators(
    db: &impl ConnectionTrait,
    state: &AppState,
    municipality: &Tenant,
    application: &Application,
    key: &str,
    detail: Detail<'_>,
    pdf: Option<&store::mail::Attachment>,
) -> Result<(), store::StoreError> {
    let coordinators = store::accounts::emails_with_role(db, municipality.scope.id(), Role::Municipal(MunicipalRole::Coordinator)).await?;
    let link = format!("{}/m/{}/verwaltung/foerderung/antraege/{}", state.config.public_url, municipality.slug, application.id);
    for (to, language) in coordinators {
        let locale = Locale::from_code(&language).unwrap_or(Locale::De);
        let detail = match detail {
            Detail::Text(text) => text.to_owned(),
            Detail::Money(amount) => locale.money(amount),
        };
        let args = [
            ("title", FluentArg::Text(application.form.title.clone())),
            ("municipality", FluentArg::Text(municipality.name.clone())),
            ("detail", FluentArg::Text(detail)),
            ("link", FluentArg::Text(link.clone())),
            ("site", FluentArg::Text(state.site.name.clone())),
        ];
        let subject = locale.t_args(&format!("{key}-subject"), &args);
        let body = locale.t_args(&format!("{key}-body"), &args);
        match pdf {
            Some(file) => store::mail::enqueue_with_attachment(db, &to, &subject, &body, file).await?,
            None => store::mail::enqueue(db, &to, &subject, &body).await?,
        };
    }
    Ok(())
}

/// Tells the coordinators of a decision without a letter (changes asked for, rejected).
pub async fn decided(
    db: &impl ConnectionTrait,
    state: &AppState,
    reviewed: &store::funding::review::Reviewed,
    key: &str,
    detail: Detail<'_>,
) -> Result<(), store::StoreError> {
    to_coordinators(db, state, &reviewed.municipality, &reviewed.application, key, detail, None).await
}
