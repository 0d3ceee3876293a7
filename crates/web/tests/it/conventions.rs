//! Project conventions that code review alone would miss.

use crate::i18n::{files, root};

#[test]
fn every_write_transaction_starts_with_begin_write() {
    // A deferred SQLite transaction that reads and then writes fails under
    // concurrent writers; `store::begin_write` takes the write lock at once.
    let mut sources = Vec::new();
    for dir in ["crates/web/src", "crates/teilhabe/src", "crates/store/src"] {
        files(&root().join(dir), "rs", &mut sources);
    }
    let offenders: Vec<_> = sources
        .iter()
        // The backup reads a snapshot: a deferred, read-only transaction on purpose.
        .filter(|f| !f.ends_with("store/src/backup/mod.rs"))
        .filter(|f| std::fs::read_to_string(f).unwrap().contains(".begin().await"))
        .collect();
    assert!(offenders.is_empty(), "use store::begin_write for write transactions: {offenders:?}");
}
