//! The overview's facts, read across all municipalities at most once every
//! [`KEPT_FOR`]: the page is public and often asked for, and a minute old
//! is current enough for figures that change by the day. The page says as
//! of when.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use store::overview::Overview;

/// How long the facts are kept.
pub const KEPT_FOR: Duration = Duration::from_secs(60);

/// The facts, when they were read (for the page) and when that was (for keeping).
struct Entry {
    kept_at: Instant,
    read_at: DateTime<Utc>,
    facts: Arc<Overview>,
}

#[derive(Default)]
pub struct KeptOverview {
    entry: Mutex<Option<Entry>>,
}

impl KeptOverview {
    /// The facts and when they were read.
    pub async fn get(&self, db: &store::DatabaseConnection) -> store::StoreResult<(DateTime<Utc>, Arc<Overview>)> {
        let now = Instant::now();
        if let Some(kept) = self.entry.lock().unwrap_or_else(|e| e.into_inner()).as_ref()
            && now - kept.kept_at < KEPT_FOR
        {
            return Ok((kept.read_at, kept.facts.clone()));
        }
        let facts = Arc::new(store::overview::read(db).await?);
        let read_at = Utc::now();
        *self.entry.lock().unwrap_or_else(|e| e.into_inner()) = Some(Entry { kept_at: now, read_at, facts: facts.clone() });
        Ok((read_at, facts))
    }
}
