//! The action-and-measures concept (Handlungs- und Maßnahmenkonzept) of a
//! municipality: its texts (title, preamble, vision), its action fields with
//! their situation analysis, the goals in each field, and the measures that
//! serve the goals. What the forms accept and the rules a measure keeps;
//! and, once it runs, the measure's progress updates, milestones and
//! indicators with their values.

pub mod annual;
pub mod consultation;
pub mod indicators;
pub mod measures;
pub mod practice;
pub mod progress;
pub mod quantity;
pub mod snapshot;
pub mod stage;
pub mod status;
pub mod structure;
pub mod text_diff;
pub mod texts;
pub mod versions;

/// At most this many characters in a Markdown text of the concept.
pub const MAX_TEXT: usize = 50_000;
/// At most this many characters in a title or name.
pub const MAX_TITLE: usize = 200;
