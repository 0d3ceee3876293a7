//! Crash safety and graceful shutdown of the real server binary, on both
//! backends: every write the server acknowledged survives SIGKILL; SIGTERM
//! lets in-flight requests finish and stops the mail worker cleanly.

use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use store::Backend;
use store::testing::TestDb;

struct Server {
    child: Child,
    base: String,
    log: std::path::PathBuf,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn start(url: &str, dir: &std::path::Path, name: &str) -> Server {
    let port = free_port();
    let log = dir.join(format!("{name}.log"));
    let file = std::fs::File::create(&log).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_teilhabe"))
        .args(["serve"])
        .current_dir(dir)
        .env("DATABASE_URL", url)
        .env("TEILHABE_LISTEN", format!("127.0.0.1:{port}"))
        .env("TEILHABE_AUTH_ATTEMPTS_PER_MINUTE", "100000")
        .env("TEILHABE_MAIL_DIR", dir.join("mail"))
        .env("RUST_LOG", "info")
        .stdout(file.try_clone().unwrap())
        .stderr(file)
        .stdin(Stdio::null())
        .spawn()
        .expect("start the server binary");
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let started = Instant::now();
    while client.get(format!("{base}/healthz")).send().await.is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "server did not start; log: {}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Server { child, base, log }
}

fn signal(server: &Server, name: &str) {
    let status = Command::new("kill").args([&format!("-{name}"), &server.child.id().to_string()]).status().unwrap();
    assert!(status.success());
}

/// Registers accounts back to back from `workers` browsers until `stop` or
/// until the server is gone; returns (acknowledged addresses, answers other
/// than the expected redirect, e.g. a 500 or 503 from a half-stopped server).
/// A request that never reached a handler (refused or reset connection) ends
/// the browser's loop: it was not accepted, so nothing was promised.
async fn register_until(base: String, workers: usize, stop: Arc<Mutex<bool>>) -> (Vec<String>, Vec<String>) {
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let broken = Arc::new(Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for worker in 0..workers {
        let (base, stop, acknowledged, broken) = (base.clone(), stop.clone(), acknowledged.clone(), broken.clone());
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
            let Ok(page) = client.get(format!("{base}/registrieren")).send().await else { return };
            let Some(token) = page.cookies().find(|c| c.name() == "csrf").map(|c| c.value().to_owned()) else { return };
            let mut n = 0;
            while !*stop.lock().unwrap() {
                n += 1;
                let email = format!("w{worker}-n{n}@crash.example");
                let form = [
                    ("csrf_token", token.as_str()),
                    ("display_name", "Test"),
                    ("email", &email),
                    ("password", "Absturz sicher gespeichert"),
                    ("privacy", "yes"),
                ];
                match client.post(format!("{base}/registrieren")).form(&form).send().await {
                    Ok(r) if r.status() == 303 => acknowledged.lock().unwrap().push(email),
                    Ok(r) => broken.lock().unwrap().push(format!("status {}", r.status())),
                    Err(_) => return,
                }
            }
        }));
    }
    for task in tasks {
        let _ = task.await;
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    let broken = broken.lock().unwrap().clone();
    (acknowledged, broken)
}

async fn acknowledged_writes_survive_sigkill(backend: Backend) {
    let db = TestDb::new(backend).await;
    let dir = std::env::temp_dir().join(format!("teilhabe-crash-{}-{:?}", std::process::id(), backend));
    std::fs::create_dir_all(&dir).unwrap();
    store::tenancy::ensure_state(&db.conn, "land", "Land").await.unwrap();
    let mut server = start(&db.url, &dir, "first").await;
    let stop = Arc::new(Mutex::new(false));
    let load = tokio::spawn(register_until(server.base.clone(), 6, stop.clone()));
    tokio::time::sleep(Duration::from_millis(2500)).await;
    signal(&server, "KILL");
    let _ = server.child.wait();
    *stop.lock().unwrap() = true;
    let (acknowledged, _) = load.await.unwrap();
    assert!(acknowledged.len() >= 5, "the load reached the server ({} writes)", acknowledged.len());

    // Restart on the same database: every acknowledged account is there.
    let mut again = start(&db.url, &dir, "second").await;
    let reopened = store::connect(&db.url).await.unwrap();
    for email in &acknowledged {
        assert!(store::accounts::user_by_email(&reopened, email).await.unwrap().is_some(), "{email} was acknowledged but is lost");
    }
    signal(&again, "TERM");
    let _ = again.child.wait();
    let _ = std::fs::remove_dir_all(&dir);
}

async fn sigterm_drains_requests_and_stops_the_mail_worker(backend: Backend) {
    let db = TestDb::new(backend).await;
    let dir = std::env::temp_dir().join(format!("teilhabe-term-{}-{:?}", std::process::id(), backend));
    std::fs::create_dir_all(&dir).unwrap();
    store::tenancy::ensure_state(&db.conn, "land", "Land").await.unwrap();
    let mut server = start(&db.url, &dir, "term").await;
    let stop = Arc::new(Mutex::new(false));
    let load = tokio::spawn(register_until(server.base.clone(), 6, stop.clone()));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    signal(&server, "TERM");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "the server did not stop after SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    *stop.lock().unwrap() = true;
    let (acknowledged, broken) = load.await.unwrap();
    assert!(status.success(), "clean exit after SIGTERM: {status}");
    assert!(broken.is_empty(), "in-flight requests must finish, not break: {broken:?}");
    assert!(!acknowledged.is_empty());
    let log = std::fs::read_to_string(&server.log).unwrap();
    assert!(log.contains("mail worker stopped"), "{log}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_sqlite() {
    acknowledged_writes_survive_sigkill(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_survive_sigkill_postgres() {
    acknowledged_writes_survive_sigkill(Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_drains_requests_and_stops_the_mail_worker_sqlite() {
    sigterm_drains_requests_and_stops_the_mail_worker(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_drains_requests_and_stops_the_mail_worker_postgres() {
    sigterm_drains_requests_and_stops_the_mail_worker(Backend::Postgres).await;
}
