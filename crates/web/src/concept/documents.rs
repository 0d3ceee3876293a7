//! The concept as PDF: the newest version and every frozen version for
//! everyone, the working draft and the draft council proposal
//! ("Beschlussvorlage") for the coordinators. Laid out by the `pdf` crate
//! (typst) off the async threads, one layout per core at a time. Versions
//! never change, so their PDFs are laid out once and kept (`document_cache`),
//! and browsers and caches keep them for a day and then ask again with the
//! entity tag.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::concept::snapshot::Snapshot;
use domain::documents::DocumentRequest;
use http::{HeaderMap, HeaderValue, StatusCode, header};
use store::tenancy::Tenant;

use super::document_cache::{Document, Key};
use super::versions::version_label;
use super::views::stage_text;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};
use crate::participation::policy::require_coordinator;
use crate::tenancy::CurrentMunicipality;

#[derive(Clone, Copy)]
enum Kind {
    Concept,
    Proposal,
}

/// Runs a layout on a blocking thread, when a core is free for it.
pub(crate) async fn lay_out_blocking(
    state: &AppState,
    job: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
) -> Result<Vec<u8>, AppError> {
    state
        .document_cache
        .lay_out(|| tokio::task::spawn_blocking(job))
        .await
        .map_err(|e| AppError::Internal(format!("PDF task: {e}")))?
        .map_err(|e| AppError::Internal(format!("PDF: {e}")))
}

/// Lays the concept or the council proposal out.
async fn render(
    state: &AppState,
    locale: Locale,
    tenant: &Tenant,
    snapshot: Snapshot,
    label: String,
    kind: Kind,
) -> Result<Vec<u8>, AppError> {
    let documents = state.documents.clone();
    let municipality = tenant.name.clone();
    lay_out_blocking(state, move || {
        let words = move |key: &str| locale.t(key);
        let request =
            DocumentRequest { snapshot: &snapshot, municipality: &municipality, lang: locale.code(), version_label: &label, words: &words };
        match kind {
            Kind::Concept => documents.concept(&request),
            Kind::Proposal => {
                let resolution = locale.t_args("pdf-proposal-resolution", &[("title", FluentArg::Text(snapshot.title.clone()))]);
                documents.proposal(&request, &resolution)
            }
        }
    })
    .await
}

fn pdf(bytes: Vec<u8>, filename: &str) -> Result<Response, AppError> {
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    let disposition = HeaderValue::from_str(&format!("inline; filename=\"{filename}\"")).map_err(|e| AppError::Internal(e.to_string()))?;
    headers.insert(header::CONTENT_DISPOSITION, disposition);
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(response)
}

/// A public PDF kept by browsers and caches for `fresh` (a day for a frozen
/// version, which never changes), and "not modified" when the reader
/// already has these bytes.
pub(super) fn public_pdf(document: Document, filename: &str, asked: &HeaderMap, fresh: &'static str) -> Result<Response, AppError> {
    let etag = HeaderValue::from_str(&document.etag).map_err(|e| AppError::Internal(e.to_string()))?;
    let has_it = asked
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|tag| tag.trim().trim_start_matches("W/") == document.etag || tag.trim() == "*");
    let mut response = if has_it {
        let mut unchanged = Response::new(Body::empty());
        *unchanged.status_mut() = StatusCode::NOT_MODIFIED;
        unchanged
    } else {
        pdf(document.bytes.to_vec(), filename)?
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(fresh));
    headers.insert(header::ETAG, etag);
    Ok(response)
}

async fn version_pdf_of(
    state: &AppState,
    ctx: &RequestCtx,
    asked: &HeaderMap,
    tenant: &Tenant,
    number: Option<i32>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let number = match number {
        Some(n) => n,
        None => store::concept::versions::list(&state.db, &tenant.scope).await?.last().map(|v| v.number).ok_or(AppError::NotFound)?,
    };
    let version = store::concept::versions::get(&state.db, &tenant.scope, number).await?.ok_or(AppError::NotFound)?;
    let label = format!("{} · {}", version_label(locale, number), stage_text(locale, &version.summary.stage));
    let key = Key { tenant: tenant.scope.id().0, document: format!("version {number}: {label}"), lang: locale.code() };
    let document =
        state.document_cache.get_or_lay_out(key, || render(state, locale, tenant, version.snapshot, label, Kind::Concept)).await?;
    public_pdf(document, &format!("konzept-{}-fassung-{number}-{}.pdf", tenant.slug, locale.code()), asked, "public, max-age=86400")
}

/// The newest version.
pub async fn concept_pdf(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    asked: HeaderMap,
) -> Result<Response, AppError> {
    version_pdf_of(&state, &ctx, &asked, &tenant, None).await
}

pub async fn version_pdf(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, number)): Path<(String, i32)>,
    asked: HeaderMap,
) -> Result<Response, AppError> {
    version_pdf_of(&state, &ctx, &asked, &tenant, Some(number)).await
}

/// The concept as it stands now, for its coordinators.
async fn working_draft(state: &AppState, ctx: &RequestCtx, tenant: &Tenant) -> Result<(Snapshot, String), AppError> {
    require_coordinator(ctx, tenant)?;
    let concept = store::concept::get(&state.db, &tenant.scope).await?.ok_or(AppError::NotFound)?;
    let snapshot = store::concept::snapshot::current(&state.db, &tenant.scope, &concept).await?;
    let today = crate::participation::today();
    let label = ctx.locale.t_args("pdf-working-draft", &[("date", FluentArg::Text(ctx.locale.day(today)))]);
    Ok((snapshot, label))
}

pub async fn draft_pdf(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    let (snapshot, label) = working_draft(&state, &ctx, &tenant).await?;
    let bytes = render(&state, ctx.locale, &tenant, snapshot, label, Kind::Concept).await?;
    pdf(bytes, &format!("konzept-{}-entwurf.pdf", tenant.slug))
}

pub async fn proposal_pdf(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    let (snapshot, label) = working_draft(&state, &ctx, &tenant).await?;
    let bytes = render(&state, ctx.locale, &tenant, snapshot, label, Kind::Proposal).await?;
    pdf(bytes, &format!("beschlussvorlage-{}.pdf", tenant.slug))
}
