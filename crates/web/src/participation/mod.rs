//! Participation: processes with phases, ideas with filters, supports and
//! threaded comments; the coordinator's official answers.

mod answer;
pub(crate) mod blocks;
mod comments;
pub mod counts;
mod current;
mod export;
pub mod frames;
pub use current::today_in_berlin as today;
mod idea_form;
mod idea_page;
mod manage;
mod merge;
pub mod moderation;
mod news;
mod offline;
mod offline_comment;
pub mod policy;
mod process_page;
pub(crate) mod speak_as;
mod supports;
pub(crate) mod views;

use crate::routes::{RouteDef, get_route, post_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/m/{slug}/beteiligung", process_page::processes_list),
        get_route("/m/{slug}/beteiligung/{process}", process_page::process_show),
        get_route("/m/{slug}/beteiligung/{process}/ideen/neu", idea_form::idea_new),
        post_route("/m/{slug}/beteiligung/{process}/ideen/neu", idea_form::idea_create),
        get_route("/m/{slug}/beteiligung/{process}/neuigkeiten", news::news_list),
        get_route("/m/{slug}/beteiligung/{process}/neuigkeiten/{id}", news::news_show),
        get_route("/m/{slug}/verwaltung/beteiligung/{process}/neuigkeiten/neu", news::news_new),
        post_route("/m/{slug}/verwaltung/beteiligung/{process}/neuigkeiten/neu", news::news_create),
        get_route("/m/{slug}/verwaltung/neuigkeiten/{id}/bearbeiten", news::news_edit),
        post_route("/m/{slug}/verwaltung/neuigkeiten/{id}/bearbeiten", news::news_update),
        get_route("/m/{slug}/ideen/{id}", idea_page::idea_show),
        get_route("/m/{slug}/ideen/{id}/bearbeiten", idea_form::idea_edit),
        post_route("/m/{slug}/ideen/{id}/bearbeiten", idea_form::idea_update),
        post_route("/m/{slug}/ideen/{id}/zurueckziehen", idea_form::idea_withdraw),
        post_route("/m/{slug}/ideen/{id}/unterstuetzung", supports::support_toggle),
        post_route("/m/{slug}/ideen/{id}/kommentare", comments::comment_create),
        post_route("/m/{slug}/ideen/{id}/antwort", answer::answer_save),
        get_route("/m/{slug}/ideen/{id}/zusammenfuehren", merge::merge_show),
        post_route("/m/{slug}/ideen/{id}/zusammenfuehren", merge::merge_save),
        get_route("/m/{slug}/kommentare/{id}/bearbeiten", comments::comment_edit),
        post_route("/m/{slug}/kommentare/{id}/bearbeiten", comments::comment_update),
        post_route("/m/{slug}/kommentare/{id}/loeschen", comments::comment_delete),
        get_route("/m/{slug}/ideen/{id}/melden", moderation::idea_report_show),
        post_route("/m/{slug}/ideen/{id}/melden", moderation::idea_report_send),
        get_route("/m/{slug}/kommentare/{id}/melden", moderation::comment_report_show),
        post_route("/m/{slug}/kommentare/{id}/melden", moderation::comment_report_send),
        get_route("/m/{slug}/moderation", moderation::queue_show),
        post_route("/m/{slug}/moderation/ausblenden", moderation::hide),
        post_route("/m/{slug}/moderation/wiederherstellen", moderation::restore),
        post_route("/m/{slug}/moderation/verwerfen", moderation::dismiss),
        get_route("/m/{slug}/moderation/sperren", blocks::block_show),
        post_route("/m/{slug}/moderation/sperren", blocks::block_save),
        post_route("/m/{slug}/moderation/entsperren", blocks::block_lift),
        get_route("/m/{slug}/verwaltung/beteiligung/neu", manage::process_new),
        post_route("/m/{slug}/verwaltung/beteiligung/neu", manage::process_create),
        get_route("/m/{slug}/verwaltung/beteiligung/{process}/eingaben", offline::entry_form),
        get_route("/m/{slug}/ideen/{id}/kommentare/offline", offline_comment::comment_form),
        post_route("/m/{slug}/ideen/{id}/kommentare/offline", offline_comment::comment_save),
        post_route("/m/{slug}/verwaltung/beteiligung/{process}/eingaben", offline::entry_save),
        get_route("/m/{slug}/verwaltung/beteiligung/{process}/bearbeiten", manage::process_edit),
        post_route("/m/{slug}/verwaltung/beteiligung/{process}/bearbeiten", manage::process_update),
        get_route("/m/{slug}/verwaltung/beteiligung/{process}/ideen.csv", export::ideas_csv),
        get_route("/m/{slug}/verwaltung/quartiere", manage::neighbourhoods_show),
        post_route("/m/{slug}/verwaltung/quartiere", manage::neighbourhoods_add),
    ]
}
