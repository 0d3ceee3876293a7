//! The local PostgreSQL the tests run against: Debian's cluster, started
//! here, with a superuser role for the current user. Fails loudly when it
//! cannot; the tests never skip PostgreSQL.

use std::time::{Duration, Instant};

use anyhow::{Context, bail};

use crate::shell::{apt_install, current_user, has_command, is_root_user, output, run};

const SOCKET_DIR: &str = "/var/run/postgresql";
const TEST_PREFIX: &str = "teilhabe_test_";

/// Returns the URL of the server's `postgres` database for the tests.
pub fn ensure() -> anyhow::Result<String> {
    if let Ok(url) = std::env::var("TEST_DATABASE_URL") {
        eprintln!("==> PostgreSQL from TEST_DATABASE_URL");
        drop_leftovers(&url)?;
        return Ok(url);
    }
    if !has_command("pg_lsclusters") || !has_command("psql") {
        apt_install(&["postgresql"])?;
    }
    let clusters = output("pg_lsclusters", &["--no-header"])?;
    let Some(line) = clusters.lines().find(|l| !l.trim().is_empty()) else {
        bail!("no PostgreSQL cluster exists (pg_lsclusters is empty); create one with pg_createcluster");
    };
    let fields: Vec<&str> = line.split_whitespace().collect();
    let (version, cluster, status) = (fields[0], fields[1], fields.get(3).copied().unwrap_or(""));
    if status != "online" {
        eprintln!("==> starting PostgreSQL {version}/{cluster}");
        if is_root_user() {
            run("pg_ctlcluster", &[version, cluster, "start"])?;
        } else {
            run("sudo", &["pg_ctlcluster", version, cluster, "start"])?;
        }
    }
    let user = current_user();
    wait_until_ready()?;
    let has_role = as_postgres(&["psql", "-h", SOCKET_DIR, "-tAc", &format!("SELECT 1 FROM pg_roles WHERE rolname = '{user}'")])?;
    if has_role.trim() != "1" {
        eprintln!("==> creating PostgreSQL role {user}");
        as_postgres(&["createuser", "-h", SOCKET_DIR, "--superuser", &user])?;
    }
    let url = format!("postgres://{user}@localhost/postgres?host={SOCKET_DIR}");
    drop_leftovers(&url)?;
    Ok(url)
}

fn as_postgres(args: &[&str]) -> anyhow::Result<String> {
    if current_user() == "postgres" {
        output(args[0], &args[1..])
    } else if is_root_user() {
        let mut full = vec!["-u", "postgres", "--"];
        full.extend(args);
        output("runuser", &full)
    } else {
        let mut full = vec!["-u", "postgres", "--"];
        full.extend(args);
        output("sudo", &full)
    }
}

fn wait_until_ready() -> anyhow::Result<()> {
    let started = Instant::now();
    loop {
        if as_postgres(&["pg_isready", "-q", "-h", SOCKET_DIR]).is_ok() {
            return Ok(());
        }
        if started.elapsed() > Duration::from_secs(30) {
            bail!("PostgreSQL did not become ready within 30 s");
        }
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// Drops the databases earlier test runs left behind (and the template, so
/// every run migrates from zero once).
fn drop_leftovers(url: &str) -> anyhow::Result<()> {
    let list = output("psql", &[url, "-tAc", &format!("SELECT datname FROM pg_database WHERE datname LIKE '{TEST_PREFIX}%'")])
        .context("cannot connect to PostgreSQL with TEST_DATABASE_URL")?;
    for name in list.lines().map(str::trim).filter(|n| !n.is_empty()) {
        output("psql", &[url, "-qc", &format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")])?;
    }
    Ok(())
}
