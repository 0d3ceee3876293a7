//! Processes and ideas as open data. Withdrawn ideas, e-mail addresses and
//! account details never appear; authors are named as on the pages.

use axum::Json;
use axum::extract::{Path, Query, State};
use domain::participation::ideas::IdeaStatus;
use domain::participation::offline::OfflineSource;
use serde::{Deserialize, Serialize};
use store::participation::idea_list::{IdeaFilter, IdeaSort};
use store::participation::ideas::{Byline, IdeaSummary};
use store::participation::processes::Named;
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::error::AppError;
use crate::tenancy::CurrentMunicipality;

const PER_PAGE: u64 = 50;

#[derive(Debug, Serialize, ToSchema)]
pub struct ProcessJson {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// The process page.
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProcessList {
    pub items: Vec<ProcessJson>,
}

/// The municipality's participation processes, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/m/{slug}/processes",
    tag = "participation",
    params(("slug" = String, Path, description = "The municipality, e.g. `musterstadt`")),
    responses((status = 200, description = "All processes", body = ProcessList), (status = 404, description = "No such municipality", content_type = "application/problem+json"))
)]
pub async fn processes_list(
    State(state): State<AppState>,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Json<ProcessList>, AppError> {
    let items = store::participation::processes::list(&state.db, &tenant.scope)
        .await?
        .into_iter()
        .map(|p| ProcessJson {
            url: format!("{}/m/{}/beteiligung/{}", state.config.public_url, tenant.slug, p.slug),
            slug: p.slug,
            title: p.title,
            summary: p.summary,
        })
        .collect();
    Ok(Json(ProcessList { items }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IdeaJson {
    pub id: i64,
    pub title: String,
    pub process: String,
    pub action_field: Option<String>,
    pub neighbourhood: Option<String>,
    /// `received`, `under_review`, `taken_up`, `partly_taken_up` or `not_taken_up`.
    pub status: String,
    pub support_count: i32,
    pub comment_count: i32,
    /// `online` for ideas written on the platform; ideas given offline and
    /// entered by the municipality: `workshop`, `paper`, `phone` or `other`.
    pub source: String,
    /// The display name, the organisation's name, or `null` for a deleted account.
    pub author: Option<String>,
    pub by_organisation: bool,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IdeaList {
    pub items: Vec<IdeaJson>,
    pub total: u64,
    pub page: u64,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct IdeaParams {
    /// The process's slug; default: the newest process.
    process: Option<String>,
    /// An action field's id.
    field: Option<i64>,
    /// A neighbourhood's id.
    neighbourhood: Option<i64>,
    /// Proposed during this phase: `analysis`, `participation`, `drafting`, `adoption`, `implementation` or `update`.
    phase: Option<String>,
    /// A status, e.g. `taken_up`.
    status: Option<String>,
    /// Words to search for.
    q: Option<String>,
    /// How the ideas reached the platform: `online`, or given offline: `workshop`, `paper`, `phone`, `other`.
    source: Option<String>,
    /// `newest` (default), `supported` or `commented`.
    sort: Option<String>,
    /// Page number, from 1; 50 ideas per page.
    page: Option<u64>,
}

fn author(byline: &Byline) -> (Option<String>, bool) {
    match byline {
        Byline::Person(name) => (Some(name.clone()), false),
        Byline::Organisation { name, .. } => (Some(name.clone()), true),
        Byline::DeletedAccount => (None, false),
        // Given offline: the name only with the person's consent.
        Byline::Offline { name } => (name.clone(), false),
    }
}

fn name(list: &[Named], id: Option<i64>) -> Option<String> {
    id.and_then(|id| list.iter().find(|n| n.id == id)).map(|n| n.name.clone())
}

fn idea_json(state: &AppState, slug: &str, process: &str, fields: &[Named], quarters: &[Named], idea: &IdeaSummary) -> IdeaJson {
    let (author, by_organisation) = author(&idea.byline);
    IdeaJson {
        id: idea.id,
        title: idea.title.clone(),
        process: process.to_owned(),
        action_field: name(fields, idea.action_field),
        neighbourhood: name(quarters, idea.neighbourhood),
        status: idea.status.as_str().to_owned(),
        support_count: idea.support_count,
        comment_count: idea.comment_count,
        source: idea.source.clone(),
        author,
        by_organisation,
        created_at: idea.created_at,
        url: format!("{}/m/{slug}/ideen/{}", state.config.public_url, idea.id),
    }
}

/// Ideas of a process, filtered, sorted and paged like the process page.
#[utoipa::path(
    get,
    path = "/api/v1/m/{slug}/ideas",
    tag = "participation",
    params(("slug" = String, Path, description = "The municipality"), IdeaParams),
    responses((status = 200, description = "One page of ideas", body = IdeaList), (status = 404, description = "No such municipality or process", content_type = "application/problem+json"))
)]
pub async fn ideas_list(
    State(state): State<AppState>,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Query(params): Query<IdeaParams>,
) -> Result<Json<IdeaList>, AppError> {
    let slug = match params.process {
        Some(slug) => slug,
        None => store::participation::processes::list(&state.db, &tenant.scope)
            .await?
            .into_iter()
            .next()
            .map(|p| p.slug)
            .ok_or(AppError::NotFound)?,
    };
    let framed = crate::participation::views::framed_by_slug(&state, &tenant, &slug).await?;
    let (process, quarters) = (framed.process, framed.neighbourhoods);
    let proposed = params
        .phase
        .as_deref()
        .and_then(domain::participation::phases::PhaseKind::parse)
        .and_then(|kind| crate::participation::views::phase_spans(&process).into_iter().find(|(k, _)| *k == kind))
        .map(|(_, span)| span);
    let filter = IdeaFilter {
        action_field: params.field,
        neighbourhood: params.neighbourhood,
        status: params.status.as_deref().and_then(IdeaStatus::parse),
        proposed,
        query: params.q.filter(|q| !q.trim().is_empty()),
        source: params.source.filter(|s| s == domain::participation::offline::ONLINE || OfflineSource::parse(s).is_some()),
    };
    let sort = match params.sort.as_deref() {
        Some("supported") => IdeaSort::MostSupported,
        Some("commented") => IdeaSort::MostCommented,
        _ => IdeaSort::Newest,
    };
    let page = params.page.unwrap_or(1).clamp(1, 100_000);
    let total = store::participation::idea_list::count(&state.db, &tenant.scope, process.id, &filter).await?;
    let ideas = store::participation::idea_list::page_of(&state.db, &tenant.scope, process.id, &filter, sort, page, PER_PAGE).await?;
    let items = ideas.iter().map(|i| idea_json(&state, &tenant.slug, &process.slug, &process.action_fields, &quarters, i)).collect();
    Ok(Json(IdeaList { items, total, page }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CommentJson {
    pub id: i64,
    pub parent: Option<i64>,
    pub author: Option<String>,
    pub by_organisation: bool,
    /// Sanitised HTML; empty when the author deleted the comment or moderation hid it.
    pub body_html: String,
    pub deleted_by_author: bool,
    /// Why moderation hid the comment, if it did.
    pub hidden_by_moderation: Option<String>,
    pub edited: bool,
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `online`, or given offline and entered by the municipality: `workshop`, `paper`, `phone`, `other`.
    pub source: String,
}

/// A file attached to an idea.
#[derive(Debug, Serialize, ToSchema)]
pub struct FileJson {
    /// Where the file is served (relative to the installation).
    pub url: String,
    pub name: String,
    pub content_type: String,
    /// Size in bytes.
    pub size: u64,
}

/// The picture of an idea, with its text alternative.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImageJson {
    pub url: String,
    pub alt: String,
    pub content_type: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IdeaDetailJson {
    #[serde(flatten)]
    pub idea: IdeaJson,
    /// The idea as sanitised HTML.
    pub body_html: String,
    pub status_reason: Option<String>,
    /// The municipality's official answer as sanitised HTML.
    pub answer_html: Option<String>,
    pub image: Option<ImageJson>,
    pub attachments: Vec<FileJson>,
    pub comments: Vec<CommentJson>,
}

/// One idea with its comments (oldest first; `parent` links replies).
#[utoipa::path(
    get,
    path = "/api/v1/m/{slug}/ideas/{id}",
    tag = "participation",
    params(("slug" = String, Path, description = "The municipality"), ("id" = i64, Path, description = "The idea")),
    responses((status = 200, description = "The idea", body = IdeaDetailJson), (status = 404, description = "No such idea here", content_type = "application/problem+json"))
)]
pub async fn idea_show(
    State(state): State<AppState>,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Json<IdeaDetailJson>, AppError> {
    let idea = store::participation::ideas::get(&state.db, &tenant.scope, id)
        .await?
        .filter(|i| !i.withdrawn && i.summary.hidden_reason.is_none())
        .ok_or(AppError::NotFound)?;
    let framed = crate::participation::views::framed_by_id(&state, &tenant, idea.process_id).await?;
    let (process, quarters) = (framed.process, framed.neighbourhoods);
    let comments = store::participation::comments::for_idea(&state.db, &tenant.scope, id)
        .await?
        .into_iter()
        .map(|c| {
            let (author, by_organisation) = author(&c.byline);
            CommentJson {
                id: c.id,
                parent: c.parent,
                author,
                by_organisation,
                body_html: if c.hidden_reason.is_some() { String::new() } else { c.body_html },
                deleted_by_author: c.deleted_by_author,
                hidden_by_moderation: c.hidden_reason,
                edited: c.edited,
                created_at: c.created_at,
                source: c.source,
            }
        })
        .collect();
    let (picture, attachments) = store::files::of_idea(&state.db, &tenant.scope, id).await?;
    let href = |f: &store::files::StoredFile| crate::uploads::view::href(&tenant.slug, f);
    let image =
        picture.map(|f| ImageJson { url: href(&f), content_type: f.file_type.mime().to_owned(), alt: f.alt_text.unwrap_or_default() });
    let attachments = attachments
        .iter()
        .map(|f| FileJson { url: href(f), name: f.name.clone(), content_type: f.file_type.mime().to_owned(), size: f.size })
        .collect();
    Ok(Json(IdeaDetailJson {
        idea: idea_json(&state, &tenant.slug, &process.slug, &process.action_fields, &quarters, &idea.summary),
        body_html: idea.body_html,
        status_reason: idea.status_reason,
        answer_html: idea.answer_html,
        image,
        attachments,
        comments,
    }))
}
