//! Command line: `teilhabe [serve|migrate|demo|admin create|backup|restore]`.
//! Without a command it runs the demo installation: migrate, seed demo data,
//! serve.

use clap::{Parser, Subcommand};

use crate::{admin, backup, bench_seed, demo, serve};

/// Default database: an embedded SQLite file in ./data.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/teilhabe.db?mode=rwc";
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

#[derive(Debug, Parser)]
#[command(name = "teilhabe", version, about = "Participation platform for municipal diversity and integration strategies")]
pub struct Cli {
    /// Database URL: sqlite://PATH or postgres://USER@HOST/DB
    #[arg(long, global = true, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
    pub database_url: String,
    /// Write logs as JSON lines.
    #[arg(long, global = true, env = "TEILHABE_LOG_JSON", default_value_t = false)]
    pub log_json: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server (migrates the database first).
    Serve(serve::ServeArgs),
    /// Apply pending database migrations and exit.
    Migrate,
    /// Add the demo installation's data (idempotent) and exit.
    Demo {
        /// Folder for uploaded files (the demo's documents go there).
        #[arg(long, env = "TEILHABE_FILES_DIR", default_value = "data/files")]
        files_dir: std::path::PathBuf,
    },
    /// Manage platform administrators.
    Admin {
        #[command(subcommand)]
        command: admin::AdminCommand,
    },
    /// Write a consistent snapshot of the whole database to FILE (gzip-compressed JSON lines).
    Backup(backup::BackupArgs),
    /// Restore a backup into this database (migrates it first; an empty one unless --force).
    /// Stop the server first.
    Restore(backup::RestoreArgs),
    /// Add a large installation for the load benchmark (not for production):
    /// municipalities, residents, ideas, comments and supports.
    #[command(hide = true)]
    BenchSeed {
        #[arg(long, default_value_t = 300)]
        municipalities: u32,
        /// A tenth of the ideas, comments and supports.
        #[arg(long)]
        quick: bool,
        /// Write what the load generator needs (idea ids, a session) to this file.
        #[arg(long)]
        facts: Option<std::path::PathBuf>,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Some(Command::Serve(args)) => serve::run(&cli.database_url, args, false).await,
        Some(Command::Migrate) => {
            let db = store::connect(&cli.database_url).await?;
            store::migrate(&db).await?;
            println!("Database is up to date.");
            Ok(())
        }
        Some(Command::Demo { files_dir }) => {
            let db = store::connect(&cli.database_url).await?;
            store::migrate(&db).await?;
            demo::seed(&db, &files::FileStore::local(&files_dir)?).await?;
            demo::print_accounts(None);
            Ok(())
        }
        Some(Command::Admin { command }) => admin::run(&cli.database_url, command).await,
        Some(Command::Backup(args)) => backup::backup(&cli.database_url, args).await,
        Some(Command::Restore(args)) => backup::restore(&cli.database_url, args).await,
        Some(Command::BenchSeed { municipalities, quick, facts }) => {
            let db = store::connect(&cli.database_url).await?;
            store::migrate(&db).await?;
            let size = if quick { bench_seed::Size::QUICK } else { bench_seed::Size::FULL };
            bench_seed::seed(&db, bench_seed::Size { municipalities, ..size }, facts.as_deref()).await
        }
        None => serve::run(&cli.database_url, serve::ServeArgs::from_env(), true).await,
    }
}
