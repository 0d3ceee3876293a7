//! Notifications: following ideas and processes, the inbox behind the bell
//! in the header, mail settings, one-click unsubscribe, and the job that
//! mails notifications (at once or as a daily or weekly digest).

mod describe;
mod follow;
mod inbox;
pub mod mailer;
mod unsubscribe;

pub use follow::FollowButton;

use crate::routes::{RouteDef, get_route, post_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/benachrichtigungen", inbox::inbox_show),
        post_route("/benachrichtigungen/einstellungen", inbox::settings_save),
        post_route("/m/{slug}/ideen/{id}/folgen", follow::idea_follow_toggle),
        post_route("/m/{slug}/beteiligung/{process}/folgen", follow::process_follow_toggle),
        post_route("/m/{slug}/massnahmen/{id}/folgen", follow::measure_follow_toggle),
        get_route("/abbestellen/{token}", unsubscribe::unsubscribe_show),
        post_route("/abbestellen/{token}", unsubscribe::unsubscribe_confirm),
    ]
}

/// Paths whose POST is authorised by the token in the path, not by the
/// CSRF token: mail programs send the one-click unsubscribe (RFC 8058)
/// without cookies. Knowing the token is all it takes anyway.
pub const TOKEN_AUTHORISED_POSTS: &[&str] = &["/abbestellen/"];
