//! Reporting on a measure, for its owner and the coordinators: a new
//! progress update (day, status, percent, what happened, photos with their
//! text alternatives and evidence documents), ticking
//! milestones, and recording indicator values (or removing one entered by
//! mistake). Each form on the page comes back with what was typed and the
//! errors beside it; the others keep their state.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::concept::indicators::ValueForm;
use domain::concept::progress::UpdateForm;
use domain::concept::status::MeasureStatus;
use domain::files::{MAX_UPDATE_PHOTOS, Slot};
use http::StatusCode;
use store::concept::measures::Measure;
use store::tenancy::Tenant;

use super::policy::require_reporter;
use super::progress_views::{IndicatorView, MilestoneView, indicator_view, milestone_view};
use super::public::numbered;
use super::views::measure_of;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors, posted};
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::tenancy::CurrentMunicipality;
use crate::uploads::fields::{AttachmentsField, FieldCtx, PictureField};
use crate::uploads::form_files::{AttachmentsState, PictureInputs, PictureState};
use crate::uploads::keep::Field;
use crate::uploads::submission::Submission;

/// A field of an indicator's value form: named after the indicator, so that
/// every field on the page has its own id.
struct PartField {
    name: String,
    value: String,
    error: Option<String>,
}

/// An indicator with its value form (typed values kept after an error).
struct IndicatorPart {
    view: IndicatorView,
    on: PartField,
    value: PartField,
    note: PartField,
}

#[derive(Template)]
#[template(path = "concept/report.html")]
struct ReportPage {
    i18n: Locale,
    layout: Layout,
    measure_href: String,
    action: String,
    update: UpdateForm,
    statuses: Vec<Choice>,
    milestones: Vec<MilestoneView>,
    indicators: Vec<IndicatorPart>,
    photos: Vec<PictureField>,
    evidence: AttachmentsField,
    errors: FormErrors,
}

const fn photo(input: &'static str, kept: &'static str, alt: &'static str, remove: &'static str, label_key: &'static str) -> PictureInputs {
    PictureInputs { field: Field { slot: Slot::UpdatePhoto, input, kept }, alt, remove, label_key, hint_key: "file-picture-hint" }
}

/// The report's photos and its evidence documents.
const PHOTOS: [PictureInputs; MAX_UPDATE_PHOTOS] = [
    photo("photo_0", "kept_photo_0", "photo_alt_0", "remove_photo_0", "progress-photo-1"),
    photo("photo_1", "kept_photo_1", "photo_alt_1", "remove_photo_1", "progress-photo-2"),
];
const EVIDENCE: Field = Field { slot: Slot::UpdateEvidence, input: "evidence", kept: "kept_evidence" };

/// The files sent with a new report (none saved yet: a report is new each time).
struct ReportFiles {
    photos: Vec<PictureState>,
    evidence: AttachmentsState,
}

impl ReportFiles {
    fn empty() -> ReportFiles {
        ReportFiles {
            photos: PHOTOS.iter().map(|p| PictureState::empty(*p)).collect(),
            evidence: AttachmentsState::empty(EVIDENCE, "remove_evidence"),
        }
    }
}

/// What was typed into one of the page's forms.
enum Typed {
    Nothing,
    Update(UpdateForm, ReportFiles),
    Value(i64, ValueForm),
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    measure: &Measure,
    typed: Typed,
    errors: FormErrors,
) -> Result<ReportPage, AppError> {
    let locale = ctx.locale;
    let today = crate::participation::today();
    let ids = [measure.id];
    let indicators = store::concept::indicators::of_measures(&state.db, &tenant.scope, &ids).await?;
    let milestones = store::concept::progress::milestones_of(&state.db, &tenant.scope, &ids).await?;
    let update = match &typed {
        Typed::Update(form, _) => form.clone(),
        _ => UpdateForm::next(measure.details.status, measure.percent, today),
    };
    let cx = FieldCtx { locale, tenant_slug: &tenant.slug, max_bytes: state.config.upload_max_bytes, errors: &errors };
    let empty = ReportFiles::empty();
    let files = match &typed {
        Typed::Update(_, files) => files,
        _ => &empty,
    };
    let photos = files.photos.iter().map(|p| p.field(cx)).collect();
    let evidence = files.evidence.field(cx);
    let statuses = MeasureStatus::ALL
        .into_iter()
        .filter(|s| *s == measure.details.status || measure.details.status.refuses(*s).is_none())
        .map(|s| Choice { value: s.as_str().into(), label: locale.t(&s.name_key()), selected: update.status == s.as_str() })
        .collect();
    let base = format!("/m/{}/massnahmen/{}", tenant.slug, measure.id);
    Ok(ReportPage {
        i18n: locale,
        layout: Layout::municipality(
            state,
            ctx,
            tenant,
            locale.t_args(
                "progress-report-title",
                &[("measure", crate::i18n::FluentArg::Text(numbered(locale, measure.number, &measure.details.title)))],
            ),
        ),
        measure_href: base.clone(),
        action: format!("{base}/bericht"),
        update,
        statuses,
        milestones: milestones.iter().map(|m| milestone_view(locale, m, today)).collect(),
        indicators: indicators
            .iter()
            .map(|i| {
                let (on, value, note) = match &typed {
                    Typed::Value(id, form) if *id == i.id => (form.on.clone(), form.value.clone(), form.note.clone()),
                    _ => (today.to_string(), String::new(), String::new()),
                };
                let part = |field: &str, value: String| {
                    let name = format!("{field}_{}", i.id);
                    PartField { error: errors.get(&name), name, value }
                };
                IndicatorPart { view: indicator_view(locale, i), on: part("on", on), value: part("value", value), note: part("note", note) }
            })
            .collect(),
        photos,
        evidence,
        errors,
    })
}

pub async fn report_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    let measure = measure_of(&state, &tenant, id).await?;
    require_reporter(&ctx, &tenant, &measure)?;
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, &measure, Typed::Nothing, FormErrors::default()).await?)
}

/// The report form's fields (the files come beside them).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct UpdateFields {
    on: String,
    status: String,
    percent: String,
    text: String,
    reason: String,
}

pub async fn update_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    submission: Submission,
) -> Result<Response, AppError> {
    let measure = measure_of(&state, &tenant, id).await?;
    let actor = require_reporter(&ctx, &tenant, &measure)?;
    let fields: UpdateFields = submission.form()?;
    let form = UpdateForm { on: fields.on, status: fields.status, percent: fields.percent, text: fields.text, reason: fields.reason };
    let checked = form.validate(measure.details.status, crate::participation::today());
    let mut errors = match &checked {
        Ok(_) => FormErrors::default(),
        Err(list) => FormErrors::of(ctx.locale, list.clone()),
    };
    let mut files = ReportFiles::empty();
    for photo in &mut files.photos {
        photo.receive(&state, &ctx, &tenant, &submission, &mut errors).await?;
    }
    files.evidence.receive(&state, &ctx, &tenant, &submission, &mut errors).await?;
    let update = match checked {
        Ok(update) if errors.is_empty() => update,
        _ => {
            let view = page(&state, &ctx, &tenant, &measure, Typed::Update(form, files), errors).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let posted_id =
        store::concept::progress::post(&txn, &tenant.scope, actor.user.id, id, &update, &markdown::render(&update.text)).await?;
    for photo in &files.photos {
        photo.save(&txn, &tenant, actor.user.id, posted_id).await?;
    }
    files.evidence.save(&txn, &tenant, actor.user.id, posted_id).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/massnahmen/{id}?notice=saved#neuigkeiten", tenant.slug)).into_response())
}

pub async fn value_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id, indicator)): Path<(String, i64, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let measure = measure_of(&state, &tenant, id).await?;
    let actor = require_reporter(&ctx, &tenant, &measure)?;
    let stored = store::concept::indicators::get(&state.db, &tenant.scope, indicator).await?.filter(|i| i.measure_id == id);
    stored.ok_or(AppError::NotFound)?;
    let form = ValueForm {
        on: posted(&pairs, &format!("on_{indicator}")).into(),
        value: posted(&pairs, &format!("value_{indicator}")).into(),
        note: posted(&pairs, &format!("note_{indicator}")).into(),
    };
    let value = match form.validate(crate::participation::today()) {
        Ok(value) => value,
        Err(list) => {
            let mut errors = FormErrors::default();
            for e in list {
                errors.add(ctx.locale, &format!("{}_{indicator}", e.field), e.code);
            }
            let view = page(&state, &ctx, &tenant, &measure, Typed::Value(indicator, form), errors).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::indicators::record_value(&txn, &tenant.scope, actor.user.id, indicator, &value).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/massnahmen/{id}/bericht?notice=saved#indikator-{indicator}", tenant.slug)).into_response())
}

pub async fn value_remove(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id, indicator, value)): Path<(String, i64, i64, i64)>,
) -> Result<Response, AppError> {
    let measure = measure_of(&state, &tenant, id).await?;
    let actor = require_reporter(&ctx, &tenant, &measure)?;
    let stored = store::concept::indicators::get(&state.db, &tenant.scope, indicator).await?.filter(|i| i.measure_id == id);
    stored.ok_or(AppError::NotFound)?;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::indicators::remove_value(&txn, &tenant.scope, actor.user.id, indicator, value).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/massnahmen/{id}/bericht?notice=saved#indikator-{indicator}", tenant.slug)).into_response())
}

pub async fn milestone_tick(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id, milestone)): Path<(String, i64, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let measure = measure_of(&state, &tenant, id).await?;
    let actor = require_reporter(&ctx, &tenant, &measure)?;
    let reached = match posted(&pairs, "reached") {
        "yes" => Some(crate::participation::today()),
        "no" => None,
        _ => {
            let mut errors = FormErrors::default();
            errors.add(ctx.locale, "milestones", "milestone-choice-invalid");
            let view = page(&state, &ctx, &tenant, &measure, Typed::Nothing, errors).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::progress::set_reached(&txn, &tenant.scope, actor.user.id, id, milestone, reached).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/massnahmen/{id}/bericht?notice=saved#meilensteine", tenant.slug)).into_response())
}
