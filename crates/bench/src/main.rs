//! A bounded load generator: for each route, a fixed number of keep-alive
//! connections send requests back to back for a fixed time; prints one line
//! per route: `route requests rps p50_us p99_us max_us errors`.
//!
//! Usage: bench --base http://127.0.0.1:8080 --connections 16 --seconds 10
//!        [--cookie COOKIE] [--post PATH FORM_BODY]... PATH...
//!
//! GET routes are sent as an anonymous visitor. `--post` routes send the form
//! body (`application/x-www-form-urlencoded`) with the `--cookie` header, as a
//! logged-in browser would; a redirect after the POST counts as success.

use std::time::{Duration, Instant};

use anyhow::Context;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

struct Options {
    base: String,
    connections: usize,
    duration: Duration,
    warmup: Duration,
    cookie: String,
    routes: Vec<Route>,
}

#[derive(Clone)]
struct Route {
    path: String,
    /// A form to POST; `None` for a GET.
    form: Option<String>,
}

impl Route {
    fn label(&self) -> String {
        match self.form {
            Some(_) => format!("POST:{}", self.path),
            None => self.path.clone(),
        }
    }
}

fn parse_args() -> anyhow::Result<Options> {
    let mut args = std::env::args().skip(1);
    let mut options = Options {
        base: String::new(),
        connections: 16,
        duration: Duration::from_secs(10),
        warmup: Duration::from_secs(1),
        cookie: String::new(),
        routes: Vec::new(),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--base" => options.base = args.next().context("--base needs a value")?,
            "--connections" => options.connections = args.next().context("--connections needs a value")?.parse()?,
            "--seconds" => options.duration = Duration::from_secs_f64(args.next().context("--seconds needs a value")?.parse()?),
            "--warmup" => options.warmup = Duration::from_secs_f64(args.next().context("--warmup needs a value")?.parse()?),
            "--cookie" => options.cookie = args.next().context("--cookie needs a value")?,
            "--post" => {
                let path = args.next().context("--post needs a path")?;
                let form = args.next().context("--post needs a form body")?;
                options.routes.push(Route { path, form: Some(form) });
            }
            path => options.routes.push(Route { path: path.to_owned(), form: None }),
        }
    }
    anyhow::ensure!(
        !options.base.is_empty() && !options.routes.is_empty(),
        "usage: bench --base URL [--connections N] [--seconds S] [--cookie COOKIE] [--post PATH FORM]... PATH..."
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
        for route in &options.routes {
            let uri: hyper::Uri = format!("{}{}", options.base, route.path).parse()?;
            let request = Request { uri, form: route.form.clone(), cookie: options.cookie.clone() };
            run_phase(&request, options.connections, options.warmup).await;
            let started = Instant::now();
            let sample = run_phase(&request, options.connections, options.duration).await;
            let elapsed = started.elapsed().as_secs_f64();
            let mut latencies = sample.latencies_us;
            latencies.sort_unstable();
            let pct = |p: f64| {
                latencies.get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1))).copied().unwrap_or(0)
            };
            println!(
                "{} {} {:.0} {} {} {} {}",
                route.label(),
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

#[derive(Clone)]
struct Request {
    uri: hyper::Uri,
    form: Option<String>,
    cookie: String,
}

impl Request {
    fn build(&self) -> anyhow::Result<hyper::Request<Full<bytes::Bytes>>> {
        let builder = hyper::Request::builder().uri(self.uri.clone());
        Ok(match &self.form {
            None => builder.method(hyper::Method::GET).body(Full::default())?,
            Some(form) => builder
                .method(hyper::Method::POST)
                .header(hyper::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(hyper::header::COOKIE, &self.cookie)
                .header("sec-fetch-site", "same-origin")
                .body(Full::new(bytes::Bytes::from(form.clone())))?,
        })
    }
}

async fn run_phase(request: &Request, connections: usize, duration: Duration) -> Sample {
    let deadline = Instant::now() + duration;
    let mut tasks = Vec::with_capacity(connections);
    for _ in 0..connections {
        let request = request.clone();
        tasks.push(tokio::spawn(async move {
            // One client per task: one keep-alive connection each.
            let client: Client<_, Full<bytes::Bytes>> = Client::builder(TokioExecutor::new()).pool_max_idle_per_host(1).build_http();
            let mut sample = Sample::default();
            while Instant::now() < deadline {
                let sent = Instant::now();
                let response = match request.build() {
                    Ok(built) => client.request(built).await.ok(),
                    Err(_) => None,
                };
                let ok = match response {
                    Some(response) => {
                        let status = response.status();
                        let body = response.into_body().collect().await;
                        // A POST answers with a redirect to the new content.
                        (status.is_success() || (request.form.is_some() && status.is_redirection())) && body.is_ok()
                    }
                    None => false,
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
