//! A question as the coordinator types it, and its checks. Choices and
//! matrix rows are typed one per line.

use super::{Condition, Question, QuestionKind};
use crate::tenancy::FieldError;

/// At most this many choices or matrix rows.
pub const MAX_LINES: usize = 20;

/// The form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    pub kind: String,
    pub prompt: String,
    pub help: String,
    /// `yes` when ticked.
    pub required: String,
    pub options: String,
    pub rows: String,
    pub min_choices: String,
    pub max_choices: String,
    pub low_label: String,
    pub high_label: String,
    /// `QUESTION:OPTION` (ids), or empty: always shown.
    pub condition: String,
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

fn count(text: &str) -> Result<Option<u32>, ()> {
    let text = text.trim();
    if text.is_empty() { Ok(None) } else { text.parse().map(Some).map_err(|_| ()) }
}

/// A condition value as the form's select holds it.
pub fn condition_value(condition: Condition) -> String {
    format!("{}:{}", condition.question, condition.option)
}

fn parse_condition(value: &str) -> Option<Condition> {
    let (question, option) = value.trim().split_once(':')?;
    Some(Condition { question: question.parse().ok()?, option: option.parse().ok()? })
}

impl QuestionForm {
    pub fn of(question: &Question) -> QuestionForm {
        let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        QuestionForm {
            kind: question.kind.as_str().to_owned(),
            prompt: question.prompt.clone(),
            help: question.help.clone(),
            required: if question.required { "yes".to_owned() } else { String::new() },
            options: question.options.join("\n"),
            rows: question.rows.join("\n"),
            min_choices: number(question.min_choices),
            max_choices: number(question.max_choices),
            low_label: question.low_label.clone(),
            high_label: question.high_label.clone(),
            condition: question.condition.map(condition_value).unwrap_or_default(),
        }
    }

    /// Checks the question against the survey's questions before it
    /// (`earlier`, for its condition). The id of the result is 0: the store
    /// gives it.
    pub fn validate(&self, earlier: &[Question]) -> Result<Question, Vec<FieldError>> {
        let mut errors = Vec::new();
        let kind = QuestionKind::parse(&self.kind);
        let Some(kind) = kind else {
            errors.push(FieldError { field: "kind", code: "survey-question-kind-missing" });
            return Err(errors);
        };
        let prompt = self.prompt.trim();
        if !(1..=500).contains(&prompt.chars().count()) {
            errors.push(FieldError { field: "prompt", code: "survey-question-prompt-length" });
        }
        let help = self.help.trim();
        if help.chars().count() > 2_000 {
            errors.push(FieldError { field: "help", code: "survey-question-help-length" });
        }
        let options = if kind.has_options() { lines(&self.options) } else { Vec::new() };
        if kind.has_options() {
            let mut unique = options.clone();
            unique.sort();
            unique.dedup();
            if options.len() < 2 || options.len() > MAX_LINES {
                errors.push(FieldError { field: "options", code: "survey-question-options-count" });
            } else if unique.len() != options.len() {
                errors.push(FieldError { field: "options", code: "survey-question-options-repeated" });
            } else if options.iter().any(|o| o.chars().count() > 200) {
                errors.push(FieldError { field: "options", code: "survey-question-option-length" });
            }
        }
        let rows = if kind == QuestionKind::Matrix { lines(&self.rows) } else { Vec::new() };
        if kind == QuestionKind::Matrix && (rows.is_empty() || rows.len() > MAX_LINES || rows.iter().any(|r| r.chars().count() > 200)) {
            errors.push(FieldError { field: "rows", code: "survey-question-rows-count" });
        }
        let (mut min_choices, mut max_choices) = (None, None);
        if kind == QuestionKind::Multiple {
            match (count(&self.min_choices), count(&self.max_choices)) {
                (Err(()), _) => errors.push(FieldError { field: "min_choices", code: "survey-question-count-invalid" }),
                (_, Err(())) => errors.push(FieldError { field: "max_choices", code: "survey-question-count-invalid" }),
                (Ok(min), Ok(max)) => {
                    let total = u32::try_from(options.len()).unwrap_or(u32::MAX);
                    if max.is_some_and(|m| m == 0 || m > total) {
                        errors.push(FieldError { field: "max_choices", code: "survey-question-max-range" });
                    } else if min.is_some_and(|m| m > max.unwrap_or(total)) {
                        errors.push(FieldError { field: "min_choices", code: "survey-question-min-above-max" });
                    }
                    (min_choices, max_choices) = (min.filter(|m| *m > 0), max);
                }
            }
        }
        let (low_label, high_label) = if kind.has_scale() { (self.low_label.trim(), self.high_label.trim()) } else { ("", "") };
        if low_label.chars().count() > 60 {
            errors.push(FieldError { field: "low_label", code: "survey-question-label-length" });
        }
        if high_label.chars().count() > 60 {
            errors.push(FieldError { field: "high_label", code: "survey-question-label-length" });
        }
        let condition = if self.condition.trim().is_empty() || kind == QuestionKind::Section {
            None
        } else {
            let parsed = parse_condition(&self.condition)
                .filter(|c| earlier.iter().any(|q| q.id == c.question && q.kind.can_condition() && (c.option as usize) < q.options.len()));
            if parsed.is_none() {
                errors.push(FieldError { field: "condition", code: "survey-question-condition-invalid" });
            }
            parsed
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Question {
            id: 0,
            kind,
            prompt: prompt.to_owned(),
            help: help.to_owned(),
            required: kind.is_question() && !self.required.is_empty(),
            options,
            rows,
            min_choices,
            max_choices,
            low_label: low_label.to_owned(),
            high_label: high_label.to_owned(),
            condition,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(kind: &str) -> QuestionForm {
        QuestionForm { kind: kind.into(), prompt: "Welche Angebote kennen Sie?".into(), required: "yes".into(), ..Default::default() }
    }

    #[test]
    fn choices_are_read_one_per_line_and_must_be_two_or_more_and_distinct() {
        let q =
            QuestionForm { options: "Sprachcafé\n\n  Nachbarschaftsfest \nElterncafé".into(), ..form("multiple") }.validate(&[]).unwrap();
        assert_eq!(q.options, vec!["Sprachcafé", "Nachbarschaftsfest", "Elterncafé"]);
        let one = QuestionForm { options: "Sprachcafé".into(), ..form("single") }.validate(&[]).unwrap_err();
        assert_eq!(one[0].code, "survey-question-options-count");
        let twice = QuestionForm { options: "Ja\nJa".into(), ..form("ranking") }.validate(&[]).unwrap_err();
        assert_eq!(twice[0].code, "survey-question-options-repeated");
    }

    #[test]
    fn multiple_choice_limits_fit_the_choices() {
        let base = QuestionForm { options: "A\nB\nC".into(), ..form("multiple") };
        let q = QuestionForm { min_choices: "1".into(), max_choices: "2".into(), ..base.clone() }.validate(&[]).unwrap();
        assert_eq!((q.min_choices, q.max_choices), (Some(1), Some(2)));
        let too_many = QuestionForm { max_choices: "4".into(), ..base.clone() }.validate(&[]).unwrap_err();
        assert_eq!(too_many[0].field, "max_choices");
        let crossed = QuestionForm { min_choices: "3".into(), max_choices: "2".into(), ..base.clone() }.validate(&[]).unwrap_err();
        assert_eq!(crossed[0].code, "survey-question-min-above-max");
        let word = QuestionForm { min_choices: "zwei".into(), ..base }.validate(&[]).unwrap_err();
        assert_eq!(word[0].code, "survey-question-count-invalid");
    }

    #[test]
    fn a_condition_names_an_earlier_choice_question_and_one_of_its_choices() {
        let earlier = QuestionForm { options: "Ja\nNein".into(), ..form("single") }.validate(&[]).unwrap();
        let earlier = Question { id: 7, ..earlier };
        let text = QuestionForm { condition: "7:0".into(), ..form("text") };
        assert_eq!(text.validate(std::slice::from_ref(&earlier)).unwrap().condition, Some(Condition { question: 7, option: 0 }));
        for wrong in ["7:2", "8:0", "x"] {
            let errors = QuestionForm { condition: wrong.into(), ..form("text") }.validate(std::slice::from_ref(&earlier)).unwrap_err();
            assert_eq!(errors[0].field, "condition", "{wrong}");
        }
    }

    #[test]
    fn a_section_is_never_required_and_a_matrix_needs_rows() {
        let section = QuestionForm { prompt: "Über Sie".into(), ..form("section") }.validate(&[]).unwrap();
        assert!(!section.required);
        let matrix = form("matrix").validate(&[]).unwrap_err();
        assert_eq!(matrix[0].field, "rows");
        let q = QuestionForm { rows: "Schule\nKita".into(), low_label: "schlecht".into(), ..form("matrix") }.validate(&[]).unwrap();
        assert_eq!(q.rows.len(), 2);
        assert_eq!(QuestionForm::of(&q).validate(&[]).unwrap(), q);
    }
}
