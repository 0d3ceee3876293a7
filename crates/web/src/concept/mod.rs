//! The action-and-measures concept: its public page (vision, action fields
//! with their analysis and goals, and the measures under each goal), each
//! measure's page, its frozen versions and what changed between them, and
//! the coordinators' pages to write it — texts and stage, action fields,
//! goals and measures with their indicators and milestones; and the page
//! where a measure's owner reports its progress.

mod annual_report;
mod annual_report_pdf;
mod consultation;
mod consultation_answer;
pub mod document_cache;
pub(crate) mod documents;
mod export;
mod indicator_form;
mod manage;
mod measure_form;
mod measure_page;
mod parts;
mod policy;
mod practice_form;
pub mod progress_cache;
mod progress_page;
mod progress_views;
mod public;
mod report;
mod sources;
mod version_diff;
mod versions;
mod views;

pub(crate) use annual_report::{berlin_midnight, participation_facts};
pub(crate) use views::stage_text;

use crate::routes::{RouteDef, get_route, post_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/m/{slug}/konzept", public::concept_show),
        get_route("/m/{slug}/concept.pdf", documents::concept_pdf),
        get_route("/m/{slug}/konzept/versionen", versions::versions_list),
        get_route("/m/{slug}/konzept/versionen/{number}/konzept.pdf", documents::version_pdf),
        get_route("/m/{slug}/konzept/versionen/{number}", versions::version_show),
        get_route("/m/{slug}/konzept/versionen/{number}/absatz/{key}", consultation::paragraph_show),
        post_route("/m/{slug}/konzept/versionen/{number}/absatz/{key}", consultation::paragraph_comment),
        get_route("/m/{slug}/konzept/vergleich", version_diff::versions_compare),
        get_route("/m/{slug}/umsetzung", progress_page::progress_show),
        get_route("/m/{slug}/umsetzung/jahresbericht/{year}", annual_report::annual_report),
        get_route("/m/{slug}/umsetzung/jahresbericht/{year}/jahresbericht.pdf", annual_report_pdf::annual_report_pdf),
        get_route("/m/{slug}/massnahmen/{id}", measure_page::measure_show),
        get_route("/m/{slug}/massnahmen/{id}/bericht", report::report_show),
        post_route("/m/{slug}/massnahmen/{id}/bericht", report::update_create),
        post_route("/m/{slug}/massnahmen/{id}/meilensteine/{milestone}", report::milestone_tick),
        post_route("/m/{slug}/massnahmen/{id}/indikatoren/{indicator}/werte", report::value_create),
        post_route("/m/{slug}/massnahmen/{id}/indikatoren/{indicator}/werte/{value}/entfernen", report::value_remove),
        get_route("/m/{slug}/measures.csv", export::measures_csv),
        get_route("/m/{slug}/ideen/{id}/massnahme", sources::take_up_new),
        post_route("/m/{slug}/ideen/{id}/massnahme", sources::take_up_create),
        get_route("/m/{slug}/verwaltung/konzept", manage::concept_manage),
        post_route("/m/{slug}/verwaltung/konzept", manage::concept_update),
        post_route("/m/{slug}/verwaltung/konzept/stand", manage::stage_update),
        get_route("/m/{slug}/verwaltung/konzept/beratung/{id}", consultation_answer::answer_edit),
        post_route("/m/{slug}/verwaltung/konzept/beratung/{id}", consultation_answer::answer_save),
        post_route("/m/{slug}/verwaltung/konzept/beratung/{id}/ausblenden", consultation_answer::moderate),
        get_route("/m/{slug}/verwaltung/konzept/entwurf.pdf", documents::draft_pdf),
        get_route("/m/{slug}/verwaltung/konzept/beschlussvorlage.pdf", documents::proposal_pdf),
        post_route("/m/{slug}/verwaltung/konzept/handlungsfelder", manage::field_create),
        get_route("/m/{slug}/verwaltung/konzept/handlungsfelder/{id}", parts::field_edit),
        post_route("/m/{slug}/verwaltung/konzept/handlungsfelder/{id}", parts::field_update),
        get_route("/m/{slug}/verwaltung/konzept/handlungsfelder/{id}/ziele", parts::goal_new),
        post_route("/m/{slug}/verwaltung/konzept/handlungsfelder/{id}/ziele", parts::goal_create),
        get_route("/m/{slug}/verwaltung/konzept/ziele/{id}", parts::goal_edit),
        post_route("/m/{slug}/verwaltung/konzept/ziele/{id}", parts::goal_update),
        get_route("/m/{slug}/verwaltung/konzept/massnahmen/neu", measure_form::measure_new),
        post_route("/m/{slug}/verwaltung/konzept/massnahmen/neu", measure_form::measure_create),
        get_route("/m/{slug}/verwaltung/konzept/massnahmen/{id}", measure_form::measure_edit),
        post_route("/m/{slug}/verwaltung/konzept/massnahmen/{id}", measure_form::measure_update),
        get_route("/m/{slug}/verwaltung/konzept/massnahmen/{id}/indikatoren", indicator_form::indicator_new),
        post_route("/m/{slug}/verwaltung/konzept/massnahmen/{id}/indikatoren", indicator_form::indicator_create),
        get_route("/m/{slug}/verwaltung/konzept/indikatoren/{id}", indicator_form::indicator_edit),
        post_route("/m/{slug}/verwaltung/konzept/indikatoren/{id}", indicator_form::indicator_update),
        get_route("/m/{slug}/verwaltung/konzept/massnahmen/{id}/gute-praxis", practice_form::practice_edit),
        post_route("/m/{slug}/verwaltung/konzept/massnahmen/{id}/gute-praxis", practice_form::practice_update),
        get_route("/m/{slug}/verwaltung/konzept/massnahmen/{id}/meilensteine", indicator_form::milestones_show),
        post_route("/m/{slug}/verwaltung/konzept/massnahmen/{id}/meilensteine", indicator_form::milestone_create),
    ]
}
