//! The concept's measures as CSV, for everyone who may read the concept:
//! one row per measure with its action field, goals, status, leads,
//! partners, target groups, neighbourhoods, period, priority, cost and
//! funding, and its address.

use axum::extract::State;
use axum::response::Response;

use super::views::visible_concept;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::spreadsheet::Sheet;
use crate::tenancy::CurrentMunicipality;

pub async fn measures_csv(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let (concept, _) = visible_concept(&state, &ctx, &tenant).await?;
    let fields = store::concept::outline::outline(&state.db, &tenant.scope, concept.id).await?;
    let measures = store::concept::measures::all(&state.db, &tenant.scope, concept.id).await?;
    let choices = store::concept::choices::measure_choices(&state.db, &tenant.scope).await?;
    let header: Vec<String> = [
        "measure-csv-number",
        "measure-title-label",
        "concept-field-name-label",
        "measure-main-goal-label",
        "measure-csv-other-goals",
        "measure-status-legend",
        "measure-reason-label",
        "measure-lead-organisation-label",
        "measure-partners-label",
        "measure-target-groups-label",
        "measure-neighbourhoods-label",
        "measure-starts-label",
        "measure-ends-label",
        "measure-priority-label",
        "measure-csv-cost",
        "measure-funding-label",
        "measure-csv-url",
    ]
    .iter()
    .map(|key| locale.t(key))
    .collect();
    let mut sheet = Sheet::new(&header)?;
    let names = |ids: &[i64], named: &[store::participation::processes::Named]| -> String {
        ids.iter().filter_map(|id| named.iter().find(|n| n.id == *id)).map(|n| n.name.as_str()).collect::<Vec<_>>().join("; ")
    };
    let goal = |id: &i64| {
        fields.iter().find_map(|f| f.goals.iter().find(|g| g.id == *id).map(|g| (f.texts.name.as_str(), g.texts.title.as_str())))
    };
    for m in &measures {
        let d = &m.details;
        let main = d.goals.first().and_then(goal);
        let others: Vec<&str> = d.goals.iter().skip(1).filter_map(goal).map(|(_, g)| g).collect();
        let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        // Euros with two decimals and a point, whatever the language: a number spreadsheets read.
        let cost = d.cost.map(|c| format!("{}.{:02}", c.cents() / 100, c.cents() % 100)).unwrap_or_default();
        sheet.row(&[
            m.number.to_string(),
            d.title.clone(),
            main.map(|(f, _)| f.to_owned()).unwrap_or_default(),
            main.map(|(_, g)| g.to_owned()).unwrap_or_default(),
            others.join("; "),
            locale.t(&d.status.name_key()),
            d.status_reason.clone(),
            m.lead_organisation_name.clone().unwrap_or_default(),
            names(&d.partners, &choices.organisations),
            d.target_groups.clone(),
            names(&d.neighbourhoods, &choices.neighbourhoods),
            day(d.starts_on),
            day(d.ends_on),
            locale.t(&d.priority.name_key()),
            cost,
            d.funding_source.clone(),
            format!("{}/m/{}/massnahmen/{}", state.config.public_url, tenant.slug, m.id),
        ])?;
    }
    sheet.download(&format!("massnahmen-{}.csv", tenant.slug))
}
