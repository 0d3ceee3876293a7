//! What the progress page is built from — the outline, every measure with
//! its latest report, every indicator with its latest value and the latest
//! reports — read once and kept while the concept's revision stays the same.
//! Every write to the concept counts in its revision (`store::concept`), so
//! a kept entry is exactly current, also with several instances on one
//! database; the page still reads the concept row itself on each request.
//! Bounded: cleared when full.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use store::concept::Concept;
use store::concept::indicators::Summary;
use store::concept::measures::Measure;
use store::concept::outline::Field;
use store::concept::progress::Update;
use store::tenancy::TenantScope;

/// Concepts kept at most.
const MAX_ENTRIES: usize = 256;
/// Latest reports kept for the unfiltered timeline.
pub const RECENT: u64 = 10;

pub struct ProgressData {
    pub outline: Vec<Field>,
    pub measures: Vec<Measure>,
    pub indicators: Vec<Summary>,
    pub recent: Vec<Update>,
}

impl ProgressData {
    /// The action field a measure belongs to (that of its first goal).
    pub fn field_of(&self, measure: &Measure) -> Option<i64> {
        super::views::field_of(&self.outline, measure)
    }
}

#[derive(Default)]
pub struct ProgressCache {
    entries: Mutex<HashMap<i64, (i64, Arc<ProgressData>)>>,
}

impl ProgressCache {
    pub async fn of(
        &self,
        db: &store::DatabaseConnection,
        scope: &TenantScope,
        concept: &Concept,
    ) -> store::StoreResult<Arc<ProgressData>> {
        let kept = self.entries.lock().unwrap_or_else(|e| e.into_inner()).get(&concept.id).filter(|(r, _)| *r == concept.revision).cloned();
        if let Some((_, data)) = kept {
            return Ok(data);
        }
        let data = Arc::new(ProgressData {
            outline: store::concept::outline::outline(db, scope, concept.id).await?,
            measures: store::concept::measures::all(db, scope, concept.id).await?,
            indicators: store::concept::indicators::summaries(db, scope, None).await?,
            recent: store::concept::progress::recent(db, scope, None, RECENT).await?,
        });
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= MAX_ENTRIES && !entries.contains_key(&concept.id) {
            entries.clear();
        }
        entries.insert(concept.id, (concept.revision, data.clone()));
        Ok(data)
    }
}
