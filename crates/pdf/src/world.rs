//! The typst world a document is compiled in: one in-memory main source and
//! the embedded fonts. It reads no file, no package and nothing from the
//! network. The library and the font book are built once per process.

use std::sync::OnceLock;

use chrono::Datelike;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World};
use typst_layout::PagedDocument;

use crate::{PdfError, fonts};

/// What every compilation shares.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let fonts = fonts::embedded();
        // `a11y-extras` gives the templates `pdf.header-cell` for the key
        // column of the measure sheets.
        let library = Library::builder().with_features([Feature::A11yExtras].into_iter().collect()).build();
        Shared { library: LazyHash::new(library), book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
    })
}

/// One document's world: the shared parts and its main source.
struct DocumentWorld {
    shared: &'static Shared,
    main: Source,
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() { Ok(self.main.clone()) } else { Err(FileError::AccessDenied) }
    }

    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    fn today(&self, offset: Option<Duration>) -> Option<Datetime> {
        let now = chrono::Utc::now();
        let date = match offset {
            Some(offset) => (now + chrono::Duration::seconds(offset.seconds() as i64)).date_naive(),
            None => now.date_naive(),
        };
        Datetime::from_ymd(date.year(), u8::try_from(date.month()).ok()?, u8::try_from(date.day()).ok()?)
    }
}

/// Compiles a typst source to a tagged PDF.
pub fn render(source: String) -> Result<Vec<u8>, PdfError> {
    let world = DocumentWorld { shared: shared(), main: Source::detached(source) };
    let document: Result<PagedDocument, _> = typst::compile(&world).output;
    // typst memoises across compilations; in a long-running server that cache
    // would only grow. Keep what the last few renders used.
    comemo::evict(10);
    let document = document.map_err(|errors| PdfError::Compile(join(&errors)))?;
    let pdf = typst_pdf::pdf(&document, &pdf_options()?).map_err(|errors| PdfError::Export(join(&errors)))?;
    Ok(compact(pdf))
}

/// The same PDF with its objects packed into compressed object streams.
///
/// typst (krilla) writes every object, each element of the structure tree
/// included, as plain text: a concept of 200 measures has some 15,000 of
/// them. Packed (PDF 1.5 object and cross-reference streams, allowed by
/// PDF/UA-1, which builds on PDF 1.7) the file shrinks to about a third.
/// Should lopdf fail to read typst's output, the PDF is kept as written.
fn compact(pdf: Vec<u8>) -> Vec<u8> {
    let Ok(mut document) = lopdf::Document::load_mem(&pdf) else { return pdf };
    let mut packed = Vec::with_capacity(pdf.len() / 2);
    match document.save_modern(&mut packed) {
        Ok(()) if !packed.is_empty() => packed,
        _ => pdf,
    }
}

fn pdf_options() -> Result<typst_pdf::PdfOptions, PdfError> {
    let standards =
        typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::Ua_1]).map_err(|error| PdfError::Export(error.message().to_string()))?;
    Ok(typst_pdf::PdfOptions { standards, tagged: true, ..typst_pdf::PdfOptions::default() })
}

fn join(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| {
            let hints = d.hints.iter().map(|h| format!(" (hint: {})", h.v)).collect::<String>();
            format!("{}{hints}", d.message)
        })
        .collect::<Vec<_>>()
        .join("; ")
}
