//! HTTP layer of teilhabe: one module per domain, each exposing `routes()`;
//! pages are askama templates under `templates/<domain>/`.

pub mod accounts;
mod admin;
mod api;
mod assets;
mod charts;
mod concept;
pub mod ctx;
pub mod error;
pub(crate) mod events;
mod forms;
mod funding;
pub mod housekeeping;
mod language;
mod layout;
mod legal;
pub mod limits;
mod markdown;
mod message;
pub mod notifications;
mod ops;
mod organisations;
mod overview;
pub(crate) mod participation;
mod security;
mod spreadsheet;
pub(crate) mod surveys;
mod tenancy;
pub mod uploads;

pub mod config;
pub mod i18n;
pub mod routes;
pub mod state;

pub use config::WebConfig;
pub use routes::{RouteInfo, app, route_table};
pub use state::AppState;

/// User text as the pages show it: Markdown rendered and sanitised.
pub fn render_markdown(markdown: &str) -> String {
    markdown::render(markdown)
}

/// The decision letter (Zuwendungsbescheid) of a grant as a document, and
/// its file name ("Zuwendungsbescheid 1-00001.pdf"): for seeding data that
/// shows approved grants as the officers would have issued them.
pub fn decision_letter(
    about: &funding::letters::About<'_>,
    grant: &domain::funding::decision::Grant,
    today: chrono::DateTime<chrono::Utc>,
) -> (String, domain::documents::ReportDocument) {
    (funding::letters::file_name(about, "letter-decision-title"), funding::letters::decision(about, grant, today))
}

pub use funding::letters::About as LetterAbout;

/// Today in Germany, the calendar the phases of processes follow.
pub fn participation_today() -> chrono::NaiveDate {
    participation::today()
}
