//! A bounded load generator: for each path, a fixed number of keep-alive
//! connections send requests back to back for a fixed time; prints one line
//! per path: `path requests rps p50_us p99_us max_us errors`.
//!
//! Usage: bench --base http://127.0.0.1:8080 --connections 16 --seconds 10 PATH...

use std::time::{Duration, Instant};

use anyhow::Context;
use http_body_util::{BodyExt, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

struct Options {
    base: String,
    connections: usize,
    duration: Duration,
    warmup: Duration,
    paths: Vec<String>,
}

fn parse_args() -> anyhow::Result<Options> {
    let mut args = std::env::args().skip(1);
    let mut options = Options {
        base: String::new(),
        connections: 16,
        duration: Duration::from_secs(10),
        warmup: Duration::from_secs(1),
        paths: Vec::new(),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--base" => options.base = args.next().context("--base needs a value")?,
            "--connections" => options.connections = args.next().context("--connections needs a value")?.parse()?,
            "--seconds" => options.duration = Duration::from_secs_f64(args.next().context("--seconds needs a value")?.parse()?),
            "--warmup" => options.warmup = Duration::from_secs_f64(args.next().context("--warmup needs a value")?.parse()?),
            path => options.paths.push(path.to_owned()),
        }
    }
    anyhow::ensure!(
        !options.base.is_empty() && !options.paths.is_empty(),
        "usage: bench --base URL [--connections N] [--seconds S] PATH..."
    );
    Ok(options)
}

#[derive(Default)]
struct Sample {
    latencies_us: Vec<u32>,
    errors: u64,
}

fn main() -> anyhow::Result<()> {
    let options = parse_args()?;
    // The load generator gets one core; the server under test the other.
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build()?;
    runtime.block_on(async {
        for path in &options.paths {
            let uri: hyper::Uri = format!("{}{}", options.base, path).parse()?;
            run_phase(&uri, options.connections, options.warmup).await;
            let started = Instant::now();
            let sample = run_phase(&uri, options.connections, options.duration).await;
            let elapsed = started.elapsed().as_secs_f64();
            let mut latencies = sample.latencies_us;
            latencies.sort_unstable();
            let pct = |p: f64| {
                latencies.get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1))).copied().unwrap_or(0)
            };
            println!(
                "{path} {} {:.0} {} {} {} {}",
                latencies.len(),
                latencies.len() as f64 / elapsed,
                pct(0.50),
                pct(0.99),
                latencies.last().copied().unwrap_or(0),
                sample.errors
            );
        }
        anyhow::Ok(())
    })
}

async fn run_phase(uri: &hyper::Uri, connections: usize, duration: Duration) -> Sample {
    let deadline = Instant::now() + duration;
    let mut tasks = Vec::with_capacity(connections);
    for _ in 0..connections {
        let uri = uri.clone();
        tasks.push(tokio::spawn(async move {
            // One client per task: one keep-alive connection each.
            let client: Client<_, Empty<bytes::Bytes>> = Client::builder(TokioExecutor::new()).pool_max_idle_per_host(1).build_http();
            let mut sample = Sample::default();
            while Instant::now() < deadline {
                let sent = Instant::now();
                let ok = match client.get(uri.clone()).await {
                    Ok(response) => {
                        let status = response.status();
                        let body = response.into_body().collect().await;
                        status.is_success() && body.is_ok()
                    }
                    Err(_) => false,
                };
                if ok {
                    sample.latencies_us.push(u32::try_from(sent.elapsed().as_micros()).unwrap_or(u32::MAX));
                } else {
                    sample.errors += 1;
                }
            }
            sample
        }));
    }
    let mut total = Sample::default();
    for task in tasks {
        if let Ok(sample) = task.await {
            total.latencies_us.extend(sample.latencies_us);
            total.errors += sample.errors;
        }
    }
    total
}
