//! The coordinators' form to hold a measure up as good practice: what
//! worked, what it cost, whom to ask (or to take the mark away again).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::concept::practice::PracticeForm;
use http::StatusCode;
use store::concept::measures::Measure;
use store::tenancy::Tenant;

use super::public::numbered;
use super::views::measure_of;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{FormErrors, posted};
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "concept/practice_form.html")]
struct PracticePage {
    i18n: Locale,
    layout: Layout,
    action: String,
    measure_href: String,
    form: PracticeForm,
    errors: FormErrors,
}

fn page(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, measure: &Measure, form: PracticeForm, errors: FormErrors) -> PracticePage {
    let locale = ctx.locale;
    let title = numbered(locale, measure.number, &measure.details.title);
    PracticePage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t_args("practice-title", &[("measure", FluentArg::Text(title))])),
        action: format!("/m/{}/verwaltung/konzept/massnahmen/{}/gute-praxis", tenant.slug, measure.id),
        measure_href: format!("/m/{}/massnahmen/{}", tenant.slug, measure.id),
        form,
        errors,
    }
}

pub async fn practice_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let measure = measure_of(&state, &tenant, id).await?;
    let form = PracticeForm::of(measure.practice.as_ref());
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, &measure, form, FormErrors::default()))
}

pub async fn practice_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let measure = measure_of(&state, &tenant, id).await?;
    let form = PracticeForm {
        marked: posted(&pairs, "marked").into(),
        worked: posted(&pairs, "worked").into(),
        cost: posted(&pairs, "cost").into(),
        contact: posted(&pairs, "contact").into(),
    };
    let practice = match form.validate() {
        Ok(practice) => practice,
        Err(list) => {
            let view = page(&state, &ctx, &tenant, &measure, form, FormErrors::of(ctx.locale, list));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::practice::set(&txn, &tenant.scope, actor.user.id, id, practice.as_ref()).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/massnahmen/{id}?notice=saved#gute-praxis", tenant.slug)).into_response())
}
