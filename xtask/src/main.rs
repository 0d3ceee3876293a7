//! Project tasks.
//!
//! - `cargo xtask test`  — everything: PostgreSQL started, cargo tests on both
//!   backends, browser tests; ends with `N passed, N failed`.
//! - `cargo xtask e2e`   — only the browser tests.
//! - `cargo xtask bench` — load benchmark of the release binary (see bench.rs).

mod bench;
mod browser;
mod postgres;
mod server;
mod shell;
mod test;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("test") => test::run(rest),
        Some("e2e") => test::run_e2e_only(),
        Some("bench") => bench::run(rest),
        _ => {
            eprintln!("usage: cargo xtask test [-- NEXTEST FILTERS] | e2e | bench [--quick]");
            std::process::exit(2);
        }
    }
}
