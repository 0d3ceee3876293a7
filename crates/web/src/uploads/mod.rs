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

/// Removes abandoned uploads once an hour until shutdown.
pub async fn run_cleanup(state: crate::AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        match keep::remove_abandoned(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(removed = n, "removed uploads that no form saved"),
            Err(err) => tracing::error!(%err, "abandoned uploads could not be removed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(3600)) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            return;
        }
    }
}
