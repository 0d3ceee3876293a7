//! The PDF documents the platform makes: the concept (any version) and the
//! draft council proposal for adopting it. The `pdf` crate implements
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

pub trait Documents: Send + Sync + 'static {
    /// The concept as a tagged PDF.
    fn concept(&self, request: &DocumentRequest<'_>) -> Result<Vec<u8>, String>;

    /// The draft council proposal for adopting the concept, with the
    /// proposed resolution (Markdown), as a tagged PDF.
    fn proposal(&self, request: &DocumentRequest<'_>, resolution: &str) -> Result<Vec<u8>, String>;
}
