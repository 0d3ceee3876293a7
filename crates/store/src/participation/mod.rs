//! Participation: processes, neighbourhoods, ideas, supports, comments.

pub mod comments;
pub mod ideas;
pub mod processes;
mod search;
