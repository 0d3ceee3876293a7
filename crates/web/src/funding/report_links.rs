//! The reports a grant owes, one per reporting date, as listed on the
//! application's page for the municipality and for the officers: which
//! report, when it is due, where it stands, and the way to it.

use domain::funding::report::ReportStatus;
use store::funding::applications::Application;
use store::funding::reports::{Report, due};
use store::tenancy::Tenant;

use super::applications::base;
use crate::AppState;
use crate::error::AppError;
use crate::i18n::{FluentArg, Locale};

pub struct ReportLink {
    pub title: String,
    pub due: String,
    pub status: String,
    /// None where there is nothing to open (the officers and a draft).
    pub href: Option<String>,
}

/// "Interim report 1" or "Final report (proof of use)".
pub fn report_title(locale: Locale, number: i32, is_final: bool) -> String {
    if is_final {
        locale.t("report-final-title")
    } else {
        locale.t_args("report-interim-title", &[("number", FluentArg::Number(i64::from(number)))])
    }
}

/// Where report `number` stands ("not started" when there is none yet).
pub fn status_text(locale: Locale, report: Option<&Report>) -> String {
    report.map_or_else(|| locale.t("report-status-none"), |r| locale.t(&r.status.label_key()))
}

/// The reports of `application` for its municipality (`officer` false) or the officers.
pub async fn links(
    state: &AppState,
    locale: Locale,
    municipality: &Tenant,
    application: &Application,
    officer: bool,
) -> Result<Vec<ReportLink>, AppError> {
    let Some(grant) = &application.grant else {
        return Ok(Vec::new());
    };
    let reports = store::funding::reports::of_application(&state.db, &municipality.scope, application.id).await?;
    let count = i32::try_from(grant.reporting_dates.len()).unwrap_or(0);
    Ok((1..=count)
        .filter_map(|number| {
            let (due_on, is_final) = due(application, number)?;
            let report = reports.iter().find(|r| r.number == number);
            let href = if officer {
                report
                    .filter(|r| r.status != ReportStatus::Draft)
                    .map(|_| format!("/land/foerderung/antraege/{}/berichte/{number}", application.id))
            } else {
                Some(format!("{}/antraege/{}/berichte/{number}", base(municipality), application.id))
            };
            let status = if officer && report.is_some_and(|r| r.status == ReportStatus::Draft) {
                locale.t("report-status-none")
            } else {
                status_text(locale, report)
            };
            Some(ReportLink { title: report_title(locale, number, is_final), due: locale.day(due_on), status, href })
        })
        .collect())
}
