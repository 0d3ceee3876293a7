//! Starting the teilhabe binary for browser tests and benchmarks.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

pub struct Server {
    child: Child,
    pub base: String,
}

/// A free TCP port on loopback.
pub fn free_port() -> anyhow::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl Server {
    /// Starts `binary` with `args` and waits until `/healthz` answers.
    pub fn start(binary: &Path, args: &[&str], database_url: &str, workdir: &Path, log: &Path) -> anyhow::Result<Server> {
        let port = free_port()?;
        let listen = format!("127.0.0.1:{port}");
        let log_file = std::fs::File::create(log).with_context(|| format!("cannot create {}", log.display()))?;
        let child = Command::new(binary)
            .args(args)
            .current_dir(workdir)
            .env("DATABASE_URL", database_url)
            .env("TEILHABE_LISTEN", &listen)
            .env("RUST_LOG", "warn")
            // Browser tests log in many times a minute from one address; the
            // limits themselves are tested in the cargo tests.
            .env("TEILHABE_AUTH_ATTEMPTS_PER_MINUTE", "1000")
            .stdout(log_file.try_clone()?)
            .stderr(log_file)
            .spawn()
            .with_context(|| format!("cannot start {}", binary.display()))?;
        let mut server = Server { child, base: format!("http://{listen}") };
        let started = Instant::now();
        loop {
            if http_get(&listen, "/healthz").is_ok_and(|(status, _)| status == 200) {
                return Ok(server);
            }
            if let Some(status) = server.child.try_wait()? {
                bail!("the server exited with {status} before it was ready; see {}", log.display());
            }
            if started.elapsed() > Duration::from_secs(120) {
                server.stop();
                bail!("the server did not answer /healthz within 120 s; see {}", log.display());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGTERM, then wait for the graceful shutdown.
    pub fn stop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(15) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            self.stop();
        }
    }
}

/// A minimal GET over loopback, for readiness checks only.
pub fn http_get(addr: &str, path: &str) -> anyhow::Result<(u16, String)> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n")?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let status = response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).context("no status line")?;
    Ok((status, response))
}

/// The dev-profile binary (the one the tests build).
pub fn dev_binary() -> PathBuf {
    crate::shell::target_dir().join("debug").join("teilhabe")
}

pub fn release_binary() -> PathBuf {
    crate::shell::target_dir().join("release").join("teilhabe")
}
