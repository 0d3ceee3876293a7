//! The concept as the template's data.

use domain::concept::snapshot::{FieldSnapshot, GoalSnapshot, IndicatorSnapshot, MeasureSnapshot};
use serde_json::{Value, json};

use crate::markdown::to_nodes;
use crate::{ConceptPdf, Labels, Lang};

const NONE: &str = "–";

pub fn data(doc: &ConceptPdf) -> Value {
    let l = doc.labels;
    let s = doc.snapshot;
    json!({
        "lang": doc.lang.code(),
        "municipality": doc.municipality,
        "title": s.title,
        "version": doc.version_label,
        "labels": common_labels(l),
        "preamble": to_nodes(&s.preamble),
        "vision": to_nodes(&s.vision),
        "fields": s.fields.iter().enumerate().map(|(i, f)| field(doc, i + 1, f)).collect::<Vec<_>>(),
        "contributors": s.contributors.iter().filter(|g| !g.names.is_empty()).map(|g| json!({
            "kind": Labels::lookup(&l.organisation_kinds, &g.kind),
            "names": g.names,
        })).collect::<Vec<_>>(),
    })
}

/// The fixed words both templates print.
pub fn common_labels(l: &Labels) -> Value {
    json!({
        "document_kind": l.document_kind,
        "contents": l.contents,
        "preamble": l.preamble,
        "vision": l.vision,
        "action_field": l.action_field,
        "situation": l.situation,
        "indicators": l.indicators,
        "indicator": l.indicator,
        "baseline": l.baseline,
        "target": l.target,
        "data_source": l.data_source,
        "contributors": l.contributors,
        "page": l.page,
        "draft": l.draft,
        "proposal_decision": l.proposal_decision,
        "proposal_reasons": l.proposal_reasons,
        "proposal_reasons_intro": l.proposal_reasons_intro,
        "proposal_finance": l.proposal_finance,
        "proposal_finance_intro": l.proposal_finance_intro,
        "proposal_attachment": l.proposal_attachment,
        "goals": l.goals,
        "measures": l.measures,
        "estimated_cost": l.estimated_cost,
        "funding_source": l.funding_source,
        "amount": l.amount,
        "total": l.total,
    })
}

fn field(doc: &ConceptPdf, number: usize, f: &FieldSnapshot) -> Value {
    json!({
        "heading": format!("{} {number}: {}", doc.labels.action_field, ltr_end(&f.name)),
        "analysis": to_nodes(&f.analysis),
        "goals": f.goals.iter().enumerate().map(|(i, g)| goal(doc, number, i + 1, g)).collect::<Vec<_>>(),
    })
}

fn goal(doc: &ConceptPdf, field: usize, number: usize, g: &GoalSnapshot) -> Value {
    json!({
        "heading": format!("{} {field}.{number}: {}", doc.labels.goal, ltr_end(&g.title)),
        "description": to_nodes(&g.description),
        "measures": g.measures.iter().map(|m| measure(doc, m)).collect::<Vec<_>>(),
    })
}

fn measure(doc: &ConceptPdf, m: &MeasureSnapshot) -> Value {
    let l = doc.labels;
    let lang = doc.lang;
    let or_none = |text: String| if text.trim().is_empty() { NONE.to_owned() } else { text };
    let mut rows = vec![[l.status.clone(), Labels::lookup(&l.status_names, &m.status).to_owned()]];
    if !m.status_reason.trim().is_empty() {
        rows.push([l.status_reason.clone(), m.status_reason.clone()]);
    }
    rows.extend([
        [l.lead.clone(), or_none(m.lead.join(", "))],
        [l.partners.clone(), or_none(m.partners.join(", "))],
        [l.target_groups.clone(), or_none(m.target_groups.clone())],
        [l.neighbourhoods.clone(), or_none(m.neighbourhoods.join(", "))],
        [l.period.clone(), period(lang, l, m)],
        [l.priority.clone(), or_none(Labels::lookup(&l.priority_names, &m.priority).to_owned())],
        [l.estimated_cost.clone(), m.cost.map_or_else(|| NONE.to_owned(), |c| lang.money(c))],
        [l.funding.clone(), or_none(m.funding_source.clone())],
    ]);
    json!({
        "heading": format!("{} {}: {}", l.measure, m.number, ltr_end(&m.title)),
        "rows": rows,
        "description": to_nodes(&m.description),
        "indicators": m.indicators.iter().map(|i| indicator(lang, l, i)).collect::<Vec<_>>(),
    })
}

/// A title followed by a left-to-right mark: a title in Arabic script would
/// otherwise pull the outline's dot leader and page number into its
/// right-to-left run (both document languages are written left to right).
fn ltr_end(title: &str) -> String {
    format!("{title}\u{200E}")
}

fn period(lang: Lang, l: &Labels, m: &MeasureSnapshot) -> String {
    match (m.starts_on, m.ends_on) {
        (Some(start), Some(end)) => format!("{} – {}", lang.date(start), lang.date(end)),
        (Some(start), None) => format!("{} {}", l.from, lang.date(start)),
        (None, Some(end)) => format!("{} {}", l.until, lang.date(end)),
        (None, None) => NONE.to_owned(),
    }
}

/// A row of the indicator table: name (with which way is better), baseline,
/// target, source.
fn indicator(lang: Lang, l: &Labels, i: &IndicatorSnapshot) -> [String; 4] {
    let figure = |q, on| {
        let value = lang.quantity(q);
        let value = if i.unit.trim().is_empty() { value } else { format!("{value} {}", i.unit.trim()) };
        format!("{value} ({})", lang.date(on))
    };
    let direction = Labels::lookup(&l.direction_names, &i.direction);
    let name = if direction.is_empty() { i.name.clone() } else { format!("{} ({direction})", i.name) };
    let source = if i.source.trim().is_empty() { NONE.to_owned() } else { i.source.clone() };
    [name, figure(i.baseline, i.baseline_on), figure(i.target, i.target_on), source]
}
