//! The browser tests in `e2e/`: Debian's Chromium driven by playwright-core,
//! with axe-core on every page type.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};

use crate::shell::{apt_install, has_command, root};

/// Installs Chromium and the npm packages when they are missing.
pub fn ensure_tools() -> anyhow::Result<()> {
    if !Path::new("/usr/bin/chromium").exists() {
        apt_install(&["chromium", "fonts-noto-core"])?;
    }
    if !Path::new("/usr/bin/pdftotext").exists() {
        apt_install(&["poppler-utils"])?;
    }
    if !has_command("npm") {
        apt_install(&["nodejs", "npm"])?;
    }
    let e2e = root().join("e2e");
    let installed = e2e.join("node_modules/.package-lock.json");
    let lock = e2e.join("package-lock.json");
    let stale = match (std::fs::metadata(&installed), std::fs::metadata(&lock)) {
        (Ok(i), Ok(l)) => i.modified()? < l.modified()?,
        _ => true,
    };
    if stale {
        eprintln!("==> npm ci in e2e/");
        let status = Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&e2e).status()?;
        if !status.success() {
            bail!("npm ci failed in e2e/");
        }
    }
    Ok(())
}

/// Runs the browser tests against `base`; returns (passed, failed).
pub fn run_tests(base: &str, out: &Path, mail_dir: &Path) -> anyhow::Result<(u64, u64)> {
    std::fs::create_dir_all(out)?;
    let e2e = root().join("e2e");
    let output = Command::new("node")
        .arg(e2e.join("run.mjs"))
        .args(["--base", base, "--out"])
        .arg(out)
        .arg("--mail-dir")
        .arg(mail_dir)
        .current_dir(&e2e)
        .stderr(std::process::Stdio::inherit())
        .output()
        .context("cannot start node")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    let line = stdout.lines().rev().find(|l| l.starts_with("E2E_RESULT ")).context("the browser tests printed no E2E_RESULT line")?;
    let json = &line["E2E_RESULT ".len()..];
    let number = |key: &str| -> anyhow::Result<u64> {
        let start = json.find(&format!("\"{key}\":")).context("malformed E2E_RESULT")? + key.len() + 3;
        let digits: String = json[start..].chars().take_while(char::is_ascii_digit).collect();
        Ok(digits.parse()?)
    };
    Ok((number("passed")?, number("failed")?))
}
