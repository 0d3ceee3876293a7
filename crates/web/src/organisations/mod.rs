//! Organisations and the stakeholder directory: participants register
//! associations, businesses, schools and institutions; the municipality's
//! coordinators verify them; their admins edit the profile and manage
//! members by invitation; visitors find the verified ones in the directory.

mod directory;
mod form;
mod invitation;
mod mails;
mod members;
pub mod policy;
mod review;
mod show;

pub use directory::{DirectoryQuery, PER_PAGE};

use crate::routes::{RouteDef, get_route, post_route};

pub use crate::forms::Choice;

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/m/{slug}/organisationen", directory::directory_show),
        get_route("/m/{slug}/organisationen/neu", form::organisation_new),
        post_route("/m/{slug}/organisationen/neu", form::organisation_create),
        get_route("/m/{slug}/organisationen/{id}", show::organisation_show),
        get_route("/m/{slug}/organisationen/{id}/bearbeiten", form::organisation_edit),
        post_route("/m/{slug}/organisationen/{id}/bearbeiten", form::organisation_update),
        get_route("/m/{slug}/organisationen/{id}/verwaltung", members::members_show),
        post_route("/m/{slug}/organisationen/{id}/einladen", members::member_invite),
        post_route("/m/{slug}/organisationen/{id}/mitglieder/entfernen", members::member_remove),
        get_route("/m/{slug}/organisationen/einladung/{token}", invitation::invitation_show),
        post_route("/m/{slug}/organisationen/einladung/{token}", invitation::invitation_accept),
        get_route("/m/{slug}/verwaltung/organisationen", review::review_show),
        post_route("/m/{slug}/verwaltung/organisationen/{id}/verifizieren", review::organisation_verify),
        post_route("/m/{slug}/verwaltung/organisationen/{id}/zurueckziehen", review::organisation_unverify),
    ]
}
