use pdf::{ConceptPdf, Labels, Lang};

use crate::fixture::{self, FIELDS, TITLES};
use crate::poppler;

fn render(snapshot: &domain::concept::snapshot::Snapshot, lang: Lang, labels: &Labels) -> Vec<u8> {
    pdf::concept(&ConceptPdf {
        snapshot,
        municipality: "Musterstadt",
        lang,
        version_label: "Version 2 · in Beratung seit 01.11.2026",
        labels,
    })
    .expect("the concept renders")
}

/// The document catalog's entries, the values as short text (strings
/// decoded, dictionaries as `<</Key value>>` of their boolean entries).
fn catalog(pdf: &[u8]) -> std::collections::BTreeMap<String, String> {
    let document = lopdf::Document::load_mem(pdf).expect("lopdf reads the PDF");
    let catalog = document.catalog().expect("a catalog");
    catalog
        .iter()
        .map(|(key, value)| {
            let shown = match value {
                lopdf::Object::String(bytes, _) => String::from_utf8_lossy(bytes).into_owned(),
                lopdf::Object::Reference(_) => "ref".to_owned(),
                lopdf::Object::Dictionary(dict) => {
                    let entries = dict
                        .iter()
                        .filter_map(|(k, v)| v.as_bool().ok().filter(|b| *b).map(|_| format!("/{} true", String::from_utf8_lossy(k))))
                        .collect::<Vec<_>>();
                    format!("<<{}>>", entries.join(" "))
                }
                other => format!("{other:?}"),
            };
            (String::from_utf8_lossy(key).into_owned(), shown)
        })
        .collect()
}

#[test]
fn the_concept_is_a_tagged_pdf_with_every_measure_and_embedded_fonts() {
    let pdf = render(&fixture::snapshot(), Lang::De, &Labels::german());
    let path = poppler::write("concept", &pdf);

    let info = poppler::run("pdfinfo", &[], &path);
    assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "tagged:\n{info}");
    assert!(info.lines().any(|l| l.starts_with("Title:") && l.ends_with(" Gelebte Vielfalt in Musterstadt")), "title:\n{info}");
    assert!(info.lines().any(|l| l.starts_with("Page size:") && l.contains("A4")), "A4:\n{info}");
    let structure = poppler::run("pdfinfo", &["-struct"], &path);
    assert!(structure.lines().count() > 50, "a structure tree:\n{structure}");
    for tag in ["Document", "H1", "H2", "H3", "Table", "TH", "TD", "L", "LI", "P", "TOC"] {
        assert!(structure.lines().any(|l| l.trim_start().starts_with(tag)), "{tag} in the structure tree");
    }
    // The catalog sits in a compressed object stream: read it with lopdf.
    let catalog = catalog(&pdf);
    assert!(catalog.contains_key("StructTreeRoot"), "structure tree root: {catalog:?}");
    assert_eq!(catalog.get("Lang").map(String::as_str), Some("de"), "document language in the catalog");
    assert_eq!(catalog.get("MarkInfo").map(String::as_str), Some("<</Marked true>>"), "marked: {catalog:?}");

    let text = poppler::text(&path);
    for title in TITLES {
        assert!(text.contains(title), "measure title {title:?} in the text");
    }
    for field in FIELDS {
        assert!(text.contains(field), "field {field:?} in the text");
    }
    for word in ["Inhalt", "Präambel", "Leitbild", "Verantwortlich", "Ausgangswert", "Zielwert", "Beteiligte Organisationen"] {
        assert!(text.contains(word), "{word:?} in the text");
    }
    assert!(text.contains("40 Personen (01.01.2026)"), "baseline with date");
    assert!(text.contains("120,5 Personen (31.12.2028)"), "target with date");
    assert!(text.contains("2.345,00 €"), "cost in German notation");
    assert!(text.contains("Дружба e. V."), "contributors");

    let fonts = poppler::run("pdffonts", &[], &path);
    let rows = fonts.lines().skip(2).collect::<Vec<_>>();
    assert!(!rows.is_empty(), "fonts listed:\n{fonts}");
    for row in rows {
        let columns = row.split_whitespace().collect::<Vec<_>>();
        let n = columns.len();
        assert!(n >= 7 && columns[n - 5] == "yes", "font embedded: {row}");
        assert!(row.contains("NotoSans"), "only the vendored fonts: {row}");
    }
}

#[test]
fn the_english_concept_speaks_english() {
    let pdf = render(&fixture::snapshot(), Lang::En, &Labels::english());
    assert_eq!(catalog(&pdf).get("Lang").map(String::as_str), Some("en"));
    let text = poppler::text(&poppler::write("concept-en", &pdf));
    for word in ["Contents", "Preamble", "Responsible", "Baseline", "2,345.00 €", "1 January 2027"] {
        assert!(text.contains(word), "{word:?} in the text");
    }
}

#[test]
fn typst_syntax_in_user_text_is_printed_not_run() {
    let hostile = [
        r#"#import "x": *"#,
        "$x$",
        "#{panic()}",
        r#"#read("/etc/passwd")"#,
        "<label> @ref [link] `code` \\ back",
        "\"); #panic(\"",
        "*_nicht fett_*",
        "#set page(fill: red)",
    ];
    let mut snapshot = fixture::snapshot();
    snapshot.title = hostile[2].to_owned();
    snapshot.preamble = hostile.join("\n\n");
    snapshot.fields[0].name = hostile[1].to_owned();
    snapshot.fields[0].goals[0].measures[0].title = hostile[0].to_owned();
    snapshot.fields[0].goals[0].measures[0].lead = vec![hostile[5].to_owned()];
    snapshot.fields[0].goals[0].measures[0].indicators[0].source = hostile[3].to_owned();
    snapshot.fields[1].goals[0].measures[0].description = format!("```\n{}\n```\n\n`#{{panic()}}`", hostile.join("\n"));
    snapshot.contributors[0].names = vec![hostile[7].to_owned()];

    let pdf = render(&snapshot, Lang::De, &Labels::german());
    let text = poppler::text(&poppler::write("hostile", &pdf));
    for literal in [
        r#"#import "x": *"#,
        "$x$",
        "#{panic()}",
        r#"#read("/etc/passwd")"#,
        "<label> @ref [link] `code` \\ back",
        "\"); #panic(\"",
        "#set page(fill: red)",
    ] {
        assert!(text.contains(literal), "{literal:?} printed literally in:\n{text}");
    }
    // Markdown still works: "*_nicht fett_*" is emphasis, its text stays.
    assert!(text.contains("nicht fett"));
}
