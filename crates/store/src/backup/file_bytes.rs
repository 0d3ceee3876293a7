//! The bytes of uploaded files in a backup: one base64 line per file of
//! the `files` table, read from the file store and put back into it
//! through a [`FileVault`].

use std::future::Future;
use std::io::{self, Write};
use std::pin::Pin;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use sea_orm::ConnectionTrait;
use serde::{Deserialize, Serialize};

use super::BackupError;

/// Where the bytes of uploaded files are, for backups to read them from and
/// restores to put them back.
pub trait FileVault: Sync {
    fn read<'a>(&'a self, key: &'a str) -> Pin<Box<dyn Future<Output = io::Result<Vec<u8>>> + Send + 'a>>;
    fn write<'a>(&'a self, key: &'a str, bytes: Vec<u8>) -> Pin<Box<dyn Future<Output = io::Result<()>> + Send + 'a>>;
}

/// A vault for a database without uploaded files (nothing to read; writing is refused).
pub struct NoFiles;

impl FileVault for NoFiles {
    fn read<'a>(&'a self, key: &'a str) -> Pin<Box<dyn Future<Output = io::Result<Vec<u8>>> + Send + 'a>> {
        Box::pin(async move { Err(io::Error::new(io::ErrorKind::NotFound, format!("no file store for {key}"))) })
    }
    fn write<'a>(&'a self, key: &'a str, _bytes: Vec<u8>) -> Pin<Box<dyn Future<Output = io::Result<()>> + Send + 'a>> {
        Box::pin(async move { Err(io::Error::other(format!("no file store to restore {key} into"))) })
    }
}

/// The bytes of one uploaded file.
#[derive(Serialize, Deserialize)]
pub(super) struct FileLine {
    key: String,
    /// Base64 (standard alphabet, padded).
    data: String,
}

#[derive(Serialize)]
struct FileOut<'a> {
    file: &'a FileLine,
}

/// Writes the bytes of every recorded file, by id. Returns how many were
/// written and the keys of those the vault does not have.
pub(super) async fn dump(
    txn: &impl ConnectionTrait,
    out: &mut (dyn Write + Send),
    vault: &dyn FileVault,
) -> Result<(u64, Vec<String>), BackupError> {
    let keys = crate::files::all_keys(txn).await?;
    let (mut written, mut missing) = (0u64, Vec::new());
    for key in keys {
        match vault.read(&key).await {
            Ok(bytes) => {
                let line = FileLine { data: BASE64.encode(&bytes), key };
                serde_json::to_writer(&mut *out, &FileOut { file: &line }).map_err(io::Error::from)?;
                out.write_all(b"\n")?;
                written += 1;
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => missing.push(key),
            Err(e) => return Err(e.into()),
        }
    }
    Ok((written, missing))
}

/// Puts one file line's bytes back into the vault.
pub(super) async fn restore(file: FileLine, line_no: u64, vault: &dyn FileVault) -> Result<(), BackupError> {
    let bytes = BASE64
        .decode(file.data.as_bytes())
        .map_err(|_| BackupError::Corrupt { line: line_no, reason: "a file's content is not base64".into() })?;
    vault.write(&file.key, bytes).await?;
    Ok(())
}
