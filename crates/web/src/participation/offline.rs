//! The coordinator enters ideas given offline — workshop cards, paper
//! questionnaires, phone calls — many cards in one form, without
//! JavaScript: a card with a mistake sends the whole form back with every
//! card as typed and the errors named at the top and by each field; more
//! empty rows come with a second button. Nothing is saved until every card
//! is fine.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use domain::participation::offline::{BulkErrors, BulkForm, CardForm, OfflineSource, ROWS};
use http::StatusCode;
use store::participation::processes::Named;
use store::tenancy::Tenant;

use super::frames::Framed;
use super::policy::require_coordinator;
use super::views::framed_by_slug;
use crate::AppState;
use crate::ctx::RequestCtx;
use crate::error::AppError;
use crate::forms::{Choice, FormErrors};
use crate::i18n::{FluentArg, Locale};
use crate::layout::{Layout, html_status};
use crate::markdown;
use crate::tenancy::CurrentMunicipality;

/// Rows added by "more rows".
const MORE_ROWS: usize = 5;

/// One field of a card row: its name in the form (`title_3`), value and error.
pub struct CardField {
    pub name: String,
    pub value: String,
    pub error: Option<String>,
}

pub struct CardRow {
    pub legend: String,
    pub reference: CardField,
    pub title: CardField,
    pub body: CardField,
    pub action_field: CardField,
    pub action_fields: Vec<Choice>,
    pub neighbourhood: CardField,
    pub neighbourhoods: Vec<Choice>,
    pub name: CardField,
    pub consent: CardField,
    pub consented: bool,
}

#[derive(Template)]
#[template(path = "participation/offline.html")]
struct OfflinePage {
    i18n: Locale,
    layout: Layout,
    process_title: String,
    process_href: String,
    action: String,
    sources: Vec<Choice>,
    events: Vec<Choice>,
    note: String,
    errors: FormErrors,
    cards: Vec<CardRow>,
}

fn options(list: &[Named], selected: &str) -> Vec<Choice> {
    list.iter().map(|n| Choice { value: n.id.to_string(), label: n.name.clone(), selected: n.id.to_string() == selected }).collect()
}

/// The form's errors, card fields named by their row.
fn form_errors(locale: Locale, problems: &BulkErrors) -> FormErrors {
    let mut errors = FormErrors::default();
    for e in &problems.shared {
        errors.add(locale, e.field, e.code);
    }
    for (row, e) in &problems.cards {
        let message = locale
            .t_args("offline-card-error", &[("card", FluentArg::Number(*row as i64 + 1)), ("message", FluentArg::Text(locale.t(e.code)))]);
        errors.add_text(&format!("{}_{row}", e.field), message);
    }
    errors
}

async fn page(
    state: &AppState,
    ctx: &RequestCtx,
    tenant: &Tenant,
    framed: &Framed,
    form: &BulkForm,
    errors: FormErrors,
    status: StatusCode,
) -> Result<Response, AppError> {
    let locale = ctx.locale;
    let process = &framed.process;
    let events = store::events::of_process(&state.db, &tenant.scope, process.id).await?;
    let field = |row: usize, name: &str, value: &str| {
        let name = format!("{name}_{row}");
        CardField { error: errors.get(&name), value: value.to_owned(), name }
    };
    let cards = form
        .cards
        .iter()
        .enumerate()
        .map(|(row, c): (usize, &CardForm)| CardRow {
            legend: locale.t_args("offline-card-legend", &[("card", FluentArg::Number(row as i64 + 1))]),
            reference: field(row, "reference", &c.reference),
            title: field(row, "title", &c.title),
            body: field(row, "body", &c.body),
            action_field: field(row, "action_field", &c.action_field),
            action_fields: options(&process.action_fields, &c.action_field),
            neighbourhood: field(row, "neighbourhood", &c.neighbourhood),
            neighbourhoods: options(&framed.neighbourhoods, &c.neighbourhood),
            name: field(row, "name", &c.name),
            consent: field(row, "consent", &c.consent),
            consented: !c.consent.is_empty(),
        })
        .collect();
    let view = OfflinePage {
        i18n: locale,
        layout: Layout::municipality(state, ctx, tenant, locale.t("offline-entry-title")),
        process_title: process.title.clone(),
        process_href: format!("/m/{}/beteiligung/{}", tenant.slug, process.slug),
        action: format!("/m/{}/verwaltung/beteiligung/{}/eingaben", tenant.slug, process.slug),
        sources: OfflineSource::ALL
            .into_iter()
            .map(|s| Choice { value: s.as_str().to_owned(), label: locale.t(s.name_key()), selected: form.source == s.as_str() })
            .collect(),
        events: events
            .iter()
            .map(|e| Choice {
                value: e.id.to_string(),
                label: format!("{} ({})", e.details.title, crate::events::views::when(locale, e.details.starts_at, e.details.ends_at)),
                selected: form.event == e.id.to_string(),
            })
            .collect(),
        note: form.note.clone(),
        errors,
        cards,
    };
    html_status(status, &view)
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct EntryQuery {
    /// Preselects the event the cards were written at.
    veranstaltung: String,
}

pub async fn entry_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, slug)): Path<(String, String)>,
    Query(query): Query<EntryQuery>,
) -> Result<Response, AppError> {
    require_coordinator(&ctx, &tenant)?;
    let framed = framed_by_slug(&state, &tenant, &slug).await?;
    let from_event = !query.veranstaltung.is_empty();
    let form = BulkForm {
        source: if from_event { OfflineSource::Workshop.as_str().to_owned() } else { String::new() },
        event: query.veranstaltung,
        ..BulkForm::default()
    }
    .with_rows(ROWS);
    page(&state, &ctx, &tenant, &framed, &form, FormErrors::default(), StatusCode::OK).await
}

pub async fn entry_save(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentMunicipality(tenant): CurrentMunicipality,
    Path((_, slug)): Path<(String, String)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let actor = require_coordinator(&ctx, &tenant)?;
    let framed = framed_by_slug(&state, &tenant, &slug).await?;
    let form = BulkForm::from_pairs(&pairs);
    if pairs.iter().any(|(k, _)| k == "more") {
        let rows = form.cards.len() + MORE_ROWS;
        return page(&state, &ctx, &tenant, &framed, &form.with_rows(rows), FormErrors::default(), StatusCode::OK).await;
    }
    let mut problems = match form.validate() {
        Ok((origin, cards)) => {
            // The choices must be the process's own.
            let process = &framed.process;
            let mut problems = BulkErrors::default();
            for card in &cards {
                if card.action_field.is_some_and(|id| !process.action_fields.iter().any(|f| f.id == id)) {
                    problems.cards.push((card.index, domain::tenancy::FieldError { field: "action_field", code: "idea-choice-invalid" }));
                }
                if card.neighbourhood.is_some_and(|id| !framed.neighbourhoods.iter().any(|n| n.id == id)) {
                    problems.cards.push((card.index, domain::tenancy::FieldError { field: "neighbourhood", code: "idea-choice-invalid" }));
                }
            }
            let events = store::events::of_process(&state.db, &tenant.scope, process.id).await?;
            if origin.event.is_some_and(|id| !events.iter().any(|e| e.id == id)) {
                problems.shared.push(domain::tenancy::FieldError { field: "event", code: "idea-choice-invalid" });
            }
            if problems == BulkErrors::default() {
                let rendered: Vec<_> = cards.into_iter().map(|c| (markdown::render(&c.body), c)).map(|(html, c)| (c, html)).collect();
                let txn = store::begin_write(&state.db).await.map_err(store::StoreError::from)?;
                let ids =
                    store::participation::offline::enter_ideas(&txn, &tenant.scope, process.id, actor.user.id, &origin, &rendered).await?;
                txn.commit().await.map_err(store::StoreError::from)?;
                let target = format!(
                    "/m/{}/beteiligung/{}?herkunft={}&notice=offline-saved#ideen",
                    tenant.slug,
                    process.slug,
                    origin.source.as_str()
                );
                tracing::info!(ideas = ids.len(), "offline input entered");
                return Ok(Redirect::to(&target).into_response());
            }
            problems
        }
        Err(problems) => problems,
    };
    problems.cards.sort_by_key(|(row, _)| *row);
    let errors = form_errors(ctx.locale, &problems);
    let rows = form.cards.len().max(ROWS);
    page(&state, &ctx, &tenant, &framed, &form.with_rows(rows), errors, StatusCode::UNPROCESSABLE_ENTITY).await
}
