//! Settings of the HTTP layer, read by the binary from the environment.

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address people reach the installation at, e.g. `https://teilhabe.example`.
    pub public_url: String,
    /// Mark cookies `Secure` and give them the `__Host-` prefix. On by default
    /// when `public_url` is `https://`.
    pub secure_cookies: bool,
    /// Add an `x-query-count` header with the number of SQL statements a
    /// request issued. For tests; never enable in production.
    pub expose_query_count: bool,
    /// Take the client address for rate limits from `X-Forwarded-For`
    /// (only behind a reverse proxy that sets it).
    pub trust_forwarded_for: bool,
    pub session_lifetimes: store::sessions::Lifetimes,
    /// Login, registration, password reset and feedback attempts allowed per
    /// minute from one address (and, for login, per account).
    pub auth_attempts_per_minute: u32,
    /// Largest file a person may upload, in bytes.
    pub upload_max_bytes: u64,
}

impl WebConfig {
    pub fn for_url(public_url: &str) -> WebConfig {
        WebConfig {
            public_url: public_url.trim_end_matches('/').to_owned(),
            secure_cookies: public_url.starts_with("https://"),
            expose_query_count: false,
            trust_forwarded_for: false,
            session_lifetimes: store::sessions::Lifetimes::default(),
            auth_attempts_per_minute: 10,
            upload_max_bytes: 5_000_000,
        }
    }

    /// Largest request with files: room for every file a form takes (a
    /// picture and the attachments) at up to the limit each, plus the text.
    /// A single file above the limit still gets a form error, not a refusal.
    pub fn upload_request_max_bytes(&self) -> usize {
        let files = domain::files::MAX_ATTACHMENTS as u64 + 1;
        usize::try_from(self.upload_max_bytes.saturating_mul(files).saturating_add(1024 * 1024)).unwrap_or(usize::MAX)
    }

    /// Cookie name, with the `__Host-` prefix when cookies are secure.
    pub fn cookie_name(&self, name: &str) -> String {
        if self.secure_cookies { format!("__Host-{name}") } else { name.to_owned() }
    }
}
