//! The overview's lines as CSV, as chosen and sorted on the page: plain
//! figures (amounts in euros with a decimal point, days as YYYY-MM-DD) so
//! that spreadsheets compute with them.

use axum::extract::{Query, State};
use axum::response::Response;
use domain::overview::select;

use super::page::OverviewQuery;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::spreadsheet::Sheet;

fn euros(m: domain::money::Money) -> String {
    format!("{}.{:02}", m.cents() / 100, m.cents() % 100)
}

pub async fn overview_csv(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Query(query): Query<OverviewQuery>,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let (_, facts) = state.overview.get(&state.db).await?;
    let header: Vec<String> = [
        "overview-municipality",
        "overview-district",
        "overview-population",
        "overview-funding",
        "overview-concept",
        "overview-csv-adopted-on",
        "overview-csv-measures",
        "overview-csv-progress",
        "overview-contributions",
        "overview-csv-granted",
        "overview-csv-paid",
    ]
    .iter()
    .map(|k| locale.t(k))
    .collect();
    let mut sheet = Sheet::new(&header)?;
    for m in select(&facts.municipalities, &query.selection()) {
        sheet.row(&[
            m.name.clone(),
            m.district.clone(),
            m.population.to_string(),
            locale.t(&m.funding.label_key()),
            locale.t(&m.concept.label_key()),
            m.adopted_on.map(|d| d.to_string()).unwrap_or_default(),
            m.measures.to_string(),
            m.progress.to_string(),
            m.contributions.to_string(),
            euros(m.granted),
            euros(m.paid),
        ])?;
    }
    sheet.download("kommunen-uebersicht.csv")
}
