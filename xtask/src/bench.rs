//! `cargo xtask bench [--quick]`: seeds a large installation, starts the
//! release binary and drives it over loopback with the bounded load
//! generator (`crates/bench`), on SQLite and on PostgreSQL. Prints per route
//! requests/s, p50/p99 latency and errors, and the server's RSS, seed time
//! and database size.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::Context;

use crate::server::{Server, release_binary};
use crate::shell::{output, root, run as sh, target_dir};

const ROUTES: &[&str] = &[
    "/",
    "/m/musterstadt",
    "/m/musterstadt/impressum",
    "/api/v1/municipalities",
    "/m/musterstadt/beteiligung/vielfalt-2026",
    "/m/musterstadt/beteiligung/vielfalt-2026?field=1&sort=unterstuetzt&page=2",
    "/m/musterstadt/beteiligung/vielfalt-2026?q=sprache",
    "/m/musterstadt/ideen/1",
];
const MUNICIPALITIES: &str = "300";

pub fn run(args: &[String]) -> anyhow::Result<()> {
    let quick = args.iter().any(|a| a == "--quick");
    let seconds = if quick { "3" } else { "10" };
    eprintln!("==> building the release binary and the load generator");
    sh("cargo", &["build", "--release", "--quiet", "-p", "teilhabe", "-p", "bench"])?;
    let pg = crate::postgres::ensure()?;
    let work = std::env::temp_dir().join(format!("teilhabe-bench-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;

    let sqlite_url = format!("sqlite://{}?mode=rwc", work.join("bench.db").display());
    let pg_url = store_url(&pg, "teilhabe_bench");
    output("psql", &[&pg, "-qc", "DROP DATABASE IF EXISTS teilhabe_bench WITH (FORCE)"])?;
    output("psql", &[&pg, "-qc", "CREATE DATABASE teilhabe_bench"])?;

    println!("\nteilhabe benchmark: {MUNICIPALITIES} municipalities, 16 connections, {seconds} s per route, release build, loopback");
    for (backend, url) in [("SQLite", sqlite_url.as_str()), ("PostgreSQL", pg_url.as_str())] {
        bench_backend(backend, url, &work, seconds, &pg)?;
    }
    let _ = std::fs::remove_dir_all(&work);
    Ok(())
}

fn store_url(server_url: &str, database: &str) -> String {
    server_url.replacen("/postgres?", &format!("/{database}?"), 1)
}

fn bench_backend(backend: &str, url: &str, work: &Path, seconds: &str, pg_admin: &str) -> anyhow::Result<()> {
    let binary = release_binary();
    let seeding = Instant::now();
    run_binary(&binary, &["demo"], url, work)?;
    run_binary(&binary, &["bench-seed", "--municipalities", MUNICIPALITIES], url, work)?;
    let seed_time = seeding.elapsed();
    let size = if backend == "SQLite" {
        ["bench.db", "bench.db-wal"].iter().filter_map(|f| std::fs::metadata(work.join(f)).ok()).map(|m| m.len()).sum()
    } else {
        output("psql", &[pg_admin, "-tAc", "SELECT pg_database_size('teilhabe_bench')"])?.trim().parse::<u64>()?
    };
    let mut server = Server::start(&binary, &["serve"], url, work, &work.join(format!("server-{backend}.log")))?;
    let generator = target_dir().join("release").join("bench");
    let mut command = Command::new(&generator);
    command.args(["--base", &server.base, "--connections", "16", "--seconds", seconds]).args(ROUTES).current_dir(root());
    let result = command.output().context("cannot start the load generator")?;
    let (rss, peak) = rss_kib(server.pid());
    server.stop();
    anyhow::ensure!(result.status.success(), "load generator failed: {}", String::from_utf8_lossy(&result.stderr));

    println!(
        "\n{backend}: seed {:.1} s, database {:.1} MB, server RSS {:.1} MB (peak {:.1} MB)",
        seed_time.as_secs_f64(),
        size as f64 / 1e6,
        rss as f64 / 1024.0,
        peak as f64 / 1024.0
    );
    println!("  {:<72} {:>10} {:>10} {:>10} {:>10} {:>8}", "route", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
    let stdout = String::from_utf8_lossy(&result.stdout);
    anyhow::ensure!(!stdout.trim().is_empty(), "the load generator printed nothing: {}", String::from_utf8_lossy(&result.stderr));
    for line in stdout.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() < 7 {
            continue;
        }
        let ms = |us: &str| us.parse::<f64>().unwrap_or(0.0) / 1000.0;
        println!("  {:<72} {:>10} {:>10.2} {:>10.2} {:>10.2} {:>8}", f[0], f[2], ms(f[3]), ms(f[4]), ms(f[5]), f[6]);
    }
    Ok(())
}

fn run_binary(binary: &Path, args: &[&str], url: &str, work: &Path) -> anyhow::Result<()> {
    let status = Command::new(binary)
        .args(args)
        .env("DATABASE_URL", url)
        .env("RUST_LOG", "warn")
        .current_dir(work)
        .stdout(std::process::Stdio::null())
        .status()?;
    anyhow::ensure!(status.success(), "`teilhabe {}` failed", args.join(" "));
    Ok(())
}

/// Current and peak resident memory of a process, in KiB.
fn rss_kib(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status.lines().find(|l| l.starts_with(name)).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse().ok()).unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}
