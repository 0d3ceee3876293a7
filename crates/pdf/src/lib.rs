//! PDF documents of teilhabe: the action-and-measures concept
//! ([`concept`]), the draft council proposal for adopting it
//! ([`council_proposal`]) and reports put together from worded parts
//! ([`report`], the annual report).
//!
//! The typst engine lives here and only here; the web crate talks to this
//! crate through a small trait wired up by the binary, so page changes never
//! rebuild typst.
//!
//! How a document is made: the snapshot is turned into plain JSON data (all
//! figures, dates and fixed words already formatted and localised, Markdown
//! as a tree of nodes, see [`markdown`]), embedded as a typst string literal
//! and read with `json(bytes(..))` by a fixed template (`src/templates/`).
//! User text is therefore never parsed as typst markup or code.
//!
//! The typst world holds only that one source and the fonts vendored in
//! `fonts/` (Noto Sans and Noto Sans Arabic, OFL): no file system, no
//! packages, no network. Library and font book are built once per process.
//!
//! Output: a tagged PDF conforming to **PDF/UA-1** (typst's `ua-1`
//! standard, which also makes typst check the accessibility rules it can
//! check, failing the render when one is broken), with the document
//! language, title and author set, bookmarks from the headings, table
//! header cells marked (column headers in `table.header`, the key column of
//! the measure sheets as row headers), and page headers and footers as
//! artifacts. `pdfinfo` reports `Tagged: yes`.
//!
//! Size: typst writes the structure tree as thousands of plain objects, so
//! the finished PDF is re-saved with `lopdf` into compressed object and
//! cross-reference streams (about a third of the size; a 200-measure
//! concept stays under 1 MB).

mod concept;
mod documents;
mod fonts;
mod labels;
pub mod markdown;
mod proposal;
mod report;
mod world;

use chrono::NaiveDate;
use domain::concept::quantity::Quantity;
use domain::concept::snapshot::Snapshot;
use domain::money::Money;

pub use documents::Renderer;
pub use labels::Labels;

/// The concept as a PDF.
pub struct ConceptPdf<'a> {
    pub snapshot: &'a Snapshot,
    /// "Musterstadt".
    pub municipality: &'a str,
    pub lang: Lang,
    /// "Version 2 · in Beratung seit 01.11.2026", already localised.
    pub version_label: &'a str,
    pub labels: &'a Labels,
}

/// The draft council proposal for adopting a concept.
pub struct ProposalPdf<'a> {
    pub snapshot: &'a Snapshot,
    pub municipality: &'a str,
    pub lang: Lang,
    pub labels: &'a Labels,
    /// The proposed resolution (Markdown).
    pub proposal_text: &'a str,
}

/// The document language: sets `/Lang`, hyphenation and number and date
/// notation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    De,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    fn money(self, money: Money) -> String {
        match self {
            Lang::De => money.format_de(),
            Lang::En => money.format_en(),
        }
    }

    fn quantity(self, quantity: Quantity) -> String {
        match self {
            Lang::De => quantity.format_de(),
            Lang::En => quantity.format_en(),
        }
    }

    fn date(self, date: NaiveDate) -> String {
        match self {
            Lang::De => date.format("%d.%m.%Y").to_string(),
            Lang::En => date.format("%-d %B %Y").to_string(),
        }
    }

    /// Quotes a name: „…“ in German, “…” in English.
    fn quote(self, text: &str) -> String {
        match self {
            Lang::De => format!("„{text}“"),
            Lang::En => format!("“{text}”"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The template did not compile (a bug here, or content typst refuses
    /// under PDF/UA-1); the typst diagnostics joined.
    #[error("the PDF could not be laid out: {0}")]
    Compile(String),
    #[error("the PDF could not be written: {0}")]
    Export(String),
}

/// The concept as a tagged PDF/UA-1 document.
pub fn concept(doc: &ConceptPdf) -> Result<Vec<u8>, PdfError> {
    let data = concept::data(doc);
    world::render(source(&data, include_str!("templates/concept.typ")))
}

/// A report (the annual report) as a tagged PDF/UA-1 document.
pub fn report(doc: &domain::documents::ReportDocument) -> Result<Vec<u8>, PdfError> {
    world::render(source(&report::data(doc), include_str!("templates/report.typ")))
}

/// The draft council proposal as a tagged PDF/UA-1 document.
pub fn council_proposal(doc: &ProposalPdf) -> Result<Vec<u8>, PdfError> {
    let data = proposal::data(doc);
    world::render(source(&data, include_str!("templates/proposal.typ")))
}

/// The typst source: the data as a string literal, the shared look, the
/// document's template.
fn source(data: &serde_json::Value, template: &str) -> String {
    let json = data.to_string();
    let mut source = String::with_capacity(json.len() + 8192);
    source.push_str("#let data = json(bytes(\"");
    source.push_str(&string_literal_body(&json));
    source.push_str("\"))\n");
    source.push_str(include_str!("templates/common.typ"));
    source.push('\n');
    source.push_str(template);
    source
}

/// The body of a typst string literal holding `text` exactly.
fn string_literal_body(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_escape_quotes_backslashes_and_controls() {
        assert_eq!(string_literal_body(r#"a"b\c"#), r#"a\"b\\c"#);
        assert_eq!(string_literal_body("x\ny\u{7}"), "x\\ny\\u{7}");
        assert_eq!(string_literal_body("#{panic()} $x$ ğ"), "#{panic()} $x$ ğ");
    }
}
