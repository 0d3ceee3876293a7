//! Form errors the GOV.UK / KERN way: a summary at the top linking to each
//! field, and the message next to the field, with what the person typed kept.

use crate::i18n::Locale;

#[derive(Debug, Clone)]
pub struct FieldError {
    /// The field's `id` (and `name`), e.g. `title` or, in a form of many rows, `title_3`.
    pub field: String,
    pub message: String,
}

#[derive(Debug, Clone, Default)]
pub struct FormErrors {
    pub list: Vec<FieldError>,
}

impl FormErrors {
    /// Adds the translated message `code` for `field` (only the first per field).
    pub fn add(&mut self, locale: Locale, field: &str, code: &str) {
        if self.get(field).is_none() {
            self.list.push(FieldError { field: field.to_owned(), message: locale.t(code) });
        }
    }

    /// The translated messages of a domain check's problems, by their fields.
    pub fn of(locale: Locale, problems: impl IntoIterator<Item = domain::tenancy::FieldError>) -> FormErrors {
        let mut errors = FormErrors::default();
        for problem in problems {
            errors.add(locale, problem.field, problem.code);
        }
        errors
    }

    /// Adds an already translated message.
    pub fn add_text(&mut self, field: &str, message: String) {
        if self.get(field).is_none() {
            self.list.push(FieldError { field: field.to_owned(), message });
        }
    }

    pub fn get(&self, field: &str) -> Option<String> {
        self.list.iter().find(|e| e.field == field).map(|e| e.message.clone())
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// One option of a select or a radio group.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The first value posted under `name`, or "" when there is none.
pub fn posted<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}
