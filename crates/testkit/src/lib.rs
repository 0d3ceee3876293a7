//! Test harness: an application per test on either backend, with a fixture
//! installation, an HTTP client that keeps cookies and fills in the CSRF
//! token like a browser would, and (later) a real SMTP server.

mod client;
mod fixture;

pub use client::{Client, TestResponse};
pub use fixture::Fixture;
pub use store::Backend;

use store::testing::TestDb;

/// One application with its own fresh database.
pub struct TestApp {
    pub db: TestDb,
    pub state: web::AppState,
    pub fixture: Fixture,
    router: axum::Router,
}

impl TestApp {
    /// Migrates a new database, seeds the fixture and builds the app.
    pub async fn spawn(backend: Backend) -> TestApp {
        let db = TestDb::new(backend).await;
        let fixture = Fixture::seed(&db.conn).await;
        let mut config = web::WebConfig::for_url("http://teilhabe.test");
        config.expose_query_count = true;
        let state = web::AppState::new(db.conn.clone(), config).await.expect("app state");
        let router = web::app(state.clone());
        TestApp { db, state, fixture, router }
    }

    /// A new browser: its own cookies.
    pub fn client(&self) -> Client {
        Client::new(self.router.clone())
    }
}

/// Runs a test body on SQLite and on PostgreSQL: `app_test!(name, |app| async move { ... })`.
#[macro_export]
macro_rules! app_tests {
    ($(async fn $name:ident($app:ident: &TestApp) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                async fn run($app: &$crate::TestApp) $body

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let app = $crate::TestApp::spawn($crate::Backend::Sqlite).await;
                    run(&app).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    let app = $crate::TestApp::spawn($crate::Backend::Postgres).await;
                    run(&app).await;
                }
            }
        )*
    };
}
