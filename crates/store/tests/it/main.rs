//! Store tests. Every test runs on SQLite and on PostgreSQL: `both_backends!`
//! turns each `async fn` into a module with a `sqlite` and a `postgres` test.

// A failing step should stop the test right there.
#![allow(clippy::unwrap_used)]

macro_rules! both_backends {
    ($(async fn $name:ident($db:ident: &DatabaseConnection) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                async fn run($db: &DatabaseConnection) $body

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let db = store::testing::TestDb::new(store::Backend::Sqlite).await;
                    run(&db.conn).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    let db = store::testing::TestDb::new(store::Backend::Postgres).await;
                    run(&db.conn).await;
                }
            }
        )*
    };
}

mod accounts;
mod audit;
mod backup;
mod concept;
mod concept_versions;
mod consultation;
mod events;
mod files;
mod funding;
mod funding_reports;
mod legal;
mod list_counts;
mod mail;
mod measure_progress;
mod migrations;
mod offline;
mod organisations;
mod overview;
mod processes;
mod search;
mod surveys;
mod tenancy;
