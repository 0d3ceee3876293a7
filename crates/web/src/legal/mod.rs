//! Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit, for the
//! state space and for each municipality.

mod show;

use crate::routes::{RouteDef, get_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/impressum", show::state_legal_show),
        get_route("/datenschutz", show::state_legal_show),
        get_route("/barrierefreiheit", show::state_legal_show),
        get_route("/m/{slug}/impressum", show::municipality_legal_show),
        get_route("/m/{slug}/datenschutz", show::municipality_legal_show),
        get_route("/m/{slug}/barrierefreiheit", show::municipality_legal_show),
    ]
}
