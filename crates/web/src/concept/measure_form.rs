//! The coordinators' form for a measure: what it is, its main goal and the
//! others it serves, who leads it and with whom, for whom and where, when,
//! priority, cost and funding, and its status (a reason when dropped).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::concept::measures::{Choices, MeasureForm};
use domain::concept::status::{MeasureStatus, Priority};
use http::StatusCode;
use store::concept::Concept;
use store::concept::choices::MeasureChoices;
use store::concept::outline::Field;
use store::tenancy::Tenant;

use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "concept/measure_form.html")]
struct MeasureFormPage {
    i18n: Locale,
    layout: Layout,
    action: String,
    back_href: String,
    form: MeasureForm,
    main_goals: Vec<Choice>,
    other_goals: Vec<Choice>,
    owners: Vec<Choice>,
    leads: Vec<Choice>,
    partners: Vec<Choice>,
    neighbourhoods: Vec<Choice>,
    priorities: Vec<Choice>,
    statuses: Vec<Choice>,
    errors: FormErrors,
}

/// Everything the form offers to choose from.
struct Offer {
    concept: Concept,
    fields: Vec<Field>,
    choices: MeasureChoices,
}

async fn offer(state: &AppState, tenant: &Tenant) -> Result<Offer, AppError> {
    let concept = store::concept::get(&state.db, &tenant.scope).await?.ok_or(AppError::NotFound)?;
    let fields = store::concept::outline::outline(&state.db, &tenant.scope, concept.id).await?;
    let choices = store::concept::choices::measure_choices(&state.db, &tenant.scope).await?;
    Ok(Offer { concept, fields, choices })
}

impl Offer {
    fn goal_ids(&self) -> Vec<i64> {
        self.fields.iter().flat_map(|f| f.goals.iter().map(|g| g.id)).collect()
    }

    fn check(
        &self,
        form: &MeasureForm,
        current: Option<MeasureStatus>,
    ) -> Result<domain::concept::measures::NewMeasure, Vec<domain::tenancy::FieldError>> {
        let (goals, owners, orgs, places) =
            (self.goal_ids(), self.choices.owner_ids(), self.choices.organisation_ids(), self.choices.neighbourhood_ids());
        form.validate(Choices { goals: &goals, owners: &owners, organisations: &orgs, neighbourhoods: &places }, current)
    }
}

fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    offer: &Offer,
    editing: Option<(i64, i32)>,
    form: MeasureForm,
    errors: FormErrors,
) -> MeasureFormPage {
    let locale = ctx.locale;
    let choice = |value: String, label: String, selected: bool| Choice { value, label, selected };
    let main = form.goals.first().cloned().unwrap_or_default();
    let goals: Vec<(String, String)> = offer
        .fields
        .iter()
        .flat_map(|f| f.goals.iter().map(move |g| (g.id.to_string(), format!("{} › {}", f.texts.name, g.texts.title))))
        .collect();
    let named = |list: &[store::participation::processes::Named], chosen: &[String]| -> Vec<Choice> {
        list.iter().map(|n| choice(n.id.to_string(), n.name.clone(), chosen.contains(&n.id.to_string()))).collect()
    };
    let base = format!("/m/{}/verwaltung/konzept/massnahmen", tenant.slug);
    MeasureFormPage {
        i18n: locale,
        layout: Layout::municipality(
            state,
            ctx,
            tenant,
            match editing {
                Some((_, number)) => super::public::numbered(locale, number, &form.title),
                None => locale.t("measure-new-title"),
            },
        ),
        action: match editing {
            Some((id, _)) => format!("{base}/{id}"),
            None => format!("{base}/neu"),
        },
        back_href: format!("/m/{}/verwaltung/konzept#gliederung", tenant.slug),
        main_goals: goals.iter().map(|(v, l)| choice(v.clone(), l.clone(), *v == main)).collect(),
        other_goals: goals.iter().map(|(v, l)| choice(v.clone(), l.clone(), form.goals.iter().skip(1).any(|g| g == v))).collect(),
        owners: named(&offer.choices.owners, std::slice::from_ref(&form.owner)),
        leads: named(&offer.choices.organisations, std::slice::from_ref(&form.lead_organisation)),
        partners: named(&offer.choices.organisations, &form.partners),
        neighbourhoods: named(&offer.choices.neighbourhoods, &form.neighbourhoods),
        priorities: Priority::ALL
            .into_iter()
            .map(|p| choice(p.as_str().into(), locale.t(&p.name_key()), form.priority == p.as_str()))
            .collect(),
        statuses: MeasureStatus::ALL
            .into_iter()
            .map(|s| choice(s.as_str().into(), locale.t(&s.name_key()), form.status == s.as_str()))
            .collect(),
        form,
        errors,
    }
}

pub async fn measure_new(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let offer = offer(&state, &tenant).await?;
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, &offer, None, MeasureForm::blank(), FormErrors::default()))
}

pub async fn measure_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let offer = offer(&state, &tenant).await?;
    let form = MeasureForm::from_pairs(pairs);
    let measure = match offer.check(&form, None) {
        Ok(measure) => measure,
        Err(list) => {
            let view = page(&state, &ctx, &tenant, &offer, None, form, FormErrors::of(ctx.locale, list));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let id = store::concept::measures::create(
        &txn,
        &tenant.scope,
        actor.user.id,
        offer.concept.id,
        &measure,
        &markdown::render(&measure.description),
    )
    .await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/massnahmen/{id}?notice=saved", tenant.slug)).into_response())
}

pub async fn measure_edit(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let measure = store::concept::measures::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let offer = offer(&state, &tenant).await?;
    let view = page(&state, &ctx, &tenant, &offer, Some((id, measure.number)), MeasureForm::of(&measure.details), FormErrors::default());
    html_status(StatusCode::OK, &view)
}

pub async fn measure_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let stored = store::concept::measures::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    let offer = offer(&state, &tenant).await?;
    let form = MeasureForm::from_pairs(pairs);
    let measure = match offer.check(&form, Some(stored.details.status)) {
        Ok(measure) => measure,
        Err(list) => {
            let view = page(&state, &ctx, &tenant, &offer, Some((id, stored.number)), form, FormErrors::of(ctx.locale, list));
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::measures::update(&txn, &tenant.scope, actor.user.id, id, &measure, &markdown::render(&measure.description)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/massnahmen/{id}?notice=saved", tenant.slug)).into_response())
}
