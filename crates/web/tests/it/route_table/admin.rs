//! Platform administration.

use super::*;

pub(super) const ROUTES: &[Expect] = &[
    // Platform administration (bad input: empty forms; an unknown role id).
    admin("GET", "/admin", "/admin", 200),
    admin("GET", "/admin/kommunen", "/admin/kommunen", 200),
    admin("POST", "/admin/kommunen", "/admin/kommunen", 422),
    admin("GET", "/admin/rollen", "/admin/rollen", 200),
    admin("POST", "/admin/rollen", "/admin/rollen", 422),
    admin("POST", "/admin/rollen/entfernen", "/admin/rollen/entfernen", 404),
    admin("GET", "/admin/protokoll", "/admin/protokoll", 200),
];
