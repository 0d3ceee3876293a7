use domain::documents::{ReportBlock, ReportDocument, ReportEntry, ReportSection};

use crate::poppler;

#[test]
fn a_report_is_a_tagged_pdf_of_its_worded_parts_and_prints_user_text_as_text() {
    let doc = ReportDocument {
        lang: "de".into(),
        municipality: "Musterstadt".into(),
        title: "Jahresbericht 2026: Gelebte Vielfalt in Musterstadt".into(),
        lines: vec!["Berichtszeitraum 01.01.2026 bis 31.12.2026".into()],
        contents_word: "Inhalt".into(),
        page_word: "Seite".into(),
        sections: vec![
            ReportSection {
                heading: "Das Jahr auf einen Blick".into(),
                blocks: vec![ReportBlock::Facts(vec![("Maßnahmen im Konzept".into(), "40".into())])],
            },
            ReportSection {
                heading: "Was in den Handlungsfeldern geschah".into(),
                blocks: vec![
                    ReportBlock::Subheading("Sprache & Bildung".into()),
                    ReportBlock::Text("6 Maßnahmen, 3 laufend.".into()),
                    ReportBlock::Entries(vec![ReportEntry {
                        title: "03.03.2026 · 1. Sprachcafé".into(),
                        note: "Grund: Renovierung".into(),
                        markdown: "Zwölf **Familien** kamen. #panic() $x$".into(),
                    }]),
                ],
            },
        ],
    };
    let pdf = pdf::report(&doc).expect("the report renders");
    let path = poppler::write("report", &pdf);
    let info = poppler::run("pdfinfo", &[], &path);
    assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "tagged:\n{info}");
    assert!(info.contains("Jahresbericht 2026: Gelebte Vielfalt in Musterstadt"), "title:\n{info}");
    let text = poppler::text(&path);
    for words in [
        "Inhalt",
        "Das Jahr auf einen Blick",
        "Maßnahmen im Konzept 40",
        "Sprache & Bildung",
        "Zwölf Familien kamen. #panic() $x$",
        "Grund: Renovierung",
    ] {
        assert!(text.contains(words), "{words:?} in:\n{text}");
    }
}
