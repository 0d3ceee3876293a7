//! A response as the form sends it, checked question by question against the
//! survey, and the rows its answers are kept in.
//!
//! Field names: `q{id}` holds a single choice (the choice's number), each
//! ticked multiple choice, a text or a scale point (1–5); `q{id}_{n}` holds
//! the rank of choice `n` of a ranking, or the scale point of row `n` of a
//! matrix. Questions whose condition is not met are skipped: their answers
//! are dropped and they are never required.

use std::collections::HashMap;

use super::{Question, QuestionKind, SCALE_POINTS};

/// Free-text answers are cut off at this length.
pub const MAX_TEXT: usize = 5_000;

/// One question's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Choice(u32),
    Choices(Vec<u32>),
    Text(String),
    Scale(u8),
    /// (choice, rank), rank 1 first; every choice ranked once.
    Ranking(Vec<(u32, u32)>),
    /// (row, scale point) for each answered row.
    Matrix(Vec<(u32, u8)>),
}

/// An answer as one stored row: a chosen choice, a ranked choice, a scale
/// point (of a row), or a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    pub question: i64,
    pub row: Option<u32>,
    pub choice: Option<u32>,
    pub value: Option<i32>,
    pub text: Option<String>,
}

impl Answer {
    pub fn rows(&self, question: i64) -> Vec<AnswerRow> {
        let row = |row: Option<u32>, choice: Option<u32>, value: Option<i32>| AnswerRow { question, row, choice, value, text: None };
        match self {
            Answer::Choice(c) => vec![row(None, Some(*c), None)],
            Answer::Choices(cs) => cs.iter().map(|c| row(None, Some(*c), None)).collect(),
            Answer::Text(t) => vec![AnswerRow { question, row: None, choice: None, value: None, text: Some(t.clone()) }],
            Answer::Scale(v) => vec![row(None, None, Some(i32::from(*v)))],
            Answer::Ranking(ranks) => ranks.iter().map(|(c, r)| row(None, Some(*c), i32::try_from(*r).ok())).collect(),
            Answer::Matrix(cells) => cells.iter().map(|(r, v)| row(Some(*r), None, Some(i32::from(*v)))).collect(),
        }
    }

    /// The chosen choices (for conditions).
    fn chose(&self, option: u32) -> bool {
        match self {
            Answer::Choice(c) => *c == option,
            Answer::Choices(cs) => cs.contains(&option),
            _ => false,
        }
    }
}

/// A question answered wrongly, with the Fluent id of what is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerProblem {
    pub question: i64,
    pub code: &'static str,
}

/// The form's fields as sent (a name may come several times).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawResponse {
    pairs: Vec<(String, String)>,
}

impl RawResponse {
    pub fn new(pairs: Vec<(String, String)>) -> RawResponse {
        RawResponse { pairs }
    }

    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// The non-empty values of a field.
    pub fn values<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a str> + 'a {
        let name = name.to_owned();
        self.pairs.iter().filter(move |(k, v)| *k == name && !v.trim().is_empty()).map(|(_, v)| v.trim())
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.values(name).next()
    }

    /// Is this choice (or scale point) of field `name` the one sent? For re-showing the form.
    pub fn has(&self, name: &str, value: &str) -> bool {
        self.values(name).any(|v| v == value)
    }

    /// The raw form of stored answers (to show a response again).
    pub fn of_answers(answers: &[(i64, Answer)]) -> RawResponse {
        let mut pairs = Vec::new();
        for (q, answer) in answers {
            let name = format!("q{q}");
            match answer {
                Answer::Choice(c) => pairs.push((name, c.to_string())),
                Answer::Choices(cs) => pairs.extend(cs.iter().map(|c| (name.clone(), c.to_string()))),
                Answer::Text(t) => pairs.push((name, t.clone())),
                Answer::Scale(v) => pairs.push((name, v.to_string())),
                Answer::Ranking(ranks) => pairs.extend(ranks.iter().map(|(c, r)| (format!("q{q}_{c}"), r.to_string()))),
                Answer::Matrix(cells) => pairs.extend(cells.iter().map(|(r, v)| (format!("q{q}_{r}"), v.to_string()))),
            }
        }
        RawResponse { pairs }
    }
}

fn scale_point(value: &str) -> Option<u8> {
    value.parse::<u8>().ok().filter(|v| (1..=SCALE_POINTS).contains(v))
}

fn index(value: &str, len: usize) -> Option<u32> {
    value.parse::<u32>().ok().filter(|v| (*v as usize) < len)
}

/// Is the question shown, given the answers so far?
pub fn shown(question: &Question, answers: &HashMap<i64, Answer>) -> bool {
    question.condition.is_none_or(|c| answers.get(&c.question).is_some_and(|a| a.chose(c.option)))
}

/// One question's answer from the form: `Ok(None)` when left empty.
fn read(q: &Question, raw: &RawResponse) -> Result<Option<Answer>, &'static str> {
    let name = format!("q{}", q.id);
    match q.kind {
        QuestionKind::Section => Ok(None),
        QuestionKind::Single => match raw.value(&name) {
            None => Ok(None),
            Some(v) => index(v, q.options.len()).map(|c| Some(Answer::Choice(c))).ok_or("survey-answer-invalid"),
        },
        QuestionKind::Multiple => {
            let mut chosen = Vec::new();
            for v in raw.values(&name) {
                chosen.push(index(v, q.options.len()).ok_or("survey-answer-invalid")?);
            }
            chosen.sort_unstable();
            chosen.dedup();
            if chosen.is_empty() {
                return Ok(None);
            }
            let n = chosen.len() as u32;
            if q.min_choices.is_some_and(|m| n < m) {
                return Err("survey-answer-too-few");
            }
            if q.max_choices.is_some_and(|m| n > m) {
                return Err("survey-answer-too-many");
            }
            Ok(Some(Answer::Choices(chosen)))
        }
        QuestionKind::Text => match raw.value(&name) {
            None => Ok(None),
            Some(t) if t.chars().count() > MAX_TEXT => Err("survey-answer-too-long"),
            Some(t) => Ok(Some(Answer::Text(t.to_owned()))),
        },
        QuestionKind::Scale => match raw.value(&name) {
            None => Ok(None),
            Some(v) => scale_point(v).map(|v| Some(Answer::Scale(v))).ok_or("survey-answer-invalid"),
        },
        QuestionKind::Ranking => {
            let n = q.options.len();
            let mut ranks = Vec::new();
            for c in 0..n {
                if let Some(v) = raw.value(&format!("{name}_{c}")) {
                    let rank = v.parse::<u32>().ok().filter(|r| (1..=n as u32).contains(r)).ok_or("survey-answer-invalid")?;
                    ranks.push((c as u32, rank));
                }
            }
            if ranks.is_empty() {
                return Ok(None);
            }
            let mut used: Vec<u32> = ranks.iter().map(|(_, r)| *r).collect();
            used.sort_unstable();
            used.dedup();
            if ranks.len() != n || used.len() != n {
                return Err("survey-answer-ranking-incomplete");
            }
            Ok(Some(Answer::Ranking(ranks)))
        }
        QuestionKind::Matrix => {
            let mut cells = Vec::new();
            for r in 0..q.rows.len() {
                if let Some(v) = raw.value(&format!("{name}_{r}")) {
                    cells.push((r as u32, scale_point(v).ok_or("survey-answer-invalid")?));
                }
            }
            if cells.is_empty() {
                return Ok(None);
            }
            if q.required && cells.len() != q.rows.len() {
                return Err("survey-answer-matrix-incomplete");
            }
            Ok(Some(Answer::Matrix(cells)))
        }
    }
}

/// Checks a response against the survey's questions (in their order).
/// Returns every answer of a shown question, or every problem.
pub fn check(questions: &[Question], raw: &RawResponse) -> Result<Vec<(i64, Answer)>, Vec<AnswerProblem>> {
    let mut answers: HashMap<i64, Answer> = HashMap::new();
    let mut ordered = Vec::new();
    let mut problems = Vec::new();
    for q in questions.iter().filter(|q| q.kind.is_question()) {
        if !shown(q, &answers) {
            continue;
        }
        match read(q, raw) {
            Ok(Some(answer)) => {
                answers.insert(q.id, answer.clone());
                ordered.push((q.id, answer));
            }
            Ok(None) if q.required => problems.push(AnswerProblem { question: q.id, code: "survey-answer-required" }),
            Ok(None) => {}
            Err(code) => problems.push(AnswerProblem { question: q.id, code }),
        }
    }
    // A response without a single answer says nothing: ask for one.
    if problems.is_empty()
        && ordered.is_empty()
        && let Some(first) = questions.iter().find(|q| q.kind.is_question())
    {
        problems.push(AnswerProblem { question: first.id, code: "survey-response-empty" });
    }
    if problems.is_empty() { Ok(ordered) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::surveys::Condition;

    fn q(id: i64, kind: QuestionKind, required: bool) -> Question {
        Question {
            id,
            kind,
            prompt: format!("Frage {id}"),
            help: String::new(),
            required,
            options: if kind.has_options() { vec!["Ja".into(), "Nein".into(), "Weiß nicht".into()] } else { vec![] },
            rows: if kind == QuestionKind::Matrix { vec!["Schule".into(), "Kita".into()] } else { vec![] },
            min_choices: None,
            max_choices: None,
            low_label: String::new(),
            high_label: String::new(),
            condition: None,
        }
    }

    fn raw(pairs: &[(&str, &str)]) -> RawResponse {
        RawResponse::new(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect())
    }

    fn survey() -> Vec<Question> {
        vec![
            q(1, QuestionKind::Section, false),
            q(2, QuestionKind::Single, true),
            Question { min_choices: Some(1), max_choices: Some(2), ..q(3, QuestionKind::Multiple, false) },
            q(4, QuestionKind::Text, false),
            q(5, QuestionKind::Scale, true),
            q(6, QuestionKind::Ranking, false),
            q(7, QuestionKind::Matrix, true),
            Question { condition: Some(Condition { question: 2, option: 0 }), ..q(8, QuestionKind::Text, true) },
        ]
    }

    #[test]
    fn a_complete_response_gives_one_answer_per_answered_question() {
        let answers = check(
            &survey(),
            &raw(&[
                ("q2", "0"),
                ("q3", "0"),
                ("q3", "2"),
                ("q4", "  mehr Sprachkurse  "),
                ("q5", "4"),
                ("q6_0", "2"),
                ("q6_1", "3"),
                ("q6_2", "1"),
                ("q7_0", "5"),
                ("q7_1", "1"),
                ("q8", "weil"),
            ]),
        )
        .unwrap();
        assert_eq!(answers.len(), 7);
        assert_eq!(answers[1], (3, Answer::Choices(vec![0, 2])));
        assert_eq!(answers[2], (4, Answer::Text("mehr Sprachkurse".into())));
        assert_eq!(answers[4], (6, Answer::Ranking(vec![(0, 2), (1, 3), (2, 1)])));
        let raw_again = RawResponse::of_answers(&answers);
        assert_eq!(check(&survey(), &raw_again).unwrap(), answers);
    }

    #[test]
    fn every_problem_is_named_by_its_question() {
        let problems = check(
            &survey(),
            &raw(&[("q2", "0"), ("q3", "0"), ("q3", "1"), ("q3", "2"), ("q5", "6"), ("q6_0", "1"), ("q6_1", "1"), ("q7_0", "3")]),
        )
        .unwrap_err();
        let named: Vec<_> = problems.iter().map(|p| (p.question, p.code)).collect();
        assert_eq!(
            named,
            vec![
                (3, "survey-answer-too-many"),
                (5, "survey-answer-invalid"),
                (6, "survey-answer-ranking-incomplete"),
                (7, "survey-answer-matrix-incomplete"),
                (8, "survey-answer-required"),
            ]
        );
    }

    #[test]
    fn a_question_whose_condition_is_not_met_is_skipped_and_its_answer_dropped() {
        let answers = check(&survey(), &raw(&[("q2", "1"), ("q5", "3"), ("q7_0", "2"), ("q7_1", "2"), ("q8", "nicht gefragt")])).unwrap();
        assert!(answers.iter().all(|(q, _)| *q != 8));
        let problems = check(&survey(), &raw(&[("q5", "3"), ("q7_0", "2"), ("q7_1", "2")])).unwrap_err();
        assert_eq!(problems, vec![AnswerProblem { question: 2, code: "survey-answer-required" }]);
    }

    #[test]
    fn a_response_without_any_answer_is_refused_even_when_nothing_is_required() {
        let optional: Vec<Question> = survey().into_iter().map(|q| Question { required: false, ..q }).collect();
        let problems = check(&optional, &raw(&[("q2", "")])).unwrap_err();
        assert_eq!(problems, vec![AnswerProblem { question: 2, code: "survey-response-empty" }]);
    }

    #[test]
    fn answers_become_rows_a_choice_a_row() {
        assert_eq!(Answer::Choices(vec![0, 2]).rows(3).len(), 2);
        let rows = Answer::Matrix(vec![(1, 4)]).rows(7);
        assert_eq!(rows, vec![AnswerRow { question: 7, row: Some(1), choice: None, value: Some(4), text: None }]);
    }

    proptest! {
        #[test]
        fn whatever_is_sent_an_accepted_response_stays_within_its_questions(
            pairs in proptest::collection::vec(("q[1-9](_[0-3])?", "[0-9]{0,2}|[a-z ]{0,8}"), 0..30)
        ) {
            let questions = survey();
            let raw = RawResponse::new(pairs);
            if let Ok(answers) = check(&questions, &raw) {
                for (id, answer) in answers {
                    let q = questions.iter().find(|q| q.id == id).unwrap();
                    for row in answer.rows(id) {
                        prop_assert!(row.choice.is_none_or(|c| (c as usize) < q.options.len()));
                        prop_assert!(row.row.is_none_or(|r| (r as usize) < q.rows.len()));
                        if q.kind.has_scale() {
                            prop_assert!(row.value.is_some_and(|v| (1..=5).contains(&v)));
                        }
                    }
                }
            }
        }
    }
}
