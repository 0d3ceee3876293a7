//! The ideas of a process as CSV for the coordinators (supports, status, reasons).

use axum::extract::{Path, State};
use axum::response::Response;
use store::participation::idea_list::{IdeaFilter, IdeaSort};
use store::participation::ideas::Byline;

use super::policy::require_coordinator;
use super::views::{name_of, process_of};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::spreadsheet::Sheet;
use crate::tenancy::CurrentMunicipality;

pub async fn ideas_csv(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, process_slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let locale = ctx.locale;
    let process = process_of(&state, &tenant, &process_slug).await?;
    let quarters = store::participation::processes::neighbourhoods(&state.db, &tenant.scope).await?;
    let header: Vec<String> = [
        "csv-id",
        "csv-title",
        "csv-status",
        "csv-reason",
        "csv-action-field",
        "csv-neighbourhood",
        "csv-supports",
        "csv-comments",
        "csv-source",
        "csv-author",
        "csv-organisation",
        "csv-created",
        "csv-url",
    ]
    .iter()
    .map(|k| locale.t(k))
    .collect();
    let mut sheet = Sheet::new(&header)?;
    let total = store::participation::idea_list::count(&state.db, &tenant.scope, process.id, &IdeaFilter::default()).await?;
    let mut page = 1;
    loop {
        let ideas = store::participation::idea_list::page_of(
            &state.db,
            &tenant.scope,
            process.id,
            &IdeaFilter::default(),
            IdeaSort::Newest,
            page,
            1000,
        )
        .await?;
        for summary in &ideas {
            let (author, organisation) = match &summary.byline {
                Byline::Person(name) => (name.clone(), String::new()),
                Byline::Organisation { name, .. } => (String::new(), name.clone()),
                Byline::DeletedAccount => (locale.t("accounts-deleted-account"), String::new()),
                Byline::Offline { name } => (name.clone().unwrap_or_else(|| locale.t("offline-anonymous")), String::new()),
            };
            sheet.row(&[
                summary.id.to_string(),
                summary.title.clone(),
                locale.t(summary.status.name_key()),
                summary.status_reason.clone().unwrap_or_default(),
                name_of(&process.action_fields, summary.action_field),
                name_of(&quarters, summary.neighbourhood),
                summary.support_count.to_string(),
                summary.comment_count.to_string(),
                crate::participation::views::source_name(locale, &summary.source),
                author,
                organisation,
                summary.created_at.to_rfc3339(),
                format!("{}/m/{}/ideen/{}", state.config.public_url, tenant.slug, summary.id),
            ])?;
        }
        if page * 1000 >= total {
            break;
        }
        page += 1;
    }
    sheet.download(&format!("ideen-{}.csv", process.slug))
}
