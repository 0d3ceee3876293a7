//! Reporting a barrier (BITV 2.0 § 7: the accessibility statement must offer a
//! feedback channel). No account needed; the message goes by mail to the
//! space's coordinators (for the state space: the platform admins).

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use domain::accounts::{MunicipalRole, Role};
use domain::tenancy::TenantKind;
use http::StatusCode;
use serde::Deserialize;
use store::tenancy::Tenant;

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html, html_status};
use crate::tenancy::CurrentMunicipality;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FeedbackForm {
    pub location: String,
    pub problem: String,
    pub name: String,
    pub email: String,
}

#[derive(Template)]
#[template(path = "legal/feedback.html")]
struct FeedbackPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    form: FeedbackForm,
    errors: FormErrors,
}

fn base(tenant: &Tenant) -> String {
    match tenant.kind {
        TenantKind::State => String::new(),
        TenantKind::Municipality => format!("/m/{}", tenant.slug),
    }
}

fn page(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, form: FeedbackForm, errors: FormErrors) -> FeedbackPage {
    let title = ctx.locale.t("feedback-title");
    let layout = match tenant.kind {
        TenantKind::State => Layout::state(state, ctx, title),
        TenantKind::Municipality => Layout::municipality(state, ctx, tenant, title),
    };
    FeedbackPage { i18n: ctx.locale, layout, action: format!("{}/barrierefreiheit/rueckmeldung", base(tenant)), form, errors }
}

async fn send(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, form: FeedbackForm) -> Result<Response, AppError> {
    state.limits.check_address("feedback", ctx.client_ip)?;
    let locale = ctx.locale;
    let mut errors = FormErrors::default();
    let problem = form.problem.trim();
    if problem.chars().count() < 10 || problem.chars().count() > 5000 {
        errors.add(locale, "problem", "feedback-problem-length");
    }
    if form.location.chars().count() > 500 {
        errors.add(locale, "location", "feedback-location-length");
    }
    if form.name.chars().count() > 120 {
        errors.add(locale, "name", "feedback-name-length");
    }
    let email = form.email.trim();
    if !email.is_empty()
        && let Err(code) = domain::accounts::email::parse(email)
    {
        errors.add(locale, "email", code);
    }
    if !errors.is_empty() {
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(state, ctx, tenant, form, errors));
    }
    let mut recipients = match tenant.kind {
        TenantKind::Municipality => {
            store::accounts::emails_with_role(&state.db, tenant.scope.id(), Role::Municipal(MunicipalRole::Coordinator)).await?
        }
        TenantKind::State => Vec::new(),
    };
    if recipients.is_empty() {
        recipients = store::accounts::emails_with_role(&state.db, state.site.scope.id(), Role::PlatformAdmin).await?;
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    for (to, recipient_locale) in &recipients {
        let l = Locale::from_code(recipient_locale).unwrap_or(Locale::De);
        let text = |v: &str| FluentArg::Text(if v.trim().is_empty() { l.t("feedback-mail-not-given") } else { v.trim().to_owned() });
        let args = [
            ("space", FluentArg::Text(tenant.name.clone())),
            ("location", text(&form.location)),
            ("problem", FluentArg::Text(problem.to_owned())),
            ("name", text(&form.name)),
            ("email", text(email)),
        ];
        store::mail::enqueue(&txn, to, &l.t_args("feedback-mail-subject", &args), &l.t_args("feedback-mail-body", &args)).await?;
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    tracing::info!(recipients = recipients.len(), "accessibility feedback forwarded");
    Ok(Redirect::to(&format!("{}/barrierefreiheit?notice=feedback-sent", base(tenant))).into_response())
}

pub async fn state_feedback_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    let site = (*state.site).clone();
    Ok(html(&page(&state, &ctx, &site, FeedbackForm::default(), FormErrors::default()))?.into_response())
}

pub async fn state_feedback_send(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Form(form): Form<FeedbackForm>,
) -> Result<Response, AppError> {
    let site = (*state.site).clone();
    send(&state, &ctx, &site, form).await
}

pub async fn municipality_feedback_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    Ok(html(&page(&state, &ctx, &tenant, FeedbackForm::default(), FormErrors::default()))?.into_response())
}

pub async fn municipality_feedback_send(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<FeedbackForm>,
) -> Result<Response, AppError> {
    send(&state, &ctx, &tenant, form).await
}
