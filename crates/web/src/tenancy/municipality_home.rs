use askama::Template;
use axum::extract::State;
use axum::response::Html;

use super::CurrentMunicipality;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::layout::Layout;

#[derive(Template)]
#[template(path = "tenancy/municipality.html")]
pub struct MunicipalityPage {
    pub i18n: Locale,
    pub layout: Layout,
    pub intro: String,
    pub district: String,
    pub population: String,
    pub ags: String,
    /// The concept, once it is public (or for its coordinators).
    pub concept: Option<String>,
}

pub async fn municipality_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Html<String>, AppError> {
    let locale = ctx.locale;
    let manager = ctx.actor.as_ref().is_some_and(|a| crate::participation::policy::can_manage(a, &tenant));
    let concept = store::concept::get(&state.db, &tenant.scope).await?.filter(|c| manager || c.stage.stage.public()).map(|c| c.texts.title);
    let page = MunicipalityPage {
        concept,
        i18n: locale,
        intro: locale.t_args("municipality-intro", &[("name", FluentArg::Text(tenant.name.clone()))]),
        district: tenant.district.clone(),
        population: locale.number(tenant.population.unwrap_or_default()),
        ags: tenant.ags.clone().unwrap_or_default(),
        layout: Layout::municipality(&state, &ctx, &tenant, tenant.name.clone()),
    };
    Ok(Html(page.render().map_err(|e| AppError::Internal(e.to_string()))?))
}
