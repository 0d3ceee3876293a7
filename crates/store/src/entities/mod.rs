//! SeaORM entities, one file per table. Only the store crate sees them.

pub mod account_tokens;
pub mod audit_log;
pub mod legal_pages;
pub mod mail_outbox;
pub mod role_assignments;
pub mod sessions;
pub mod tenants;
pub mod users;
