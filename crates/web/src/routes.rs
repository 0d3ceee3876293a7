//! The route table: every route of every domain, in one list. The web tests
//! walk this list and fail for a route that has no expectations.

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::middleware;
use axum::response::IntoResponse;
use axum::routing::{MethodRouter, get, post};
use http::StatusCode;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::error::AppError;
use crate::{
    AppState, accounts, admin, api, assets, concept, error, events, funding, language, legal, notifications, ops, organisations, overview,
    participation, security, surveys, tenancy, uploads,
};

/// Method and path pattern of a route, as the route-table test sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RouteInfo {
    pub method: &'static str,
    pub path: &'static str,
}

pub struct RouteDef {
    pub info: RouteInfo,
    router: MethodRouter<AppState>,
}

pub fn get_route<H, T>(path: &'static str, handler: H) -> RouteDef
where
    H: Handler<T, AppState>,
    T: 'static,
{
    RouteDef { info: RouteInfo { method: "GET", path }, router: get(handler) }
}

pub fn post_route<H, T>(path: &'static str, handler: H) -> RouteDef
where
    H: Handler<T, AppState>,
    T: 'static,
{
    RouteDef { info: RouteInfo { method: "POST", path }, router: post(handler) }
}

fn all_routes() -> Vec<RouteDef> {
    [
        tenancy::routes(),
        accounts::routes(),
        admin::routes(),
        legal::routes(),
        participation::routes(),
        events::routes(),
        surveys::routes(),
        concept::routes(),
        funding::routes(),
        overview::routes(),
        notifications::routes(),
        organisations::routes(),
        uploads::routes(),
        language::routes(),
        api::routes(),
        ops::routes(),
        assets::routes(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Every route the application serves.
pub fn route_table() -> Vec<RouteInfo> {
    all_routes().into_iter().map(|r| r.info).collect()
}

/// The whole application with its middleware.
pub fn app(state: AppState) -> Router {
    let body_limit = state.config.upload_request_max_bytes();
    let mut router = Router::new();
    for route in all_routes() {
        router = router.route(route.info.path, route.router);
    }
    router
        .fallback(|| async { AppError::NotFound })
        .layer(CatchPanicLayer::custom(|_| {
            tracing::error!("a handler panicked");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }))
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(RequestBodyLimitLayer::new(body_limit))
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(30)))
        .layer(middleware::from_fn_with_state(state.clone(), security::csrf))
        .layer(middleware::from_fn_with_state(state.clone(), error::render))
        .layer(middleware::from_fn_with_state(state.clone(), ops::track))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(security::headers))
        .with_state(state)
}
