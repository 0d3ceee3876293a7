//! The file inputs of a form as the page shows them: what is already there
//! (saved, or kept from an earlier try), the input for new files, the hint
//! with accepted types and size, and the error beside it.

use domain::files::{Slot, human_size};
use store::files::StoredFile;

use super::keep::Field;
use super::view::{FileView, view, views};
use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};

/// A picture with its text alternative (idea picture, process header).
#[derive(Debug, Clone)]
pub struct PictureField {
    pub input: &'static str,
    pub kept_name: &'static str,
    /// Name of the text alternative's input.
    pub alt_name: &'static str,
    /// Name of the "remove the saved picture" checkbox.
    pub remove_name: &'static str,
    pub label: String,
    pub hint: String,
    pub accept: String,
    /// The picture there now: saved, or (`pending`) kept from an earlier try.
    pub current: Option<FileView>,
    pub pending: bool,
    pub alt: String,
    pub error: Option<String>,
    pub alt_error: Option<String>,
}

/// Documents (and pictures) attached to an item.
#[derive(Debug, Clone)]
pub struct AttachmentsField {
    pub input: &'static str,
    pub kept_name: &'static str,
    pub remove_name: &'static str,
    pub label: String,
    pub hint: String,
    pub accept: String,
    pub saved: Vec<FileView>,
    pub kept: Vec<FileView>,
    pub error: Option<String>,
}

fn hint(locale: Locale, key: &str, slot: Slot, max_bytes: u64) -> String {
    locale.t_args(
        key,
        &[
            ("types", FluentArg::Text(slot.accepted_labels())),
            ("max", FluentArg::Text(human_size(max_bytes))),
            ("count", FluentArg::Number(slot.capacity() as i64)),
        ],
    )
}

/// What every file field of a form needs to know.
#[derive(Clone, Copy)]
pub struct FieldCtx<'a> {
    pub locale: Locale,
    pub tenant_slug: &'a str,
    pub max_bytes: u64,
    pub errors: &'a FormErrors,
}

impl PictureField {
    /// `saved`: the item's picture (when editing); `kept`: uploads kept from this try.
    pub fn build(
        cx: FieldCtx<'_>,
        input: super::form_files::PictureInputs,
        saved: Option<&StoredFile>,
        removing: bool,
        kept: Option<&StoredFile>,
        alt: String,
    ) -> PictureField {
        let FieldCtx { locale, tenant_slug, max_bytes, errors } = cx;
        let (current, pending) = match (kept, saved) {
            (Some(k), _) => (Some(view(tenant_slug, k)), true),
            (None, Some(s)) => (Some(FileView { marked: removing, ..view(tenant_slug, s) }), false),
            (None, None) => (None, false),
        };
        PictureField {
            input: input.field.input,
            kept_name: input.field.kept,
            alt_name: input.alt,
            remove_name: input.remove,
            label: locale.t(input.label_key),
            hint: hint(locale, input.hint_key, input.field.slot, max_bytes),
            accept: input.field.slot.accept_attribute(),
            current,
            pending,
            alt,
            error: errors.get(input.field.input),
            alt_error: errors.get(input.alt),
        }
    }
}

impl AttachmentsField {
    pub fn build(
        cx: FieldCtx<'_>,
        field: Field,
        remove_name: &'static str,
        saved: &[StoredFile],
        removing: &[i64],
        kept: &[StoredFile],
    ) -> AttachmentsField {
        let FieldCtx { locale, tenant_slug, max_bytes, errors } = cx;
        let mut saved = views(tenant_slug, saved);
        for f in &mut saved {
            f.marked = removing.contains(&f.id);
        }
        AttachmentsField {
            input: field.input,
            kept_name: field.kept,
            remove_name,
            label: locale.t("file-attachments-label"),
            hint: hint(locale, "file-attachments-hint", field.slot, max_bytes),
            accept: field.slot.accept_attribute(),
            saved,
            kept: views(tenant_slug, kept),
            error: errors.get(field.input),
        }
    }
}
