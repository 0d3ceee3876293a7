//! The day it is in the municipality (phases are calendar days in Germany).

use chrono::NaiveDate;

pub fn today_in_berlin() -> NaiveDate {
    chrono::Utc::now().with_timezone(&chrono_tz::Europe::Berlin).date_naive()
}
