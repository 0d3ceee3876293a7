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

/// A guest's registration form: name and address besides the needs.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct GuestForm {
    pub name: String,
    pub email: String,
    #[serde(flatten)]
    pub needs: RegistrationForm,
}

/// A guest as they gave themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guest {
    pub name: String,
    /// Trimmed and lower-cased.
    pub email: String,
}

impl GuestForm {
    pub fn validate(&self) -> Result<(Guest, Needs), Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            errors.push(FieldError { field: "name", code: "registration-name-length" });
        }
        let email = crate::accounts::email::parse(&self.email).map_err(|code| errors.push(FieldError { field: "email", code })).ok();
        let needs = self.needs.validate().map_err(|more| errors.extend(more)).ok();
        match (email, needs) {
            (Some(email), Some(needs)) if errors.is_empty() => Ok((Guest { name: name.to_owned(), email }, needs)),
            _ => Err(errors),
        }
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

    #[test]
    fn a_guest_gives_a_name_and_an_address() {
        let form = GuestForm { name: " Ayşe Yılmaz ".into(), email: " Ayse@Example.ORG ".into(), ..Default::default() };
        let (guest, _) = form.validate().unwrap();
        assert_eq!(guest, Guest { name: "Ayşe Yılmaz".into(), email: "ayse@example.org".into() });
        let bad = GuestForm { name: " ".into(), email: "ayse.example.org".into(), ..Default::default() };
        let fields: Vec<_> = bad.validate().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "email"]);
        let long_note =
            GuestForm { needs: RegistrationForm { note: "x".repeat(501), ..Default::default() }, ..form }.validate().unwrap_err();
        assert_eq!(long_note[0].field, "note");
    }
}
