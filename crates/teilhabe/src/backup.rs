//! `teilhabe backup FILE` and `teilhabe restore FILE [--force]`: the whole
//! database in one file, on either backend (see `store::backup` for the format).

use std::fs::{self, File, OpenOptions};
use std::future::Future;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::time::Instant;

use anyhow::{Context, bail};
use clap::Args;
use store::backup::{BackupError, BackupSummary};

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// File to write; an existing file is replaced only once the new backup is complete.
    pub file: PathBuf,
    /// Folder of the uploaded files (their bytes go into the backup).
    #[arg(long, env = "TEILHABE_FILES_DIR", default_value = "data/files")]
    pub files_dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A file written by `teilhabe backup`.
    pub file: PathBuf,
    /// Replace all data of a database that is not empty.
    #[arg(long)]
    pub force: bool,
    /// Folder to put the uploaded files back into.
    #[arg(long, env = "TEILHABE_FILES_DIR", default_value = "data/files")]
    pub files_dir: PathBuf,
}

/// The file store as a backup sees it.
struct Vault(files::FileStore);

impl store::backup::FileVault for Vault {
    fn read<'a>(&'a self, key: &'a str) -> Pin<Box<dyn Future<Output = std::io::Result<Vec<u8>>> + Send + 'a>> {
        Box::pin(async move {
            self.0.get(key).await.map(|b| b.to_vec()).map_err(|e| {
                if e.is_not_found() {
                    std::io::Error::new(std::io::ErrorKind::NotFound, e.to_string())
                } else {
                    std::io::Error::other(e.to_string())
                }
            })
        })
    }

    fn write<'a>(&'a self, key: &'a str, bytes: Vec<u8>) -> Pin<Box<dyn Future<Output = std::io::Result<()>> + Send + 'a>> {
        Box::pin(async move { self.0.put_at(key, bytes.into()).await.map_err(|e| std::io::Error::other(e.to_string())) })
    }
}

pub async fn backup(database_url: &str, args: BackupArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    let db = store::connect(database_url).await?;
    // Written beside the target and renamed at the end: a failed backup
    // never leaves a half file under the name of a good one.
    let partial = with_suffix(&args.file, ".partial");
    let mut file = create_private(&partial).with_context(|| format!("cannot create {}", partial.display()))?;
    let vault = Vault(files::FileStore::local(&args.files_dir)?);
    let written = store::backup::write(&db, &mut file, &vault).await;
    let summary = match written.map_err(anyhow::Error::from).and_then(|s| file.sync_all().map(|()| s).map_err(Into::into)) {
        Ok(summary) => summary,
        Err(e) => {
            fs::remove_file(&partial).ok();
            return Err(e.context(format!("no backup was written to {}", args.file.display())));
        }
    };
    drop(file);
    fs::rename(&partial, &args.file).with_context(|| format!("cannot rename {} to {}", partial.display(), args.file.display()))?;
    sync_parent(&args.file);
    let bytes = fs::metadata(&args.file).map(|m| m.len()).unwrap_or(0);
    println!(
        "Backup written to {}: {} rows ({}), {}, in {} ms.",
        args.file.display(),
        summary.total_rows(),
        per_table(&summary),
        size(bytes),
        started.elapsed().as_millis()
    );
    println!("Uploaded files: {} from {}.", summary.files, args.files_dir.display());
    if !summary.files_missing.is_empty() {
        println!(
            "Warning: {} recorded files were not in {} and are not in the backup: {}.",
            summary.files_missing.len(),
            args.files_dir.display(),
            summary.files_missing.join(", ")
        );
    }
    println!("Database migration: {}. The file holds personal data and password hashes: keep it safe.", summary.migration);
    Ok(())
}

pub async fn restore(database_url: &str, args: RestoreArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    let file = File::open(&args.file).with_context(|| format!("cannot open {}", args.file.display()))?;
    let db = store::connect(database_url).await?;
    store::migrate(&db).await?;
    let vault = Vault(files::FileStore::local(&args.files_dir)?);
    let summary = match store::backup::restore(&db, BufReader::new(file), args.force, &vault).await {
        Ok(summary) => summary,
        Err(BackupError::NotEmpty(held)) => bail!(
            "the database is not empty (it holds {held}). Restoring replaces all of its data with the backup: run again with --force to do that. Nothing was changed."
        ),
        Err(e) => bail!("cannot restore {}: {e}. Nothing was changed.", args.file.display()),
    };
    println!(
        "Restored {} (made {} at migration {}): {} rows ({}) in {} ms.",
        args.file.display(),
        summary.backup.created_at.format("%Y-%m-%d %H:%M:%S UTC"),
        summary.backup.migration,
        summary.backup.total_rows(),
        per_table(&summary.backup),
        started.elapsed().as_millis()
    );
    println!("Uploaded files: {} put back into {}.", summary.backup.files, args.files_dir.display());
    if summary.replaced {
        println!("The data that was in the database has been replaced.");
    }
    println!("Logins are not part of a backup: everyone logs in again.");
    Ok(())
}

fn per_table(summary: &BackupSummary) -> String {
    summary.rows.iter().map(|(table, n)| format!("{table} {n}")).collect::<Vec<_>>().join(", ")
}

fn size(bytes: u64) -> String {
    if bytes < 10 * 1024 { format!("{bytes} bytes") } else { format!("{} KiB", bytes.div_ceil(1024)) }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// A new file only its owner can read: a backup holds personal data.
fn create_private(path: &Path) -> std::io::Result<File> {
    // A leftover of an earlier attempt may have other permissions.
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Makes the rename durable (best effort; not every platform can).
fn sync_parent(path: &Path) {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if let Ok(dir) = File::open(parent) {
        dir.sync_all().ok();
    }
}
