//! The questions of a survey as the answer form shows them (online and for
//! entering paper), with what was typed kept and each question's error.

use domain::surveys::answers::RawResponse;
use domain::surveys::{Question, QuestionKind, SCALE_POINTS};

use crate::forms::FormErrors;
use crate::i18n::{FluentArg, Locale};

/// A radio button or checkbox.
pub struct ChoiceView {
    pub id: String,
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// A choice of a ranking with its rank select.
pub struct RankView {
    pub name: String,
    pub label: String,
    /// (rank, selected) for 1..=n.
    pub ranks: Vec<(u32, bool)>,
}

/// A row of a matrix with its scale points.
pub struct MatrixRowView {
    pub name: String,
    pub legend: String,
    pub points: Vec<ChoiceView>,
}

pub struct QuestionView {
    /// Field name and the id the error summary links to: `q{id}`.
    pub field: String,
    pub kind: &'static str,
    /// Questions are numbered; sections are not.
    pub number: usize,
    pub prompt: String,
    pub help: String,
    pub required: bool,
    /// How to answer: limits, the scale's ends, when the question applies.
    pub hints: Vec<String>,
    pub choices: Vec<ChoiceView>,
    pub text: String,
    pub ranks: Vec<RankView>,
    pub rows: Vec<MatrixRowView>,
    pub error: Option<String>,
}

impl QuestionView {
    /// The hint's element id, for `aria-describedby`.
    pub fn hint_id(&self) -> String {
        format!("{}-hint", self.field)
    }
}

fn scale_points(locale: Locale, q: &Question, name: &str, raw: &RawResponse) -> Vec<ChoiceView> {
    (1..=SCALE_POINTS)
        .map(|p| ChoiceView {
            id: format!("{name}-{p}"),
            value: p.to_string(),
            label: super::result_views::scale_name(locale, q, p),
            checked: raw.has(name, &p.to_string()),
        })
        .collect()
}

fn hints(locale: Locale, q: &Question, all: &[Question]) -> Vec<String> {
    let mut hints = Vec::new();
    if q.kind == QuestionKind::Multiple {
        let n = |v: u32| FluentArg::Number(i64::from(v));
        match (q.min_choices, q.max_choices) {
            (Some(min), Some(max)) => hints.push(locale.t_args("survey-hint-between", &[("min", n(min)), ("max", n(max))])),
            (Some(min), None) => hints.push(locale.t_args("survey-hint-at-least", &[("min", n(min))])),
            (None, Some(max)) => hints.push(locale.t_args("survey-hint-at-most", &[("max", n(max))])),
            (None, None) => hints.push(locale.t("survey-hint-any")),
        }
    }
    if q.kind == QuestionKind::Ranking {
        hints.push(locale.t("survey-hint-ranking"));
    }
    hints.extend(condition_text(locale, q, all));
    hints
}

/// "Only answer if you chose … for …": when the question is shown, in words.
pub fn condition_text(locale: Locale, q: &Question, all: &[Question]) -> Option<String> {
    let c = q.condition?;
    let source = all.iter().find(|o| o.id == c.question)?;
    let option = source.options.get(c.option as usize).cloned().unwrap_or_default();
    Some(
        locale
            .t_args("survey-hint-condition", &[("question", FluentArg::Text(source.prompt.clone())), ("answer", FluentArg::Text(option))]),
    )
}

/// The form's questions, in order.
pub fn questions(locale: Locale, questions: &[Question], raw: &RawResponse, errors: &FormErrors) -> Vec<QuestionView> {
    let mut number = 0;
    questions
        .iter()
        .map(|q| {
            let field = format!("q{}", q.id);
            if q.kind.is_question() {
                number += 1;
            }
            let choices = match q.kind {
                QuestionKind::Single | QuestionKind::Multiple => q
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, label)| ChoiceView {
                        id: format!("{field}-{i}"),
                        value: i.to_string(),
                        label: label.clone(),
                        checked: raw.has(&field, &i.to_string()),
                    })
                    .collect(),
                QuestionKind::Scale => scale_points(locale, q, &field, raw),
                _ => Vec::new(),
            };
            let n = q.options.len() as u32;
            let ranks = if q.kind == QuestionKind::Ranking {
                q.options
                    .iter()
                    .enumerate()
                    .map(|(i, label)| {
                        let name = format!("{field}_{i}");
                        let chosen = raw.value(&name).and_then(|v| v.parse::<u32>().ok());
                        RankView { label: label.clone(), ranks: (1..=n).map(|r| (r, chosen == Some(r))).collect(), name }
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let rows = if q.kind == QuestionKind::Matrix {
                q.rows
                    .iter()
                    .enumerate()
                    .map(|(i, legend)| {
                        let name = format!("{field}_{i}");
                        MatrixRowView { legend: legend.clone(), points: scale_points(locale, q, &name, raw), name }
                    })
                    .collect()
            } else {
                Vec::new()
            };
            QuestionView {
                kind: q.kind.as_str(),
                number,
                prompt: q.prompt.clone(),
                help: q.help.clone(),
                required: q.required,
                hints: hints(locale, q, questions),
                choices,
                text: if q.kind == QuestionKind::Text { raw.value(&field).unwrap_or_default().to_owned() } else { String::new() },
                ranks,
                rows,
                error: errors.get(&field),
                field,
            }
        })
        .collect()
}

/// The translated problems of a response, by question, each named by its
/// number ("Frage 3: …"), so that the summary at the top tells them apart.
pub fn errors_of(locale: Locale, all: &[Question], problems: &[domain::surveys::answers::AnswerProblem]) -> FormErrors {
    let mut errors = FormErrors::default();
    for p in problems {
        let number = all.iter().filter(|q| q.kind.is_question()).position(|q| q.id == p.question).map_or(0, |i| i + 1);
        let message = locale
            .t_args("survey-problem", &[("number", FluentArg::Number(number as i64)), ("message", FluentArg::Text(locale.t(p.code)))]);
        errors.add_text(&format!("q{}", p.question), message);
    }
    errors
}
