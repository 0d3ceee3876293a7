//! An event's attendance by voluntary band, as the results form asks for it
//! and as the event page shows it: one group per dimension (age, migration
//! history, disability, neighbourhood), each with "not stated" for whoever
//! was not counted in it. The page hides small counts.

use domain::bands::{Band, Dimension};
use domain::events::results::{EventResults, ResultsForm, dimension_field};
use store::participation::processes::Named;

use crate::forms::FormErrors;
use crate::i18n::Locale;

/// One band's input in the results form.
pub struct BandInput {
    pub name: String,
    pub label: String,
    pub value: String,
}

/// One dimension's inputs, with the error of the group.
pub struct BandGroup {
    /// The group's id, where the error summary links to.
    pub field: &'static str,
    pub legend: String,
    pub inputs: Vec<BandInput>,
    pub error: Option<String>,
}

/// One dimension's counts on the event page.
pub struct BandTable {
    pub caption: String,
    /// (band, people or "fewer than 5")
    pub rows: Vec<(String, String)>,
}

fn dimension_name(locale: Locale, dimension: Dimension) -> String {
    locale.t(&format!("band-dimension-{}", dimension.as_str()))
}

fn band_label(locale: Locale, band: &Band, neighbourhoods: &[Named]) -> String {
    match band.dimension {
        Dimension::Neighbourhood => {
            neighbourhoods.iter().find(|n| n.id.to_string() == band.key).map(|n| n.name.clone()).unwrap_or_default()
        }
        dimension => locale.t(&format!("band-{}-{}", dimension.as_str(), band.key)),
    }
}

/// The bands of a dimension, in their order.
fn bands_of(dimension: Dimension, neighbourhoods: &[Named]) -> Vec<Band> {
    match dimension {
        Dimension::Neighbourhood => neighbourhoods.iter().map(|n| Band::new(dimension, n.id.to_string())).collect(),
        _ => dimension.fixed_bands().iter().map(|key| Band::new(dimension, *key)).collect(),
    }
}

/// The form's groups, with what was typed.
pub fn groups(locale: Locale, form: &ResultsForm, neighbourhoods: &[Named], errors: &FormErrors) -> Vec<BandGroup> {
    Dimension::ALL
        .into_iter()
        .map(|dimension| BandGroup {
            field: dimension_field(dimension),
            legend: dimension_name(locale, dimension),
            inputs: bands_of(dimension, neighbourhoods)
                .iter()
                .map(|band| BandInput {
                    name: band.field(),
                    label: band_label(locale, band, neighbourhoods),
                    value: form.band(band).to_owned(),
                })
                .collect(),
            error: errors.get(dimension_field(dimension)),
        })
        .filter(|group| !group.inputs.is_empty())
        .collect()
}

/// The page's tables: each counted dimension with "not stated", small counts hidden.
pub fn tables(locale: Locale, results: &EventResults, neighbourhoods: &[Named]) -> Vec<BandTable> {
    let Some(total) = results.attendance else { return Vec::new() };
    Dimension::ALL
        .into_iter()
        .filter(|dimension| results.of_dimension(*dimension).next().is_some())
        .map(|dimension| {
            let mut rows: Vec<(String, u32)> = bands_of(dimension, neighbourhoods)
                .iter()
                .map(|band| (band_label(locale, band, neighbourhoods), results.bands.get(band).copied().unwrap_or(0)))
                .collect();
            let counted: u32 = results.of_dimension(dimension).map(|(_, n)| n).sum();
            rows.push((locale.t("band-not-stated"), total.saturating_sub(counted)));
            let counts: Vec<u32> = rows.iter().map(|(_, n)| *n).collect();
            let shown = domain::bands::suppressed(&counts);
            BandTable {
                caption: dimension_name(locale, dimension),
                rows: rows
                    .into_iter()
                    .zip(shown)
                    .map(|((label, _), shown)| (label, shown.map_or_else(|| locale.t("band-fewer-than-five"), |n| n.to_string())))
                    .collect(),
            }
        })
        .collect()
}
