//! Rate limits against guessing and flooding: login, registration, password
//! reset and feedback, per client address and (for login) per account; and
//! responses to public surveys per address, generous enough for a room of
//! people on one network. Kept in memory per instance.

use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::AppError;

/// Responses to public surveys from one address per minute.
pub const SURVEY_RESPONSES_PER_MINUTE: u32 = 60;

pub struct RateLimits {
    per_address: DefaultKeyedRateLimiter<(&'static str, String)>,
    per_account: DefaultKeyedRateLimiter<String>,
    survey_responses: DefaultKeyedRateLimiter<String>,
}

impl RateLimits {
    pub fn new(per_minute: u32) -> RateLimits {
        let quota = Quota::per_minute(NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN));
        let responses = Quota::per_minute(NonZeroU32::new(SURVEY_RESPONSES_PER_MINUTE).unwrap_or(NonZeroU32::MIN));
        RateLimits {
            per_address: RateLimiter::keyed(quota),
            per_account: RateLimiter::keyed(quota),
            survey_responses: RateLimiter::keyed(responses),
        }
    }

    /// One response to a public survey from `ip` without an account; 429 when there were too many.
    pub fn check_survey_response(&self, ip: Option<IpAddr>) -> Result<(), AppError> {
        let key = ip.map(|ip| ip.to_string()).unwrap_or_default();
        self.survey_responses.check_key(&key).map_err(|_| {
            tracing::warn!(target: "teilhabe::surveys", "rate limit reached for survey responses from an address");
            AppError::TooManyRequests
        })
    }

    /// One attempt of `action` from `ip`; 429 when there were too many.
    pub fn check_address(&self, action: &'static str, ip: Option<IpAddr>) -> Result<(), AppError> {
        let key = (action, ip.map(|ip| ip.to_string()).unwrap_or_default());
        self.per_address.check_key(&key).map_err(|_| {
            tracing::warn!(target: "teilhabe::auth", action, "rate limit reached for an address");
            AppError::TooManyRequests
        })
    }

    /// One login attempt for an account (keyed by a hash, not the address itself).
    pub fn check_account(&self, email: &str) -> Result<(), AppError> {
        let key = store::sessions::hash_token(&store::accounts::normalise_email(email));
        self.per_account.check_key(&key).map_err(|_| {
            tracing::warn!(target: "teilhabe::auth", "rate limit reached for an account");
            AppError::TooManyRequests
        })
    }
}
