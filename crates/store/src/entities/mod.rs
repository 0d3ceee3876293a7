//! SeaORM entities, one file per table. Only the store crate sees them.

pub mod account_blocks;
pub mod account_tokens;
pub mod action_fields;
pub mod audit_log;
pub mod comments;
pub mod files;
pub mod follows;
pub mod idea_supports;
pub mod ideas;
pub mod legal_pages;
pub mod mail_outbox;
pub mod mail_topic_settings;
pub mod neighbourhoods;
pub mod news_posts;
pub mod notifications;
pub mod organisation_members;
pub mod organisation_topics;
pub mod organisations;
pub mod process_phases;
pub mod processes;
pub mod reports;
pub mod role_assignments;
pub mod sessions;
pub mod tenants;
pub mod users;
