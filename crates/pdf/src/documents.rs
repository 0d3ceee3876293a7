//! The platform's [`Documents`]: the concept and the council proposal laid
//! out with the fixed words the web layer looks up in its Fluent files.

use domain::documents::{DocumentRequest, Documents, ReportDocument};

use crate::{ConceptPdf, Labels, Lang, ProposalPdf};

/// Lays out the documents with typst.
#[derive(Debug, Clone, Copy, Default)]
pub struct Renderer;

fn lang(code: &str) -> Lang {
    if code == "en" { Lang::En } else { Lang::De }
}

impl Documents for Renderer {
    fn concept(&self, request: &DocumentRequest<'_>) -> Result<Vec<u8>, String> {
        let labels = labels_from_words(request.words);
        let doc = ConceptPdf {
            snapshot: request.snapshot,
            municipality: request.municipality,
            lang: lang(request.lang),
            version_label: request.version_label,
            labels: &labels,
        };
        crate::concept(&doc).map_err(|e| e.to_string())
    }

    fn proposal(&self, request: &DocumentRequest<'_>, resolution: &str) -> Result<Vec<u8>, String> {
        let labels = labels_from_words(request.words);
        let doc = ProposalPdf {
            snapshot: request.snapshot,
            municipality: request.municipality,
            lang: lang(request.lang),
            labels: &labels,
            proposal_text: resolution,
        };
        crate::council_proposal(&doc).map_err(|e| e.to_string())
    }

    fn report(&self, report: &ReportDocument) -> Result<Vec<u8>, String> {
        crate::report(report).map_err(|e| e.to_string())
    }
}

/// The words from the caller's translations: `pdf-<field>` for each
/// field (underscores as dashes), `pdf-status-<status>`,
/// `pdf-priority-<priority>`, `pdf-direction-<direction>` and
/// `pdf-kind-<organisation kind>` for the tables.
fn labels_from_words(words: &(dyn Fn(&str) -> String + Sync)) -> Labels {
    let w = |field: &str| words(&format!("pdf-{field}"));
    let table = |prefix: &str, values: &[&str]| -> Vec<(String, String)> {
        values.iter().map(|v| ((*v).to_owned(), words(&format!("pdf-{prefix}-{}", v.replace('_', "-"))))).collect()
    };
    Labels {
        document_kind: w("document-kind"),
        contents: w("contents"),
        preamble: w("preamble"),
        vision: w("vision"),
        action_field: w("action-field"),
        situation: w("situation"),
        goal: w("goal"),
        measure: w("measure"),
        status: w("status"),
        status_reason: w("status-reason"),
        lead: w("lead"),
        partners: w("partners"),
        target_groups: w("target-groups"),
        neighbourhoods: w("neighbourhoods"),
        period: w("period"),
        from: w("from"),
        until: w("until"),
        priority: w("priority"),
        estimated_cost: w("estimated-cost"),
        funding: w("funding"),
        indicators: w("indicators"),
        indicator: w("indicator"),
        baseline: w("baseline"),
        target: w("target"),
        data_source: w("data-source"),
        contributors: w("contributors"),
        page: w("page"),
        status_names: table("status", &["planned", "preparing", "running", "done", "paused", "dropped"]),
        priority_names: table("priority", &["high", "medium", "low"]),
        direction_names: table("direction", &["higher", "lower"]),
        organisation_kinds: table("kind", &["association", "migrant_organisation", "business", "school", "institution", "other"]),
        proposal: w("proposal"),
        draft: w("draft"),
        proposal_decision: w("proposal-decision"),
        proposal_reasons: w("proposal-reasons"),
        proposal_reasons_intro: w("proposal-reasons-intro"),
        proposal_finance: w("proposal-finance"),
        proposal_finance_intro: w("proposal-finance-intro"),
        proposal_attachment: w("proposal-attachment"),
        action_fields: w("action-fields"),
        goals: w("goals"),
        measures: w("measures"),
        measures_without_cost: w("measures-without-cost"),
        total_cost: w("total-cost"),
        funding_source: w("funding-source"),
        no_funding_source: w("no-funding-source"),
        amount: w("amount"),
        total: w("total"),
        attachment_1: w("attachment-1"),
    }
}
