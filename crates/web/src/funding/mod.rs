//! The state's funding programme: the programme officers' pages for
//! programmes, funding lines and calls with their rules; the public pages
//! where municipalities read which calls are open and what they ask; and
//! each municipality's applications, checked against the call's rules.

mod application_files;
mod application_form;
mod applications;
mod call_form;
mod findings;
pub(crate) mod policy;
mod programme_page;
mod programmes;
mod public;
pub(crate) mod rules_view;

use crate::routes::{RouteDef, get_route, post_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/foerderung", public::programmes_show),
        get_route("/foerderung/aufrufe/{call}", public::call_show),
        get_route("/land/foerderung", programmes::programmes_show),
        post_route("/land/foerderung", programmes::programme_create),
        get_route("/land/foerderung/{programme}", programme_page::programme_show),
        post_route("/land/foerderung/{programme}", programme_page::programme_update),
        post_route("/land/foerderung/{programme}/linien", programme_page::line_create),
        get_route("/land/foerderung/{programme}/aufrufe/neu", call_form::call_new),
        post_route("/land/foerderung/{programme}/aufrufe", call_form::call_create),
        get_route("/land/foerderung/aufrufe/{call}", call_form::call_edit),
        post_route("/land/foerderung/aufrufe/{call}", call_form::call_update),
        get_route("/m/{slug}/verwaltung/foerderung", applications::applications_show),
        post_route("/m/{slug}/verwaltung/foerderung", applications::application_create),
        get_route("/m/{slug}/verwaltung/foerderung/antraege/{id}", application_form::application_show),
        post_route("/m/{slug}/verwaltung/foerderung/antraege/{id}", application_form::application_save),
        post_route("/m/{slug}/verwaltung/foerderung/antraege/{id}/zurueckziehen", application_form::application_withdraw),
    ]
}
