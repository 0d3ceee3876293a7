// A failing step should stop the test right there.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::io::{BufRead, Write};

use domain::accounts::{MunicipalRole, Role};
use domain::legal::LegalPageKind;
use sea_orm::Statement;
use store::backup::{self, BackupError};
use store::testing::{TestDb, municipality_input as form};
use store::{Backend, ConnectionTrait, DatabaseConnection};

/// Some data in every backed-up table, with the awkward values: umlauts,
/// NULLs, JSON, a deleted account, a failed mail.
async fn seed(db: &DatabaseConnection) {
    let state = store::tenancy::ensure_state(db, "hessen", "Land Hessen").await.unwrap();
    let a = store::tenancy::create_municipality(db, None, &form("Musterstadt", "musterstadt", 38_000)).await.unwrap();
    let b = store::tenancy::create_municipality(db, None, &form("Großstadt am Main", "grossstadt", 120_000)).await.unwrap();
    let ayse = store::accounts::create_user(
        db,
        store::accounts::NewUser {
            email: "ayse@example.org",
            display_name: "Ayşe Demir",
            password_hash: "$argon2id$x",
            locale: "tr",
            email_confirmed: true,
        },
    )
    .await
    .unwrap();
    let officer = store::accounts::create_user(
        db,
        store::accounts::NewUser {
            email: "officer@example.org",
            display_name: "Referentin",
            password_hash: "$argon2id$y",
            locale: "de",
            email_confirmed: false,
        },
    )
    .await
    .unwrap();
    let gone = store::accounts::create_user(
        db,
        store::accounts::NewUser {
            email: "gone@example.org",
            display_name: "Weg",
            password_hash: "$argon2id$z",
            locale: "de",
            email_confirmed: true,
        },
    )
    .await
    .unwrap();
    store::accounts::set_totp(db, officer, Some("JBSWY3DPEHPK3PXP"), true).await.unwrap();
    store::accounts::use_totp_step(db, officer, 58_000_123).await.unwrap();
    store::accounts::delete_account(db, gone).await.unwrap();
    store::accounts::assign_role(db, None, officer, state.scope.id(), Role::PlatformAdmin).await.unwrap();
    store::accounts::assign_role(db, Some(officer), ayse, a.scope.id(), Role::Municipal(MunicipalRole::Moderator)).await.unwrap();
    store::legal::save(db, &a.scope, LegalPageKind::Imprint, "## Anbieter\n\nRathaus Musterstadt – „Zuhause“ 🏠", Some(officer))
        .await
        .unwrap();
    store::legal::save(db, &a.scope, LegalPageKind::Imprint, "## Anbieter\n\nRathausplatz 1", Some(officer)).await.unwrap();
    store::legal::save(db, &b.scope, LegalPageKind::Privacy, "Datenschutz", None).await.unwrap();
    store::mail::enqueue(db, "ayse@example.org", "Willkommen", "Hallo Ayşe").await.unwrap();
    let failed = store::mail::enqueue(db, "officer@example.org", "Bestätigung", "Bitte bestätigen").await.unwrap();
    let due = store::mail::due(db, store::now(), 10).await.unwrap();
    let failing = due.iter().find(|m| m.id == failed).unwrap();
    store::mail::mark_failed(db, failing, "550 mailbox unavailable", store::now() + chrono::TimeDelta::minutes(5)).await.unwrap();
    store::mail::mark_sent(db, due[0].id).await.unwrap();
}

async fn backup_of(db: &DatabaseConnection) -> Vec<u8> {
    let mut bytes = Vec::new();
    backup::write(db, &mut bytes, &backup::NoFiles).await.unwrap();
    bytes
}

fn lines_of(bytes: &[u8]) -> Vec<String> {
    std::io::BufReader::new(flate2::read::GzDecoder::new(bytes)).lines().map(Result::unwrap).collect()
}

/// Every row of every backed-up table as the store reads it (the backup
/// without its header line, which holds the time it was made).
async fn rows_of(db: &DatabaseConnection) -> Vec<String> {
    lines_of(&backup_of(db).await).split_off(1)
}

fn gzip(lines: &[String]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    for line in lines {
        encoder.write_all(line.as_bytes()).unwrap();
        encoder.write_all(b"\n").unwrap();
    }
    encoder.finish().unwrap()
}

fn other(backend: Backend) -> Backend {
    match backend {
        Backend::Sqlite => Backend::Postgres,
        Backend::Postgres => Backend::Sqlite,
    }
}

async fn names(db: &DatabaseConnection, sql: String) -> BTreeSet<String> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.try_get::<String>("", "name").unwrap())
        .collect()
}

/// The tables that really exist, from the database catalog.
async fn catalog_tables(db: &DatabaseConnection) -> BTreeSet<String> {
    names(
        db,
        match Backend::of(db) {
            Backend::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'".to_owned(),
            Backend::Postgres => "SELECT table_name::text AS name FROM information_schema.tables \
                                  WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                .to_owned(),
        },
    )
    .await
}

/// The columns that hold data: not those the database computes from others
/// (PostgreSQL's stored search vector), which a restore computes again.
async fn catalog_columns(db: &DatabaseConnection, table: &str) -> BTreeSet<String> {
    names(
        db,
        match Backend::of(db) {
            Backend::Sqlite => format!("SELECT name FROM pragma_table_info('{table}')"),
            Backend::Postgres => format!(
                "SELECT column_name::text AS name FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = '{table}' AND is_generated = 'NEVER'"
            ),
        },
    )
    .await
}

both_backends! {
    async fn every_table_is_backed_up_or_deliberately_left_out(db: &DatabaseConnection) {
        let tables = catalog_tables(db).await;
        for table in &tables {
            assert!(
                backup::TABLES.contains(&table.as_str()) || backup::NOT_BACKED_UP.contains(&table.as_str()),
                "table {table} is neither backed up (store::backup, backed_up_tables!) nor listed in NOT_BACKED_UP"
            );
        }
        for table in backup::TABLES {
            assert!(tables.contains(*table), "backed-up table {table} does not exist");
        }
    }

    async fn a_backup_holds_every_column_of_its_tables(db: &DatabaseConnection) {
        for table in backup::TABLES {
            let in_backup: BTreeSet<String> = backup::columns_of(table).unwrap().into_iter().map(str::to_owned).collect();
            assert_eq!(in_backup, catalog_columns(db, table).await, "columns of {table}");
        }
    }

    async fn a_backup_restores_exactly_on_the_same_and_on_the_other_backend(db: &DatabaseConnection) {
        seed(db).await;
        let bytes = backup_of(db).await;
        let lines = lines_of(&bytes);
        let header: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
        assert_eq!(header["format"], "teilhabe-backup");
        assert_eq!(header["version"], 2);
        assert_eq!(header["migration"], store::latest_migration_name());
        assert!(header["created_at"].as_str().unwrap().ends_with('Z'), "{header}");
        assert!(lines[1].starts_with(r#"{"table":"tenants","row":{"id":1,"#), "{}", lines[1]);
        let original = lines[1..].to_vec();
        assert_eq!(original.len(), 3 + 3 + 2 + 2 + 7 + 2 + 1, "rows and the end line: {original:#?}");

        let backend = Backend::of(db);
        for target_backend in [backend, other(backend)] {
            let target = TestDb::new(target_backend).await;
            let summary = backup::restore(&target.conn, bytes.as_slice(), false, &backup::NoFiles).await.unwrap();
            assert!(!summary.replaced);
            assert_eq!(summary.backup.total_rows(), 19);
            assert_eq!(summary.backup.rows[0], ("tenants", 3));
            assert_eq!(rows_of(&target.conn).await, original, "restored on {target_backend:?}");

            // The same through the store's own queries.
            let ayse = store::accounts::user_by_email(&target.conn, "ayse@example.org").await.unwrap().unwrap();
            assert_eq!(ayse, store::accounts::user_by_email(db, "ayse@example.org").await.unwrap().unwrap());
            assert_eq!(store::tenancy::municipalities(&target.conn).await.unwrap(), store::tenancy::municipalities(db).await.unwrap());
            assert_eq!(store::audit::recent(&target.conn, None, 50).await.unwrap(), store::audit::recent(db, None, 50).await.unwrap());
            let later = store::now() + chrono::TimeDelta::hours(1);
            assert_eq!(store::mail::due(&target.conn, later, 10).await.unwrap(), store::mail::due(db, later, 10).await.unwrap());
        }
    }

    async fn new_rows_after_a_restore_get_fresh_ids(db: &DatabaseConnection) {
        seed(db).await;
        let bytes = backup_of(db).await;
        let target = TestDb::new(Backend::of(db)).await;
        backup::restore(&target.conn, bytes.as_slice(), false, &backup::NoFiles).await.unwrap();
        let tenant = store::tenancy::create_municipality(&target.conn, None, &form("Beispielheim", "beispielheim", 12_500)).await.unwrap();
        assert_eq!(tenant.scope.id().0, 4);
        let user = store::accounts::create_user(
            &target.conn,
            store::accounts::NewUser { email: "neu@example.org", display_name: "Neu", password_hash: "h", locale: "de", email_confirmed: true },
        )
        .await
        .unwrap();
        assert_eq!(user.0, 4);
        store::legal::save(&target.conn, &tenant.scope, LegalPageKind::Imprint, "Impressum", None).await.unwrap();
        assert_eq!(store::mail::enqueue(&target.conn, "neu@example.org", "Hallo", "Text").await.unwrap(), 3);
    }

    async fn a_non_empty_database_is_replaced_only_when_forced(db: &DatabaseConnection) {
        seed(db).await;
        let bytes = backup_of(db).await;
        let target = TestDb::new(Backend::of(db)).await;
        store::tenancy::create_municipality(&target.conn, None, &form("Andersdorf", "andersdorf", 900)).await.unwrap();
        let before = rows_of(&target.conn).await;

        let err = backup::restore(&target.conn, bytes.as_slice(), false, &backup::NoFiles).await.unwrap_err();
        assert!(matches!(err, BackupError::NotEmpty(_)), "{err:?}");
        assert_eq!(err.code(), "backup-target-not-empty");
        assert!(err.to_string().contains("1 tenants"), "{err}");
        assert_eq!(rows_of(&target.conn).await, before, "a refused restore changes nothing");

        let summary = backup::restore(&target.conn, bytes.as_slice(), true, &backup::NoFiles).await.unwrap();
        assert!(summary.replaced);
        assert_eq!(rows_of(&target.conn).await, rows_of(db).await);
        assert!(store::tenancy::municipality_by_slug(&target.conn, "andersdorf").await.unwrap().is_none());
    }

    async fn a_damaged_or_foreign_file_is_refused_and_changes_nothing(db: &DatabaseConnection) {
        seed(db).await;
        let good = lines_of(&backup_of(db).await);
        let target = TestDb::new(Backend::of(db)).await;
        store::tenancy::create_municipality(&target.conn, None, &form("Andersdorf", "andersdorf", 900)).await.unwrap();
        let before = rows_of(&target.conn).await;

        let header = |format: &str, version: u32, migration: &str| {
            serde_json::json!({ "format": format, "version": version, "migration": migration, "created_at": "2026-01-01T00:00:00Z" }).to_string()
        };
        let migration = store::latest_migration_name();
        let with = |edit: &dyn Fn(&mut Vec<String>)| {
            let mut lines = good.clone();
            edit(&mut lines);
            gzip(&lines)
        };
        let good_bytes = gzip(&good);
        let cases: Vec<(&str, Vec<u8>, &[&str])> = vec![
            ("plain text", b"id;name\n1;Musterstadt\n".to_vec(), &["backup-not-a-backup"]),
            ("empty", Vec::new(), &["backup-not-a-backup"]),
            ("other JSON lines", gzip(&[r#"{"hello":"world"}"#.to_owned()]), &["backup-not-a-backup"]),
            ("other format", gzip(&[header("pg_dump", 1, &migration)]), &["backup-not-a-backup"]),
            ("newer format", gzip(&[header("teilhabe-backup", 3, &migration)]), &["backup-version-unsupported"]),
            ("newer format, other header", gzip(&[r#"{"format":"teilhabe-backup","version":3,"schema":"x"}"#.to_owned()]), &["backup-version-unsupported"]),
            ("damaged header", gzip(&[r#"{"format":"teilhabe-backup","version":1,"migration":7}"#.to_owned()]), &["backup-not-a-backup"]),
            ("other migration", gzip(&[header("teilhabe-backup", 1, "m20200101_000001_old")]), &["backup-migration-mismatch"]),
            ("cut off", good_bytes[..good_bytes.len() / 2].to_vec(), &["backup-corrupt", "backup-incomplete"]),
            ("no end line", with(&|l| { l.pop(); }), &["backup-incomplete"]),
            ("a row missing", with(&|l| { l.remove(l.len() - 2); }), &["backup-incomplete"]),
            ("a broken row", with(&|l| l[5] = l[5].replacen(r#""email":"#, r#""email":42,"x":"#, 1)), &["backup-corrupt"]),
            ("an unknown table", with(&|l| l.insert(2, r#"{"table":"secrets","row":{"id":1}}"#.to_owned())), &["backup-corrupt"]),
            ("not JSON", with(&|l| l.insert(2, "tenants,1,musterstadt".to_owned())), &["backup-corrupt"]),
            ("a duplicate id", with(&|l| { let row = l[2].clone(); l.insert(2, row); }), &["error-internal"]),
        ];
        for (name, bytes, codes) in cases {
            let err = backup::restore(&target.conn, bytes.as_slice(), true, &backup::NoFiles).await.expect_err(name);
            assert!(codes.contains(&err.code()), "{name}: {} {err}", err.code());
            assert_eq!(rows_of(&target.conn).await, before, "{name}: the database is unchanged");
        }
        let err = backup::restore(&target.conn, gzip(&[header("pg_dump", 1, &migration)]).as_slice(), true, &backup::NoFiles).await.unwrap_err();
        assert_eq!(err.to_string(), r#"this is not a teilhabe backup (format is "pg_dump")"#);
        let err = backup::restore(&target.conn, gzip(&[header("teilhabe-backup", 1, "m20200101_000001_old")]).as_slice(), true, &backup::NoFiles).await.unwrap_err();
        assert!(err.to_string().contains("m20200101_000001_old"), "{err}");
    }

    async fn a_database_at_another_migration_is_neither_backed_up_nor_restored_into(db: &DatabaseConnection) {
        seed(db).await;
        let bytes = backup_of(db).await;
        let target = TestDb::new(Backend::of(db)).await;
        target.conn.execute_unprepared("DELETE FROM seaql_migrations").await.unwrap();
        let err = backup::restore(&target.conn, bytes.as_slice(), false, &backup::NoFiles).await.unwrap_err();
        assert_eq!(err.code(), "backup-schema-mismatch", "{err}");
        let err = backup::write(&target.conn, Vec::new(), &backup::NoFiles).await.unwrap_err();
        assert_eq!(err.code(), "backup-schema-mismatch", "{err}");
    }
}

/// A file store in memory, standing in for the folder or bucket.
#[derive(Default)]
struct MemoryVault(std::sync::Mutex<std::collections::BTreeMap<String, Vec<u8>>>);

impl backup::FileVault for MemoryVault {
    fn read<'a>(&'a self, key: &'a str) -> std::pin::Pin<Box<dyn std::future::Future<Output = std::io::Result<Vec<u8>>> + Send + 'a>> {
        let found = self.0.lock().unwrap().get(key).cloned();
        Box::pin(async move { found.ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "no such file")) })
    }
    fn write<'a>(
        &'a self,
        key: &'a str,
        bytes: Vec<u8>,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = std::io::Result<()>> + Send + 'a>> {
        self.0.lock().unwrap().insert(key.to_owned(), bytes);
        Box::pin(async { Ok(()) })
    }
}

mod with_files {
    use super::*;

    both_backends! {
        async fn uploaded_files_travel_with_the_backup(db: &DatabaseConnection) {
            use domain::files::{FileType, Slot};
            seed(db).await;
            let tenant = store::tenancy::municipalities(db).await.unwrap().remove(0);
            let uploader = store::accounts::user_by_email(db, "ayse@example.org").await.unwrap().unwrap().id;
            let vault = MemoryVault::default();
            let picture: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
            for (key, bytes) in [("1/aa", picture.clone()), ("1/bb", b"%PDF-1.4 plan".to_vec())] {
                vault.0.lock().unwrap().insert(key.to_owned(), bytes);
                let file = store::files::NewFile { slot: Slot::IdeaAttachment, file_type: FileType::Pdf, name: "plan.pdf".into(), storage_key: key.into(), size: 1, sha256: "0".repeat(64) };
                store::files::record_pending(db, &tenant.scope, uploader, &file).await.unwrap();
            }
            // A row whose bytes are gone is reported, not fatal.
            let lost = store::files::NewFile { slot: Slot::IdeaAttachment, file_type: FileType::Pdf, name: "weg.pdf".into(), storage_key: "1/cc".into(), size: 1, sha256: "0".repeat(64) };
            store::files::record_pending(db, &tenant.scope, uploader, &lost).await.unwrap();

            let mut bytes = Vec::new();
            let summary = backup::write(db, &mut bytes, &vault).await.unwrap();
            assert_eq!(summary.files, 2);
            assert_eq!(summary.files_missing, vec!["1/cc".to_owned()]);

            let target = TestDb::new(other(Backend::of(db))).await;
            let restored = MemoryVault::default();
            let result = backup::restore(&target.conn, bytes.as_slice(), false, &restored).await.unwrap();
            assert_eq!(result.backup.files, 2);
            assert_eq!(restored.0.lock().unwrap().get("1/aa"), Some(&picture));
            assert_eq!(restored.0.lock().unwrap().get("1/bb").map(Vec::as_slice), Some(&b"%PDF-1.4 plan"[..]));
            assert_eq!(store::files::all_keys(&target.conn).await.unwrap().len(), 3, "every row restored");

            // A file line lost on the way is noticed.
            let mut lines = lines_of(&bytes);
            let at = lines.iter().position(|l| l.starts_with(r#"{"file":"#)).unwrap();
            lines.remove(at);
            let fresh = TestDb::new(Backend::of(db)).await;
            let err = backup::restore(&fresh.conn, gzip(&lines).as_slice(), false, &MemoryVault::default()).await.unwrap_err();
            assert_eq!(err.code(), "backup-incomplete", "{err}");
        }
    }
}
