//! Accounts: registration with e-mail confirmation, login with optional (for
//! privileged roles required) two-factor codes, sessions, password reset,
//! profile, own data, account deletion.

pub mod actor;
mod confirm;
mod login;
mod mails;
pub mod password;
pub mod profile;
mod register;
mod reset;
pub mod session;
pub mod totp;
mod two_factor;

use crate::routes::{RouteDef, get_route, post_route};

pub fn routes() -> Vec<RouteDef> {
    vec![
        get_route("/registrieren", register::register_show),
        post_route("/registrieren", register::register_submit),
        get_route("/registrieren/gesendet", register::register_sent),
        get_route("/konto/bestaetigen/{token}", confirm::confirm_show),
        post_route("/konto/bestaetigen/{token}", confirm::confirm_submit),
        get_route("/anmelden", login::login_show),
        post_route("/anmelden", login::login_submit),
        post_route("/abmelden", login::logout_submit),
        get_route("/anmelden/code", two_factor::code_show),
        post_route("/anmelden/code", two_factor::code_submit),
        get_route("/konto/zwei-faktor", two_factor::setup_show),
        post_route("/konto/zwei-faktor", two_factor::setup_submit),
        post_route("/konto/zwei-faktor/aus", two_factor::disable_submit),
        get_route("/passwort-vergessen", reset::forgot_show),
        post_route("/passwort-vergessen", reset::forgot_submit),
        get_route("/passwort-vergessen/gesendet", reset::forgot_sent),
        get_route("/passwort-neu/{token}", reset::reset_show),
        post_route("/passwort-neu/{token}", reset::reset_submit),
        get_route("/konto", profile::account_show),
        post_route("/konto/profil", profile::profile_submit),
        post_route("/konto/passwort", profile::password_submit),
        post_route("/konto/email", profile::email_submit),
        get_route("/konto/email/{token}", profile::email_confirm_show),
        post_route("/konto/email/{token}", profile::email_confirm_submit),
        get_route("/konto/daten.json", profile::data_download),
        get_route("/konto/loeschen", profile::delete_show),
        post_route("/konto/loeschen", profile::delete_submit),
    ]
}

/// A local path to continue at after login (no open redirect).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') && !path.starts_with("/anmelden") => {
            path.to_owned()
        }
        _ => "/konto".to_owned(),
    }
}
