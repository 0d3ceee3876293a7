//! The coordinator merges a duplicate idea into the one that is kept. The
//! kept idea is named by its number or by its address (copied from the
//! browser), so this works with any number of ideas and without JavaScript.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use serde::Deserialize;
use store::participation::ideas::Idea;
use store::tenancy::Tenant;

use super::policy::require_coordinator;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::i18n::Locale;
use crate::layout::{Layout, html_status};
use crate::tenancy::CurrentMunicipality;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MergeForm {
    into: String,
}

#[derive(Template)]
#[template(path = "participation/merge.html")]
struct MergePage {
    i18n: Locale,
    layout: Layout,
    idea_title: String,
    idea_href: String,
    action: String,
    into: String,
    errors: FormErrors,
}

fn page(state: &AppState, ctx: &RequestCtx, tenant: &Tenant, idea: &Idea, into: String, errors: FormErrors) -> MergePage {
    let href = format!("/m/{}/ideen/{}", tenant.slug, idea.summary.id);
    MergePage {
        i18n: ctx.locale,
        layout: Layout::municipality(state, ctx, tenant, ctx.locale.t("merge-title")),
        idea_title: idea.summary.title.clone(),
        action: format!("{href}/zusammenfuehren"),
        idea_href: href,
        into,
        errors,
    }
}

/// The number at the end of what was typed: "12", "#12" or ".../ideen/12".
fn idea_number(text: &str) -> Option<i64> {
    let text = text.trim();
    let text = text.strip_prefix('#').unwrap_or(text);
    let text = text.split(['?', '#']).next().unwrap_or(text).trim_end_matches('/');
    let digits: String = text.chars().rev().take_while(char::is_ascii_digit).collect::<Vec<_>>().into_iter().rev().collect();
    digits.parse().ok()
}

async fn duplicate(state: &AppState, tenant: &Tenant, id: i64) -> Result<Idea, AppError> {
    let idea = store::participation::ideas::get(&state.db, &tenant.scope, id).await?.ok_or(AppError::NotFound)?;
    if idea.merged_into.is_some() {
        return Err(AppError::NotFound);
    }
    Ok(idea)
}

pub async fn merge_show(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let idea = duplicate(&state, &tenant, id).await?;
    html_status(StatusCode::OK, &page(&state, &ctx, &tenant, &idea, String::new(), FormErrors::default()))
}

pub async fn merge_save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
    Form(form): Form<MergeForm>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let idea = duplicate(&state, &tenant, id).await?;
    let refuse = |code: &str| {
        let mut errors = FormErrors::default();
        errors.add(ctx.locale, "into", code);
        html_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, &ctx, &tenant, &idea, form.into.clone(), errors))
    };
    let Some(kept) = idea_number(&form.into) else { return refuse("idea-merge-unknown") };
    let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
    match store::participation::merge::merge(&txn, &tenant.scope, actor.user.id, id, kept).await {
        Ok(()) => {}
        Err(store::StoreError::Conflict(code)) => return refuse(code),
        Err(err) => return Err(err.into()),
    }
    txn.commit().await.map_err(store::StoreError::from)?;
    Ok(Redirect::to(&format!("/m/{}/ideen/{kept}?notice=ideas-merged", tenant.slug)).into_response())
}

#[cfg(test)]
mod tests {
    use super::idea_number;

    #[test]
    fn the_kept_idea_is_named_by_number_or_address() {
        assert_eq!(idea_number("12"), Some(12));
        assert_eq!(idea_number(" #12 "), Some(12));
        assert_eq!(idea_number("https://beteiligung.example/m/musterstadt/ideen/12#kommentare"), Some(12));
        assert_eq!(idea_number("/m/musterstadt/ideen/12/"), Some(12));
        assert_eq!(idea_number("die andere"), None);
    }
}
