//! The call's template for its decision letters: the purpose of the grant,
//! the standard conditions every grant of the call carries, and the legal
//! remedy notice. Each decision letter adds the application's own terms.

use serde::{Deserialize, Serialize};

use crate::tenancy::FieldError;

/// The longest text of the template.
const TEXT_MAX: usize = 10_000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LetterTexts {
    /// "Entwicklung einer kommunalen Vielfalts- und Integrationsstrategie …"
    pub purpose: String,
    /// The conditions of every grant of the call (Allgemeine Nebenbestimmungen).
    pub conditions: String,
    /// Rechtsbehelfsbelehrung.
    pub remedy: String,
}

impl LetterTexts {
    /// The reference programme's template.
    pub fn reference() -> LetterTexts {
        LetterTexts {
            purpose: "Entwicklung einer kommunalen Vielfalts- und Integrationsstrategie in einem Beteiligungsprozess, an dessen Ende \
                      die Gemeindevertretung die Strategie beschließt."
                .into(),
            conditions: "Die Zuwendung ist zweckgebunden. Mittel, die nicht für den Zweck verwendet werden, sind zurückzuzahlen. \
                         Die Allgemeinen Nebenbestimmungen für Zuwendungen zur Projektförderung (ANBest-P) sind Bestandteil dieses Bescheids."
                .into(),
            remedy: "Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage beim zuständigen \
                     Verwaltungsgericht erhoben werden."
                .into(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The stored template; the reference one for a call that has none yet.
    pub fn from_json(json: Option<&str>) -> LetterTexts {
        json.and_then(|j| serde_json::from_str(j).ok()).unwrap_or_else(LetterTexts::reference)
    }

    /// Checks the typed template: purpose and remedy notice are required.
    pub fn validate(&self) -> Result<LetterTexts, Vec<FieldError>> {
        let mut errors = Vec::new();
        for (field, text, required) in
            [("purpose", &self.purpose, true), ("conditions", &self.conditions, false), ("remedy", &self.remedy, true)]
        {
            let n = text.trim().chars().count();
            if required && n == 0 {
                errors.push(FieldError { field, code: "application-text-missing" });
            } else if n > TEXT_MAX {
                errors.push(FieldError { field, code: "application-text-too-long" });
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(LetterTexts {
            purpose: self.purpose.trim().into(),
            conditions: self.conditions.trim().into(),
            remedy: self.remedy.trim().into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_needs_its_purpose_and_remedy_and_falls_back_to_the_reference() {
        assert_eq!(LetterTexts::from_json(None), LetterTexts::reference());
        assert_eq!(LetterTexts::from_json(Some(&LetterTexts::reference().to_json())), LetterTexts::reference());
        let empty = LetterTexts { purpose: " ".into(), conditions: String::new(), remedy: String::new() };
        let fields: Vec<_> = empty.validate().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["purpose", "remedy"]);
        assert!(LetterTexts { conditions: String::new(), ..LetterTexts::reference() }.validate().is_ok());
    }
}
