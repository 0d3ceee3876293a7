//! What a person states when they register for an event.

use crate::tenancy::FieldError;

/// The registration form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct RegistrationForm {
    /// The language to interpret into, if any.
    pub interpretation: String,
    /// `on` when ticked.
    pub sign_language: String,
    pub childcare: String,
    pub step_free: String,
    pub note: String,
}

/// The needs a person stated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Needs {
    pub interpretation: Option<String>,
    pub sign_language: bool,
    pub childcare: bool,
    pub step_free: bool,
    pub note: String,
}

impl Needs {
    pub fn any(&self) -> bool {
        self.interpretation.is_some() || self.sign_language || self.childcare || self.step_free || !self.note.is_empty()
    }
}

impl RegistrationForm {
    pub fn validate(&self) -> Result<Needs, Vec<FieldError>> {
        let mut errors = Vec::new();
        let interpretation = self.interpretation.trim();
        let note = self.note.trim();
        if interpretation.chars().count() > 80 {
            errors.push(FieldError { field: "interpretation", code: "registration-interpretation-length" });
        }
        if note.chars().count() > 500 {
            errors.push(FieldError { field: "note", code: "registration-note-length" });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Needs {
            interpretation: Some(interpretation.to_owned()).filter(|i| !i.is_empty()),
            sign_language: !self.sign_language.is_empty(),
            childcare: !self.childcare.is_empty(),
            step_free: !self.step_free.is_empty(),
            note: note.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_are_read_from_ticked_boxes() {
        let needs =
            RegistrationForm { interpretation: " Arabisch ".into(), childcare: "on".into(), ..Default::default() }.validate().unwrap();
        assert_eq!(needs.interpretation.as_deref(), Some("Arabisch"));
        assert!(needs.childcare && !needs.sign_language && needs.any());
        assert!(!RegistrationForm::default().validate().unwrap().any());
        assert_eq!(RegistrationForm { note: "x".repeat(501), ..Default::default() }.validate().unwrap_err()[0].field, "note");
    }
}
