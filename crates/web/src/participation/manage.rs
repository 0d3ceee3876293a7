//! The coordinator sets up processes (phases, action fields) and the
//! municipality's neighbourhoods.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::files::Slot;
use domain::participation::phases::PhaseKind;
use domain::participation::processes::{NewProcess, ProcessForm, phase_field};
use http::StatusCode;
use serde::Deserialize;
use store::participation::processes::Process;
use store::tenancy::Tenant;

use super::policy::require_coordinator;
use super::views::process_of;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html, html_status};
use crate::markdown;
use crate::tenancy::CurrentMunicipality;
use crate::uploads::fields::{FieldCtx, PictureField};
use crate::uploads::form_files::{PictureInputs, PictureState};
use crate::uploads::keep::{self, Field};
use crate::uploads::submission::Submission;

pub struct PhaseInput {
    pub kind: &'static str,
    pub name: String,
    pub starts_id: &'static str,
    pub ends_id: &'static str,
    pub starts: String,
    pub ends: String,
    pub starts_error: Option<String>,
    pub ends_error: Option<String>,
    pub ideas: bool,
    pub comments: bool,
    pub supports: bool,
}

#[derive(Template)]
#[template(path = "participation/process_form.html")]
struct ProcessFormPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    form: ProcessForm,
    phases: Vec<PhaseInput>,
    picture: PictureField,
    /// The process's address when editing (it does not change).
    fixed_address: Option<String>,
    errors: FormErrors,
}

const HEADER: PictureInputs = PictureInputs {
    field: Field { slot: Slot::ProcessHeader, input: "header_image", kept: "kept_header_image" },
    alt: "header_image_alt",
    remove: "remove_header_image",
    label_key: "process-header-label",
    hint_key: "file-picture-hint",
};

/// What the coordinator entered, with the problems found; `fresh` for an
/// empty new form (phases get their default openings).
struct Entered {
    form: ProcessForm,
    picture: PictureState,
    errors: FormErrors,
    fresh: bool,
}

/// The process being edited (None: a new one).
fn page(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, editing: Option<&Process>, entered: Entered) -> ProcessFormPage {
    let Entered { form, picture, errors, fresh } = entered;
    let phases = PhaseKind::ALL
        .into_iter()
        .map(|kind| {
            let defaults = kind.default_openings();
            let on = |part: &str, default: bool| if fresh { default } else { !form.phase_value(kind, part).is_empty() };
            PhaseInput {
                kind: kind.as_str(),
                name: ctx.locale.t(kind.name_key()),
                starts_id: phase_field(kind, "starts"),
                ends_id: phase_field(kind, "ends"),
                starts: form.phase_value(kind, "starts"),
                ends: form.phase_value(kind, "ends"),
                starts_error: errors.get(phase_field(kind, "starts")),
                ends_error: errors.get(phase_field(kind, "ends")),
                ideas: on("ideas", defaults.ideas),
                comments: on("comments", defaults.comments),
                supports: on("supports", defaults.supports),
            }
        })
        .collect();
    let cx = FieldCtx { locale: ctx.locale, tenant_slug: &tenant.slug, max_bytes: state.config.upload_max_bytes, errors: &errors };
    let picture = picture.field(cx);
    let (title, action, fixed_address) = match editing {
        Some(p) => (
            ctx.locale.t("process-edit-title"),
            format!("/m/{}/verwaltung/beteiligung/{}/bearbeiten", tenant.slug, p.slug),
            Some(format!("/m/{}/beteiligung/{}", tenant.slug, p.slug)),
        ),
        None => (ctx.locale.t("process-new-title"), format!("/m/{}/verwaltung/beteiligung/neu", tenant.slug), None),
    };
    ProcessFormPage {
        i18n: ctx.locale,
        layout: Layout::municipality(state, ctx, tenant, title),
        action,
        form,
        phases,
        picture,
        fixed_address,
        errors,
    }
}

/// The checked process, or the form's errors.
fn check(ctx: &RequestCtx, form: &ProcessForm) -> (Option<NewProcess>, FormErrors) {
    match form.validate() {
        Ok(input) => (Some(input), FormErrors::default()),
        Err(problems) => (None, FormErrors::of(ctx.locale, problems)),
    }
}

pub async fn process_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let entered =
        Entered { form: ProcessForm::default(), picture: PictureState::empty(HEADER), errors: FormErrors::default(), fresh: true };
    Ok(html(&page(&state, &ctx, &tenant, None, entered))?.into_response())
}

pub async fn process_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    submission: Submission,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let form: ProcessForm = submission.form()?;
    let (input, mut errors) = check(&ctx, &form);
    let mut picture = PictureState::empty(HEADER);
    picture.receive(&state, &ctx, &tenant, &submission, &mut errors).await?;
    let input = match input {
        Some(input) if errors.is_empty() => input,
        _ => {
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(&state, &ctx, &tenant, None, Entered { form, picture, errors, fresh: false }),
            );
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let id = match store::participation::processes::create(
        &txn,
        &tenant.scope,
        Some(actor.user.id),
        &input,
        &markdown::render(&input.description),
    )
    .await
    {
        Ok(id) => id,
        Err(store::StoreError::Conflict(code)) => {
            drop(txn);
            errors.add(ctx.locale, "slug", code);
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(&state, &ctx, &tenant, None, Entered { form, picture, errors, fresh: false }),
            );
        }
        Err(other) => return Err(other.into()),
    };
    picture.save(&txn, &tenant, actor.user.id, id).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/beteiligung/{}?notice=saved", tenant.slug, input.slug.as_str())).into_response())
}

/// The form as the process is now.
fn form_of(process: &Process) -> ProcessForm {
    let mut phases = std::collections::BTreeMap::new();
    for phase in &process.phases {
        let kind = phase.kind.as_str();
        if let Some(d) = phase.starts_on {
            phases.insert(format!("{kind}_starts"), d.format("%Y-%m-%d").to_string());
        }
        if let Some(d) = phase.ends_on {
            phases.insert(format!("{kind}_ends"), d.format("%Y-%m-%d").to_string());
        }
        for (part, open) in [("ideas", phase.openings.ideas), ("comments", phase.openings.comments), ("supports", phase.openings.supports)]
        {
            if open {
                phases.insert(format!("{kind}_{part}"), "yes".to_owned());
            }
        }
    }
    ProcessForm {
        title: process.title.clone(),
        slug: process.slug.clone(),
        summary: process.summary.clone(),
        description: process.description_markdown.clone(),
        action_fields: process.action_fields.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join("\n"),
        phases,
    }
}

pub async fn process_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, process_slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let process = process_of(&state, &tenant, &process_slug).await?;
    let picture = PictureState::saved(&state, &tenant, HEADER, process.id).await?;
    let entered = Entered { form: form_of(&process), picture, errors: FormErrors::default(), fresh: false };
    Ok(html(&page(&state, &ctx, &tenant, Some(&process), entered))?.into_response())
}

pub async fn process_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, process_slug)): Path<(String, String)>,
    submission: Submission,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let process = process_of(&state, &tenant, &process_slug).await?;
    let mut form: ProcessForm = submission.form()?;
    // The address stays what it is: links to the process keep working.
    form.slug = process.slug.clone();
    let (input, mut errors) = check(&ctx, &form);
    if input.as_ref().is_some_and(|i| i.action_fields.len() < process.action_fields.len()) {
        errors.add(ctx.locale, "action_fields", "process-action-fields-kept");
    }
    let mut picture = PictureState::saved(&state, &tenant, HEADER, process.id).await?;
    picture.receive(&state, &ctx, &tenant, &submission, &mut errors).await?;
    let input = match input {
        Some(input) if errors.is_empty() => input,
        _ => {
            let entered = Entered { form, picture, errors, fresh: false };
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, Some(&process), entered));
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::participation::processes::update(
        &txn,
        &tenant.scope,
        Some(actor.user.id),
        process.id,
        &input,
        &markdown::render(&input.description),
    )
    .await?;
    let removed = picture.save(&txn, &tenant, actor.user.id, process.id).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    keep::forget(&state, removed).await;
    Ok(Redirect::to(&format!("/m/{}/beteiligung/{}?notice=saved", tenant.slug, process.slug)).into_response())
}

#[derive(Template)]
#[template(path = "participation/neighbourhoods.html")]
struct NeighbourhoodsPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    existing: Vec<String>,
    names: String,
    errors: FormErrors,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NeighbourhoodsForm {
    names: String,
}

async fn neighbourhoods_page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    names: String,
    errors: FormErrors,
) -> Result<NeighbourhoodsPage, AppError> {
    let existing = store::participation::processes::neighbourhoods(&state.db, &tenant.scope).await?.into_iter().map(|n| n.name).collect();
    Ok(NeighbourhoodsPage {
        i18n: ctx.locale,
        layout: Layout::municipality(state, ctx, tenant, ctx.locale.t("neighbourhoods-title")),
        action: format!("/m/{}/verwaltung/quartiere", tenant.slug),
        existing,
        names,
        errors,
    })
}

pub async fn neighbourhoods_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    Ok(html(&neighbourhoods_page(&state, &ctx, &tenant, String::new(), FormErrors::default()).await?)?.into_response())
}

pub async fn neighbourhoods_add(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<NeighbourhoodsForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let names: Vec<String> = form.names.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
    if names.is_empty() || names.len() > 100 || names.iter().any(|n| n.chars().count() > 120) {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "names", "neighbourhoods-invalid");
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &neighbourhoods_page(&state, &ctx, &tenant, form.names, errors).await?);
    }
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::participation::processes::add_neighbourhoods(&txn, &tenant.scope, Some(actor.user.id), &names).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/verwaltung/quartiere?notice=saved", tenant.slug)).into_response())
}
