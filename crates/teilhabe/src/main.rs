//! The teilhabe server and its operator commands.

mod admin;
mod backup;
mod bench_seed;
mod cli;
mod demo;
mod logging;
mod serve;

use clap::Parser;

fn main() -> anyhow::Result<()> {
    let cli = cli::Cli::parse();
    logging::init(cli.log_json);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(cli::run(cli))
}
