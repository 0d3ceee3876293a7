//! The teilhabe server and its operator commands.

mod admin;
mod backup;
mod bench_seed;
mod cli;
mod demo;
mod logging;
mod serve;

use clap::Parser;

/// Many small allocations per page (rows, strings, the page itself):
/// mimalloc serves them from per-thread pages without the global locks and
/// consolidation work of the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    let cli = cli::Cli::parse();
    logging::init(cli.log_json);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(cli::run(cli))
}
