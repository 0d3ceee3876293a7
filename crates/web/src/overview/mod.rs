//! The state overview: all municipalities side by side — funding stage,
//! concept stage, progress of measures, contributions, money — public, as a
//! page and as CSV.

mod download;
pub mod kept;
mod page;

use crate::routes::{RouteDef, get_route};

pub fn routes() -> Vec<RouteDef> {
    vec![get_route("/uebersicht", page::overview_show), get_route("/uebersicht.csv", download::overview_csv)]
}
