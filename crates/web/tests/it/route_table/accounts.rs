//! Accounts: registration, login, passwords, two-factor login, the account page.

use super::*;

pub(super) const ROUTES: &[Expect] = &[
    // Accounts. Bad input: empty forms; unknown tokens.
    get("/registrieren", "/registrieren", 200, 303),
    post("/registrieren", "/registrieren", 422, 422),
    get("/registrieren/gesendet", "/registrieren/gesendet", 200, 200),
    get("/konto/bestaetigen/{token}", "/konto/bestaetigen/unknown", 404, 404),
    post("/konto/bestaetigen/{token}", "/konto/bestaetigen/unknown", 404, 404),
    get("/anmelden", "/anmelden", 200, 303),
    post("/anmelden", "/anmelden", 422, 422),
    post("/abmelden", "/abmelden", 303, 303),
    get("/anmelden/code", "/anmelden/code", 303, 303),
    post("/anmelden/code", "/anmelden/code", 303, 303),
    get("/konto/zwei-faktor", "/konto/zwei-faktor", 303, 200),
    post("/konto/zwei-faktor", "/konto/zwei-faktor", 303, 422),
    // Required for the admin's role: switching it off is refused.
    Expect { admin: Some(403), officer: Some(403), ..post("/konto/zwei-faktor/aus", "/konto/zwei-faktor/aus", 303, 422) },
    get("/passwort-vergessen", "/passwort-vergessen", 200, 200),
    post("/passwort-vergessen", "/passwort-vergessen", 422, 422),
    get("/passwort-vergessen/gesendet", "/passwort-vergessen/gesendet", 200, 200),
    get("/passwort-neu/{token}", "/passwort-neu/unknown", 404, 404),
    post("/passwort-neu/{token}", "/passwort-neu/unknown", 404, 404),
    get("/konto", "/konto", 303, 200),
    post("/konto/profil", "/konto/profil", 303, 422),
    post("/konto/passwort", "/konto/passwort", 303, 422),
    post("/konto/email", "/konto/email", 303, 422),
    get("/konto/email/{token}", "/konto/email/unknown", 404, 404),
    post("/konto/email/{token}", "/konto/email/unknown", 404, 404),
    get("/konto/daten.json", "/konto/daten.json", 303, 200),
    get("/konto/loeschen", "/konto/loeschen", 303, 200),
    post("/konto/loeschen", "/konto/loeschen", 303, 422),
];
