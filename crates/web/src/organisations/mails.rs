//! Mails about organisations, in the recipient's language, queued in the
//! outbox inside the caller's transaction.

use domain::accounts::{MunicipalRole, Role};
use store::ConnectionTrait;
use store::tenancy::Tenant;

use crate::AppState;
use crate::i18n::{FluentArg, Locale};

/// Queues the Fluent messages `<key>-subject` and `<key>-body` for `to`;
/// `path` becomes a link below the installation's address (argument `link`).
async fn queue(
    db: &impl ConnectionTrait,
    state: &AppState,
    locale: Locale,
    to: &str,
    key: &str,
    path: &str,
    mut args: Vec<(&'static str, FluentArg)>,
) -> Result<(), store::StoreError> {
    args.push(("link", FluentArg::Text(format!("{}{path}", state.config.public_url))));
    args.push(("site", FluentArg::Text(state.site.name.clone())));
    let subject = locale.t_args(&format!("{key}-subject"), &args);
    let body = locale.t_args(&format!("{key}-body"), &args);
    store::mail::enqueue(db, to, &subject, &body).await?;
    Ok(())
}

/// Tells the municipality's coordinators that an organisation waits for verification.
pub async fn registered(db: &impl ConnectionTrait, state: &AppState, tenant: &Tenant, organisation: &str) -> Result<(), store::StoreError> {
    let coordinators = store::accounts::emails_with_role(db, tenant.scope.id(), Role::Municipal(MunicipalRole::Coordinator)).await?;
    for (to, locale) in coordinators {
        let args = vec![("organisation", FluentArg::Text(organisation.to_owned())), ("municipality", FluentArg::Text(tenant.name.clone()))];
        let path = format!("/m/{}/verwaltung/organisationen", tenant.slug);
        queue(db, state, Locale::from_code(&locale).unwrap_or(Locale::De), &to, "mail-organisation-registered", &path, args).await?;
    }
    Ok(())
}

/// The invitation with its single-use link.
pub async fn invitation(
    db: &impl ConnectionTrait,
    state: &AppState,
    locale: Locale,
    to: &str,
    tenant: &Tenant,
    organisation: &str,
    token: &str,
) -> Result<(), store::StoreError> {
    let args = vec![
        ("organisation", FluentArg::Text(organisation.to_owned())),
        ("municipality", FluentArg::Text(tenant.name.clone())),
        ("days", FluentArg::Number(domain::organisations::INVITATION_DAYS)),
    ];
    let path = format!("/m/{}/organisationen/einladung/{token}", tenant.slug);
    queue(db, state, locale, to, "mail-organisation-invitation", &path, args).await
}
