//! Ideas: what a person may write, and the status a coordinator gives them.

use serde::{Deserialize, Serialize};

use crate::tenancy::FieldError;

/// Where an idea stands. Every status after "under review" needs a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IdeaStatus {
    Received,
    UnderReview,
    TakenUp,
    PartlyTakenUp,
    NotTakenUp,
}

impl IdeaStatus {
    pub const ALL: [IdeaStatus; 5] =
        [IdeaStatus::Received, IdeaStatus::UnderReview, IdeaStatus::TakenUp, IdeaStatus::PartlyTakenUp, IdeaStatus::NotTakenUp];

    pub const fn as_str(self) -> &'static str {
        match self {
            IdeaStatus::Received => "received",
            IdeaStatus::UnderReview => "under_review",
            IdeaStatus::TakenUp => "taken_up",
            IdeaStatus::PartlyTakenUp => "partly_taken_up",
            IdeaStatus::NotTakenUp => "not_taken_up",
        }
    }

    pub fn parse(text: &str) -> Option<IdeaStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub const fn name_key(self) -> &'static str {
        match self {
            IdeaStatus::Received => "idea-status-received",
            IdeaStatus::UnderReview => "idea-status-under-review",
            IdeaStatus::TakenUp => "idea-status-taken-up",
            IdeaStatus::PartlyTakenUp => "idea-status-partly-taken-up",
            IdeaStatus::NotTakenUp => "idea-status-not-taken-up",
        }
    }

    /// A decision must be explained to the people who took part.
    pub const fn needs_reason(self) -> bool {
        matches!(self, IdeaStatus::TakenUp | IdeaStatus::PartlyTakenUp | IdeaStatus::NotTakenUp)
    }
}

/// What a person typed into the idea form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaForm {
    pub title: String,
    pub body: String,
    pub action_field: String,
    pub neighbourhood: String,
    /// Speak as this organisation (its id), or empty for oneself.
    pub speak_as: String,
}

/// A checked idea; ids are checked against the process by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewIdea {
    pub title: String,
    pub body: String,
    pub action_field: Option<i64>,
    pub neighbourhood: Option<i64>,
    pub organisation: Option<i64>,
}

pub const TITLE_MAX: usize = 140;
pub const BODY_MAX: usize = 10_000;

impl IdeaForm {
    pub fn validate(&self) -> Result<NewIdea, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        let title_chars = title.chars().count();
        if !(5..=TITLE_MAX).contains(&title_chars) {
            errors.push(FieldError { field: "title", code: "idea-title-length" });
        }
        let body = self.body.trim();
        let body_chars = body.chars().count();
        if !(20..=BODY_MAX).contains(&body_chars) {
            errors.push(FieldError { field: "body", code: "idea-body-length" });
        }
        let id = |text: &str, field: &'static str, errors: &mut Vec<FieldError>| -> Option<i64> {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            text.parse().map_err(|_| errors.push(FieldError { field, code: "idea-choice-invalid" })).ok()
        };
        let action_field = id(&self.action_field, "action_field", &mut errors);
        let neighbourhood = id(&self.neighbourhood, "neighbourhood", &mut errors);
        let organisation = id(&self.speak_as, "speak_as", &mut errors);
        if errors.is_empty() {
            Ok(NewIdea { title: title.to_owned(), body: body.to_owned(), action_field, neighbourhood, organisation })
        } else {
            Err(errors)
        }
    }
}

/// Comments: 1 to 5,000 characters.
pub fn check_comment(body: &str) -> Result<String, FieldError> {
    let body = body.trim();
    let chars = body.chars().count();
    if chars == 0 || chars > 5000 { Err(FieldError { field: "body", code: "comment-length" }) } else { Ok(body.to_owned()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_need_reasons() {
        assert!(!IdeaStatus::Received.needs_reason());
        assert!(!IdeaStatus::UnderReview.needs_reason());
        assert!(IdeaStatus::NotTakenUp.needs_reason());
        for s in IdeaStatus::ALL {
            assert_eq!(IdeaStatus::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn the_form_reports_every_problem() {
        let form = IdeaForm { title: "Kurz".into(), body: "zu kurz".into(), action_field: "x".into(), ..IdeaForm::default() };
        let fields: Vec<_> = form.validate().unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "body", "action_field"]);
        let ok = IdeaForm {
            title: "Sprachcafé im Stadtteilzentrum".into(),
            body: "Ein wöchentliches Sprachcafé, in dem Deutsch geübt wird.".into(),
            action_field: "3".into(),
            ..IdeaForm::default()
        };
        assert_eq!(ok.validate().unwrap().action_field, Some(3));
    }
}
