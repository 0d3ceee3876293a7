//! The coordinators' page for the concept: its texts (title, preamble,
//! vision), its stage (draft, in consultation, adopted with the council's
//! decision), the outline of action fields and goals with their measures,
//! and a form to add an action field. Each form comes back with what was
//! typed when something is wrong.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use domain::concept::stage::{Stage, StageForm};
use domain::concept::structure::FieldForm;
use domain::concept::texts::TextsForm;
use http::StatusCode;
use store::concept::Concept;
use store::tenancy::Tenant;

use super::public::numbered;
use super::views::{StatusBadge, badge};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::Locale;
use crate::layout::{Layout, Link, html_status};
use crate::markdown;
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

pub struct OutlineGoal {
    pub title: String,
    pub edit_href: String,
    pub measures: Vec<(Link, StatusBadge)>,
}

pub struct OutlineField {
    pub name: String,
    pub edit_href: String,
    pub add_goal_href: String,
    pub goals: Vec<OutlineGoal>,
}

#[derive(Template)]
#[template(path = "concept/manage.html")]
struct ManagePage {
    i18n: Locale,
    layout: Layout,
    base: String,
    public_href: Option<String>,
    texts: TextsForm,
    stage: StageForm,
    stages: Vec<Choice>,
    field: FieldForm,
    outline: Vec<OutlineField>,
    can_add_measure: bool,
    errors: FormErrors,
}

/// What the page shows besides the forms.
struct Forms {
    texts: TextsForm,
    stage: StageForm,
    field: FieldForm,
}

impl Forms {
    fn of(concept: Option<&Concept>) -> Forms {
        Forms {
            texts: concept.map(|c| TextsForm::of(&c.texts)).unwrap_or_default(),
            stage: concept
                .map(|c| StageForm::of(&c.stage))
                .unwrap_or(StageForm { stage: Stage::Draft.as_str().into(), ..Default::default() }),
            field: FieldForm::default(),
        }
    }
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    concept: Option<&Concept>,
    forms: Forms,
    errors: FormErrors,
) -> Result<ManagePage, AppError> {
    let locale = ctx.locale;
    let base = format!("/m/{}/verwaltung/konzept", tenant.slug);
    let mut outline = Vec::new();
    if let Some(concept) = concept {
        let fields = store::concept::outline::outline(&state.db, &tenant.scope, concept.id).await?;
        let measures = store::concept::measures::list(&state.db, &tenant.scope, concept.id).await?;
        outline = fields
            .into_iter()
            .map(|f| OutlineField {
                edit_href: format!("{base}/handlungsfelder/{}", f.id),
                add_goal_href: format!("{base}/handlungsfelder/{}/ziele", f.id),
                name: f.texts.name,
                goals: f
                    .goals
                    .into_iter()
                    .map(|g| OutlineGoal {
                        edit_href: format!("{base}/ziele/{}", g.id),
                        measures: measures
                            .iter()
                            .filter(|m| m.goal_id == g.id)
                            .map(|m| {
                                (
                                    Link { href: format!("{base}/massnahmen/{}", m.id), label: numbered(locale, m.number, &m.title) },
                                    badge(locale, m.status),
                                )
                            })
                            .collect(),
                        title: g.texts.title,
                    })
                    .collect(),
            })
            .collect();
    }
    let stage = forms.stage.stage.clone();
    Ok(ManagePage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t("concept-manage-title")),
        public_href: concept.map(|_| format!("/m/{}/konzept", tenant.slug)),
        can_add_measure: outline.iter().any(|f| !f.goals.is_empty()),
        stages: Stage::ALL
            .into_iter()
            .map(|s| Choice { value: s.as_str().into(), label: locale.t(&s.name_key()), selected: stage == s.as_str() })
            .collect(),
        texts: forms.texts,
        stage: forms.stage,
        field: forms.field,
        outline,
        base,
        errors,
    })
}

pub async fn concept_manage(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let concept = store::concept::get(&state.db, &tenant.scope).await?;
    let view = page(&state, &ctx, &tenant, concept.as_ref(), Forms::of(concept.as_ref()), FormErrors::default()).await?;
    html_status(StatusCode::OK, &view)
}

fn saved(tenant: &Tenant, anchor: &str) -> Response {
    Redirect::to(&format!("/m/{}/verwaltung/konzept?notice=saved#{anchor}", tenant.slug)).into_response()
}

pub async fn concept_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<TextsForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let texts = match form.validate() {
        Ok(texts) => texts,
        Err(list) => {
            let concept = store::concept::get(&state.db, &tenant.scope).await?;
            let forms = Forms { texts: form, ..Forms::of(concept.as_ref()) };
            let view = page(&state, &ctx, &tenant, concept.as_ref(), forms, FormErrors::of(ctx.locale, list)).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::save_texts(
        &txn,
        &tenant.scope,
        actor.user.id,
        &texts,
        &markdown::render(&texts.preamble),
        &markdown::render(&texts.vision),
    )
    .await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(saved(&tenant, "texte"))
}

pub async fn stage_update(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<StageForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let concept = store::concept::get(&state.db, &tenant.scope).await?;
    let checked = match (&concept, form.validate(crate::participation::today())) {
        (Some(_), Ok(change)) => change,
        (_, result) => {
            let mut errors = FormErrors::of(ctx.locale, result.err().unwrap_or_default());
            if concept.is_none() {
                errors.add(ctx.locale, "stage", "concept-texts-first");
            }
            let forms = Forms { stage: form, ..Forms::of(concept.as_ref()) };
            let view = page(&state, &ctx, &tenant, concept.as_ref(), forms, errors).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    store::concept::set_stage(&txn, &tenant.scope, actor.user.id, &checked).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(saved(&tenant, "stand"))
}

pub async fn field_create(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Form(form): Form<FieldForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let concept = store::concept::get(&state.db, &tenant.scope).await?;
    let checked = match (&concept, form.validate()) {
        (Some(c), Ok(field)) => (c.id, field),
        (_, result) => {
            let mut errors = FormErrors::of(ctx.locale, result.err().unwrap_or_default());
            if concept.is_none() {
                errors.add(ctx.locale, "name", "concept-texts-first");
            }
            let forms = Forms { field: form, ..Forms::of(concept.as_ref()) };
            let view = page(&state, &ctx, &tenant, concept.as_ref(), forms, errors).await?;
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let (concept, field) = checked;
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    let id =
        store::concept::outline::add_field(&txn, &tenant.scope, actor.user.id, concept, &field, &markdown::render(&field.analysis)).await?;
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(saved(&tenant, &format!("feld-{id}")))
}
