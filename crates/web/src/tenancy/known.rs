//! Municipalities by slug, kept for a few seconds between requests: every
//! municipal page resolves its tenant, and on PostgreSQL each lookup is a
//! round trip. Only found municipalities are kept, so a new one is reachable
//! at once; a changed one shows its change within [`KEPT_FOR`].

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use store::tenancy::Tenant;

/// How long a looked-up municipality is kept.
const KEPT_FOR: Duration = Duration::from_secs(10);
/// Municipalities kept at most (a state has a few hundred).
const MAX_ENTRIES: usize = 2048;

#[derive(Default)]
pub struct KnownMunicipalities {
    entries: Mutex<HashMap<String, (Instant, Tenant)>>,
}

impl KnownMunicipalities {
    /// The municipality with this slug, from the kept ones or the database.
    pub async fn by_slug(&self, db: &store::DatabaseConnection, slug: &str) -> store::StoreResult<Option<Tenant>> {
        let now = Instant::now();
        let kept =
            self.entries.lock().unwrap_or_else(|e| e.into_inner()).get(slug).filter(|(at, _)| now - *at < KEPT_FOR).map(|(_, t)| t.clone());
        if kept.is_some() {
            return Ok(kept);
        }
        let found = store::tenancy::municipality_by_slug(db, slug).await?;
        if let Some(tenant) = &found {
            let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
            if entries.len() >= MAX_ENTRIES {
                entries.retain(|_, (at, _)| now - *at < KEPT_FOR);
            }
            if entries.len() < MAX_ENTRIES {
                entries.insert(slug.to_owned(), (now, tenant.clone()));
            }
        }
        Ok(found)
    }
}
