//! The counts of a process's idea list (total and those beside each filter),
//! kept between requests. They are recomputed when the process's
//! `ideas_version` changes, which every write that can change them does in
//! its transaction, so a kept count is never out of date, also with several
//! instances on one database. Bounded: the oldest entries go when it is full.

use std::collections::HashMap;
use std::sync::Mutex;

use store::participation::idea_list::{Facets, IdeaFilter};
use store::participation::processes::Process;
use store::tenancy::TenantScope;

/// Different lists (filters, searches) kept at most.
const MAX_ENTRIES: usize = 2048;

type Key = (i64, i64, IdeaFilter);

#[derive(Default)]
pub struct IdeaCounts {
    entries: Mutex<HashMap<Key, (u64, Facets)>>,
}

impl IdeaCounts {
    /// The total and facet counts of `filter` in `process`.
    pub async fn of(
        &self,
        db: &store::DatabaseConnection,
        scope: &TenantScope,
        process: &Process,
        filter: &IdeaFilter,
    ) -> store::StoreResult<(u64, Facets)> {
        let key = (process.id, process.ideas_version, filter.clone());
        if let Some(found) = self.entries.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(found.clone());
        }
        let total = store::participation::idea_list::count(db, scope, process.id, filter).await?;
        let facets = store::participation::idea_list::facets(db, scope, process.id, filter, &super::views::phase_spans(process)).await?;
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= MAX_ENTRIES {
            // Entries of older versions are never asked for again.
            entries.retain(|(id, version, _), _| *id != process.id || *version == process.ideas_version);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(key, (total, facets.clone()));
        Ok((total, facets))
    }
}
