//! `teilhabe serve`: migrate, make sure the state space exists, serve HTTP
//! until SIGTERM or Ctrl-C, then let in-flight requests finish.

use std::net::SocketAddr;

use clap::Args;

use crate::cli::DEFAULT_LISTEN;
use crate::demo;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "TEILHABE_LISTEN", default_value = DEFAULT_LISTEN)]
    pub listen: SocketAddr,
    /// Address people reach the installation at (default: http://LISTEN).
    #[arg(long, env = "TEILHABE_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Name of the state space, used when the database is new.
    #[arg(long, env = "TEILHABE_STATE_NAME", default_value = "Land")]
    pub state_name: String,
    /// Mark cookies Secure with the __Host- prefix even behind a TLS-terminating proxy on http.
    #[arg(long, env = "TEILHABE_SECURE_COOKIES")]
    pub secure_cookies: Option<bool>,
    /// SMTP server for outgoing mail, e.g. smtp://mail.example:25 or
    /// smtps://user:password@mail.example:465. Without it, mails are written
    /// as .eml files into ./data/mail (fine for the demo, not for production).
    #[arg(long, env = "TEILHABE_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender of outgoing mail.
    #[arg(long, env = "TEILHABE_MAIL_FROM", default_value = "teilhabe <noreply@teilhabe.invalid>")]
    pub mail_from: String,
    /// Folder for mail files when no SMTP server is set.
    #[arg(long, env = "TEILHABE_MAIL_DIR", default_value = "data/mail")]
    pub mail_dir: std::path::PathBuf,
    /// Take client addresses for rate limits from X-Forwarded-For (only behind a proxy that sets it).
    #[arg(long, env = "TEILHABE_TRUST_FORWARDED_FOR", default_value_t = false)]
    pub trust_forwarded_for: bool,
    /// Login, registration, reset and feedback attempts per minute and client address;
    /// ideas, comments and reports per minute and account.
    #[arg(long, env = "TEILHABE_AUTH_ATTEMPTS_PER_MINUTE", default_value_t = 10)]
    pub auth_attempts_per_minute: u32,
    /// Folder for uploaded files (pictures, attachments). Several instances
    /// behind a load balancer need it on a shared volume.
    #[arg(long, env = "TEILHABE_FILES_DIR", default_value = "data/files")]
    pub files_dir: std::path::PathBuf,
    /// Largest file a person may upload, in megabytes (10^6 bytes).
    #[arg(long, env = "TEILHABE_UPLOAD_MAX_MB", default_value_t = 5)]
    pub upload_max_mb: u64,
    /// Add an x-query-count header to every response (for tests only).
    #[arg(long, env = "TEILHABE_EXPOSE_QUERY_COUNT", default_value_t = false, hide = true)]
    pub expose_query_count: bool,
}

impl ServeArgs {
    /// Settings from the environment (for the demo mode without a command).
    pub fn from_env() -> ServeArgs {
        use clap::FromArgMatches;
        let command = <ServeArgs as Args>::augment_args(clap::Command::new("serve"));
        let matches = command.get_matches_from(["serve"]);
        ServeArgs::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }
}

pub async fn run(database_url: &str, args: ServeArgs, demo_mode: bool) -> anyhow::Result<()> {
    let db = store::connect(database_url).await?;
    store::migrate(&db).await?;
    let files = files::FileStore::local(&args.files_dir)?;
    if demo_mode {
        demo::seed(&db, &files).await?;
    } else {
        store::tenancy::ensure_state(&db, "land", &args.state_name).await?;
    }
    let public_url = args.public_url.clone().unwrap_or_else(|| format!("http://{}", args.listen));
    let mut config = web::WebConfig::for_url(&public_url);
    if let Some(secure) = args.secure_cookies {
        config.secure_cookies = secure;
    }
    config.expose_query_count = args.expose_query_count;
    config.trust_forwarded_for = args.trust_forwarded_for;
    config.auth_attempts_per_minute = args.auth_attempts_per_minute;
    config.upload_max_bytes = args.upload_max_mb.max(1) * 1_000_000;
    let state = web::AppState::new(db.clone(), config, files, std::sync::Arc::new(pdf::Renderer)).await?;

    let mailer = mail::Mailer::new(args.smtp_url.as_deref(), args.mail_dir.clone(), &args.mail_from)?;
    if args.smtp_url.is_none() {
        println!("No SMTP server set (TEILHABE_SMTP_URL): mails are written to {}", args.mail_dir.display());
    }
    let (stop_worker, worker_stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(mail::run_worker(db.clone(), mailer, state.mail_wake.clone(), worker_stopped.clone()));
    let notifier = tokio::spawn(web::notifications::mailer::run(state.clone(), worker_stopped.clone()));
    let cleaner = tokio::spawn(web::housekeeping::run(state.clone(), worker_stopped));

    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    let app = web::app(state).into_make_service_with_connect_info::<SocketAddr>();
    tracing::info!(listen = %args.listen, "teilhabe is listening");
    println!("\nteilhabe runs at {public_url}");
    if demo_mode {
        demo::print_accounts(Some(&public_url));
    }
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
    tracing::info!("stopped accepting requests; in-flight requests finished");
    let _ = stop_worker.send(true);
    let _ = worker.await;
    let _ = notifier.await;
    let _ = cleaner.await;
    db.close().await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
