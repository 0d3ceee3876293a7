//! Tests of the `teilhabe` binary: each runs the real program as an
//! operator would, on a temporary SQLite file or a PostgreSQL test database.

// A failing step should stop the test right there.
#![allow(clippy::unwrap_used)]

mod admin;
mod backup;
mod crash;

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `teilhabe --database-url URL ARGS…` with `stdin` as its standard input.
pub fn teilhabe(database_url: &str, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_teilhabe"))
        .arg("--database-url")
        .arg(database_url)
        .args(args)
        .env_remove("TEILHABE_STATE_NAME")
        // Uploaded files of commands that take no --files-dir: never into the source tree.
        .env("TEILHABE_FILES_DIR", std::env::temp_dir().join("teilhabe-cli-test-files"))
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the teilhabe binary");
    if let Some(mut input) = child.stdin.take() {
        // The program may exit without reading it.
        input.write_all(stdin.as_bytes()).ok();
    }
    child.wait_with_output().expect("wait for teilhabe")
}

/// Output of a run that must succeed.
pub fn succeeds(output: Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "exit {:?}\nstdout: {stdout}\nstderr: {}", output.status, String::from_utf8_lossy(&output.stderr));
    stdout
}

/// Error output of a run that must fail.
pub fn fails(output: Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!output.status.success(), "expected a failure\nstdout: {}\nstderr: {stderr}", String::from_utf8_lossy(&output.stdout));
    stderr
}

pub fn sqlite_url(dir: &Path, file: &str) -> String {
    format!("sqlite://{}?mode=rwc", dir.join(file).display())
}

/// Every row of every backed-up table: a fresh backup without its header
/// line (which holds the time it was made).
pub async fn rows_of(database_url: &str) -> Vec<String> {
    let db = store::connect(database_url).await.expect("connect");
    let mut bytes = Vec::new();
    store::backup::write(&db, &mut bytes, &store::backup::NoFiles).await.expect("back up");
    db.close().await.ok();
    let mut lines: Vec<String> =
        std::io::BufReader::new(flate2::read::GzDecoder::new(bytes.as_slice())).lines().map(|l| l.expect("line")).collect();
    lines.remove(0);
    lines
}

/// A current-thread runtime for the store calls of a synchronous test.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime").block_on(future)
}
