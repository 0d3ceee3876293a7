//! A funding programme ("WIR – Vielfalt …") with its legal basis and
//! contact, and the funding lines it is divided into.

use crate::tenancy::FieldError;

/// The programme form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct ProgrammeForm {
    pub name: String,
    pub legal_basis: String,
    pub description: String,
    pub contact: String,
}

/// A checked programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeTexts {
    pub name: String,
    /// "Richtlinie … vom …, StAnz. …"; may be empty.
    pub legal_basis: String,
    /// Markdown.
    pub description: String,
    /// Who answers questions: a unit, an address, a telephone number.
    pub contact: String,
}

fn length_ok(text: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&text.chars().count())
}

impl ProgrammeForm {
    pub fn of(t: &ProgrammeTexts) -> ProgrammeForm {
        ProgrammeForm {
            name: t.name.clone(),
            legal_basis: t.legal_basis.clone(),
            description: t.description.clone(),
            contact: t.contact.clone(),
        }
    }

    pub fn validate(&self) -> Result<ProgrammeTexts, Vec<FieldError>> {
        let mut errors = Vec::new();
        let (name, legal_basis, description, contact) =
            (self.name.trim(), self.legal_basis.trim(), self.description.trim(), self.contact.trim());
        if !length_ok(name, 3, 200) {
            errors.push(FieldError { field: "name", code: "funding-name-invalid" });
        }
        if !length_ok(legal_basis, 0, 500) {
            errors.push(FieldError { field: "legal_basis", code: "funding-legal-basis-too-long" });
        }
        if !length_ok(description, 0, 20_000) {
            errors.push(FieldError { field: "description", code: "funding-description-too-long" });
        }
        if !length_ok(contact, 3, 500) {
            errors.push(FieldError { field: "contact", code: "funding-contact-invalid" });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ProgrammeTexts { name: name.into(), legal_basis: legal_basis.into(), description: description.into(), contact: contact.into() })
    }
}

/// The funding line form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct LineForm {
    #[serde(rename = "line_name")]
    pub name: String,
    #[serde(rename = "line_description")]
    pub description: String,
}

/// A checked funding line ("Förderlinie 1: Strategieentwicklung").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineTexts {
    pub name: String,
    pub description: String,
}

impl LineForm {
    pub fn validate(&self) -> Result<LineTexts, Vec<FieldError>> {
        let mut errors = Vec::new();
        let (name, description) = (self.name.trim(), self.description.trim());
        if !length_ok(name, 3, 200) {
            errors.push(FieldError { field: "line_name", code: "funding-line-name-invalid" });
        }
        if !length_ok(description, 0, 2_000) {
            errors.push(FieldError { field: "line_description", code: "funding-description-too-long" });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(LineTexts { name: name.into(), description: description.into() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_programme_needs_a_name_and_a_contact() {
        let form = ProgrammeForm {
            name: "  WIR – Vielfalt  ".into(),
            legal_basis: "Richtlinie vom 1. Januar 2025".into(),
            description: "Fördert **Strategien**.".into(),
            contact: "Referat II 4, wir@land.example".into(),
        };
        let texts = form.validate().unwrap();
        assert_eq!(texts.name, "WIR – Vielfalt");
        assert_eq!(ProgrammeForm::of(&texts).validate().unwrap(), texts);
        let codes: Vec<_> = ProgrammeForm::default().validate().unwrap_err().iter().map(|e| e.code).collect();
        assert_eq!(codes, ["funding-name-invalid", "funding-contact-invalid"]);
        assert_eq!(LineForm::default().validate().unwrap_err()[0].field, "line_name");
        assert!(LineForm { name: "Strategieentwicklung".into(), description: String::new() }.validate().is_ok());
    }
}
