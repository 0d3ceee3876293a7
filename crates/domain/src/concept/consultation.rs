//! Consultation on a draft: while a version is in consultation, people
//! comment on each of its paragraphs — a paragraph of the preamble, the
//! vision or an action field's analysis, a goal, a measure — and the
//! coordinator answers each comment and says whether it was taken into
//! account. A paragraph is named by a key that stays the same for as long as
//! the version exists (versions never change).

use super::snapshot::Snapshot;
use crate::tenancy::FieldError;

/// What became of a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Not answered yet.
    Open,
    /// Taken into account for the next version.
    TakenUp,
    /// Answered, and not taken into account (the answer says why).
    NotTakenUp,
    /// Answered; nothing to change (a question, a remark).
    Noted,
}

impl Outcome {
    pub const ANSWERS: [Outcome; 3] = [Outcome::TakenUp, Outcome::NotTakenUp, Outcome::Noted];

    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::Open => "open",
            Outcome::TakenUp => "taken_up",
            Outcome::NotTakenUp => "not_taken_up",
            Outcome::Noted => "noted",
        }
    }

    pub fn parse(text: &str) -> Option<Outcome> {
        [Outcome::Open, Outcome::TakenUp, Outcome::NotTakenUp, Outcome::Noted].into_iter().find(|o| o.as_str() == text)
    }

    /// Fluent id of its name.
    pub fn name_key(self) -> String {
        format!("consultation-outcome-{}", self.as_str().replace('_', "-"))
    }
}

/// Where in a version a paragraph stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Preamble,
    Vision,
    /// The analysis of the action field at this index.
    Analysis(usize),
    /// The goal at (field index, goal index), with its description.
    Goal(usize, usize),
    /// The measure with this number, as a whole.
    Measure(i32),
}

/// One paragraph that can be commented on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// "leitbild-2", "feld-1-analyse-3", "ziel-1-2", "massnahme-7".
    pub key: String,
    pub place: Place,
    /// Which paragraph of its text it is, from 1 (1 for goals and measures).
    pub ordinal: usize,
    /// Its Markdown (for prose) or its title (goals and measures).
    pub text: String,
}

/// The paragraphs of a version in reading order; `blocks` splits a Markdown
/// text into its top-level blocks.
pub fn paragraphs(snapshot: &Snapshot, blocks: impl Fn(&str) -> Vec<String>) -> Vec<Paragraph> {
    let mut list = Vec::new();
    let prose = |list: &mut Vec<Paragraph>, prefix: String, place: Place, markdown: &str| {
        for (k, block) in blocks(markdown).into_iter().enumerate() {
            list.push(Paragraph { key: format!("{prefix}-{}", k + 1), place: place.clone(), ordinal: k + 1, text: block });
        }
    };
    prose(&mut list, "praeambel".into(), Place::Preamble, &snapshot.preamble);
    prose(&mut list, "leitbild".into(), Place::Vision, &snapshot.vision);
    for (f, field) in snapshot.fields.iter().enumerate() {
        prose(&mut list, format!("feld-{}-analyse", f + 1), Place::Analysis(f), &field.analysis);
        for (g, goal) in field.goals.iter().enumerate() {
            list.push(Paragraph {
                key: format!("ziel-{}-{}", f + 1, g + 1),
                place: Place::Goal(f, g),
                ordinal: 1,
                text: goal.title.clone(),
            });
            for measure in &goal.measures {
                list.push(Paragraph {
                    key: format!("massnahme-{}", measure.number),
                    place: Place::Measure(measure.number),
                    ordinal: 1,
                    text: measure.title.clone(),
                });
            }
        }
    }
    list
}

/// A comment as typed: 1 to 5,000 characters.
pub fn check_comment(body: &str) -> Result<String, FieldError> {
    crate::participation::ideas::check_comment(body).map_err(|_| FieldError { field: "body", code: "comment-length" })
}

/// The coordinator's answer, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnswerForm {
    pub outcome: String,
    pub answer: String,
}

/// A checked answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub outcome: Outcome,
    pub text: String,
}

impl AnswerForm {
    pub fn validate(&self) -> Result<Answer, Vec<FieldError>> {
        let mut errors = Vec::new();
        let outcome = Outcome::parse(self.outcome.trim()).filter(|o| *o != Outcome::Open);
        if outcome.is_none() {
            errors.push(FieldError { field: "outcome", code: "consultation-outcome-missing" });
        }
        let text = self.answer.trim();
        let chars = text.chars().count();
        if chars == 0 || chars > 5000 {
            errors.push(FieldError { field: "answer", code: "consultation-answer-length" });
        }
        match outcome {
            Some(outcome) if errors.is_empty() => Ok(Answer { outcome, text: text.to_owned() }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concept::snapshot::{FieldSnapshot, GoalSnapshot};

    fn blocks(text: &str) -> Vec<String> {
        text.split("\n\n").filter(|b| !b.trim().is_empty()).map(str::to_owned).collect()
    }

    #[test]
    fn every_paragraph_has_a_key_of_its_own_in_reading_order() {
        let mut snapshot = Snapshot { vision: "Erster Absatz.\n\nZweiter Absatz.".into(), ..Snapshot::default() };
        let goal = GoalSnapshot { title: "Kinder sprechen Deutsch".into(), ..GoalSnapshot::default() };
        snapshot.fields.push(FieldSnapshot {
            name: "Sprache".into(),
            analysis: "Lage.".into(),
            goals: vec![goal],
            ..FieldSnapshot::default()
        });
        let keys: Vec<String> = paragraphs(&snapshot, blocks).into_iter().map(|p| p.key).collect();
        assert_eq!(keys, ["leitbild-1", "leitbild-2", "feld-1-analyse-1", "ziel-1-1"]);
        let unique: std::collections::HashSet<&String> = keys.iter().collect();
        assert_eq!(unique.len(), keys.len());
    }

    #[test]
    fn an_answer_needs_an_outcome_and_a_text() {
        let typed = AnswerForm { outcome: "open".into(), answer: " ".into() };
        let fields: Vec<&str> = typed.validate().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["outcome", "answer"]);
        let typed = AnswerForm { outcome: "taken_up".into(), answer: " Wir nehmen das auf. ".into() };
        assert_eq!(typed.validate().unwrap(), Answer { outcome: Outcome::TakenUp, text: "Wir nehmen das auf.".into() });
        for o in Outcome::ANSWERS {
            assert_eq!(Outcome::parse(o.as_str()), Some(o));
        }
    }
}
