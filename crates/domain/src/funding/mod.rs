//! The state's funding programme: programmes with funding lines and calls,
//! each call with an application window and its rules as data, and the pure
//! check of an application against those rules.

pub mod application;
pub mod call;
pub mod check;
pub mod decision;
pub mod ledger;
pub mod letter;
pub mod programme;
pub mod report;
pub mod rules;
pub mod settlement;
