//! The PDF documents the platform makes: the concept (any version), the
//! draft council proposal for adopting it, and reports (the annual report)
//! put together from already worded parts. The `pdf` crate implements
//! [`Documents`] with typst; the binary hands that to the web layer at start,
//! so that the web crate never compiles typst.

use crate::concept::snapshot::Snapshot;

/// What a document shows and in which words.
pub struct DocumentRequest<'a> {
    pub snapshot: &'a Snapshot,
    /// "Musterstadt".
    pub municipality: &'a str,
    /// The document language: `de` or `en`.
    pub lang: &'a str,
    /// "Fassung 2 · in der öffentlichen Beratung", already in the document's language.
    pub version_label: &'a str,
    /// The fixed words by their Fluent key (`pdf-contents`,
    /// `measure-status-running`, …) in the document's language.
    pub words: &'a (dyn Fn(&str) -> String + Sync),
}

/// A report: a title page and sections of worded parts, everything already
/// in the document's language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportDocument {
    /// `de` or `en`.
    pub lang: String,
    pub municipality: String,
    pub title: String,
    /// Under the title: the period, the stage, …
    pub lines: Vec<String>,
    /// "Inhalt", "Seite".
    pub contents_word: String,
    pub page_word: String,
    pub sections: Vec<ReportSection>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportSection {
    pub heading: String,
    pub blocks: Vec<ReportBlock>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportBlock {
    Text(String),
    Subheading(String),
    /// Label and value, as a two-column table.
    Facts(Vec<(String, String)>),
    Entries(Vec<ReportEntry>),
}

/// One entry of a list: a title, a line under it, and a text (Markdown).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportEntry {
    pub title: String,
    pub note: String,
    pub markdown: String,
}

pub trait Documents: Send + Sync + 'static {
    /// The concept as a tagged PDF.
    fn concept(&self, request: &DocumentRequest<'_>) -> Result<Vec<u8>, String>;

    /// The draft council proposal for adopting the concept, with the
    /// proposed resolution (Markdown), as a tagged PDF.
    fn proposal(&self, request: &DocumentRequest<'_>, resolution: &str) -> Result<Vec<u8>, String>;

    /// A report as a tagged PDF.
    fn report(&self, report: &ReportDocument) -> Result<Vec<u8>, String>;
}
