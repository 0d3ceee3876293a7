//! The public funding pages: every programme with its calls (open ones
//! first), and each call with its window and its rules in plain language,
//! so that a municipality knows before applying whether it may and for how
//! much.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use http::StatusCode;

use super::rules_view::{self, window_text};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::{Fact, Layout, html_status};

pub struct CallItem {
    pub href: String,
    pub title: String,
    pub window: String,
    pub state: String,
    pub open: bool,
    pub max_grant: String,
}

pub struct ProgrammeItem {
    pub anchor: String,
    pub name: String,
    pub legal_basis: String,
    pub description_html: String,
    pub contact: String,
    pub calls: Vec<CallItem>,
}

#[derive(Template)]
#[template(path = "funding/public.html")]
struct ProgrammesPage {
    i18n: Locale,
    layout: Layout,
    programmes: Vec<ProgrammeItem>,
    officer_href: Option<String>,
}

pub async fn programmes_show(State(state): State<AppState>, ctx: RequestCtx) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let land = store::tenancy::state(&state.db).await?;
    let programmes = store::funding::programmes::list(&state.db, &land.scope).await?;
    let calls = store::funding::calls::list(&state.db, &land.scope, None).await?;
    let now = chrono::Utc::now();
    let programmes = programmes
        .into_iter()
        .map(|p| {
            let mut items: Vec<CallItem> = calls
                .iter()
                .filter(|c| c.programme == p.id)
                .map(|c| {
                    let window = c.window(now);
                    CallItem {
                        href: format!("/foerderung/aufrufe/{}", c.id),
                        title: c.draft.title.clone(),
                        window: window_text(locale, c),
                        state: locale.t(&window.label_key()),
                        open: window == domain::funding::call::Window::Open,
                        max_grant: locale.money(c.draft.rules.max_grant),
                    }
                })
                .collect();
            items.sort_by_key(|c| !c.open);
            ProgrammeItem {
                anchor: format!("programm-{}", p.id),
                name: p.texts.name,
                legal_basis: p.texts.legal_basis,
                description_html: p.description_html,
                contact: p.texts.contact,
                calls: items,
            }
        })
        .collect();
    let officer = ctx.actor.as_ref().is_some_and(|a| super::policy::is_officer(a, &land));
    let view = ProgrammesPage {
        i18n: locale,
        layout: Layout::state(&state, &ctx, locale.t("funding-public-title")),
        programmes,
        officer_href: officer.then(|| "/land/foerderung".to_owned()),
    };
    html_status(StatusCode::OK, &view)
}

#[derive(Template)]
#[template(path = "funding/call.html")]
struct CallPage {
    i18n: Locale,
    layout: Layout,
    programme_name: String,
    programme_href: String,
    state: String,
    open: bool,
    window: String,
    description_html: String,
    rules: Vec<Fact>,
    attachments: Vec<String>,
    declarations: Vec<String>,
    criteria: Vec<String>,
    contact: String,
}

pub async fn call_show(State(state): State<AppState>, ctx: RequestCtx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let land = store::tenancy::state(&state.db).await?;
    let call = store::funding::calls::get(&state.db, &land.scope, id).await?.ok_or(AppError::NotFound)?;
    let programme = store::funding::programmes::get(&state.db, &land.scope, call.programme).await?.ok_or(AppError::NotFound)?;
    let window = call.window(chrono::Utc::now());
    let view = CallPage {
        i18n: locale,
        layout: Layout::state(&state, &ctx, call.draft.title.clone()),
        programme_href: format!("/foerderung#programm-{}", programme.id),
        programme_name: programme.texts.name,
        state: locale.t(&window.label_key()),
        open: window == domain::funding::call::Window::Open,
        window: window_text(locale, &call),
        description_html: call.description_html.clone(),
        rules: rules_view::facts(locale, &call.draft.rules),
        attachments: call.draft.rules.required_attachments.clone(),
        declarations: call.draft.rules.required_declarations.clone(),
        criteria: call.draft.rules.review_criteria.clone(),
        contact: programme.texts.contact,
    };
    html_status(StatusCode::OK, &view)
}
