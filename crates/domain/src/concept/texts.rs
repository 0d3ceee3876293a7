//! The concept's own texts: its title ("Gelebte Vielfalt in Musterstadt"),
//! a preamble and the vision, both Markdown.

use super::{MAX_TEXT, MAX_TITLE};
use crate::tenancy::FieldError;

/// The form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct TextsForm {
    pub title: String,
    pub preamble: String,
    pub vision: String,
}

/// Checked texts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConceptTexts {
    pub title: String,
    pub preamble: String,
    pub vision: String,
}

impl TextsForm {
    pub fn of(texts: &ConceptTexts) -> TextsForm {
        TextsForm { title: texts.title.clone(), preamble: texts.preamble.clone(), vision: texts.vision.clone() }
    }

    pub fn validate(&self) -> Result<ConceptTexts, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        if title.is_empty() {
            errors.push(FieldError { field: "title", code: "concept-title-missing" });
        } else if title.chars().count() > MAX_TITLE {
            errors.push(FieldError { field: "title", code: "concept-title-length" });
        }
        for (field, text) in [("preamble", &self.preamble), ("vision", &self.vision)] {
            if text.chars().count() > MAX_TEXT {
                errors.push(FieldError { field, code: "concept-text-length" });
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ConceptTexts { title: title.to_owned(), preamble: self.preamble.trim().to_owned(), vision: self.vision.trim().to_owned() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_needed_and_texts_are_trimmed() {
        let form =
            TextsForm { title: "  Gelebte Vielfalt in Musterstadt ".into(), vision: " Alle gehören dazu.\n".into(), ..Default::default() };
        let texts = form.validate().unwrap();
        assert_eq!((texts.title.as_str(), texts.vision.as_str()), ("Gelebte Vielfalt in Musterstadt", "Alle gehören dazu."));
        assert_eq!(TextsForm::of(&texts).validate().unwrap(), texts);
        let errors = TextsForm { title: " ".into(), preamble: "x".repeat(MAX_TEXT + 1), ..Default::default() }.validate().unwrap_err();
        assert_eq!(
            errors.iter().map(|e| (e.field, e.code)).collect::<Vec<_>>(),
            [("title", "concept-title-missing"), ("preamble", "concept-text-length")]
        );
    }
}
