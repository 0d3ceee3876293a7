//! Operations: liveness and readiness probes, Prometheus metrics, and the
//! per-request SQL statement counter the query-count tests read.

mod metrics;
mod probes;
pub mod query_count;

pub use metrics::{metrics_handle, track};

use crate::routes::{RouteDef, get_route};

pub fn routes() -> Vec<RouteDef> {
    vec![get_route("/healthz", probes::healthz_get), get_route("/readyz", probes::readyz_get), get_route("/metrics", metrics::metrics_get)]
}
