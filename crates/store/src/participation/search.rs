//! Full-text search of ideas, one function over both backends.
//!
//! `ideas.search_text` holds the idea's search terms (title and body reduced
//! to German stems by `domain::participation::search`). SQLite indexes that
//! column in the FTS5 table `ideas_search` (kept by triggers on `ideas`);
//! PostgreSQL in the stored column `search_vector` (`to_tsvector('simple',
//! search_text)`, migration 000011) with a GIN index. The
//! `simple` configuration only splits the terms: the stemming already
//! happened, the same on both backends (see migration 000005).

use domain::participation::search::query_terms;
use sea_orm::DbBackend;
use sea_orm::sea_query::{Expr, SimpleExpr};

/// The condition "this idea matches every term of `query`" (the last term
/// as the start of a word), or `None` when the query holds no term.
pub(crate) fn ideas_matching(backend: DbBackend, query: &str) -> Option<SimpleExpr> {
    let terms = query_terms(query);
    let (last, rest) = terms.split_last()?;
    // Terms are letters and digits only, so quoting them is safe.
    Some(match backend {
        DbBackend::Postgres => {
            let tsquery = rest.iter().map(|t| format!("'{t}'")).chain([format!("'{last}':*")]).collect::<Vec<_>>().join(" & ");
            Expr::cust_with_values("ideas.search_vector @@ to_tsquery('simple', $1)", [tsquery])
        }
        _ => {
            let fts = rest.iter().map(|t| format!("\"{t}\"")).chain([format!("\"{last}\"*")]).collect::<Vec<_>>().join(" ");
            // The unary `+` keeps SQLite from fetching every match of every
            // municipality by id and sorting them: it walks the process's list
            // index in the list's order and checks each idea against the
            // matches, which stops at the page and never reads an idea's row.
            Expr::cust_with_values("+ideas.id IN (SELECT rowid FROM ideas_search WHERE ideas_search MATCH ?)", [fts])
        }
    })
}
