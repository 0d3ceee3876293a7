//! The state's funding programme: the programme officers' pages for
//! programmes, funding lines and calls with their rules; the public pages
//! where municipalities read which calls are open and what they ask; and
//! each municipality's applications, checked against the call's rules.

mod application_files;
mod application_form;
mod applications;
mod call_form;
mod findings;
mod joint;
pub(crate) mod letters;
mod mails;
mod money_view;
mod payments;
pub(crate) mod policy;
mod programme_page;
mod programmes;
mod public;
pub mod reminders;
mod report_form;
mod report_links;
mod report_prefill;
mod report_review;
mod review_actions;
mod review_list;
mod review_page;
pub(crate) mod rules_view;
mod statement_view;
mod summary;

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
        post_route("/land/foerderung/aufrufe/{call}/bescheid", call_form::letter_update),
        get_route("/land/foerderung/aufrufe/{call}/antraege", review_list::review_list_show),
        get_route("/land/foerderung/antraege/{id}", review_page::review_show),
        post_route("/land/foerderung/antraege/{id}/pruefliste", review_actions::checklist_save),
        post_route("/land/foerderung/antraege/{id}/notizen", review_actions::note_create),
        post_route("/land/foerderung/antraege/{id}/nachforderung", review_actions::changes_request),
        post_route("/land/foerderung/antraege/{id}/bewilligung", review_actions::application_approve),
        post_route("/land/foerderung/antraege/{id}/ablehnung", review_actions::application_reject),
        get_route("/land/foerderung/antraege/{id}/berichte/{number}", report_review::report_review),
        post_route("/land/foerderung/antraege/{id}/berichte/{number}/annahme", report_review::report_accept),
        post_route("/land/foerderung/antraege/{id}/berichte/{number}/rueckgabe", report_review::report_return),
        post_route("/land/foerderung/antraege/{id}/berichte/{number}/abschluss", report_review::report_close),
        post_route("/land/foerderung/auszahlungen/{payment}/freigabe", payments::payment_release),
        post_route("/land/foerderung/auszahlungen/{payment}/ablehnung", payments::payment_reject),
        get_route("/m/{slug}/verwaltung/foerderung", applications::applications_show),
        post_route("/m/{slug}/verwaltung/foerderung", applications::application_create),
        get_route("/m/{slug}/verwaltung/foerderung/antraege/{id}", application_form::application_show),
        post_route("/m/{slug}/verwaltung/foerderung/antraege/{id}", application_form::application_save),
        post_route("/m/{slug}/verwaltung/foerderung/antraege/{id}/zurueckziehen", application_form::application_withdraw),
        post_route("/m/{slug}/verwaltung/foerderung/antraege/{id}/auszahlungen", payments::payment_request),
        get_route("/m/{slug}/verwaltung/foerderung/antraege/{id}/berichte/{number}", report_form::report_show),
        post_route("/m/{slug}/verwaltung/foerderung/antraege/{id}/berichte/{number}", report_form::report_save),
    ]
}
