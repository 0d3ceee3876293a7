//! The ideas of a process as CSV for the coordinators (supports, status, reasons).

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, header};
use store::participation::idea_list::{IdeaFilter, IdeaSort};
use store::participation::ideas::Byline;

use super::policy::require_coordinator;
use super::views::{name_of, process_of};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
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
    let mut out = csv::Writer::from_writer(Vec::new());
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
    let csv_error = |e: csv::Error| AppError::Internal(e.to_string());
    out.write_record(&header).map_err(csv_error)?;
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
            out.write_record([
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
            ])
            .map_err(csv_error)?;
        }
        if page * 1000 >= total {
            break;
        }
        page += 1;
    }
    let bytes = out.into_inner().map_err(|e| AppError::Internal(e.to_string()))?;
    // A byte order mark, so that spreadsheet programs read the umlauts right.
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend(bytes);
    let mut response = body.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    let disposition = format!("attachment; filename=\"ideen-{}.csv\"", process.slug);
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")));
    Ok(response)
}
