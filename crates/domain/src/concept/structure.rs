//! The concept's structure above the measures: action fields ("Sprache &
//! Bildung") with their situation analysis, and the goals in each field.

use super::{MAX_TEXT, MAX_TITLE};
use crate::tenancy::FieldError;

/// An action field as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct FieldForm {
    pub name: String,
    /// The situation analysis: Markdown, with figures.
    pub analysis: String,
}

/// A checked action field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldTexts {
    pub name: String,
    pub analysis: String,
}

/// A goal as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct GoalForm {
    pub title: String,
    pub description: String,
}

/// A checked goal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoalTexts {
    pub title: String,
    pub description: String,
}

fn title(field: &'static str, text: &str, missing: &'static str, errors: &mut Vec<FieldError>) -> String {
    let text = text.trim();
    if text.is_empty() {
        errors.push(FieldError { field, code: missing });
    } else if text.chars().count() > MAX_TITLE {
        errors.push(FieldError { field, code: "concept-title-length" });
    }
    text.to_owned()
}

fn long_text(field: &'static str, text: &str, errors: &mut Vec<FieldError>) -> String {
    if text.chars().count() > MAX_TEXT {
        errors.push(FieldError { field, code: "concept-text-length" });
    }
    text.trim().to_owned()
}

impl FieldForm {
    pub fn of(field: &FieldTexts) -> FieldForm {
        FieldForm { name: field.name.clone(), analysis: field.analysis.clone() }
    }

    pub fn validate(&self) -> Result<FieldTexts, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = title("name", &self.name, "concept-field-name-missing", &mut errors);
        let analysis = long_text("analysis", &self.analysis, &mut errors);
        if errors.is_empty() { Ok(FieldTexts { name, analysis }) } else { Err(errors) }
    }
}

impl GoalForm {
    pub fn of(goal: &GoalTexts) -> GoalForm {
        GoalForm { title: goal.title.clone(), description: goal.description.clone() }
    }

    pub fn validate(&self) -> Result<GoalTexts, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = title("title", &self.title, "concept-goal-title-missing", &mut errors);
        let description = long_text("description", &self.description, &mut errors);
        if errors.is_empty() { Ok(GoalTexts { title, description }) } else { Err(errors) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_goals_need_a_name() {
        let field = FieldForm { name: " Sprache & Bildung ".into(), analysis: "Ein Drittel der Kinder …".into() }.validate().unwrap();
        assert_eq!(field.name, "Sprache & Bildung");
        assert_eq!(FieldForm::of(&field).validate().unwrap(), field);
        assert_eq!(FieldForm::default().validate().unwrap_err()[0].code, "concept-field-name-missing");
        let goal = GoalForm { title: "Alle Kinder sprechen bei der Einschulung Deutsch".into(), ..Default::default() }.validate().unwrap();
        assert_eq!(GoalForm::of(&goal).validate().unwrap(), goal);
        assert_eq!(
            GoalForm { title: "x".repeat(MAX_TITLE + 1), ..Default::default() }.validate().unwrap_err()[0].code,
            "concept-title-length"
        );
    }
}
