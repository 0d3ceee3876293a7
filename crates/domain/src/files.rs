//! Uploaded files: which types are accepted where, how large, how they are
//! named when served, and what an image needs (a text alternative).
//!
//! The type is decided by the file's content (its magic bytes, found by the
//! `files` crate), never by its name or the browser's claim.

use crate::tenancy::FieldError;

/// A type a file may have, decided from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileType {
    Png,
    Jpeg,
    Webp,
    Pdf,
    /// OpenDocument text (`.odt`).
    Odt,
    /// Word (`.docx`; the macro-free format).
    Docx,
}

impl FileType {
    pub const ALL: [FileType; 6] = [Self::Png, Self::Jpeg, Self::Webp, Self::Pdf, Self::Odt, Self::Docx];

    pub const fn mime(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Webp => "image/webp",
            Self::Pdf => "application/pdf",
            Self::Odt => "application/vnd.oasis.opendocument.text",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }
    }

    pub fn from_mime(mime: &str) -> Option<FileType> {
        Self::ALL.into_iter().find(|t| t.mime() == mime)
    }

    /// The extension a served file gets, whatever it was called.
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::Webp => "webp",
            Self::Pdf => "pdf",
            Self::Odt => "odt",
            Self::Docx => "docx",
        }
    }

    /// Short name people know the type by ("PDF", "JPEG").
    pub const fn label(self) -> &'static str {
        match self {
            Self::Png => "PNG",
            Self::Jpeg => "JPEG",
            Self::Webp => "WebP",
            Self::Pdf => "PDF",
            Self::Odt => "ODT",
            Self::Docx => "DOCX",
        }
    }

    pub const fn is_image(self) -> bool {
        matches!(self, Self::Png | Self::Jpeg | Self::Webp)
    }
}

/// Where an upload goes; each place accepts its own types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The picture of an idea.
    IdeaImage,
    /// A document or picture attached to an idea.
    IdeaAttachment,
    /// The header picture of a process.
    ProcessHeader,
    /// A photo of an event, taken there (its results).
    EventPhoto,
    /// A photo in a measure's progress report.
    UpdatePhoto,
    /// A document a measure's progress report offers as evidence.
    UpdateEvidence,
    /// A document a funding application brings for one of the call's
    /// required attachments (never public).
    ApplicationAttachment,
    /// A letter the programme issued on an application: the receipt of a
    /// submission, the decision letter (never public, never changed).
    ApplicationLetter,
}

impl Slot {
    pub const ALL: [Slot; 8] = [
        Self::IdeaImage,
        Self::IdeaAttachment,
        Self::ProcessHeader,
        Self::EventPhoto,
        Self::UpdatePhoto,
        Self::UpdateEvidence,
        Self::ApplicationAttachment,
        Self::ApplicationLetter,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::IdeaImage => "idea_image",
            Self::IdeaAttachment => "idea_attachment",
            Self::ProcessHeader => "process_header",
            Self::EventPhoto => "event_photo",
            Self::UpdatePhoto => "update_photo",
            Self::UpdateEvidence => "update_evidence",
            Self::ApplicationAttachment => "application_attachment",
            Self::ApplicationLetter => "application_letter",
        }
    }

    pub fn parse(text: &str) -> Option<Slot> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub fn accepts(self, file_type: FileType) -> bool {
        match self {
            Self::IdeaImage | Self::ProcessHeader | Self::EventPhoto | Self::UpdatePhoto => file_type.is_image(),
            Self::IdeaAttachment | Self::UpdateEvidence | Self::ApplicationAttachment => true,
            Self::ApplicationLetter => file_type == FileType::Pdf,
        }
    }

    /// How many files the slot holds on one item (an application: one
    /// per required attachment, each sent in its own input).
    pub const fn capacity(self) -> usize {
        match self {
            Self::IdeaImage | Self::ProcessHeader | Self::ApplicationAttachment => 1,
            Self::IdeaAttachment | Self::UpdateEvidence => MAX_ATTACHMENTS,
            // Issued by the platform, one per submission and decision; never uploaded.
            Self::ApplicationLetter => 100,
            Self::EventPhoto => MAX_EVENT_PHOTOS,
            Self::UpdatePhoto => MAX_UPDATE_PHOTOS,
        }
    }

    /// Only the owner's staff (and, for applications, the programme's
    /// officers) may fetch it; never cached by anyone else.
    pub const fn private(self) -> bool {
        matches!(self, Self::ApplicationAttachment | Self::ApplicationLetter)
    }

    /// Pictures need a text alternative for people who cannot see them.
    pub const fn needs_alt(self) -> bool {
        matches!(self, Self::IdeaImage | Self::ProcessHeader | Self::EventPhoto | Self::UpdatePhoto)
    }

    /// The types accepted, for the hint beside the field ("PNG, JPEG, WebP").
    pub fn accepted_labels(self) -> String {
        FileType::ALL.into_iter().filter(|t| self.accepts(*t)).map(FileType::label).collect::<Vec<_>>().join(", ")
    }

    /// The `accept` attribute of the file input.
    pub fn accept_attribute(self) -> String {
        FileType::ALL
            .into_iter()
            .filter(|t| self.accepts(*t))
            .flat_map(|t| [t.mime().to_owned(), format!(".{}", t.extension())])
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// Attachments one idea may carry.
pub const MAX_ATTACHMENTS: usize = 3;
/// Photos one event's results may show.
pub const MAX_EVENT_PHOTOS: usize = 3;
/// Photos one progress report may show.
pub const MAX_UPDATE_PHOTOS: usize = 2;
/// Longest text alternative of an image.
pub const ALT_MAX: usize = 300;
/// Longest name a file keeps (characters).
pub const NAME_MAX: usize = 100;

/// Checks an upload of `size` bytes whose content is of `detected` type
/// (None: not a type we know) for `slot`.
pub fn check_upload(slot: Slot, detected: Option<FileType>, size: u64, max_bytes: u64) -> Result<FileType, &'static str> {
    if size == 0 {
        return Err("file-empty");
    }
    if size > max_bytes {
        return Err("file-too-large");
    }
    match detected {
        Some(t) if slot.accepts(t) => Ok(t),
        _ if slot.needs_alt() => Err("file-not-an-image"),
        _ => Err("file-type-not-accepted"),
    }
}

/// Checks the text alternative of an image: required, at most [`ALT_MAX`] characters.
pub fn check_alt(field: &'static str, alt: &str) -> Result<String, FieldError> {
    let alt = alt.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars = alt.chars().count();
    if chars == 0 {
        return Err(FieldError { field, code: "file-alt-required" });
    }
    if chars > ALT_MAX {
        return Err(FieldError { field, code: "file-alt-too-long" });
    }
    Ok(alt)
}

/// The name a file is shown and served under: the uploaded name without any
/// path, without control or reserved characters, at most [`NAME_MAX`]
/// characters, with the extension of its real type.
pub fn safe_name(uploaded: &str, file_type: FileType) -> String {
    let base = uploaded.rsplit(['/', '\\']).next().unwrap_or_default();
    let stem = match base.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem,
        _ => base,
    };
    let cleaned: String = stem
        .chars()
        .map(|c| if c.is_control() || "\"'<>:;|?*%&#\\/".contains(c) { '_' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let trimmed = cleaned.trim_matches(['.', '_', ' ']);
    let stem: String = if trimmed.is_empty() { "datei".to_owned() } else { trimmed.chars().take(NAME_MAX).collect() };
    format!("{stem}.{}", file_type.extension())
}

/// The same name with only ASCII letters, digits, `-`, `_` and `.`: the
/// fallback `filename=` of a `Content-Disposition` header.
pub fn ascii_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'Ä' => out.push_str("Ae"),
            'Ö' => out.push_str("Oe"),
            'Ü' => out.push_str("Ue"),
            'ß' => out.push_str("ss"),
            c if c.is_ascii_alphanumeric() || "-_.".contains(c) => out.push(c),
            c => {
                // Accented Latin letters keep their base letter (é → e), the rest become "_".
                let base = crate::collation::sort_key(&c.to_string());
                match base.chars().next() {
                    Some(b) if base.chars().count() == 1 && b.is_ascii_alphanumeric() && !c.is_ascii() => {
                        out.push(if c.is_uppercase() { b.to_ascii_uppercase() } else { b })
                    }
                    _ => out.push('_'),
                }
            }
        }
    }
    out
}

/// Human size: "820 KB", "2.4 MB" (decimal units, one decimal below 10 MB).
pub fn human_size(bytes: u64) -> String {
    if bytes < 1000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else if bytes < 10_000_000 && (bytes % 1_000_000) / 100_000 > 0 {
        format!("{}.{} MB", bytes / 1_000_000, (bytes % 1_000_000) / 100_000)
    } else {
        format!("{} MB", bytes / 1_000_000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn each_slot_accepts_its_types() {
        assert!(Slot::IdeaImage.accepts(FileType::Jpeg));
        assert!(!Slot::IdeaImage.accepts(FileType::Pdf));
        assert!(Slot::IdeaAttachment.accepts(FileType::Pdf));
        assert_eq!(Slot::ProcessHeader.accepted_labels(), "PNG, JPEG, WebP");
        assert_eq!(check_upload(Slot::IdeaImage, Some(FileType::Pdf), 10, 100), Err("file-not-an-image"));
        assert_eq!(check_upload(Slot::IdeaAttachment, None, 10, 100), Err("file-type-not-accepted"));
        assert_eq!(check_upload(Slot::IdeaAttachment, Some(FileType::Pdf), 101, 100), Err("file-too-large"));
        assert_eq!(check_upload(Slot::IdeaAttachment, Some(FileType::Pdf), 0, 100), Err("file-empty"));
        assert_eq!(check_upload(Slot::IdeaAttachment, Some(FileType::Pdf), 100, 100), Ok(FileType::Pdf));
        for s in Slot::ALL {
            assert_eq!(Slot::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn names_lose_paths_and_get_their_real_extension() {
        assert_eq!(safe_name("C:\\Users\\ayse\\Plan Sprachcafé.exe", FileType::Pdf), "Plan Sprachcafé.pdf");
        assert_eq!(safe_name("../../etc/passwd", FileType::Png), "passwd.png");
        assert_eq!(safe_name("\"><script>.jpg", FileType::Jpeg), "script.jpg");
        assert_eq!(safe_name("", FileType::Pdf), "datei.pdf");
        assert_eq!(safe_name(".hidden", FileType::Pdf), "hidden.pdf");
        assert_eq!(ascii_name("Plan Sprachcafé Größe.pdf"), "Plan_Sprachcafe_Groesse.pdf");
    }

    #[test]
    fn alt_text_is_required_and_bounded() {
        assert_eq!(check_alt("image_alt", "  Kinder   beim Malen ").unwrap(), "Kinder beim Malen");
        assert_eq!(check_alt("image_alt", " ").unwrap_err().code, "file-alt-required");
        assert_eq!(check_alt("image_alt", &"x".repeat(ALT_MAX + 1)).unwrap_err().code, "file-alt-too-long");
    }

    #[test]
    fn sizes_read_like_people_write_them() {
        assert_eq!(human_size(999), "999 B");
        assert_eq!(human_size(819_200), "820 KB");
        assert_eq!(human_size(2_400_000), "2.4 MB");
        assert_eq!(human_size(5_000_000), "5 MB");
        assert_eq!(human_size(12_000_000), "12 MB");
    }

    proptest! {
        #[test]
        fn served_names_are_always_harmless(name in ".{0,300}") {
            let safe = safe_name(&name, FileType::Pdf);
            prop_assert!(safe.ends_with(".pdf"));
            prop_assert!(!safe.contains(['/', '\\', '"', '<', '>']));
            prop_assert!(!safe.chars().any(char::is_control));
            prop_assert!(safe.chars().count() <= NAME_MAX + 4);
            let ascii = ascii_name(&safe);
            prop_assert!(ascii.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        }
    }
}
