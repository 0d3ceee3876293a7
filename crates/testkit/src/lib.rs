//! Test harness: an application per test on either backend, with a fixture
//! installation, an HTTP client that keeps cookies and fills in the CSRF
//! token like a browser would, and (later) a real SMTP server.

mod client;
mod fixture;
pub mod samples;
mod smtp;

pub use client::{Client, TestResponse};
pub use fixture::{Fixture, FixtureUser, PASSWORD};
pub use smtp::{ReceivedMail, SmtpServer};
pub use store::Backend;

use store::testing::TestDb;

/// One application with its own fresh database.
pub struct TestApp {
    pub db: TestDb,
    /// The folder this app keeps uploaded files in (removed with the app).
    pub files_dir: std::path::PathBuf,
    pub state: web::AppState,
    pub fixture: Fixture,
    /// The SMTP server this app's mail goes to.
    pub smtp: SmtpServer,
    mailer: mail::Mailer,
    router: axum::Router,
}

impl TestApp {
    /// Migrates a new database, seeds the fixture and builds the app.
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, |_| {}).await
    }

    /// Like `spawn`, with settings changed first (e.g. an https address).
    pub async fn spawn_with(backend: Backend, configure: impl FnOnce(&mut web::WebConfig)) -> TestApp {
        let db = TestDb::new(backend).await;
        let fixture = Fixture::seed(&db.conn).await;
        let mut config = web::WebConfig::for_url("http://teilhabe.test");
        config.expose_query_count = true;
        configure(&mut config);
        static APPS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = APPS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let files_dir = std::env::temp_dir().join(format!("teilhabe-test-files-{}-{n}", std::process::id()));
        let files = files::FileStore::local(&files_dir).expect("file store");
        let state = web::AppState::new(db.conn.clone(), config, files, std::sync::Arc::new(pdf::Renderer)).await.expect("app state");
        let router = web::app(state.clone());
        let smtp = SmtpServer::start().await;
        let mailer = mail::Mailer::new(Some(&smtp.url()), std::env::temp_dir(), "teilhabe <noreply@teilhabe.test>").expect("mailer");
        TestApp { db, files_dir, state, fixture, smtp, mailer, router }
    }

    /// Runs the mail worker once: every queued message goes over SMTP to the
    /// test server. Returns the messages received so far for `to`.
    pub async fn deliver_mail(&self, to: &str) -> Vec<ReceivedMail> {
        mail::deliver_due(&self.db.conn, &self.mailer).await.expect("deliver mail");
        self.smtp.messages_to(to)
    }

    /// A browser logged in as `user` through the real login form (with the
    /// current two-factor code when the account has one).
    pub async fn login(&self, user: &FixtureUser) -> Client {
        let client = self.client();
        client.get("/anmelden").await;
        let r = client.post_form("/anmelden", &[("email", user.email), ("password", PASSWORD)]).await;
        assert_eq!(r.status.as_u16(), 303, "login of {} failed: {}", user.email, r.body);
        if let Some(secret) = &user.totp_secret {
            let stored = store::accounts::user_by_id(&self.db.conn, user.id).await.expect("user").expect("exists");
            let now = web::accounts::totp::unix_now();
            // A code is accepted once: after a login in this window use the next one.
            let step = (now / 30).max(stored.totp_last_step.map(|s| s as u64 + 1).unwrap_or(0));
            let code = web::accounts::totp::current_code(secret, step * 30).expect("code");
            let r = client.post_form("/anmelden/code", &[("code", &code)]).await;
            assert_eq!(r.status.as_u16(), 303, "second factor of {} failed: {}", user.email, r.body);
        }
        client
    }

    /// A second app on the same database and files (another instance behind a load balancer).
    pub async fn second_instance(&self) -> web::AppState {
        let files = files::FileStore::local(&self.files_dir).expect("file store");
        web::AppState::new(self.db.conn.clone(), web::WebConfig::for_url("http://teilhabe.test"), files, std::sync::Arc::new(pdf::Renderer))
            .await
            .expect("app state")
    }

    /// A new browser: its own cookies.
    pub fn client(&self) -> Client {
        Client::new(self.router.clone())
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.files_dir);
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
