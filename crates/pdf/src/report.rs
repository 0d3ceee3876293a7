//! A report as the template's data: its parts are worded by the caller.

use domain::documents::{ReportBlock, ReportDocument};
use serde_json::{Value, json};

use crate::markdown::to_nodes;

pub fn data(doc: &ReportDocument) -> Value {
    json!({
        "lang": doc.lang,
        "municipality": doc.municipality,
        "title": doc.title,
        "lines": doc.lines,
        "labels": { "contents": doc.contents_word, "page": doc.page_word },
        "sections": doc.sections.iter().map(|s| json!({
            "heading": s.heading,
            "blocks": s.blocks.iter().map(block).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

fn block(block: &ReportBlock) -> Value {
    match block {
        ReportBlock::Text(text) => json!({ "t": "text", "v": text }),
        ReportBlock::Subheading(text) => json!({ "t": "subheading", "v": text }),
        ReportBlock::Facts(rows) => json!({ "t": "facts", "rows": rows.iter().map(|(k, v)| [k, v]).collect::<Vec<_>>() }),
        ReportBlock::Entries(entries) => json!({
            "t": "entries",
            "items": entries.iter().map(|e| json!({ "title": e.title, "note": e.note, "text": to_nodes(&e.markdown) })).collect::<Vec<_>>(),
        }),
    }
}
