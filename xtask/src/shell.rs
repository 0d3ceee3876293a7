//! Running commands and finding the workspace.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use anyhow::{Context, bail};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// Where cargo puts build output (honours CARGO_TARGET_DIR).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root().join("target"))
}

pub fn is_root_user() -> bool {
    output("id", &["-u"]).map(|s| s.trim() == "0").unwrap_or(false)
}

pub fn current_user() -> String {
    output("id", &["-un"]).map(|s| s.trim().to_owned()).unwrap_or_else(|_| "postgres".to_owned())
}

/// Runs a command, inheriting stdout/stderr; fails on a non-zero exit.
pub fn run(program: &str, args: &[&str]) -> anyhow::Result<()> {
    let status = Command::new(program).args(args).status().with_context(|| format!("cannot start {program}"))?;
    if !status.success() {
        bail!("`{program} {}` failed with {status}", args.join(" "));
    }
    Ok(())
}

/// Runs a command and returns its stdout; fails on a non-zero exit.
pub fn output(program: &str, args: &[&str]) -> anyhow::Result<String> {
    let out = Command::new(program).args(args).stdin(Stdio::null()).output().with_context(|| format!("cannot start {program}"))?;
    if !out.status.success() {
        bail!("`{program} {}` failed: {}", args.join(" "), String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn has_command(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Installs Debian packages (as root, or through sudo).
pub fn apt_install(packages: &[&str]) -> anyhow::Result<()> {
    eprintln!("==> installing {} (Debian packages)", packages.join(" "));
    let sudo = if is_root_user() { vec![] } else { vec!["sudo"] };
    let mut update: Vec<&str> = sudo.clone();
    update.extend(["apt-get", "update", "-q"]);
    run(update[0], &update[1..])?;
    let mut install = sudo;
    install.extend(["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-q", "--no-install-recommends"]);
    install.extend(packages);
    run(install[0], &install[1..])
}
