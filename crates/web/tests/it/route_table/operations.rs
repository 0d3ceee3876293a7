//! API and operations.

use super::*;

pub(super) const ROUTES: &[Expect] = &[
    // API and operations.
    get("/api/v1/municipalities", "/api/v1/municipalities", 200, 200),
    get("/api/v1/m/{slug}/organisations", "/api/v1/m/musterstadt/organisations", 200, 200),
    get("/api/v1/openapi.json", "/api/v1/openapi.json", 200, 200),
    get_municipal("/api/v1/m/{slug}/processes", "/api/v1/m/musterstadt/processes", "/api/v1/m/beispielheim/processes", "miteinander"),
    get_municipal("/api/v1/m/{slug}/ideas", "/api/v1/m/musterstadt/ideas", "/api/v1/m/beispielheim/ideas", "Begegnungsgarten am Bahnhof"),
    get("/api/v1/m/{slug}/ideas/{id}", "/api/v1/m/musterstadt/ideas/1", 200, 200),
    get("/healthz", "/healthz", 200, 200),
    get("/readyz", "/readyz", 200, 200),
    get("/metrics", "/metrics", 200, 200),
    get("/static/{*path}", "/static/does-not-exist.css", 404, 404),
];
