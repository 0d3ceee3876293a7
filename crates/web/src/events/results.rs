//! After an event: the coordinators record what came of it — a report,
//! how many took part (optionally by voluntary band) and up to three photos with
//! their text alternatives. The event's page shows it, with the ideas given
//! there.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::events::results::ResultsForm;
use domain::files::Slot;
use http::StatusCode;
use store::events::Event;
use store::participation::processes::Named;
use store::tenancy::Tenant;

use super::bands::{BandGroup, groups};
use super::pages::event_of;
use super::views::when;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;
use crate::uploads::fields::{FieldCtx, PictureField};
use crate::uploads::form_files::{PictureInputs, PictureState};
use crate::uploads::keep::{self, Field};
use crate::uploads::submission::Submission;

const fn photo(input: &'static str, kept: &'static str, alt: &'static str, remove: &'static str, label_key: &'static str) -> PictureInputs {
    PictureInputs { field: Field { slot: Slot::EventPhoto, input, kept }, alt, remove, label_key, hint_key: "file-picture-hint" }
}

/// The three photos' inputs.
const PHOTOS: [PictureInputs; 3] = [
    photo("photo_0", "kept_photo_0", "photo_alt_0", "remove_photo_0", "event-photo-1"),
    photo("photo_1", "kept_photo_1", "photo_alt_1", "remove_photo_1", "event-photo-2"),
    photo("photo_2", "kept_photo_2", "photo_alt_2", "remove_photo_2", "event-photo-3"),
];

#[derive(Template)]
#[template(path = "events/results_form.html")]
struct ResultsPage {
    i18n: Locale,
    layout: Layout,
    event_title: String,
    event_href: String,
    when: String,
    action: String,
    form: ResultsForm,
    bands: Vec<BandGroup>,
    photos: Vec<PictureField>,
    errors: FormErrors,
}

#[allow(clippy::too_many_arguments)]
fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    event: &Event,
    neighbourhoods: &[Named],
    form: ResultsForm,
    photos: &[PictureState],
    errors: FormErrors,
) -> ResultsPage {
    let locale = ctx.locale;
    let cx = FieldCtx { locale, tenant_slug: &tenant.slug, max_bytes: state.config.upload_max_bytes, errors: &errors };
    let bands = groups(locale, &form, neighbourhoods, &errors);
    ResultsPage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t("event-results-form-title")),
        event_title: event.details.title.clone(),
        event_href: format!("/m/{}/veranstaltungen/{}", tenant.slug, event.id),
        when: when(locale, event.details.starts_at, event.details.ends_at),
        action: format!("/m/{}/verwaltung/veranstaltungen/{}/ergebnisse", tenant.slug, event.id),
        bands,
        photos: photos.iter().map(|p| p.field(cx)).collect(),
        form,
        errors,
    }
}

async fn saved_photos(state: &AppState, tenant: &Tenant, event: i64) -> Result<Vec<PictureState>, AppError> {
    let mut saved = store::files::of_owner(&state.db, &tenant.scope, Slot::EventPhoto, event).await?.into_iter();
    Ok(PHOTOS.iter().map(|inputs| PictureState::of_file(*inputs, saved.next())).collect())
}

pub async fn results_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let event = event_of(&state.db, &tenant, id).await?;
    let form = event.results.as_ref().map(|r| ResultsForm::of(&r.results)).unwrap_or_default();
    let photos = saved_photos(&state, &tenant, id).await?;
    let neighbourhoods = store::participation::processes::neighbourhoods(&state.db, &tenant.scope).await?;
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, &event, &neighbourhoods, form, &photos, FormErrors::default()))
}

pub async fn results_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    submission: Submission,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let event = event_of(&state.db, &tenant, id).await?;
    let mut form: ResultsForm = submission.form()?;
    form.bands = submission.with_prefix("band_").map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
    let neighbourhoods = store::participation::processes::neighbourhoods(&state.db, &tenant.scope).await?;
    let ids: Vec<i64> = neighbourhoods.iter().map(|n| n.id).collect();
    let checked = form.validate(&ids);
    let mut errors = match &checked {
        Ok(_) => FormErrors::default(),
        Err(list) => FormErrors::of(ctx.locale, list.clone()),
    };
    let mut photos = saved_photos(&state, &tenant, id).await?;
    for photo in &mut photos {
        photo.receive(&state, &ctx, &tenant, &submission, &mut errors).await?;
    }
    let results = match checked {
        Ok(results) if errors.is_empty() => results,
        _ => {
            return html_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(&state, &ctx, &tenant, &event, &neighbourhoods, form, &photos, errors),
            );
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::events::record_results(&txn, &tenant.scope, actor.user.id, id, &results, &markdown::render(&results.report)).await?;
    let mut removed = Vec::new();
    for photo in &photos {
        removed.extend(photo.save(&txn, &tenant, actor.user.id, id).await?);
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    keep::forget(&state, removed).await;
    Ok(Redirect::to(&format!("/m/{}/veranstaltungen/{id}?notice=saved#ergebnisse", tenant.slug)).into_response())
}
