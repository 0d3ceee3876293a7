//! Pure types and rules of teilhabe. No IO, no HTTP, no database.
//!
//! One module per domain; every error carries a stable code that is also the
//! Fluent message id the web layer shows.

pub mod accounts;
pub mod bands;
pub mod collation;
pub mod concept;
pub mod documents;
pub mod events;
pub mod files;
pub mod funding;
pub mod ids;
pub mod legal;
pub mod money;
pub mod money_words;
pub mod notifications;
pub mod organisations;
pub mod overview;
pub mod participation;
pub mod surveys;
pub mod tenancy;
