//! The applications to one call for its officers: a table with status,
//! municipality, population, amount requested, when submitted and how many
//! days the application has been waiting for a decision.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::funding::application::Status;
use http::StatusCode;
use store::funding::applications::Application;

use super::policy::require_officer;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::events::views::at;
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};

pub struct Row {
    pub href: String,
    pub municipality: String,
    pub population: String,
    pub title: String,
    pub status: String,
    pub requested: String,
    pub submitted: String,
    /// Days since the newest version came in, while it waits for a decision.
    pub waiting: String,
}

#[derive(Template)]
#[template(path = "funding/review_list.html")]
struct ReviewListPage {
    i18n: Locale,
    layout: Layout,
    call_href: String,
    rows: Vec<Row>,
    /// "4 applications · 2 in review · 1 approved".
    counts: String,
}

/// Whole days the application has waited for a decision (none once decided or sent back).
pub fn days_waiting(a: &Application, now: chrono::DateTime<chrono::Utc>) -> Option<i64> {
    (a.status == Status::Submitted).then_some(a.submitted_at).flatten().map(|t| (now - t).num_days())
}

pub async fn review_list_show(State(state): State<AppState>, ctx: RequestCtx, Path(call): Path<i64>) -> Result<Response, AppError> {
    let (_, land) = require_officer(&state, &ctx).await?;
    let locale = ctx.locale;
    let call = store::funding::calls::get(&state.db, &land.scope, call).await?.ok_or(AppError::NotFound)?;
    let list = store::funding::review::of_call(&state.db, &land.scope, call.id).await?;
    let now = chrono::Utc::now();
    let rows = list
        .iter()
        .map(|r| Row {
            href: format!("/land/foerderung/antraege/{}", r.application.id),
            municipality: r.municipality.name.clone(),
            population: r.municipality.population.map(|p| locale.number(p)).unwrap_or_default(),
            title: r.application.form.title.clone(),
            status: locale.t(&r.application.status.label_key()),
            requested: locale.money(r.application.requested),
            submitted: r.application.submitted_at.map(|t| at(locale, t)).unwrap_or_default(),
            waiting: days_waiting(&r.application, now)
                .map(|d| locale.t_args("review-days", &[("days", FluentArg::Number(d))]))
                .unwrap_or_default(),
        })
        .collect();
    let count = |s: Status| list.iter().filter(|r| r.application.status == s).count() as i64;
    let counts = locale.t_args(
        "review-counts",
        &[
            ("total", FluentArg::Number(list.len() as i64)),
            ("review", FluentArg::Number(count(Status::Submitted))),
            ("approved", FluentArg::Number(count(Status::Approved))),
        ],
    );
    let page = ReviewListPage {
        i18n: locale,
        layout: Layout::state(&state, &ctx, locale.t_args("review-list-title", &[("call", FluentArg::Text(call.draft.title.clone()))])),
        call_href: format!("/land/foerderung/aufrufe/{}", call.id),
        rows,
        counts,
    };
    html_status(StatusCode::OK, &page)
}
