use crate::{block_on, fails, rows_of, sqlite_url, succeeds, teilhabe};

#[test]
fn uploaded_files_go_into_the_backup_and_back_into_the_files_folder() {
    use domain::files::{FileType, Slot};
    let dir = tempfile::tempdir().expect("temporary folder");
    let source = sqlite_url(dir.path(), "source.db");
    let (source_files, target_files) = (dir.path().join("files"), dir.path().join("restored-files"));
    // The demo brings one document of its own (Musterstadt's council resolution).
    succeeds(teilhabe(&source, &["demo", "--files-dir", source_files.to_str().unwrap()], ""));
    let plan: Vec<u8> = b"%PDF-1.4\n".iter().copied().chain((0..200_000u32).map(|i| (i % 251) as u8)).collect();
    let key = block_on(async {
        let db = store::connect(&source).await.unwrap();
        let tenant = store::tenancy::municipality_by_slug(&db, "musterstadt").await.unwrap().unwrap();
        let user = store::accounts::user_by_email(&db, "resident@demo.example").await.unwrap().unwrap().id;
        let stored = files::FileStore::local(&source_files).unwrap().put(tenant.scope.id().0, plan.clone().into()).await.unwrap();
        let new = store::files::NewFile {
            slot: Slot::IdeaAttachment,
            file_type: FileType::Pdf,
            name: "Plan.pdf".into(),
            storage_key: stored.key.clone(),
            size: stored.size,
            sha256: stored.sha256,
        };
        store::files::record_pending(&db, &tenant.scope, user, &new).await.unwrap();
        db.close().await.ok();
        stored.key
    });
    let file = dir.path().join("teilhabe.backup.gz");
    let out = succeeds(teilhabe(&source, &["backup", "--files-dir", source_files.to_str().unwrap(), file.to_str().unwrap()], ""));
    assert!(out.contains("Uploaded files: 32"), "{out}");
    let target = sqlite_url(dir.path(), "target.db");
    let out = succeeds(teilhabe(&target, &["restore", "--files-dir", target_files.to_str().unwrap(), file.to_str().unwrap()], ""));
    assert!(out.contains("Uploaded files: 32 put back"), "{out}");
    let restored = block_on(files::FileStore::local(&target_files).unwrap().get(&key)).unwrap();
    assert_eq!(restored.as_ref(), plan.as_slice(), "the same bytes under the same key");
}

#[test]
fn backup_restores_into_a_new_sqlite_file_and_replaces_data_only_when_forced() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let source = sqlite_url(dir.path(), "source.db");
    let files_dir = dir.path().join("files");
    succeeds(teilhabe(&source, &["demo", "--files-dir", files_dir.to_str().unwrap()], ""));
    succeeds(teilhabe(
        &source,
        &["admin", "create", "--email", "admin2@example.org", "--password-stdin"],
        "Vielfalt lebt in Maintal 2026!\n",
    ));

    let file = dir.path().join("teilhabe.backup.gz");
    let out = succeeds(teilhabe(&source, &["backup", "--files-dir", files_dir.to_str().unwrap(), file.to_str().unwrap()], ""));
    assert!(out.contains("Backup written to"), "{out}");
    assert!(out.contains("Uploaded files: 31"), "{out}");
    assert!(out.contains("tenants 36, users ") && out.contains("role_assignments 39"), "{out}");
    assert!(!dir.path().join("teilhabe.backup.gz.partial").exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600, "only the owner may read a backup");
    }

    let target = sqlite_url(dir.path(), "target.db");
    let out = succeeds(teilhabe(&target, &["restore", "--files-dir", files_dir.to_str().unwrap(), file.to_str().unwrap()], ""));
    assert!(out.contains("Restored"), "{out}");
    assert!(out.contains("everyone logs in again"), "{out}");
    let original = block_on(rows_of(&source));
    assert_eq!(block_on(rows_of(&target)), original);

    let err = fails(teilhabe(&target, &["restore", file.to_str().unwrap()], ""));
    assert!(err.contains("the database is not empty (it holds 36 tenants, "), "{err}");
    assert!(err.contains("--force"), "{err}");

    // Data added after the backup disappears with a forced restore.
    succeeds(teilhabe(
        &target,
        &["admin", "create", "--email", "later@example.org", "--password-stdin"],
        "Vielfalt lebt in Maintal 2026!\n",
    ));
    let out = succeeds(teilhabe(&target, &["restore", "--force", file.to_str().unwrap()], ""));
    assert!(out.contains("has been replaced"), "{out}");
    assert_eq!(block_on(rows_of(&target)), original);

    let source_file = dir.path().join("source.db");
    let err = fails(teilhabe(&target, &["restore", "--force", source_file.to_str().unwrap()], ""));
    assert!(err.contains("this is not a teilhabe backup"), "{err}");
    assert!(err.contains("Nothing was changed"), "{err}");
    let err = fails(teilhabe(&target, &["restore", dir.path().join("missing.gz").to_str().unwrap()], ""));
    assert!(err.contains("cannot open"), "{err}");
    assert_eq!(block_on(rows_of(&target)), original);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sqlite_backup_restores_into_postgres() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let source = sqlite_url(dir.path(), "source.db");
    succeeds(teilhabe(&source, &["demo"], ""));
    let file = dir.path().join("teilhabe.backup.gz");
    succeeds(teilhabe(&source, &["backup", file.to_str().unwrap()], ""));

    let postgres = store::testing::TestDb::new(store::Backend::Postgres).await;
    succeeds(teilhabe(&postgres.url, &["restore", file.to_str().unwrap()], ""));
    assert_eq!(rows_of(&postgres.url).await, rows_of(&source).await);

    // New rows on PostgreSQL get ids after the restored ones.
    let out = succeeds(teilhabe(
        &postgres.url,
        &["admin", "create", "--email", "admin2@example.org", "--password-stdin"],
        "Vielfalt lebt in Maintal 2026!\n",
    ));
    assert!(out.contains("Created the platform administrator"), "{out}");
    let admin = store::accounts::user_by_email(&postgres.conn, "admin2@example.org").await.unwrap().unwrap();
    let source_db = store::connect(&source).await.unwrap();
    let highest = sea_orm::ConnectionTrait::query_one_raw(
        &source_db,
        sea_orm::Statement::from_string(sea_orm::DbBackend::Sqlite, "SELECT MAX(id) AS id FROM users"),
    )
    .await
    .unwrap()
    .unwrap()
    .try_get::<i64>("", "id")
    .unwrap();
    assert_eq!(admin.id.0, highest + 1);
}
