//! Uploaded files of teilhabe: where their bytes live and what they really are.
//!
//! Bytes go to an `object_store` (a local folder by default; any store the
//! crate supports in production). Keys are random and never contain what a
//! person typed. The type of a file is decided from its content
//! ([`detect`]), never from its name or the browser's claim.
//!
//! The database row describing a file (owner, name, type, alt text) is the
//! `store` crate's; this crate only keeps the bytes.

use std::sync::Arc;

use bytes::Bytes;
use domain::files::FileType;
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use object_store::local::LocalFileSystem;
use object_store::path::Path as ObjectPath;
use object_store::{GetOptions, ObjectStore, PutOptions, PutPayload};
use rand::RngCore;
use sha2::{Digest, Sha256};

#[derive(Debug, thiserror::Error)]
pub enum FilesError {
    #[error("file storage: {0}")]
    Storage(#[from] object_store::Error),
    #[error("file storage folder {0}: {1}")]
    Folder(String, std::io::Error),
    #[error("stored file key is not valid: {0}")]
    Key(String),
}

impl FilesError {
    /// The file is not in the store.
    pub fn is_not_found(&self) -> bool {
        matches!(self, FilesError::Storage(object_store::Error::NotFound { .. }))
    }
}

pub type FilesResult<T> = Result<T, FilesError>;

/// What [`FileStore::put`] stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// Where the bytes are (random, e.g. `3/5f0c…`).
    pub key: String,
    pub size: u64,
    /// SHA-256 of the content, hex.
    pub sha256: String,
}

/// The bytes of a file as a stream, for serving without holding the file in memory.
pub type ByteStream = BoxStream<'static, FilesResult<Bytes>>;

/// Where uploaded files are kept.
#[derive(Clone, Debug)]
pub struct FileStore {
    inner: Arc<dyn ObjectStore>,
}

impl FileStore {
    /// A folder on the local disk (created when missing).
    pub fn local(folder: &std::path::Path) -> FilesResult<FileStore> {
        std::fs::create_dir_all(folder).map_err(|e| FilesError::Folder(folder.display().to_string(), e))?;
        let store = LocalFileSystem::new_with_prefix(folder)?;
        Ok(FileStore { inner: Arc::new(store) })
    }

    /// Any object store (S3-compatible in production).
    pub fn from_object_store(inner: Arc<dyn ObjectStore>) -> FileStore {
        FileStore { inner }
    }

    /// Stores `bytes` under a new random key below the tenant's prefix.
    pub async fn put(&self, tenant: i64, bytes: Bytes) -> FilesResult<Stored> {
        let mut random = [0u8; 16];
        rand::rng().fill_bytes(&mut random);
        let key = format!("{tenant}/{}", hex::encode(random));
        let size = bytes.len() as u64;
        let sha256 = hex::encode(Sha256::digest(&bytes));
        self.put_at(&key, bytes).await?;
        Ok(Stored { key, size, sha256 })
    }

    /// Stores `bytes` under a known key (restoring a backup).
    pub async fn put_at(&self, key: &str, bytes: Bytes) -> FilesResult<()> {
        let path = object_path(key)?;
        self.inner.put_opts(&path, PutPayload::from_bytes(bytes), PutOptions::default()).await?;
        Ok(())
    }

    /// The whole content (for backups and tests; pages use [`FileStore::stream`]).
    pub async fn get(&self, key: &str) -> FilesResult<Bytes> {
        let path = object_path(key)?;
        Ok(self.inner.get_opts(&path, GetOptions::default()).await?.bytes().await?)
    }

    /// The content as a stream.
    pub async fn stream(&self, key: &str) -> FilesResult<ByteStream> {
        let path = object_path(key)?;
        let result = self.inner.get_opts(&path, GetOptions::default()).await?;
        Ok(result.into_stream().map(|chunk| chunk.map_err(FilesError::from)).boxed())
    }

    /// Removes a file; a file already gone is no error.
    pub async fn delete(&self, key: &str) -> FilesResult<()> {
        let path = object_path(key)?;
        let mut results = self.inner.delete_stream(futures_util::stream::once(async move { Ok(path) }).boxed());
        while let Some(result) = results.next().await {
            match result {
                Ok(_) | Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }
}

/// Keys are `tenant/hex`: digits, a slash, lowercase hex. Anything else is
/// refused before it reaches the store (no path tricks from a database row).
fn object_path(key: &str) -> FilesResult<ObjectPath> {
    let valid = key.split_once('/').is_some_and(|(tenant, name)| {
        !tenant.is_empty()
            && tenant.bytes().all(|b| b.is_ascii_digit())
            && !name.is_empty()
            && name.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    });
    if !valid {
        return Err(FilesError::Key(key.to_owned()));
    }
    ObjectPath::parse(key).map_err(|_| FilesError::Key(key.to_owned()))
}

/// The type of a file from its first bytes; `None` for anything we do not accept.
pub fn detect(bytes: &[u8]) -> Option<FileType> {
    let kind = infer::get(bytes)?;
    FileType::from_mime(kind.mime_type())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The smallest valid PNG (1×1, transparent).
    pub const PNG: &[u8] = &[
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00,
        0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63,
        0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60,
        0x82,
    ];

    #[test]
    fn types_come_from_the_content() {
        assert_eq!(detect(PNG), Some(FileType::Png));
        assert_eq!(detect(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), Some(FileType::Pdf));
        assert_eq!(detect(&[0xff, 0xd8, 0xff, 0xe0, 0, 0x10, b'J', b'F', b'I', b'F', 0]), Some(FileType::Jpeg));
        // A script renamed to .png is still a script.
        assert_eq!(detect(b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"), None);
        assert_eq!(detect(b"MZ\x90\x00\x03\x00\x00\x00"), None);
        assert_eq!(detect(b""), None);
    }

    #[test]
    fn keys_cannot_leave_the_folder() {
        assert!(object_path("3/0af9").is_ok());
        for bad in ["../3/0af9", "3/../../etc", "3/0AF9", "/3/0af9", "3/", "x/0af9", "3/0af9/x"] {
            assert!(object_path(bad).is_err(), "{bad}");
        }
    }

    #[tokio::test]
    async fn a_local_folder_keeps_serves_and_forgets_files() {
        let dir = std::env::temp_dir().join(format!("teilhabe-files-{}", std::process::id()));
        let store = FileStore::local(&dir).unwrap();
        let stored = store.put(7, Bytes::from_static(PNG)).await.unwrap();
        assert!(stored.key.starts_with("7/"));
        assert_eq!(stored.size, PNG.len() as u64);
        assert_eq!(store.get(&stored.key).await.unwrap().as_ref(), PNG);
        let mut streamed = Vec::new();
        let mut stream = store.stream(&stored.key).await.unwrap();
        while let Some(chunk) = stream.next().await {
            streamed.extend_from_slice(&chunk.unwrap());
        }
        assert_eq!(streamed, PNG);
        store.delete(&stored.key).await.unwrap();
        assert!(store.get(&stored.key).await.unwrap_err().is_not_found());
        store.delete(&stored.key).await.unwrap();
        let _ = std::fs::remove_dir_all(&dir);
    }
}
