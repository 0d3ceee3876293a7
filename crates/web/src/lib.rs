//! HTTP layer of teilhabe: one module per domain, each exposing `routes()`;
//! pages are askama templates under `templates/<domain>/`.

pub mod accounts;
mod api;
mod assets;
mod ctx;
pub mod error;
mod language;
mod layout;
mod legal;
mod markdown;
mod ops;
mod security;
mod tenancy;

pub mod config;
pub mod i18n;
pub mod routes;
pub mod state;

pub use config::WebConfig;
pub use routes::{RouteInfo, app, route_table};
pub use state::AppState;
