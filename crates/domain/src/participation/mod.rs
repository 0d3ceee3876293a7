//! Participation: processes with phases, ideas and their status, comments.

pub mod ideas;
pub mod news;
pub mod offline;
pub mod phases;
pub mod processes;
pub mod search;
