use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, header};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use super::query_count;
use crate::AppState;

/// The process-wide Prometheus recorder (installed on first use).
pub fn metrics_handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5];
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &buckets)
                .map(PrometheusBuilder::build_recorder)
                .unwrap_or_else(|_| PrometheusBuilder::new().build_recorder());
            let handle = recorder.handle();
            if metrics::set_global_recorder(recorder).is_err() {
                tracing::debug!("a metrics recorder was already installed");
            }
            handle
        })
        .clone()
}

/// Records every request: count by route and status, latency, SQL statements.
/// Logs one line per request without personal data (route pattern, not the
/// path with its values; no query string, no cookies).
pub async fn track(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let route = request.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned()).unwrap_or_else(|| "unmatched".to_owned());
    let (mut response, queries) = query_count::counting(next.run(request)).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16().to_string();
    let labels = [("method", method.to_string()), ("route", route.clone()), ("status", status)];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels[..2]).record(elapsed.as_secs_f64());
    tracing::info!(
        target: "teilhabe::request",
        %method,
        route,
        status = response.status().as_u16(),
        micros = elapsed.as_micros() as u64,
        queries,
        "request"
    );
    if state.config.expose_query_count
        && let Ok(value) = HeaderValue::from_str(&queries.to_string())
    {
        response.headers_mut().insert("x-query-count", value);
    }
    response
}

/// Prometheus text format.
pub async fn metrics_get(State(state): State<AppState>) -> Response {
    let (size, idle) = pool_stats(&state.db);
    metrics::gauge!("db_pool_connections").set(f64::from(size));
    metrics::gauge!("db_pool_idle_connections").set(idle as f64);
    let mut response = state.metrics.render().into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    response
}

fn pool_stats(db: &store::DatabaseConnection) -> (u32, usize) {
    match store::Backend::of(db) {
        store::Backend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        store::Backend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
    }
}
