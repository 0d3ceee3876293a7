//! The state space's home page and each municipality's home page.

mod current;
mod home;
pub mod known;
mod municipality_home;
pub mod policy;

pub use current::CurrentMunicipality;

use crate::routes::{RouteDef, get_route};

pub fn routes() -> Vec<RouteDef> {
    vec![get_route("/", home::home_show), get_route("/m/{slug}", municipality_home::municipality_show)]
}
