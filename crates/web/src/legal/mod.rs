//! Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit, for the
//! state space and for each municipality; editing by the space's coordinators;
//! the feedback form for barriers.

mod edit;
mod feedback;
pub mod policy;
mod show;

use crate::routes::{RouteDef, get_route, post_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/impressum", show::state_legal_show),
        get_route("/datenschutz", show::state_legal_show),
        get_route("/barrierefreiheit", show::state_legal_show),
        get_route("/netiquette", show::state_legal_show),
        get_route("/m/{slug}/impressum", show::municipality_legal_show),
        get_route("/m/{slug}/datenschutz", show::municipality_legal_show),
        get_route("/m/{slug}/barrierefreiheit", show::municipality_legal_show),
        get_route("/m/{slug}/netiquette", show::municipality_legal_show),
        get_route("/barrierefreiheit/rueckmeldung", feedback::state_feedback_show),
        post_route("/barrierefreiheit/rueckmeldung", feedback::state_feedback_send),
        get_route("/m/{slug}/barrierefreiheit/rueckmeldung", feedback::municipality_feedback_show),
        post_route("/m/{slug}/barrierefreiheit/rueckmeldung", feedback::municipality_feedback_send),
        get_route("/admin/rechtliches/{kind}", edit::state_legal_edit),
        post_route("/admin/rechtliches/{kind}", edit::state_legal_save),
        get_route("/m/{slug}/verwaltung/rechtliches/{kind}", edit::municipality_legal_edit),
        post_route("/m/{slug}/verwaltung/rechtliches/{kind}", edit::municipality_legal_save),
    ]
}
