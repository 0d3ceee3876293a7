//! The state overview: every municipality on one line — where it stands in
//! the funding programme, where its concept stands, how far its measures
//! have come, how many contributions its residents made, and the money
//! granted and paid — chosen and sorted the way the visitor asks, with the
//! totals of what is shown.

use std::cmp::Ordering;

use chrono::NaiveDate;

use crate::collation::sort_key;
use crate::funding::application::Status;
use crate::money::Money;

/// How far a municipality has come in the funding programme (its most
/// advanced application counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FundingStage {
    None,
    /// Submitted, in review or sent back for changes.
    Applied,
    /// Approved, no report handed in yet.
    Funded,
    /// Approved, reports handed in.
    Reporting,
    Closed,
}

impl FundingStage {
    pub const ALL: [FundingStage; 5] =
        [FundingStage::None, FundingStage::Applied, FundingStage::Funded, FundingStage::Reporting, FundingStage::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            FundingStage::None => "none",
            FundingStage::Applied => "applied",
            FundingStage::Funded => "funded",
            FundingStage::Reporting => "reporting",
            FundingStage::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<FundingStage> {
        FundingStage::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("overview-funding-{}", self.as_str())
    }

    /// The stage of one application (`reported`: a report of it handed in);
    /// drafts, withdrawn and rejected applications count as none.
    pub fn of_application(status: Status, reported: bool) -> FundingStage {
        match status {
            Status::Submitted | Status::ChangesRequested => FundingStage::Applied,
            Status::Approved if reported => FundingStage::Reporting,
            Status::Approved => FundingStage::Funded,
            Status::Closed => FundingStage::Closed,
            Status::Draft | Status::Rejected | Status::Withdrawn => FundingStage::None,
        }
    }
}

/// Where a municipality's concept stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConceptStage {
    None,
    /// Drafted or in consultation, never adopted.
    InDevelopment,
    Adopted,
}

impl ConceptStage {
    pub const ALL: [ConceptStage; 3] = [ConceptStage::None, ConceptStage::InDevelopment, ConceptStage::Adopted];

    pub fn as_str(self) -> &'static str {
        match self {
            ConceptStage::None => "none",
            ConceptStage::InDevelopment => "development",
            ConceptStage::Adopted => "adopted",
        }
    }

    pub fn parse(s: &str) -> Option<ConceptStage> {
        ConceptStage::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("overview-concept-{}", self.as_str())
    }
}

/// One municipality's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MunicipalityFacts {
    pub slug: String,
    pub name: String,
    pub district: String,
    pub population: i64,
    pub funding: FundingStage,
    pub concept: ConceptStage,
    /// When the council first adopted the concept.
    pub adopted_on: Option<NaiveDate>,
    /// Measures not dropped, and their average percent done.
    pub measures: u32,
    pub progress: u8,
    /// Ideas, comments and survey responses.
    pub contributions: u64,
    pub granted: Money,
    pub paid: Money,
}

/// What the lines can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Name,
    District,
    Population,
    Funding,
    Concept,
    Progress,
    Contributions,
    Granted,
    Paid,
}

impl SortKey {
    pub const ALL: [SortKey; 9] = [
        SortKey::Name,
        SortKey::District,
        SortKey::Population,
        SortKey::Funding,
        SortKey::Concept,
        SortKey::Progress,
        SortKey::Contributions,
        SortKey::Granted,
        SortKey::Paid,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::District => "district",
            SortKey::Population => "population",
            SortKey::Funding => "funding",
            SortKey::Concept => "concept",
            SortKey::Progress => "progress",
            SortKey::Contributions => "contributions",
            SortKey::Granted => "granted",
            SortKey::Paid => "paid",
        }
    }

    pub fn parse(s: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|x| x.as_str() == s)
    }

    fn compare(self, a: &MunicipalityFacts, b: &MunicipalityFacts) -> Ordering {
        match self {
            SortKey::Name => Ordering::Equal,
            SortKey::District => sort_key(&a.district).cmp(&sort_key(&b.district)),
            SortKey::Population => a.population.cmp(&b.population),
            SortKey::Funding => a.funding.cmp(&b.funding),
            SortKey::Concept => (a.concept, a.adopted_on).cmp(&(b.concept, b.adopted_on)),
            SortKey::Progress => a.progress.cmp(&b.progress),
            SortKey::Contributions => a.contributions.cmp(&b.contributions),
            SortKey::Granted => a.granted.cmp(&b.granted),
            SortKey::Paid => a.paid.cmp(&b.paid),
        }
    }
}

/// What the visitor chose.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub district: Option<String>,
    pub funding: Option<FundingStage>,
    pub concept: Option<ConceptStage>,
    /// Part of the name.
    pub name: String,
    pub sort: SortKey,
    pub descending: bool,
}

/// The lines `selection` asks for, in its order (ties by name).
pub fn select<'a>(all: &'a [MunicipalityFacts], selection: &Selection) -> Vec<&'a MunicipalityFacts> {
    let name = sort_key(selection.name.trim());
    let mut rows: Vec<&MunicipalityFacts> = all
        .iter()
        .filter(|m| selection.district.as_ref().is_none_or(|d| &m.district == d))
        .filter(|m| selection.funding.is_none_or(|f| m.funding == f))
        .filter(|m| selection.concept.is_none_or(|c| m.concept == c))
        .filter(|m| name.is_empty() || sort_key(&m.name).contains(&name))
        .collect();
    rows.sort_by(|a, b| {
        let primary = selection.sort.compare(a, b);
        let primary = if selection.descending { primary.reverse() } else { primary };
        primary.then_with(|| sort_key(&a.name).cmp(&sort_key(&b.name)))
    });
    rows
}

/// The sums over some lines.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Totals {
    pub municipalities: usize,
    pub population: i64,
    pub granted: Money,
    pub paid: Money,
    pub adopted: usize,
    /// How many are at each funding stage, in the order of [`FundingStage::ALL`].
    pub by_funding: [usize; 5],
}

pub fn totals<'a>(rows: impl IntoIterator<Item = &'a MunicipalityFacts>) -> Totals {
    let mut t = Totals::default();
    for m in rows {
        t.municipalities += 1;
        t.population += m.population;
        t.granted = Money(t.granted.cents() + m.granted.cents());
        t.paid = Money(t.paid.cents() + m.paid.cents());
        t.adopted += usize::from(m.concept == ConceptStage::Adopted);
        t.by_funding[m.funding as usize] += 1;
    }
    t
}

/// The totals per district, districts in alphabetical order.
pub fn by_district(rows: &[&MunicipalityFacts]) -> Vec<(String, Totals)> {
    let mut districts: Vec<&str> = rows.iter().map(|m| m.district.as_str()).collect();
    districts.sort_by_key(|d| sort_key(d));
    districts.dedup();
    districts.into_iter().map(|d| (d.to_owned(), totals(rows.iter().copied().filter(|m| m.district == d)))).collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn m(name: &str, district: &str, funding: FundingStage, granted: i64) -> MunicipalityFacts {
        MunicipalityFacts {
            slug: name.to_lowercase(),
            name: name.into(),
            district: district.into(),
            population: 10_000,
            funding,
            concept: if funding == FundingStage::Closed { ConceptStage::Adopted } else { ConceptStage::None },
            adopted_on: None,
            measures: 0,
            progress: 0,
            contributions: 0,
            granted: Money::from_euros(granted),
            paid: Money(0),
        }
    }

    #[test]
    fn the_most_advanced_application_counts() {
        assert_eq!(FundingStage::of_application(Status::ChangesRequested, false), FundingStage::Applied);
        assert_eq!(FundingStage::of_application(Status::Approved, true), FundingStage::Reporting);
        assert_eq!(FundingStage::of_application(Status::Rejected, false), FundingStage::None);
        assert!(FundingStage::Closed > FundingStage::Reporting && FundingStage::Funded > FundingStage::Applied);
    }

    #[test]
    fn lines_are_chosen_sorted_and_summed() {
        let all = vec![
            m("Österfeld", "Kreis B", FundingStage::Funded, 20_000),
            m("Aarbach", "Kreis A", FundingStage::Applied, 0),
            m("Musterstadt", "Kreis B", FundingStage::Closed, 17_000),
            m("Zell", "Kreis A", FundingStage::Funded, 15_000),
        ];
        let names = |rows: Vec<&MunicipalityFacts>| rows.iter().map(|m| m.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(select(&all, &Selection::default())), ["Aarbach", "Musterstadt", "Österfeld", "Zell"], "Ö sorts as O");
        let funded = Selection { funding: Some(FundingStage::Funded), sort: SortKey::Granted, descending: true, ..Selection::default() };
        assert_eq!(names(select(&all, &funded)), ["Österfeld", "Zell"]);
        let in_b = Selection { district: Some("Kreis B".into()), name: "muster".into(), ..Selection::default() };
        assert_eq!(names(select(&all, &in_b)), ["Musterstadt"]);
        let t = totals(&all);
        assert_eq!((t.municipalities, t.granted, t.adopted, t.by_funding), (4, Money::from_euros(52_000), 1, [0, 1, 2, 0, 1]));
        let rows = select(&all, &Selection::default());
        let districts = by_district(&rows);
        assert_eq!(districts.iter().map(|(d, t)| (d.as_str(), t.municipalities)).collect::<Vec<_>>(), [("Kreis A", 2), ("Kreis B", 2)]);
    }

    proptest! {
        /// Whatever is chosen, the lines shown are exactly those that match,
        /// each once, and the district totals add up to the totals.
        #[test]
        fn a_selection_shows_exactly_the_matching_lines(
            lines in proptest::collection::vec((0usize..3, 0usize..5, 0i64..30_000), 0..40),
            district in proptest::option::of(0usize..3),
            funding in proptest::option::of(0usize..5),
            sort in 0usize..9,
            descending in any::<bool>(),
        ) {
            let all: Vec<MunicipalityFacts> = lines.iter().enumerate()
                .map(|(i, (d, f, g))| m(&format!("Ort {i}"), &format!("Kreis {d}"), FundingStage::ALL[*f], *g))
                .collect();
            let selection = Selection {
                district: district.map(|d| format!("Kreis {d}")),
                funding: funding.map(|f| FundingStage::ALL[f]),
                sort: SortKey::ALL[sort],
                descending,
                ..Selection::default()
            };
            let shown = select(&all, &selection);
            let expected = all.iter().filter(|m| selection.district.as_ref().is_none_or(|d| &m.district == d) && selection.funding.is_none_or(|f| m.funding == f)).count();
            prop_assert_eq!(shown.len(), expected);
            let districts = by_district(&shown);
            prop_assert_eq!(districts.iter().map(|(_, t)| t.municipalities).sum::<usize>(), shown.len());
            prop_assert_eq!(districts.iter().map(|(_, t)| t.granted.cents()).sum::<i64>(), totals(shown.iter().copied()).granted.cents());
        }
    }
}
