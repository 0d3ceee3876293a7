//! Registering an organisation and editing its profile.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::organisations::{MemberRole, OrganisationForm, OrganisationKind};
use http::StatusCode;
use store::organisations::Organisation;
use store::tenancy::Tenant;

use super::policy::require_member;
use super::{Choice, mails};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html, html_status};
use crate::markdown;
use crate::tenancy::CurrentMunicipality;

/// One checkbox of the topic list.
pub struct TopicChoice {
    pub id: String,
    pub value: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "organisations/form.html")]
struct FormPage {
    i18n: Locale,
    layout: Layout,
    /// Shown above a new registration: it is public only once verified.
    registering: bool,
    action: String,
    cancel_href: String,
    form: OrganisationForm,
    kinds: Vec<Choice>,
    topics: Vec<TopicChoice>,
    errors: FormErrors,
}

/// The form as posted: repeated `topic` fields become the list of topics.
fn typed(pairs: Vec<(String, String)>) -> OrganisationForm {
    let mut form = OrganisationForm::default();
    for (key, value) in pairs {
        match key.as_str() {
            "name" => form.name = value,
            "kind" => form.kind = value,
            "description" => form.description = value,
            "website" => form.website = value,
            "contact_email" => form.contact_email = value,
            "languages" => form.languages = value,
            "topic" => form.topics.push(value),
            _ => {}
        }
    }
    form
}

fn form_of(org: &Organisation) -> OrganisationForm {
    OrganisationForm {
        name: org.name.clone(),
        kind: org.kind.as_str().to_owned(),
        description: org.description_markdown.clone(),
        website: org.website.clone(),
        contact_email: org.contact_email.clone(),
        languages: org.languages.clone(),
        topics: org.topics.clone(),
    }
}

/// The topics to choose from: the municipality's action fields, and those
/// the organisation has already (an action field may have gone meanwhile).
async fn available_topics(state: &AppState, tenant: &Tenant, current: Option<&Organisation>) -> Result<Vec<String>, AppError> {
    let mut topics = store::organisations::topic_choices(&state.db, &tenant.scope).await?;
    for topic in current.map(|o| o.topics.as_slice()).unwrap_or_default() {
        if !topics.contains(topic) {
            topics.push(topic.clone());
        }
    }
    Ok(topics)
}

struct Target {
    registering: bool,
    action: String,
    cancel_href: String,
}

fn page(ctx: &RequestCtx, layout: Layout, target: Target, available: &[String], form: OrganisationForm, errors: FormErrors) -> FormPage {
    let locale = ctx.locale;
    let kinds = OrganisationKind::ALL
        .into_iter()
        .map(|k| Choice { value: k.as_str().to_owned(), label: locale.t(k.label_key()), selected: form.kind == k.as_str() })
        .collect();
    let topics = available
        .iter()
        .enumerate()
        .map(|(i, t)| TopicChoice { id: format!("topic-{}", i + 1), value: t.clone(), checked: form.topics.contains(t) })
        .collect();
    FormPage {
        i18n: locale,
        layout,
        registering: target.registering,
        action: target.action,
        cancel_href: target.cancel_href,
        form,
        kinds,
        topics,
        errors,
    }
}

fn new_target(tenant: &Tenant) -> Target {
    Target {
        registering: true,
        action: format!("/m/{}/organisationen/neu", tenant.slug),
        cancel_href: format!("/m/{}/organisationen", tenant.slug),
    }
}

fn new_layout(state: &AppState, ctx: &RequestCtx, tenant: &Tenant) -> Layout {
    Layout::municipality(state, ctx, tenant, ctx.locale.t("organisation-new-title"))
}

pub async fn organisation_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    ctx.require_actor()?;
    let available = available_topics(&state, &tenant, None).await?;
    let view =
        page(&ctx, new_layout(&state, &ctx, &tenant), new_target(&tenant), &available, OrganisationForm::default(), FormErrors::default());
    Ok(html(&view)?.into_response())
}

/// Registers the organisation, not yet public; its coordinators get a mail.
pub async fn organisation_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let actor = ctx.require_actor()?;
    let form = typed(pairs);
    let available = available_topics(&state, &tenant, None).await?;
    let input = match form.validate(&available) {
        Ok(input) => input,
        Err(problems) => {
            let errors = FormErrors::of(ctx.locale, problems);
            let view = page(&ctx, new_layout(&state, &ctx, &tenant), new_target(&tenant), &available, form, errors);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    state.limits.check_address("organisation", ctx.client_ip)?;
    let description_html = markdown::render(&input.description);
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let id = store::organisations::create(&txn, &tenant.scope, Some(actor.user.id), &input, &description_html).await?;
    mails::registered(&txn, &state, &tenant, &input.name).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    state.mail_wake.notify_one();
    tracing::info!(organisation = id, "organisation registered");
    Ok(Redirect::to(&format!("/m/{}/organisationen/{id}/verwaltung?notice=organisation-registered", tenant.slug)).into_response())
}

fn edit_target(tenant: &Tenant, id: i64) -> Target {
    Target {
        registering: false,
        action: format!("/m/{}/organisationen/{id}/bearbeiten", tenant.slug),
        cancel_href: format!("/m/{}/organisationen/{id}/verwaltung", tenant.slug),
    }
}

fn edit_layout(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, org: &Organisation) -> Layout {
    let title = ctx.locale.t_args("organisation-edit-title", &[("name", FluentArg::Text(org.name.clone()))]);
    Layout::municipality(state, ctx, tenant, title)
}

pub async fn organisation_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let access = require_member(&state, &ctx, &tenant, &id, MemberRole::Admin).await?;
    let org = &access.organisation;
    let available = available_topics(&state, &tenant, Some(org)).await?;
    let view =
        page(&ctx, edit_layout(&state, &ctx, &tenant, org), edit_target(&tenant, org.id), &available, form_of(org), FormErrors::default());
    Ok(html(&view)?.into_response())
}

/// Saves the profile; a verified organisation stays verified.
pub async fn organisation_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let access = require_member(&state, &ctx, &tenant, &id, MemberRole::Admin).await?;
    let org = &access.organisation;
    let form = typed(pairs);
    let available = available_topics(&state, &tenant, Some(org)).await?;
    let input = match form.validate(&available) {
        Ok(input) => input,
        Err(problems) => {
            let errors = FormErrors::of(ctx.locale, problems);
            let view = page(&ctx, edit_layout(&state, &ctx, &tenant, org), edit_target(&tenant, org.id), &available, form, errors);
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let description_html = markdown::render(&input.description);
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::organisations::update(&txn, &tenant.scope, org.id, Some(access.actor.user.id), &input, &description_html).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/organisationen/{}/verwaltung?notice=saved", tenant.slug, org.id)).into_response())
}
