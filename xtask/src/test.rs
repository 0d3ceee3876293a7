//! `cargo xtask test`: the one test command (README, `.ci/run`).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::Context;

use crate::server::{Server, dev_binary};
use crate::shell::{has_command, root};
use crate::{browser, postgres};

#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
    problems: Vec<String>,
}

impl Tally {
    /// Adds a suite's (passed, failed); a suite that could not run counts as one failure.
    fn add(&mut self, suite: &str, result: anyhow::Result<(u64, u64)>) {
        match result {
            Ok((passed, failed)) => {
                self.passed += passed;
                self.failed += failed;
            }
            Err(err) => {
                self.failed += 1;
                self.problems.push(format!("{suite}: {err:#}"));
            }
        }
    }
}

pub fn run(filters: &[String]) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut tally = Tally::default();
    let pg_url = postgres::ensure().context("PostgreSQL is required for the tests and could not be started")?;
    browser::ensure_tools().context("the browser test tools could not be installed")?;

    if filters.is_empty() {
        eprintln!("==> formatting and lints");
        tally.add("cargo fmt --check", check("cargo", &["fmt", "--all", "--check"]));
        tally.add("cargo clippy", check("cargo", &["clippy", "--workspace", "--all-targets", "--quiet", "--", "-D", "warnings"]));
    }
    eprintln!("==> cargo tests (SQLite and PostgreSQL)");
    tally.add("cargo tests", cargo_tests(&pg_url, filters));
    if filters.is_empty() {
        e2e(&mut tally);
    }
    finish(tally, started)
}

pub fn run_e2e_only() -> anyhow::Result<()> {
    let started = Instant::now();
    browser::ensure_tools()?;
    let mut tally = Tally::default();
    e2e(&mut tally);
    finish(tally, started)
}

fn finish(tally: Tally, started: Instant) -> anyhow::Result<()> {
    for problem in &tally.problems {
        eprintln!("error: {problem}");
    }
    eprintln!("==> finished in {:.0} s", started.elapsed().as_secs_f64());
    println!("{} passed, {} failed", tally.passed, tally.failed);
    if tally.failed > 0 {
        std::process::exit(1);
    }
    Ok(())
}

fn e2e(tally: &mut Tally) {
    eprintln!("==> browser tests (Chromium + axe-core)");
    tally.add("browser tests", browser_tests());
}

/// A check that passes or fails as a whole: (1, 0) or (0, 1).
fn check(program: &str, args: &[&str]) -> anyhow::Result<(u64, u64)> {
    let status = Command::new(program).args(args).current_dir(root()).status().with_context(|| format!("cannot start {program}"))?;
    if status.success() {
        Ok((1, 0))
    } else {
        eprintln!("FAIL `{program} {}`", args.join(" "));
        Ok((0, 1))
    }
}

/// Runs cargo's tests, streaming their output; returns (passed, failed).
fn cargo_tests(pg_url: &str, filters: &[String]) -> anyhow::Result<(u64, u64)> {
    let nextest = has_command("cargo-nextest");
    let mut command = Command::new("cargo");
    if nextest {
        command.args(["nextest", "run", "--workspace", "--no-fail-fast", "--color", "never"]);
    } else {
        command.args(["test", "--workspace", "--no-fail-fast", "--color", "never"]);
    }
    command.args(filters);
    let mut child = command
        .current_dir(root())
        .env("TEST_DATABASE_URL", pg_url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot start cargo")?;
    let stderr = child.stderr.take().context("no stderr")?;
    let stdout = child.stdout.take().context("no stdout")?;
    let err_thread = std::thread::spawn(move || collect_lines(BufReader::new(stderr), true));
    let out_lines = collect_lines(BufReader::new(stdout), false);
    let err_lines = err_thread.join().unwrap_or_default();
    let status = child.wait()?;
    let all: Vec<&String> = out_lines.iter().chain(err_lines.iter()).collect();
    let (passed, failed) = if nextest { nextest_summary(&all) } else { libtest_summary(&all) }
        .with_context(|| format!("the cargo tests did not run to a summary ({status}); see the output above"))?;
    if !status.success() && failed == 0 {
        anyhow::bail!("cargo exited with {status} although no test failed");
    }
    Ok((passed, failed))
}

fn collect_lines(reader: impl BufRead, to_stderr: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for line in reader.lines().map_while(Result::ok) {
        if to_stderr {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
        lines.push(line);
    }
    lines
}

fn count_before(line: &str, word: &str) -> u64 {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    tokens.windows(2).find(|w| w[1].trim_end_matches([',', ';']) == word).and_then(|w| w[0].parse().ok()).unwrap_or(0)
}

fn nextest_summary(lines: &[&String]) -> Option<(u64, u64)> {
    let line = lines.iter().rev().find(|l| l.contains("tests run:") || l.contains("test run:"))?;
    Some((count_before(line, "passed"), count_before(line, "failed")))
}

fn libtest_summary(lines: &[&String]) -> Option<(u64, u64)> {
    let results: Vec<_> = lines.iter().filter(|l| l.starts_with("test result:")).collect();
    if results.is_empty() {
        return None;
    }
    Some(results.iter().fold((0, 0), |(p, f), l| (p + count_before(l, "passed"), f + count_before(l, "failed"))))
}

/// Builds the binary (same profile as the tests), starts it with demo data on
/// a fresh SQLite file and runs the browser tests against it.
fn browser_tests() -> anyhow::Result<(u64, u64)> {
    crate::shell::run("cargo", &["build", "--quiet", "-p", "teilhabe"])?;
    let work = std::env::temp_dir().join(format!("teilhabe-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;
    let artifacts = root().join("e2e").join("artifacts");
    std::fs::create_dir_all(&artifacts)?;
    let database_url = format!("sqlite://{}?mode=rwc", work.join("e2e.db").display());
    let mut server = Server::start(&dev_binary(), &[], &database_url, &work, &artifacts.join("server.log"))?;
    let result = browser::run_tests(&server.base, &artifacts, &work.join("data/mail"));
    server.stop();
    let _ = std::fs::remove_dir_all(&work);
    eprintln!("==> screenshots in {}", artifacts.display());
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_test_summaries() {
        let nextest = "     Summary [   0.821s] 35 tests run: 33 passed, 2 failed, 0 skipped".to_owned();
        assert_eq!(nextest_summary(&[&nextest]), Some((33, 2)));
        let ok = "test result: ok. 12 passed; 0 failed; 0 ignored".to_owned();
        let bad = "test result: FAILED. 3 passed; 1 failed; 0 ignored".to_owned();
        assert_eq!(libtest_summary(&[&ok, &bad]), Some((15, 1)));
    }
}
