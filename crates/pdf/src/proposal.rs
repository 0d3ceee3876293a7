//! The council proposal as the template's data.

use domain::money::Money;
use serde_json::{Value, json};

use crate::ProposalPdf;
use crate::concept::common_labels;
use crate::markdown::to_nodes;

pub fn data(doc: &ProposalPdf) -> Value {
    let l = doc.labels;
    let lang = doc.lang;
    let s = doc.snapshot;
    let sum = |costs: &mut dyn Iterator<Item = Option<Money>>| Money(costs.flatten().fold(0i64, |sum, c| sum.saturating_add(c.0)));

    let goals = s.fields.iter().map(|f| f.goals.len()).sum::<usize>();
    let measures = s.measures().count();
    let without_cost = s.measures().filter(|(_, m)| m.cost.is_none()).count();
    let total = sum(&mut s.measures().map(|(_, m)| m.cost));

    let mut figures = vec![
        [l.action_fields.clone(), s.fields.len().to_string()],
        [l.goals.clone(), goals.to_string()],
        [l.measures.clone(), measures.to_string()],
        [l.total_cost.clone(), lang.money(total)],
    ];
    if without_cost > 0 {
        figures.push([l.measures_without_cost.clone(), without_cost.to_string()]);
    }

    let fields = s
        .fields
        .iter()
        .map(|f| {
            let measures = f.goals.iter().flat_map(|g| &g.measures);
            [
                f.name.clone(),
                f.goals.len().to_string(),
                measures.clone().count().to_string(),
                lang.money(sum(&mut measures.map(|m| m.cost))),
            ]
        })
        .collect::<Vec<_>>();

    // Funding sources in the order they first appear; measures naming none last.
    let mut funding: Vec<(String, usize, i64)> = Vec::new();
    let mut unnamed = (0usize, 0i64);
    for (_, m) in s.measures() {
        let cost = m.cost.map_or(0, |c| c.0);
        let source = m.funding_source.trim();
        if source.is_empty() {
            unnamed = (unnamed.0 + 1, unnamed.1.saturating_add(cost));
            continue;
        }
        let i = funding.iter().position(|(name, _, _)| name == source).unwrap_or_else(|| {
            funding.push((source.to_owned(), 0, 0));
            funding.len() - 1
        });
        if let Some(entry) = funding.get_mut(i) {
            entry.1 += 1;
            entry.2 = entry.2.saturating_add(cost);
        }
    }
    if unnamed.0 > 0 {
        funding.push((l.no_funding_source.clone(), unnamed.0, unnamed.1));
    }

    json!({
        "lang": lang.code(),
        "municipality": doc.municipality,
        "title": format!("{}: {}", l.proposal, s.title),
        "labels": common_labels(l),
        "decision": to_nodes(doc.proposal_text),
        "figures": figures,
        "fields": fields,
        "funding": funding.iter().map(|(name, count, amount)| [name.clone(), count.to_string(), lang.money(Money(*amount))]).collect::<Vec<_>>(),
        "measure_count": measures.to_string(),
        "total": lang.money(total),
        "attachment": format!("{}: {} {}", l.attachment_1, l.document_kind, lang.quote(&s.title)),
    })
}
