//! Uploaded files in pages: receiving them from forms (multipart, without
//! JavaScript), keeping them when a form comes back with an error, showing
//! them, and serving them.

pub(crate) mod fields;
pub(crate) mod form_files;
pub(crate) mod keep;
mod serve;
pub(crate) mod submission;
pub(crate) mod view;

use crate::routes::{RouteDef, get_route};

pub fn routes() -> Vec<RouteDef> {
    vec![get_route("/m/{slug}/dateien/{id}/{name}", serve::file_show)]
}

pub use keep::remove_abandoned;
