//! Files as pages show them: a link with name, type and size; a picture with
//! its text alternative.

use domain::files::human_size;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use store::files::StoredFile;

/// Everything but RFC 3986's unreserved characters is percent-encoded (in
/// paths and in `filename*` of a `Content-Disposition`).
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

#[derive(Debug, Clone)]
pub struct FileView {
    pub id: i64,
    pub href: String,
    pub name: String,
    /// "PDF, 820 KB"
    pub details: String,
    pub alt: String,
    /// Ticked in a form (e.g. marked for removal before the form came back).
    pub marked: bool,
}

/// The file's name percent-encoded (for its address and `filename*`).
pub fn encoded_name(file: &StoredFile) -> String {
    utf8_percent_encode(&file.name, UNRESERVED).to_string()
}

/// Where a file is served: `/m/{slug}/dateien/{id}/{name}`.
pub fn href(tenant_slug: &str, file: &StoredFile) -> String {
    format!("/m/{tenant_slug}/dateien/{}/{}", file.id, encoded_name(file))
}

pub fn view(tenant_slug: &str, file: &StoredFile) -> FileView {
    FileView {
        id: file.id,
        href: href(tenant_slug, file),
        name: file.name.clone(),
        details: format!("{}, {}", file.file_type.label(), human_size(file.size)),
        alt: file.alt_text.clone().unwrap_or_default(),
        marked: false,
    }
}

pub fn views(tenant_slug: &str, files: &[StoredFile]) -> Vec<FileView> {
    files.iter().map(|f| view(tenant_slug, f)).collect()
}
