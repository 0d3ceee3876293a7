//! Laying out a concept PDF takes a core for a fraction of a second to more
//! than a second, so a public PDF is laid out once per municipality,
//! document (a frozen version with its stage line; an annual report with
//! what it says) and language and then kept: every later
//! reader gets the same bytes at once, and readers who arrive while it is
//! being laid out wait for that one layout instead of starting their own.
//! At most one layout per core runs at a time (also for the coordinators'
//! drafts), so a burst of requests queues instead of starving every other
//! page. Kept documents are bounded by their total size; the least recently
//! read go first.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use sha2::{Digest, Sha256};
use tokio::sync::{OnceCell, Semaphore};

/// Total size of the PDFs kept.
const BUDGET_BYTES: usize = 96 * 1024 * 1024;

/// A laid-out document and the entity tag that names its bytes.
#[derive(Clone)]
pub struct Document {
    pub bytes: Bytes,
    pub etag: String,
}

impl Document {
    pub fn new(bytes: Vec<u8>) -> Document {
        let digest = Sha256::digest(&bytes);
        Document { etag: format!("\"{}\"", hex::encode(&digest[..12])), bytes: Bytes::from(bytes) }
    }
}

/// Which document: the municipality, what the document is and the language.
/// `document` names everything the PDF shows that may change: a version's
/// number and the line naming its stage (a version in consultation may be
/// adopted later), or a digest of a report's content.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Key {
    pub tenant: i64,
    pub document: String,
    pub lang: &'static str,
}

struct Slot {
    document: Arc<OnceCell<Document>>,
    last_read: AtomicU64,
}

pub struct DocumentCache {
    slots: Mutex<HashMap<Key, Arc<Slot>>>,
    reads: AtomicU64,
    layouts: Semaphore,
    budget: usize,
}

impl Default for DocumentCache {
    fn default() -> DocumentCache {
        DocumentCache::new(std::thread::available_parallelism().map_or(1, |n| n.get()), BUDGET_BYTES)
    }
}

impl DocumentCache {
    pub fn new(parallel_layouts: usize, budget: usize) -> DocumentCache {
        DocumentCache { slots: Mutex::default(), reads: AtomicU64::new(0), layouts: Semaphore::new(parallel_layouts.max(1)), budget }
    }

    /// The kept document, or the one `layout` makes (once, whoever asks
    /// meanwhile). A failed layout is not kept; the next reader tries again.
    /// `layout` runs its typesetting through [`DocumentCache::lay_out`]
    /// itself, so that the core is held for the layout only.
    pub async fn get_or_lay_out<F, Fut, E>(&self, key: Key, layout: F) -> Result<Document, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Vec<u8>, E>>,
    {
        let slot = {
            let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
            slots.entry(key).or_insert_with(|| Arc::new(Slot { document: Arc::new(OnceCell::new()), last_read: AtomicU64::new(0) })).clone()
        };
        slot.last_read.store(self.reads.fetch_add(1, Ordering::Relaxed), Ordering::Relaxed);
        let fresh = !slot.document.initialized();
        let document = slot.document.get_or_try_init(|| async { layout().await.map(Document::new) }).await?.clone();
        if fresh {
            self.keep_within_budget();
        }
        Ok(document)
    }

    /// Runs one layout when a core is free for it.
    pub async fn lay_out<F, Fut, T>(&self, layout: F) -> T
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = T>,
    {
        let _permit = self.layouts.acquire().await.expect("the layout semaphore is never closed");
        layout().await
    }

    /// Drops the least recently read documents until the rest fit.
    fn keep_within_budget(&self) {
        let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        let size = |slot: &Slot| slot.document.get().map_or(0, |d| d.bytes.len());
        let mut held: usize = slots.values().map(|s| size(s)).sum();
        if held <= self.budget {
            return;
        }
        let mut by_age: Vec<(u64, Key)> =
            slots.iter().filter(|(_, s)| s.document.initialized()).map(|(k, s)| (s.last_read.load(Ordering::Relaxed), k.clone())).collect();
        by_age.sort_by_key(|(read, _)| *read);
        for (_, key) in by_age {
            if held <= self.budget {
                break;
            }
            if let Some(slot) = slots.remove(&key) {
                held -= size(&slot);
            }
        }
    }

    /// Documents kept now.
    pub fn kept(&self) -> usize {
        self.slots.lock().unwrap_or_else(|e| e.into_inner()).values().filter(|s| s.document.initialized()).count()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;

    fn key(version: i32) -> Key {
        Key { tenant: 1, document: format!("Fassung {version} · beschlossen"), lang: "de" }
    }

    #[tokio::test]
    async fn readers_arriving_together_share_one_layout() {
        let cache = Arc::new(DocumentCache::new(2, 1 << 20));
        let layouts = Arc::new(AtomicUsize::new(0));
        let mut readers = Vec::new();
        for _ in 0..16 {
            let (cache, layouts) = (cache.clone(), layouts.clone());
            readers.push(tokio::spawn(async move {
                cache
                    .get_or_lay_out(key(1), || async {
                        layouts.fetch_add(1, Ordering::SeqCst);
                        tokio::time::sleep(std::time::Duration::from_millis(30)).await;
                        Ok::<_, ()>(b"%PDF-1".to_vec())
                    })
                    .await
                    .unwrap()
            }));
        }
        let mut tags = Vec::new();
        for reader in readers {
            tags.push(reader.await.unwrap().etag);
        }
        assert_eq!(layouts.load(Ordering::SeqCst), 1);
        assert!(tags.windows(2).all(|w| w[0] == w[1]));
    }

    #[tokio::test]
    async fn a_kept_document_laid_out_on_the_one_core_there_is_does_not_wait_for_itself() {
        let cache = DocumentCache::new(1, 1 << 20);
        let laid_out = cache.get_or_lay_out(key(1), || cache.lay_out(|| async { Ok::<_, ()>(b"%PDF-1".to_vec()) }));
        let doc = tokio::time::timeout(std::time::Duration::from_secs(5), laid_out).await.expect("no wait for a second core").unwrap();
        assert_eq!(&doc.bytes[..], b"%PDF-1");
    }

    #[tokio::test]
    async fn a_failed_layout_is_tried_again_and_the_stage_line_is_part_of_the_key() {
        let cache = DocumentCache::new(1, 1 << 20);
        assert!(cache.get_or_lay_out(key(1), || async { Err::<Vec<u8>, _>("broken") }).await.is_err());
        let doc = cache.get_or_lay_out(key(1), || async { Ok::<_, &str>(b"one".to_vec()) }).await.unwrap();
        assert_eq!(&doc.bytes[..], b"one");
        let adopted_later = Key { document: "Fassung 1 · in Beratung".into(), ..key(1) };
        let other = cache.get_or_lay_out(adopted_later, || async { Ok::<_, &str>(b"two".to_vec()) }).await.unwrap();
        assert_ne!(doc.etag, other.etag);
        assert_eq!(cache.kept(), 2);
    }

    #[tokio::test]
    async fn the_least_recently_read_go_when_the_budget_is_spent() {
        let cache = DocumentCache::new(1, 250);
        for v in 1..=2 {
            cache.get_or_lay_out(key(v), || async { Ok::<_, ()>(vec![b'x'; 100]) }).await.unwrap();
        }
        // Version 1 is read again, so version 2 is the oldest read.
        cache.get_or_lay_out(key(1), || async { Ok::<_, ()>(vec![b'y'; 100]) }).await.unwrap();
        cache.get_or_lay_out(key(3), || async { Ok::<_, ()>(vec![b'x'; 100]) }).await.unwrap();
        assert_eq!(cache.kept(), 2);
        let one = cache.get_or_lay_out(key(1), || async { Ok::<_, ()>(vec![b'z'; 100]) }).await.unwrap();
        assert_eq!(&one.bytes[..1], b"x", "version 1 was kept");
        let again = Arc::new(AtomicUsize::new(0));
        let counter = again.clone();
        cache
            .get_or_lay_out(key(2), || async move {
                counter.fetch_add(1, Ordering::SeqCst);
                Ok::<_, ()>(vec![b'x'; 100])
            })
            .await
            .unwrap();
        assert_eq!(again.load(Ordering::SeqCst), 1, "version 2 was dropped and laid out again");
    }
}
