use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::StatusCode;
use store::ConnectionTrait;

use crate::AppState;

/// The process is up.
pub async fn healthz_get() -> &'static str {
    "ok"
}

/// The database answers.
pub async fn readyz_get(State(state): State<AppState>) -> Response {
    match state.db.execute_unprepared("SELECT 1").await {
        Ok(_) => "ready".into_response(),
        Err(err) => {
            tracing::error!(%err, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}
