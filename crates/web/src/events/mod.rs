//! Events: the municipality's list and each event's page, registering and
//! cancelling (also with the mailed link), and the coordinator's forms and
//! registration list.

mod manage;
mod pages;
mod registration;

pub use registration::withdraw_person;
pub(crate) mod views;

use crate::routes::{RouteDef, get_route, post_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/m/{slug}/veranstaltungen", pages::events_list),
        get_route("/m/{slug}/veranstaltungen/{id}", pages::event_show),
        post_route("/m/{slug}/veranstaltungen/{id}/anmelden", registration::register),
        post_route("/m/{slug}/veranstaltungen/{id}/abmelden", registration::cancel),
        get_route("/m/{slug}/veranstaltungen/abmelden/{token}", registration::cancel_link),
        post_route("/m/{slug}/veranstaltungen/abmelden/{token}", registration::cancel_by_link),
        get_route("/m/{slug}/verwaltung/beteiligung/{process}/veranstaltungen/neu", manage::event_new),
        post_route("/m/{slug}/verwaltung/beteiligung/{process}/veranstaltungen/neu", manage::event_create),
        get_route("/m/{slug}/verwaltung/veranstaltungen/{id}/bearbeiten", manage::event_edit),
        post_route("/m/{slug}/verwaltung/veranstaltungen/{id}/bearbeiten", manage::event_update),
        get_route("/m/{slug}/verwaltung/veranstaltungen/{id}/anmeldungen", manage::attendees),
        get_route("/m/{slug}/verwaltung/veranstaltungen/{id}/anmeldungen.csv", manage::attendees_csv),
    ]
}
