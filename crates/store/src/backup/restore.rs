//! Restoring a backup: header and schema checks, the rows table by table,
//! the file bytes, and the end line's counts.

use super::*;

/// Restores a backup in one transaction: either all of it or, on any error,
/// nothing. The database must be migrated to the backup's migration and be
/// empty, unless `force`, which deletes the data it holds first. On
/// PostgreSQL the id sequences are moved past the restored ids.
pub async fn restore<R: Read + Send>(
    db: &DatabaseConnection,
    input: R,
    force: bool,
    vault: &dyn FileVault,
) -> Result<RestoreSummary, BackupError> {
    let mut lines = BufReader::new(GzDecoder::new(input)).lines();
    let first = match lines.next() {
        None => return Err(BackupError::NotABackup("the file is empty".into())),
        Some(Err(e)) => {
            return Err(BackupError::NotABackup(format!("not gzip-compressed JSON lines: {e}")));
        }
        Some(Ok(line)) => line,
    };
    let header = read_header(&first)?;
    let current = latest_migration_name();
    if header.migration != current {
        return Err(BackupError::MigrationMismatch { backup: header.migration, current });
    }
    let txn = crate::begin_write(db).await?;
    match restore_rows(&txn, &mut lines, force, vault).await {
        Ok((rows, files, replaced)) => {
            txn.commit().await?;
            let backup =
                BackupSummary { migration: header.migration, created_at: header.created_at, rows, files, files_missing: Vec::new() };
            Ok(RestoreSummary { backup, replaced })
        }
        Err(e) => {
            txn.rollback().await.ok();
            Err(e)
        }
    }
}

async fn restore_rows(
    txn: &crate::WriteTransaction,
    lines: &mut impl Iterator<Item = io::Result<String>>,
    force: bool,
    vault: &dyn FileVault,
) -> Result<(Vec<(&'static str, u64)>, u64, bool), BackupError> {
    check_schema(txn).await?;
    let mut held = Vec::new();
    for table in Table::ALL {
        let count = table.count(txn).await?;
        if count > 0 {
            held.push(format!("{count} {}", table.name()));
        }
    }
    let replaced = !held.is_empty();
    if replaced {
        if !force {
            return Err(BackupError::NotEmpty(held.join(", ")));
        }
        for table in Table::ALL.iter().rev() {
            table.delete_all(txn).await?;
        }
    }

    let mut counts: Vec<(&'static str, u64)> = Table::ALL.iter().map(|t| (t.name(), 0)).collect();
    let mut current: Option<usize> = None;
    let mut batch: Vec<(u64, serde_json::Value)> = Vec::with_capacity(INSERT_BATCH_ROWS);
    let mut end = None;
    let mut files = 0u64;
    let mut line_no = 1u64;
    for line in lines {
        line_no += 1;
        let line = line.map_err(|e| BackupError::Corrupt { line: line_no, reason: e.to_string() })?;
        if end.is_some() {
            return Err(BackupError::Corrupt { line: line_no, reason: "content after the end line".into() });
        }
        let parsed = serde_json::from_str::<Line>(&line)
            .map_err(|_| BackupError::Corrupt { line: line_no, reason: "neither a row nor the end line".into() })?;
        match parsed {
            Line::End { end: expected, files: expected_files } => end = Some((expected, expected_files)),
            Line::File { file } => {
                file_bytes::restore(file, line_no, vault).await?;
                files += 1;
            }
            Line::Row { table, row } => {
                let index = Table::ALL
                    .iter()
                    .position(|t| t.name() == table)
                    .ok_or_else(|| BackupError::Corrupt { line: line_no, reason: format!("unknown table {table:?}") })?;
                if current.is_some_and(|c| index < c) {
                    return Err(BackupError::Corrupt { line: line_no, reason: format!("rows of {table} after those of a later table") });
                }
                if current != Some(index) || batch.len() == INSERT_BATCH_ROWS {
                    if let Some(c) = current {
                        Table::ALL[c].insert(txn, std::mem::take(&mut batch)).await?;
                    }
                    current = Some(index);
                }
                batch.push((line_no, row));
                counts[index].1 += 1;
            }
        }
    }
    if let Some(c) = current {
        Table::ALL[c].insert(txn, batch).await?;
    }

    let Some((expected, expected_files)) = end else {
        return Err(BackupError::Incomplete("the end line is missing".into()));
    };
    if files != expected_files {
        return Err(BackupError::Incomplete(format!("{files} files, the end line says {expected_files}")));
    }
    for (table, count) in &counts {
        let want = expected.get(*table).copied().unwrap_or(0);
        if want != *count {
            return Err(BackupError::Incomplete(format!("{table} has {count} rows, the end line says {want}")));
        }
    }
    if let Some(unknown) = expected.keys().find(|t| Table::parse(t).is_none()) {
        return Err(BackupError::Corrupt { line: line_no, reason: format!("unknown table {unknown:?} in the end line") });
    }

    if txn.get_database_backend() == DbBackend::Postgres {
        for table in Table::ALL {
            let name = table.name();
            txn.execute_unprepared(&format!(
                "SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {name}"
            ))
            .await?;
        }
    }
    Ok((counts, files, replaced))
}

/// Checks the format and version before anything else, so that a later
/// format with other header fields is named as such.
fn read_header(line: &str) -> Result<Header, BackupError> {
    let not_a_header = || BackupError::NotABackup("the first line is not a teilhabe backup header".into());
    let value: serde_json::Value = serde_json::from_str(line).map_err(|_| not_a_header())?;
    match value.get("format").and_then(serde_json::Value::as_str) {
        Some(FORMAT) => {}
        Some(other) => return Err(BackupError::NotABackup(format!("format is {other:?}"))),
        None => return Err(not_a_header()),
    }
    let version = value.get("version").and_then(serde_json::Value::as_u64).unwrap_or(0);
    if !READABLE_VERSIONS.contains(&version) {
        return Err(BackupError::UnsupportedVersion { found: version });
    }
    serde_json::from_value(value).map_err(|e| BackupError::NotABackup(format!("damaged header: {e}")))
}
