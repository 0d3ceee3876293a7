//! Every response of a survey as CSV for the coordinators: one line a
//! response (its day and source, the person only for signed surveys), one
//! column a question, a ranking's choice or a matrix row.

use axum::extract::{Path, State};
use axum::response::Response;
use domain::surveys::answers::AnswerRow;
use domain::surveys::{Question, QuestionKind, ResponseSource};

use super::views::survey_of;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::participation::policy::require_coordinator;
use crate::spreadsheet::Sheet;
use crate::tenancy::CurrentMunicipality;

/// What one column of a question holds.
enum Column {
    /// The chosen choices, by name.
    Choices,
    Text,
    Scale,
    /// The place given to this choice of a ranking.
    Rank(u32),
    /// The scale point given to this row of a matrix.
    Row(u32),
}

impl Column {
    fn cell(&self, q: &Question, rows: &[&AnswerRow]) -> String {
        let value = |v: Option<i32>| v.map(|v| v.to_string()).unwrap_or_default();
        match self {
            Column::Choices => {
                rows.iter().filter_map(|r| r.choice.and_then(|c| q.options.get(c as usize)).cloned()).collect::<Vec<_>>().join("; ")
            }
            Column::Text => rows.iter().filter_map(|r| r.text.clone()).collect::<Vec<_>>().join(" "),
            Column::Scale => value(rows.first().and_then(|r| r.value)),
            Column::Rank(i) => value(rows.iter().find(|r| r.choice == Some(*i)).and_then(|r| r.value)),
            Column::Row(i) => value(rows.iter().find(|r| r.row == Some(*i)).and_then(|r| r.value)),
        }
    }
}

/// The columns of one question with their headings.
fn columns(locale: Locale, number: usize, q: &Question) -> Vec<(String, Column)> {
    let heading = format!("{number}. {}", q.prompt);
    match q.kind {
        QuestionKind::Section => Vec::new(),
        QuestionKind::Single | QuestionKind::Multiple => vec![(heading, Column::Choices)],
        QuestionKind::Text => vec![(heading, Column::Text)],
        QuestionKind::Scale => vec![(heading, Column::Scale)],
        QuestionKind::Ranking => q
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| (format!("{heading} – {o} ({})", locale.t("survey-csv-rank")), Column::Rank(i as u32)))
            .collect(),
        QuestionKind::Matrix => q.rows.iter().enumerate().map(|(i, r)| (format!("{heading} – {r}"), Column::Row(i as u32))).collect(),
    }
}

pub async fn responses_csv(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let locale = ctx.locale;
    let survey = survey_of(&state.db, &tenant, id).await?;
    let questions = store::surveys::questions::list(&state.db, id).await?;
    let responses = store::surveys::responses::all(&state.db, id).await?;
    let signed = !survey.settings.anonymous;
    let mut number = 0;
    let mut per_question = Vec::new();
    for q in &questions {
        if q.kind.is_question() {
            number += 1;
            per_question.push((q, columns(locale, number, q)));
        }
    }
    let mut header = vec![locale.t("survey-csv-number"), locale.t("survey-csv-day"), locale.t("survey-csv-source")];
    if signed {
        header.push(locale.t("survey-csv-person"));
    }
    header.extend(per_question.iter().flat_map(|(_, cols)| cols.iter().map(|(h, _)| h.clone())));
    let mut sheet = Sheet::new(&header)?;
    for (n, response) in responses.iter().enumerate() {
        let mut line = vec![(n + 1).to_string(), response.submitted_on.to_string(), locale.t(response.source.name_key())];
        if signed {
            let nobody = match response.source {
                ResponseSource::Paper => String::new(),
                ResponseSource::Online => locale.t("accounts-deleted-account"),
            };
            line.push(response.person.clone().unwrap_or(nobody));
        }
        for (question, cols) in &per_question {
            let rows: Vec<&AnswerRow> = response.rows.iter().filter(|r| r.question == question.id).collect();
            line.extend(cols.iter().map(|(_, column)| column.cell(question, &rows)));
        }
        sheet.row(&line)?;
    }
    sheet.download(&format!("umfrage-{id}.csv"))
}
