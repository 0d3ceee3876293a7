//! Accounts: registration, login, sessions, profile, own data.

pub mod password;
