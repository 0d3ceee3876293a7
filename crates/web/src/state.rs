//! What every handler can reach.

use std::sync::Arc;

use store::DatabaseConnection;
use store::tenancy::Tenant;
use tokio::sync::Notify;

use crate::WebConfig;
use crate::concept::document_cache::DocumentCache;
use crate::concept::progress_cache::ProgressCache;
use crate::limits::RateLimits;
use crate::overview::kept::KeptOverview;
use crate::participation::counts::IdeaCounts;
use crate::participation::frames::ProcessFrames;
use crate::surveys::tallies::SurveyTallies;
use crate::tenancy::known::KnownMunicipalities;

#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Arc<WebConfig>,
    /// The state space, loaded once at start (it names the site).
    pub site: Arc<Tenant>,
    pub metrics: metrics_exporter_prometheus::PrometheusHandle,
    pub limits: Arc<RateLimits>,
    /// Wakes the mail worker after a transaction queued mail.
    pub mail_wake: Arc<Notify>,
    /// Counts of idea lists, kept while they are current.
    pub idea_counts: Arc<IdeaCounts>,
    /// Processes' phases, fields and pictures, kept while they are current.
    pub process_frames: Arc<ProcessFrames>,
    /// Municipalities looked up by slug in the last seconds.
    pub municipalities: Arc<KnownMunicipalities>,
    /// Surveys' counted answers, kept while their response count stays.
    pub survey_tallies: Arc<SurveyTallies>,
    /// Where uploaded files' bytes are kept.
    pub files: files::FileStore,
    /// Makes the PDF documents (the `pdf` crate, handed in by the binary).
    pub documents: Arc<dyn domain::documents::Documents>,
    /// Frozen versions' PDFs, laid out once; layouts run one per core.
    pub document_cache: Arc<DocumentCache>,
    /// What the concepts' progress pages are built from, kept per revision.
    pub progress_cache: Arc<ProgressCache>,
    /// The state overview's facts, kept for a minute.
    pub overview: Arc<KeptOverview>,
}

impl AppState {
    /// Builds the state; the database must be migrated and hold the state space.
    pub async fn new(
        mut db: DatabaseConnection,
        config: WebConfig,
        files: files::FileStore,
        documents: Arc<dyn domain::documents::Documents>,
    ) -> Result<AppState, store::StoreError> {
        db.set_metric_callback(|info| crate::ops::query_count::record(info.elapsed, info.failed));
        let site = store::tenancy::state(&db).await?;
        Ok(AppState {
            db,
            limits: Arc::new(RateLimits::new(config.auth_attempts_per_minute)),
            config: Arc::new(config),
            site: Arc::new(site),
            metrics: crate::ops::metrics_handle(),
            mail_wake: Arc::new(Notify::new()),
            idea_counts: Arc::new(IdeaCounts::default()),
            process_frames: Arc::new(ProcessFrames::default()),
            municipalities: Arc::new(KnownMunicipalities::default()),
            survey_tallies: Arc::new(SurveyTallies::default()),
            files,
            documents,
            document_cache: Arc::new(DocumentCache::default()),
            progress_cache: Arc::new(ProgressCache::default()),
            overview: Arc::new(KeptOverview::default()),
        })
    }
}
