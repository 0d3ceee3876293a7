//! Mails about applications, in each recipient's language, queued in the
//! outbox inside the caller's transaction: to the applicant municipality's
//! coordinators (receipts, decisions, payments decided) and to the state's
//! programme officers (payments requested).

use domain::accounts::{MunicipalRole, Role, StateRole};
use domain::money::Money;
use store::ConnectionTrait;
use store::funding::applications::Application;
use store::tenancy::Tenant;

use crate::AppState;
use crate::i18n::{FluentArg, Locale};

/// What a mail says besides the application: a message or reason, or an
/// amount (written the recipient's way).
#[derive(Debug, Clone, Copy)]
pub enum Detail<'a> {
    Text(&'a str),
    Money(Money),
    /// A report on the grant, named the recipient's way.
    Report {
        number: i32,
        is_final: bool,
    },
    /// A report and the day it is due.
    ReportDue {
        number: i32,
        is_final: bool,
        due_on: chrono::NaiveDate,
    },
}

/// What every mail about an application names.
struct Subject<'a> {
    municipality: &'a Tenant,
    application: &'a Application,
    /// The page the recipient opens.
    link: String,
}

/// Queues `<key>-subject` and `<key>-body` to each of `recipients` (address,
/// language), with the application's title, the link and `detail`.
async fn queue(
    db: &impl ConnectionTrait,
    state: &AppState,
    recipients: Vec<(String, String)>,
    about: Subject<'_>,
    (key, detail): (&str, Detail<'_>),
    pdf: Option<&store::mail::Attachment>,
) -> Result<(), store::StoreError> {
    for (to, language) in recipients {
        let locale = Locale::from_code(&language).unwrap_or(Locale::De);
        let detail = match detail {
            Detail::Text(text) => text.to_owned(),
            Detail::Money(amount) => locale.money(amount),
            Detail::Report { number, is_final } => super::report_links::report_title(locale, number, is_final),
            Detail::ReportDue { number, is_final, due_on } => locale.t_args(
                "report-reminder-detail",
                &[
                    ("report", FluentArg::Text(super::report_links::report_title(locale, number, is_final))),
                    ("day", FluentArg::Text(locale.day(due_on))),
                ],
            ),
        };
        let args = [
            ("title", FluentArg::Text(about.application.form.title.clone())),
            ("municipality", FluentArg::Text(about.municipality.name.clone())),
            ("detail", FluentArg::Text(detail)),
            ("link", FluentArg::Text(about.link.clone())),
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

/// Tells every coordinator of `municipality`, with `pdf` attached when given.
pub(crate) async fn to_coordinators(
    db: &impl ConnectionTrait,
    state: &AppState,
    municipality: &Tenant,
    application: &Application,
    key: &str,
    detail: Detail<'_>,
    pdf: Option<&store::mail::Attachment>,
) -> Result<(), store::StoreError> {
    let recipients = store::accounts::emails_with_role(db, municipality.scope.id(), Role::Municipal(MunicipalRole::Coordinator)).await?;
    let link = format!("{}/m/{}/verwaltung/foerderung/antraege/{}", state.config.public_url, municipality.slug, application.id);
    queue(db, state, recipients, Subject { municipality, application, link }, (key, detail), pdf).await
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

/// Tells the state's programme officers (a payment was requested).
pub async fn to_officers(
    db: &impl ConnectionTrait,
    state: &AppState,
    municipality: &Tenant,
    application: &Application,
    key: &str,
    detail: Detail<'_>,
) -> Result<(), store::StoreError> {
    let land = store::tenancy::state(db).await?;
    let recipients = store::accounts::emails_with_role(db, land.scope.id(), Role::State(StateRole::ProgrammeOfficer)).await?;
    let link = format!("{}/land/foerderung/antraege/{}", state.config.public_url, application.id);
    queue(db, state, recipients, Subject { municipality, application, link }, (key, detail), None).await
}
