use domain::money::Money;
use pdf::{Labels, Lang, ProposalPdf};

use crate::fixture;
use crate::poppler;

#[test]
fn the_council_proposal_sums_the_costs_and_carries_the_proposed_resolution() {
    let snapshot = fixture::snapshot();
    let labels = Labels::german();
    let pdf = pdf::council_proposal(&ProposalPdf {
        snapshot: &snapshot,
        municipality: "Musterstadt",
        lang: Lang::De,
        labels: &labels,
        proposal_text: "Die Stadtverordnetenversammlung beschließt das Handlungs- und Maßnahmenkonzept \
                        „Gelebte Vielfalt in Musterstadt“ in der Fassung der Anlage 1.",
    })
    .expect("the proposal renders");
    let path = poppler::write("proposal", &pdf);

    let info = poppler::run("pdfinfo", &[], &path);
    assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "tagged:\n{info}");
    assert!(info.contains("Beschlussvorlage: Gelebte Vielfalt in Musterstadt"), "title:\n{info}");

    let text = poppler::text(&path);
    let total = Money(1_234_500).format_de();
    assert_eq!(total, "12.345,00 €");
    assert!(text.contains(&format!("Geschätzte Gesamtkosten {total}")), "total cost in:\n{text}");
    assert!(text.contains("Die Stadtverordnetenversammlung beschließt das Handlungs- und Maßnahmenkonzept"), "{text}");
    for heading in ["Beschlussvorschlag", "Begründung", "Finanzielle Auswirkungen", "Anlage"] {
        assert!(text.contains(heading), "{heading} in:\n{text}");
    }
    // Per funding source: Landesprogramm WIR 3 measures, 1.000 + 2.000 + 1.000 €.
    assert!(text.contains("Landesprogramm WIR 3 4.000,00 €"), "funding table in:\n{text}");
    assert!(text.contains("ohne Angabe 2 0,00 €"), "measures without funding source in:\n{text}");
    // Per field: measure counts.
    assert!(text.contains("Bildung und Sprache 2 4"), "field table in:\n{text}");
}
