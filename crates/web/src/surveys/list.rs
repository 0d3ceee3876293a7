//! The municipality's surveys that have opened.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use http::StatusCode;

use super::views::{SurveyCard, card};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::participation::policy::can_manage;
use crate::tenancy::CurrentMunicipality;

#[derive(Template)]
#[template(path = "surveys/list.html")]
struct SurveysPage {
    i18n: Locale,
    layout: Layout,
    open: Vec<SurveyCard>,
    closed: Vec<SurveyCard>,
}

pub async fn surveys_list(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let today = crate::participation::today();
    let manager = ctx.actor.as_ref().is_some_and(|a| can_manage(a, &tenant));
    let (open, closed): (Vec<SurveyCard>, Vec<SurveyCard>) = store::surveys::opened(&state.db, &tenant.scope, today)
        .await?
        .iter()
        .map(|s| card(locale, &tenant, s, today, manager))
        .partition(|c| c.open);
    let view = SurveysPage { i18n: locale, layout: Layout::municipality(&state, &ctx, &tenant, locale.t("surveys-title")), open, closed };
    html_status(StatusCode::OK, &view)
}
