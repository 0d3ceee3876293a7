//! HTTP tests of the web layer, in-process, on SQLite and PostgreSQL.

mod api;
mod i18n;
mod pages;
mod route_table;
mod security;
