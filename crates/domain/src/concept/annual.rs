//! The annual report's account of the measures: where each stood at the end
//! of the year, which were started, finished, paused or dropped in it (with
//! the reasons given), and which are late — past their planned end and
//! neither done nor dropped. Read from the progress reports alone, so that
//! a report on an earlier year says what was known then.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::status::MeasureStatus;

/// The days a report covers, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// The calendar year, up to `today` when the year is not over yet.
    pub fn year(year: i32, today: NaiveDate) -> Option<Period> {
        let from = NaiveDate::from_ymd_opt(year, 1, 1)?;
        let end = NaiveDate::from_ymd_opt(year, 12, 31)?;
        (from <= today).then(|| Period { from, to: end.min(today) })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

/// A measure as the account needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureFacts {
    pub id: i64,
    pub ends_on: Option<NaiveDate>,
    /// Its status and percent now (for measures without any report).
    pub status: MeasureStatus,
    pub percent: u8,
}

/// One progress report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFacts {
    pub measure: i64,
    pub on: NaiveDate,
    pub status: MeasureStatus,
    pub percent: u8,
    pub reason: String,
}

/// What happened to the measures in the period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Account {
    /// Status and percent at the end of the period, per measure.
    pub at_end: HashMap<i64, (MeasureStatus, u8)>,
    /// First report beyond planning in the period, with its day.
    pub started: Vec<(i64, NaiveDate)>,
    pub finished: Vec<(i64, NaiveDate)>,
    /// Paused or dropped in the period (the latest such report), with the reason.
    pub stopped: Vec<(i64, MeasureStatus, String)>,
    /// Past their planned end at the end of the period and neither done nor dropped.
    pub late: Vec<(i64, NaiveDate)>,
}

/// The account of `measures` over `period`; `reports` in any order.
pub fn account(measures: &[MeasureFacts], reports: &[ReportFacts], period: Period) -> Account {
    let mut by_measure: HashMap<i64, Vec<&ReportFacts>> = HashMap::new();
    for r in reports {
        by_measure.entry(r.measure).or_default().push(r);
    }
    let mut account = Account::default();
    for m in measures {
        let mut own = by_measure.remove(&m.id).unwrap_or_default();
        own.sort_by_key(|r| r.on);
        let at_end = match (own.is_empty(), own.iter().rev().find(|r| r.on <= period.to)) {
            (true, _) => (m.status, m.percent),
            (false, Some(r)) => (r.status, r.percent),
            (false, None) => (MeasureStatus::Planned, 0),
        };
        account.at_end.insert(m.id, at_end);
        if let Some(first) = own.iter().find(|r| r.status != MeasureStatus::Planned)
            && period.contains(first.on)
        {
            account.started.push((m.id, first.on));
        }
        if let Some(done) = own.iter().find(|r| r.status == MeasureStatus::Done && period.contains(r.on)) {
            account.finished.push((m.id, done.on));
        }
        if let Some(stop) =
            own.iter().rev().find(|r| matches!(r.status, MeasureStatus::Paused | MeasureStatus::Dropped) && period.contains(r.on))
        {
            account.stopped.push((m.id, stop.status, stop.reason.clone()));
        }
        if let Some(ends) = m.ends_on
            && ends < period.to
            && !matches!(at_end.0, MeasureStatus::Done | MeasureStatus::Dropped)
        {
            account.late.push((m.id, ends));
        }
    }
    account
}

/// The latest of `values` (day, value) on or before `day`.
pub fn value_on<T: Copy>(values: &[(NaiveDate, T)], day: NaiveDate) -> Option<(NaiveDate, T)> {
    values.iter().filter(|(on, _)| *on <= day).max_by_key(|(on, _)| *on).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn report(measure: i64, on: &str, status: MeasureStatus, percent: u8, reason: &str) -> ReportFacts {
        ReportFacts { measure, on: day(on), status, percent, reason: reason.into() }
    }

    #[test]
    fn the_year_is_told_from_the_reports_of_that_time() {
        use MeasureStatus::*;
        let measure = |id, ends: Option<&str>| MeasureFacts { id, ends_on: ends.map(day), status: Planned, percent: 0 };
        let measures = [measure(1, Some("2026-06-30")), measure(2, None), measure(3, Some("2026-03-31")), measure(4, Some("2027-12-31"))];
        let reports = [
            report(1, "2025-11-01", Running, 20, ""),
            report(1, "2026-06-20", Done, 100, ""),
            report(2, "2026-02-01", Running, 10, ""),
            report(2, "2026-09-01", Paused, 10, "Keine Räume"),
            report(3, "2025-05-01", Running, 50, ""),
            // After the year: not known at its end.
            report(4, "2027-01-10", Running, 5, ""),
        ];
        let year = Period::year(2026, day("2027-02-01")).unwrap();
        assert_eq!(year.to, day("2026-12-31"));
        let a = account(&measures, &reports, year);
        assert_eq!(a.started, [(2, day("2026-02-01"))], "measure 1 started the year before");
        assert_eq!(a.finished, [(1, day("2026-06-20"))]);
        assert_eq!(a.stopped, [(2, Paused, "Keine Räume".to_owned())]);
        assert_eq!(a.late, [(3, day("2026-03-31"))], "3 is past its end and still running; 1 is done");
        assert_eq!(a.at_end[&4], (Planned, 0));
        assert_eq!(a.at_end[&2], (Paused, 10));
    }

    #[test]
    fn a_year_not_over_ends_today_and_one_not_begun_has_no_report() {
        let today = day("2026-12-07");
        assert_eq!(Period::year(2026, today).unwrap().to, today);
        assert!(Period::year(2027, today).is_none());
        let values = [(day("2025-01-01"), 8), (day("2026-06-30"), 20), (day("2027-01-31"), 30)];
        assert_eq!(value_on(&values, day("2026-12-31")), Some((day("2026-06-30"), 20)));
        assert_eq!(value_on(&values, day("2024-12-31")), None);
    }
}
