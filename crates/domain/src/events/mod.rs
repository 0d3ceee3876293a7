//! Events of a process: workshops, citizens' evenings, info events and
//! online meetings, with places, a waiting list and the needs people state
//! when they register.

pub mod calendar;
pub mod form;
pub mod kinds;
pub mod messaging;
pub mod places;
pub mod registration;
pub mod results;
