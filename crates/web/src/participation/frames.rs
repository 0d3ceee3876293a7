//! A process's frame — its phases, action fields and header picture, and the
//! municipality's neighbourhoods — kept between requests. Each request reads
//! the process's own row (one statement); the frame is read again only when
//! the row's `ideas_version` differs from the kept one. Every change of a
//! frame (a process edited, neighbourhoods added) moves that version in its
//! transaction, so a kept frame is never out of date, also with several
//! instances on one database. Bounded: the oldest entries go when it is full.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use domain::files::Slot;
use store::files::StoredFile;
use store::participation::processes::{self, Frame, Named, Process, ProcessHead};
use store::tenancy::TenantScope;

/// Processes kept at most.
const MAX_ENTRIES: usize = 1024;

/// A process with its frame, as its pages show it.
pub struct Framed {
    pub process: Process,
    pub neighbourhoods: Arc<Vec<Named>>,
    pub header: Option<StoredFile>,
}

#[derive(Clone)]
struct Kept {
    version: i64,
    frame: Frame,
    neighbourhoods: Arc<Vec<Named>>,
    header: Option<StoredFile>,
}

#[derive(Default)]
pub struct ProcessFrames {
    /// By tenant and process.
    entries: Mutex<HashMap<(i64, i64), Kept>>,
}

impl ProcessFrames {
    /// `head`'s process with its frame: kept, or read (four statements).
    pub async fn of(&self, db: &store::DatabaseConnection, scope: &TenantScope, head: ProcessHead) -> store::StoreResult<Framed> {
        let key = (scope.id().0, head.id);
        let kept = self.entries.lock().unwrap_or_else(|e| e.into_inner()).get(&key).filter(|k| k.version == head.ideas_version).cloned();
        let kept = match kept {
            Some(kept) => kept,
            None => {
                let kept = Kept {
                    version: head.ideas_version,
                    frame: processes::frame(db, head.id).await?,
                    neighbourhoods: Arc::new(processes::neighbourhoods(db, scope).await?),
                    header: store::files::of_owner(db, scope, Slot::ProcessHeader, head.id).await?.into_iter().next(),
                };
                let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
                if entries.len() >= MAX_ENTRIES && !entries.contains_key(&key) {
                    entries.clear();
                }
                entries.insert(key, kept.clone());
                kept
            }
        };
        Ok(Framed { process: Process::of(head, kept.frame), neighbourhoods: kept.neighbourhoods, header: kept.header })
    }
}
