//! Surveys: the municipality's list, answering a survey (online, with a
//! draft to continue later, or for a public anonymous survey without an
//! account), the coordinators' builder, entering paper questionnaires, the
//! results as charts with tables, printable, and the responses as CSV.

mod answer;
mod builder;
mod export;
mod form_view;
mod list;
mod manage;
mod paper;
pub(crate) mod result_views;
mod results;
pub(crate) mod tallies;
pub(crate) mod views;

use crate::routes::{RouteDef, get_route, post_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/m/{slug}/umfragen", list::surveys_list),
        get_route("/m/{slug}/umfragen/{id}", answer::survey_show),
        post_route("/m/{slug}/umfragen/{id}", answer::survey_answer),
        get_route("/m/{slug}/umfragen/{id}/ergebnisse", results::results_show),
        get_route("/m/{slug}/umfragen/{id}/ergebnisse/druck", results::results_print),
        get_route("/m/{slug}/verwaltung/beteiligung/{process}/umfragen/neu", manage::survey_new),
        post_route("/m/{slug}/verwaltung/beteiligung/{process}/umfragen/neu", manage::survey_create),
        get_route("/m/{slug}/verwaltung/umfragen/{id}", builder::survey_builder),
        get_route("/m/{slug}/verwaltung/umfragen/{id}/einstellungen", manage::survey_edit),
        post_route("/m/{slug}/verwaltung/umfragen/{id}/einstellungen", manage::survey_update),
        post_route("/m/{slug}/verwaltung/umfragen/{id}/fragen", builder::question_create),
        get_route("/m/{slug}/verwaltung/umfragen/{id}/fragen/{question}", builder::question_edit),
        post_route("/m/{slug}/verwaltung/umfragen/{id}/fragen/{question}", builder::question_update),
        post_route("/m/{slug}/verwaltung/umfragen/{id}/fragen/{question}/verschieben", builder::question_move),
        post_route("/m/{slug}/verwaltung/umfragen/{id}/fragen/{question}/entfernen", builder::question_remove),
        get_route("/m/{slug}/verwaltung/umfragen/{id}/papier", paper::paper_new),
        post_route("/m/{slug}/verwaltung/umfragen/{id}/papier", paper::paper_create),
        get_route("/m/{slug}/verwaltung/umfragen/{id}/antworten.csv", export::responses_csv),
    ]
}
