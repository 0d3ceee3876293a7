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
    if demo_mode {
        demo::seed(&db).await?;
    } else {
        store::tenancy::ensure_state(&db, "land", &args.state_name).await?;
    }
    let public_url = args.public_url.clone().unwrap_or_else(|| format!("http://{}", args.listen));
    let mut config = web::WebConfig::for_url(&public_url);
    if let Some(secure) = args.secure_cookies {
        config.secure_cookies = secure;
    }
    config.expose_query_count = args.expose_query_count;
    let state = web::AppState::new(db.clone(), config).await?;
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    let app = web::app(state);
    tracing::info!(listen = %args.listen, "teilhabe is listening");
    println!("\nteilhabe runs at {public_url}");
    if demo_mode {
        demo::print_accounts(Some(&public_url));
    }
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
    tracing::info!("stopped accepting requests; in-flight requests finished");
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
