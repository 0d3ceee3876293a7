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

const MUNICIPALITIES: &str = "300";
/// Musterstadt's demo process, which holds a large share of the ideas.
const PROCESS: &str = "/m/musterstadt/beteiligung/vielfalt-2026";
/// Posting comments is limited per account; the one bench account posts
/// far more than a person could (`TEILHABE_AUTH_ATTEMPTS_PER_MINUTE`).
const ATTEMPTS_PER_MINUTE: &str = "10000000";

/// What `teilhabe bench-seed --facts` wrote: ids and a session to use.
struct Facts {
    values: Vec<(String, String)>,
}

impl Facts {
    fn read(path: &Path) -> anyhow::Result<Facts> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        let values = text.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
        Ok(Facts { values })
    }

    fn get(&self, key: &str) -> anyhow::Result<&str> {
        self.values.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).with_context(|| format!("bench-seed wrote no {key}"))
    }
}

/// The routes measured, in order, as load generator arguments.
fn routes(facts: &Facts, quick: bool) -> anyhow::Result<Vec<String>> {
    let field = facts.get("field")?;
    // The quick set has fewer ideas in the process: its last pages are nearer.
    let far_page = if quick { 40 } else { 200 };
    let comment = format!(
        "csrf_token={}&comment-body=Ein+Kommentar+aus+dem+Lasttest%2C+mit+ein+paar+W%C3%B6rtern+mehr.&parent=&speak_as=",
        facts.get("csrf")?
    );
    Ok(vec![
        "/".into(),
        "/m/musterstadt".into(),
        "/m/musterstadt/impressum".into(),
        "/api/v1/municipalities".into(),
        // The state overview of all municipalities, and a choice of it sorted by contributions.
        "/uebersicht".into(),
        "/uebersicht?concept=development&sort=contributions&order=desc".into(),
        PROCESS.into(),
        format!("{PROCESS}?field={field}&sort=unterstuetzt"),
        format!("{PROCESS}?field={field}&sort=unterstuetzt&page={far_page}"),
        format!("{PROCESS}?q=sprachkurse"),
        format!("{PROCESS}?q=Sch%C3%BCler+Familien"),
        format!("/m/musterstadt/ideen/{}", facts.get("detail_idea")?),
        // The demo's workshop: all places taken, a waiting list.
        "/m/musterstadt/veranstaltungen/1".into(),
        "/m/musterstadt/events.ics".into(),
        // The demo survey with 10,000 responses: its public results, all and from paper only.
        format!("/m/musterstadt/umfragen/{}/ergebnisse", facts.get("survey")?),
        format!("/m/musterstadt/umfragen/{}/ergebnisse?quelle=papier", facts.get("survey")?),
        // The concept with 200 measures, each with ten years of monthly indicator values:
        // the progress page, filtered, and one measure's page with its chart.
        "/m/musterstadt/umsetzung".into(),
        "/m/musterstadt/umsetzung?status=running".into(),
        format!("/m/musterstadt/massnahmen/{}", facts.get("measure")?),
        // The newest version's PDF, with all 200 measures: laid out once (in the warm-up), then kept.
        "/m/musterstadt/concept.pdf".into(),
        "--post".into(),
        format!("/m/musterstadt/ideen/{}/kommentare", facts.get("comment_idea")?),
        comment,
    ])
}

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

    let set =
        if quick { "10,000 ideas, 100,000 comments, 200,000 supports" } else { "100,000 ideas, 1,000,000 comments, 2,000,000 supports" };
    println!(
        "\nteilhabe benchmark: {MUNICIPALITIES} municipalities, {set}; 16 connections, {seconds} s per route, release build, loopback"
    );
    for (backend, url) in [("SQLite", sqlite_url.as_str()), ("PostgreSQL", pg_url.as_str())] {
        bench_backend(backend, url, &work, seconds, &pg, quick)?;
    }
    let _ = std::fs::remove_dir_all(&work);
    // Laying out the concept PDF, timed per document (the server does it once per version and language).
    println!("\nconcept PDF layout (release build, one document at a time):");
    sh("cargo", &["run", "--release", "--quiet", "-p", "pdf", "--example", "bench_concept"])?;
    Ok(())
}

fn store_url(server_url: &str, database: &str) -> String {
    server_url.replacen("/postgres?", &format!("/{database}?"), 1)
}

fn bench_backend(backend: &str, url: &str, work: &Path, seconds: &str, pg_admin: &str, quick: bool) -> anyhow::Result<()> {
    let binary = release_binary();
    let seeding = Instant::now();
    run_binary(&binary, &["demo"], url, work)?;
    let facts_file = work.join(format!("facts-{backend}.txt"));
    let facts_path = facts_file.to_string_lossy();
    let mut seed = vec!["bench-seed", "--municipalities", MUNICIPALITIES, "--facts", &facts_path];
    if quick {
        seed.push("--quick");
    }
    run_binary(&binary, &seed, url, work)?;
    let seed_time = seeding.elapsed();
    let facts = Facts::read(&facts_file)?;
    let size = if backend == "SQLite" {
        ["bench.db", "bench.db-wal"].iter().filter_map(|f| std::fs::metadata(work.join(f)).ok()).map(|m| m.len()).sum()
    } else {
        output("psql", &[pg_admin, "-tAc", "SELECT pg_database_size('teilhabe_bench')"])?.trim().parse::<u64>()?
    };
    let serve = ["serve", "--auth-attempts-per-minute", ATTEMPTS_PER_MINUTE];
    let mut server = Server::start(&binary, &serve, url, work, &work.join(format!("server-{backend}.log")))?;
    let generator = target_dir().join("release").join("bench");
    let cookie = format!("session={}; csrf={}", facts.get("session")?, facts.get("csrf")?);
    let mut command = Command::new(&generator);
    command
        .args(["--base", &server.base, "--connections", "16", "--seconds", seconds, "--cookie", &cookie])
        .args(routes(&facts, quick)?)
        .current_dir(root());
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
    println!(
        "  survey results of {} responses read without the pages' tallies (what a page does after a new response): {} ms",
        facts.get("survey_responses")?,
        facts.get("survey_tally_ms")?
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
