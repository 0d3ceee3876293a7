//! Participation: processes, neighbourhoods, ideas, supports, comments.

pub mod bylines;
pub mod comments;
pub mod idea_list;
pub mod ideas;
pub mod merge;
pub mod news;
pub mod offline;
pub mod processes;
mod search;
