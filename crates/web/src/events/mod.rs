//! Events: the municipality's list and each event's page, registering and
//! cancelling (with an account, or as a guest confirmed by mail), calendar
//! files and the feed, and the coordinator's forms, registration list,
//! messages and calling off, and what came of an event (report, attendance,
//! photos).

mod attendees;
mod bands;
mod calendar;
mod guests;
mod link_page;
mod mails;
mod manage;
mod messages;
mod pages;
mod registration;
mod results;

pub use registration::withdraw_person;
pub(crate) mod views;

use crate::routes::{RouteDef, get_route, post_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/m/{slug}/veranstaltungen", pages::events_list),
        get_route("/m/{slug}/events.ics", calendar::feed),
        get_route("/m/{slug}/veranstaltungen/{id}", pages::event_show),
        get_route("/m/{slug}/veranstaltungen/{id}/kalender.ics", calendar::event_file),
        post_route("/m/{slug}/veranstaltungen/{id}/anmelden", registration::register),
        post_route("/m/{slug}/veranstaltungen/{id}/gast", guests::request),
        post_route("/m/{slug}/veranstaltungen/{id}/abmelden", registration::cancel),
        get_route("/m/{slug}/veranstaltungen/bestaetigen/{token}", guests::confirm_link),
        post_route("/m/{slug}/veranstaltungen/bestaetigen/{token}", guests::confirm),
        get_route("/m/{slug}/veranstaltungen/abmelden/{token}", registration::cancel_link),
        post_route("/m/{slug}/veranstaltungen/abmelden/{token}", registration::cancel_by_link),
        get_route("/m/{slug}/verwaltung/beteiligung/{process}/veranstaltungen/neu", manage::event_new),
        post_route("/m/{slug}/verwaltung/beteiligung/{process}/veranstaltungen/neu", manage::event_create),
        get_route("/m/{slug}/verwaltung/veranstaltungen/{id}/bearbeiten", manage::event_edit),
        post_route("/m/{slug}/verwaltung/veranstaltungen/{id}/bearbeiten", manage::event_update),
        get_route("/m/{slug}/verwaltung/veranstaltungen/{id}/anmeldungen", attendees::attendees),
        get_route("/m/{slug}/verwaltung/veranstaltungen/{id}/anmeldungen.csv", attendees::attendees_csv),
        post_route("/m/{slug}/verwaltung/veranstaltungen/{id}/nachricht", messages::send_message),
        post_route("/m/{slug}/verwaltung/veranstaltungen/{id}/absagen", messages::call_off),
        get_route("/m/{slug}/verwaltung/veranstaltungen/{id}/ergebnisse", results::results_edit),
        post_route("/m/{slug}/verwaltung/veranstaltungen/{id}/ergebnisse", results::results_update),
    ]
}
