//! A fresh, migrated database per test, on either backend.
//!
//! SQLite: a file in its own temporary folder. PostgreSQL: a database cloned
//! from a template that is migrated once per migration set, on the server
//! named by `TEST_DATABASE_URL` (`cargo xtask test` starts it and sets it).
//! There is no silent skip: without `TEST_DATABASE_URL` a PostgreSQL test fails.

use std::path::PathBuf;

use rand::Rng;
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};

use crate::{Backend, connect, latest_migration_name, migrate};

/// Prefix of every database the tests create, so a test run can drop leftovers.
pub const TEST_DATABASE_PREFIX: &str = "teilhabe_test_";

pub struct TestDb {
    pub conn: DatabaseConnection,
    pub backend: Backend,
    /// URL another process (e.g. the server binary) can connect to.
    pub url: String,
    dir: Option<PathBuf>,
}

impl TestDb {
    /// A new migrated database. Panics with a clear message when the backend
    /// cannot be reached: a test must not pass without its database.
    pub async fn new(backend: Backend) -> TestDb {
        match backend {
            Backend::Sqlite => Self::sqlite().await,
            Backend::Postgres => Self::postgres().await,
        }
    }

    async fn sqlite() -> TestDb {
        let dir = std::env::temp_dir().join(format!("teilhabe-test-{}", random_suffix()));
        std::fs::create_dir_all(&dir).expect("create temporary test folder");
        let url = format!("sqlite://{}?mode=rwc", dir.join("test.db").display());
        let conn = connect(&url).await.expect("open SQLite test database");
        migrate(&conn).await.expect("migrate SQLite test database");
        TestDb { conn, backend: Backend::Sqlite, url, dir: Some(dir) }
    }

    async fn postgres() -> TestDb {
        let admin_url = std::env::var("TEST_DATABASE_URL").unwrap_or_else(|_| {
            panic!("TEST_DATABASE_URL is not set: run the tests with `cargo xtask test`, which starts PostgreSQL, or set it to e.g. postgres://USER@localhost/postgres?host=/var/run/postgresql")
        });
        let admin = connect(&admin_url).await.unwrap_or_else(|e| panic!("cannot reach PostgreSQL at TEST_DATABASE_URL: {e}"));
        let template = format!("{TEST_DATABASE_PREFIX}tpl_{}", short_hash(&latest_migration_name()));
        ensure_template(&admin, &admin_url, &template).await;
        let name = format!("{TEST_DATABASE_PREFIX}{}", random_suffix());
        let mut attempt = 0;
        loop {
            let created = admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"")).await;
            match created {
                Ok(_) => break,
                // Another test is cloning the same template at this instant.
                Err(e) if attempt < 50 => {
                    attempt += 1;
                    tracing::debug!("retrying CREATE DATABASE: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(20 + attempt * 10)).await;
                }
                Err(e) => panic!("cannot create test database {name}: {e}"),
            }
        }
        admin.close().await.ok();
        let url = database_url(&admin_url, &name);
        let conn = connect(&url).await.expect("connect to the new test database");
        TestDb { conn, backend: Backend::Postgres, url, dir: None }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

async fn ensure_template(admin: &DatabaseConnection, admin_url: &str, template: &str) {
    // One session at a time builds the template; the others wait on the lock.
    admin.execute_unprepared("SELECT pg_advisory_lock(727274)").await.expect("advisory lock");
    let exists = admin
        .query_one_raw(Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "SELECT 1 AS one FROM pg_database WHERE datname = $1",
            [template.into()],
        ))
        .await
        .expect("look up template database")
        .is_some();
    if !exists {
        let building = format!("{template}_build");
        admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{building}\"")).await.expect("drop stale template");
        admin.execute_unprepared(&format!("CREATE DATABASE \"{building}\"")).await.expect("create template database");
        let conn = connect(&database_url(admin_url, &building)).await.expect("connect to template database");
        migrate(&conn).await.expect("migrate template database");
        conn.close().await.ok();
        admin
            .execute_unprepared(&format!("ALTER DATABASE \"{building}\" RENAME TO \"{template}\""))
            .await
            .expect("publish template database");
    }
    admin.execute_unprepared("SELECT pg_advisory_unlock(727274)").await.expect("advisory unlock");
}

/// Valid input for a municipality, for tests and fixtures.
pub fn municipality_input(name: &str, slug: &str, population: i64) -> domain::tenancy::NewMunicipality {
    domain::tenancy::MunicipalityForm {
        name: name.into(),
        slug: slug.into(),
        ags: "06435990".into(),
        population: population.to_string(),
        district: "Main-Kinzig-Kreis".into(),
    }
    .validate()
    .expect("valid test municipality")
}

/// Valid input for a process "vielfalt" in its participation phase with two
/// action fields, for tests.
pub fn process_input() -> domain::participation::processes::NewProcess {
    let today = chrono::Utc::now().date_naive();
    let mut form = domain::participation::processes::ProcessForm {
        title: "Vielfalt gestalten".into(),
        slug: "vielfalt".into(),
        summary: "Kurz.".into(),
        description: "Lang.".into(),
        action_fields: "Sprache & Bildung\nWohnen & Nachbarschaft".into(),
        ..Default::default()
    };
    form.phases.insert("participation_starts".into(), (today - chrono::TimeDelta::days(10)).to_string());
    form.phases.insert("participation_ends".into(), (today + chrono::TimeDelta::days(30)).to_string());
    form.validate().expect("valid test process")
}

/// The same server URL with another database name.
pub fn database_url(server_url: &str, database: &str) -> String {
    let (base, query) = match server_url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (server_url, None),
    };
    let authority_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let path_start = base[authority_end..].find('/').map(|i| i + authority_end).unwrap_or(base.len());
    let mut url = format!("{}/{database}", &base[..path_start]);
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    url
}

fn random_suffix() -> String {
    let mut rng = rand::rng();
    (0..12).map(|_| char::from(b'a' + rng.random_range(0..26u8))).collect()
}

fn short_hash(text: &str) -> String {
    // FNV-1a: stable across runs and platforms, enough to key a template.
    let hash = text.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    format!("{:012x}", hash & 0xffff_ffff_ffff)
}

/// A confirmed account "Person n" (`personn@example.org`), for tests.
pub async fn person(db: &DatabaseConnection, n: usize) -> domain::ids::UserId {
    let email = format!("person{n}@example.org");
    let name = format!("Person {n}");
    let input = crate::accounts::NewUser {
        email: &email,
        display_name: &name,
        password_hash: "$argon2id$test",
        locale: "de",
        email_confirmed: true,
    };
    crate::accounts::create_user(db, input).await.expect("test account")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_database_in_url() {
        assert_eq!(
            database_url("postgres://root@localhost/postgres?host=/var/run/postgresql", "x"),
            "postgres://root@localhost/x?host=/var/run/postgresql"
        );
        assert_eq!(database_url("postgres://u:p@h:5432", "y"), "postgres://u:p@h:5432/y");
    }
}
