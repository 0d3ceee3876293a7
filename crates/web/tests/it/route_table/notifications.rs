//! Notifications and unsubscribing.

use super::*;

pub(super) const ROUTES: &[Expect] = &[
    // Notifications (bad input: no mail setting chosen; unknown unsubscribe tokens).
    get("/benachrichtigungen", "/benachrichtigungen", 303, 200),
    post("/benachrichtigungen/einstellungen", "/benachrichtigungen/einstellungen", 303, 422),
    post("/m/{slug}/ideen/{id}/folgen", "/m/musterstadt/ideen/1/folgen", 303, 303),
    post("/m/{slug}/beteiligung/{process}/folgen", "/m/musterstadt/beteiligung/vielfalt-2026/folgen", 303, 303),
    post("/m/{slug}/massnahmen/{id}/folgen", "/m/musterstadt/massnahmen/1/folgen", 303, 303),
    get("/abbestellen/{token}", "/abbestellen/unknown", 404, 404),
    post("/abbestellen/{token}", "/abbestellen/unknown", 404, 404),
];
