//! HTTP tests of the web layer, in-process, on SQLite and PostgreSQL.

// A failing step should stop the test right there.
#![allow(clippy::unwrap_used)]

mod accounts;
mod admin;
mod api;
mod concept;
mod concept_annual;
mod concept_consultation;
mod concept_pdf;
mod concept_progress;
mod concept_versions;
mod conventions;
mod event_guests;
mod event_messages;
mod event_results;
mod events;
mod funding;
mod funding_applications;
mod funding_reports;
mod funding_review;
mod i18n;
mod legal;
mod mail;
mod moderation;
mod notifications;
mod offline;
mod organisations;
mod overview;
mod pages;
mod participation;
mod route_table;
mod security;
mod surveys;
mod uploads;
