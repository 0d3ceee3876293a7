//! Counts the SQL statements each request issues (for the query-count guard
//! in the tests and for metrics).

use std::cell::Cell;

tokio::task_local! {
    static QUERIES: Cell<u32>;
}

/// Called by the database for every statement.
pub fn record(elapsed: std::time::Duration, failed: bool) {
    let _ = QUERIES.try_with(|count| count.set(count.get() + 1));
    ::metrics::histogram!("db_statement_seconds").record(elapsed.as_secs_f64());
    if failed {
        ::metrics::counter!("db_statement_errors_total").increment(1);
    }
}

/// Runs `future` with a fresh counter; returns its output and the count.
pub async fn counting<F: Future>(future: F) -> (F::Output, u32) {
    QUERIES
        .scope(Cell::new(0), async {
            let output = future.await;
            (output, QUERIES.with(Cell::get))
        })
        .await
}
