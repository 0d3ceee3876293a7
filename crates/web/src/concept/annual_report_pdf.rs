//! The annual report as PDF: the same parts as the page, worded here and
//! laid out by the `pdf` crate. Laid out once per content and language
//! (`document_cache`): a report of a past year is read many times and
//! changes only when someone reports on it late.

use axum::extract::{Path, State};
use axum::response::Response;
use domain::documents::{ReportBlock, ReportDocument, ReportEntry, ReportSection};
use http::HeaderMap;
use sha2::{Digest, Sha256};
use store::tenancy::Tenant;

use super::annual_report::{AnnualReportPage, Named, build};
use super::document_cache::Key;
use super::documents::{lay_out_blocking, public_pdf};
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::layout::Fact;
use crate::tenancy::CurrentMunicipality;

fn facts(list: &[Fact]) -> ReportBlock {
    ReportBlock::Facts(list.iter().map(|f| (f.label.clone(), f.value.clone())).collect())
}

/// A list of measures, or the word for none.
fn measures(locale: Locale, heading: &str, list: &[Named]) -> Vec<ReportBlock> {
    let entries = list
        .iter()
        .map(|n| {
            let status = n.badge.as_ref().map(|b| format!(" ({})", b.label)).unwrap_or_default();
            ReportEntry { title: format!("{}{status}", n.title), note: n.note.clone(), markdown: String::new() }
        })
        .collect::<Vec<_>>();
    let body = if entries.is_empty() { ReportBlock::Text(locale.t("annual-none")) } else { ReportBlock::Entries(entries) };
    vec![ReportBlock::Subheading(locale.t(heading)), body]
}

fn document(locale: Locale, tenant: &Tenant, page: &AnnualReportPage) -> ReportDocument {
    let fields = page
        .fields
        .iter()
        .flat_map(|f| {
            let reports = f
                .reports
                .iter()
                .map(|r| ReportEntry {
                    title: format!("{} · {} · {} · {}", r.update.on, r.measure, r.update.badge.label, r.update.percent),
                    note: if r.update.reason.is_empty() {
                        String::new()
                    } else {
                        format!("{}: {}", locale.t("measure-reason-label"), r.update.reason)
                    },
                    markdown: r.markdown.clone(),
                })
                .collect::<Vec<_>>();
            let mut blocks = vec![ReportBlock::Subheading(f.name.clone()), ReportBlock::Text(f.summary.clone())];
            if !reports.is_empty() {
                blocks.push(ReportBlock::Entries(reports));
            }
            blocks
        })
        .collect();
    let mut sections = vec![
        ReportSection { heading: locale.t("annual-glance-heading"), blocks: vec![facts(&page.glance)] },
        ReportSection { heading: locale.t("annual-participation-heading"), blocks: vec![facts(&page.participation)] },
        ReportSection { heading: locale.t("annual-fields-heading"), blocks: fields },
        ReportSection {
            heading: locale.t("annual-measures-heading"),
            blocks: [
                measures(locale, "annual-started", &page.started),
                measures(locale, "annual-finished", &page.finished),
                measures(locale, "annual-stopped", &page.stopped),
                measures(locale, "annual-late", &page.late),
            ]
            .concat(),
        },
    ];
    if !page.indicators.is_empty() {
        let mut blocks = vec![ReportBlock::Text(locale.t("annual-indicators-intro"))];
        for i in &page.indicators {
            blocks.push(ReportBlock::Subheading(format!("{} ({})", i.name, i.measure)));
            blocks.push(facts(&i.figures));
        }
        sections.push(ReportSection { heading: locale.t("indicators-heading"), blocks });
    }
    ReportDocument {
        lang: locale.code().to_owned(),
        municipality: tenant.name.clone(),
        title: page.layout.title.clone(),
        lines: vec![page.period.clone(), page.stage.clone()],
        contents_word: locale.t("pdf-contents"),
        page_word: locale.t("pdf-page"),
        sections,
    }
}

pub async fn annual_report_pdf(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, year)): Path<(String, i32)>,
    asked: HeaderMap,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let page = build(&state, &ctx, &tenant, year).await?;
    let doc = document(locale, &tenant, &page);
    let digest = hex::encode(&Sha256::digest(format!("{doc:?}").as_bytes())[..16]);
    let key = Key { tenant: tenant.scope.id().0, document: format!("annual report {year}: {digest}"), lang: locale.code() };
    let documents = state.documents.clone();
    let laid_out = state.document_cache.get_or_lay_out(key, || lay_out_blocking(&state, move || documents.report(&doc))).await?;
    public_pdf(laid_out, &format!("jahresbericht-{}-{year}-{}.pdf", tenant.slug, locale.code()), &asked, "public, max-age=300")
}
