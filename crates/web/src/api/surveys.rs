use axum::Json;
use axum::extract::{Path, State};
use domain::surveys::{QuestionKind, SCALE_POINTS};
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::error::AppError;
use crate::surveys::result_views::{mean_of, shown_count};
use crate::surveys::views::{Stage, stage};
use crate::tenancy::CurrentMunicipality;

/// A survey that has opened.
#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyJson {
    pub id: i64,
    pub title: String,
    /// `YYYY-MM-DD`, days in Germany.
    pub opens_on: String,
    pub closes_on: String,
    pub open: bool,
    pub anonymous: bool,
    /// Whether the summarised results are public (at `results_url`).
    pub results_public: bool,
    pub results_url: Option<String>,
    /// The process the survey belongs to (its address part).
    pub process: String,
    pub url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyList {
    pub items: Vec<SurveyJson>,
}

/// The municipality's surveys that have opened, the latest first.
#[utoipa::path(
    get,
    path = "/api/v1/m/{slug}/surveys",
    tag = "surveys",
    params(("slug" = String, Path, description = "The municipality, e.g. `musterstadt`")),
    responses(
        (status = 200, description = "The surveys", body = SurveyList),
        (status = 404, description = "No such municipality", content_type = "application/problem+json")
    )
)]
pub async fn surveys_list(
    State(state): State<AppState>,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Json<SurveyList>, AppError> {
    let today = crate::participation::today();
    let surveys = store::surveys::opened(&state.db, &tenant.scope, today).await?;
    let processes = store::participation::processes::list(&state.db, &tenant.scope).await?;
    let base = format!("{}/m/{}/umfragen", state.config.public_url, tenant.slug);
    let items = surveys
        .iter()
        .map(|s| SurveyJson {
            id: s.id,
            title: s.settings.title.clone(),
            opens_on: s.settings.opens_on.to_string(),
            closes_on: s.settings.closes_on.to_string(),
            open: stage(s, today) == Stage::Open,
            anonymous: s.settings.anonymous,
            results_public: s.settings.results_public,
            results_url: s
                .settings
                .results_public
                .then(|| format!("{}/api/v1/m/{}/surveys/{}/results", state.config.public_url, tenant.slug, s.id)),
            process: processes.iter().find(|p| p.id == s.process_id).map(|p| p.slug.clone()).unwrap_or_default(),
            url: format!("{base}/{}", s.id),
        })
        .collect();
    Ok(Json(SurveyList { items }))
}

/// One choice, scale point, ranked choice or matrix row of a question's results.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResultItemJson {
    pub label: String,
    /// How many chose it (for a ranking: how many put it first): a whole
    /// number, or `"< 5"` for fewer than five.
    pub count: Option<String>,
    /// A ranking's average place or a matrix row's average (1–5); `null`
    /// with fewer than five answers.
    pub average: Option<f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionResultJson {
    pub number: usize,
    pub prompt: String,
    /// `single`, `multiple`, `text`, `scale`, `ranking` or `matrix`. Free
    /// texts are never part of the answer.
    pub kind: String,
    /// How many responses answered it: a whole number, or `"< 5"`.
    pub answered: String,
    /// A scale's average (1–5); `null` with fewer than five answers.
    pub average: Option<f64>,
    pub items: Vec<ResultItemJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyResultsJson {
    pub id: i64,
    pub title: String,
    /// All responses, online and on paper: a whole number, or `"< 5"`.
    pub responses: String,
    pub online: String,
    pub paper: String,
    pub questions: Vec<QuestionResultJson>,
}

/// A count as the public sees it.
fn shown(n: i64) -> String {
    shown_count(n, false)
}

/// A mean as the public sees it (from five answers on), to two decimals.
fn average(pairs: impl Iterator<Item = (f64, i64)>) -> Option<f64> {
    mean_of(pairs, false).map(|(mean, _)| (mean * 100.0).round() / 100.0)
}

/// A survey's summarised results, when the municipality publishes them:
/// counts per choice, scale point and rank; small counts as `"< 5"`.
#[utoipa::path(
    get,
    path = "/api/v1/m/{slug}/surveys/{id}/results",
    tag = "surveys",
    params(
        ("slug" = String, Path, description = "The municipality, e.g. `musterstadt`"),
        ("id" = i64, Path, description = "The survey")
    ),
    responses(
        (status = 200, description = "The results", body = SurveyResultsJson),
        (status = 404, description = "No such survey, or its results are not public", content_type = "application/problem+json")
    )
)]
pub async fn survey_results(
    State(state): State<AppState>,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, id)): Path<(String, i64)>,
) -> Result<Json<SurveyResultsJson>, AppError> {
    let survey = crate::surveys::views::survey_of(&state.db, &tenant, id).await?;
    if !survey.settings.results_public || stage(&survey, crate::participation::today()) == Stage::NotYetOpen {
        return Err(AppError::NotFound);
    }
    let questions = store::surveys::questions::list(&state.db, id).await?;
    let tally = state.survey_tallies.of(&state.db, &survey, &questions, None).await?;
    let mut out = Vec::new();
    for (index, q) in questions.iter().filter(|q| q.kind.is_question()).enumerate() {
        let number = index + 1;
        let answered = tally.answered.get(&q.id).copied().unwrap_or(0);
        let mut average_of_question = None;
        let items = match q.kind {
            QuestionKind::Single | QuestionKind::Multiple => q
                .options
                .iter()
                .enumerate()
                .map(|(i, o)| ResultItemJson {
                    label: o.clone(),
                    count: Some(shown(tally.count(q.id, None, Some(i as u32), None))),
                    average: None,
                })
                .collect(),
            QuestionKind::Scale => {
                let counts: Vec<(u8, i64)> = (1..=SCALE_POINTS).map(|p| (p, tally.count(q.id, None, None, Some(i32::from(p))))).collect();
                average_of_question = average(counts.iter().map(|(p, n)| (f64::from(*p), *n)));
                counts.iter().map(|(p, n)| ResultItemJson { label: p.to_string(), count: Some(shown(*n)), average: None }).collect()
            }
            QuestionKind::Ranking => {
                let places = q.options.len() as u32;
                q.options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| ResultItemJson {
                        label: o.clone(),
                        count: Some(shown(tally.count(q.id, None, Some(i as u32), Some(1)))),
                        average: average((1..=places).map(|r| (f64::from(r), tally.count(q.id, None, Some(i as u32), Some(r as i32))))),
                    })
                    .collect()
            }
            QuestionKind::Matrix => q
                .rows
                .iter()
                .enumerate()
                .map(|(r, legend)| ResultItemJson {
                    label: legend.clone(),
                    count: None,
                    average: average(
                        (1..=SCALE_POINTS).map(|p| (f64::from(p), tally.count(q.id, Some(r as u32), None, Some(i32::from(p))))),
                    ),
                })
                .collect(),
            QuestionKind::Text | QuestionKind::Section => Vec::new(),
        };
        out.push(QuestionResultJson {
            number,
            prompt: q.prompt.clone(),
            kind: q.kind.as_str().to_owned(),
            answered: shown(answered),
            average: average_of_question,
            items,
        });
    }
    let by = |s| shown(tally.responses(Some(s)));
    Ok(Json(SurveyResultsJson {
        id,
        title: survey.settings.title.clone(),
        responses: shown(tally.responses(None)),
        online: by(domain::surveys::ResponseSource::Online),
        paper: by(domain::surveys::ResponseSource::Paper),
        questions: out,
    }))
}
