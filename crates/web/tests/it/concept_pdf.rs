//! The concept as PDF: the newest version and each frozen version for
//! everyone, the working draft and the draft council proposal for the
//! coordinators only; read back with poppler's `pdftotext` and `pdfinfo`.

use testkit::app_tests;

/// The text of a PDF, by `pdftotext` (poppler-utils, installed by `cargo
/// xtask test`), with every run of white space as one space.
pub(crate) fn text_of(pdf: &[u8]) -> String {
    run("pdftotext", pdf, &["-enc", "UTF-8"], true).split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn info_of(pdf: &[u8]) -> String {
    run("pdfinfo", pdf, &[], false)
}

fn run(tool: &str, pdf: &[u8], args: &[&str], to_stdout: bool) -> String {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let file = std::env::temp_dir().join(format!("teilhabe-test-{}-{n}.pdf", std::process::id()));
    std::fs::write(&file, pdf).expect("write PDF");
    let mut command = std::process::Command::new(tool);
    command.args(args).arg(&file);
    if to_stdout {
        command.arg("-");
    }
    let out = command.output().unwrap_or_else(|e| panic!("{tool} is needed for this test (poppler-utils): {e}"));
    std::fs::remove_file(&file).ok();
    assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

app_tests! {
    async fn the_concept_comes_as_a_tagged_pdf_and_the_council_proposal_only_for_coordinators(app: &TestApp) {
        let r = app.client().get("/m/musterstadt/concept.pdf").await;
        r.assert_status(200);
        assert_eq!(r.header("content-type"), Some("application/pdf"));
        assert!(r.header("content-disposition").unwrap().contains("konzept-musterstadt-fassung-1-de.pdf"));
        assert!(r.bytes.starts_with(b"%PDF-"));
        let text = text_of(&r.bytes);
        for words in ["Gelebte Vielfalt in Musterstadt", "Musterstadt", "Sprachcafé mit Kinderbetreuung", "Sprache & Bildung", "Fassung 1", "Inhalt"] {
            assert!(text.contains(words), "the PDF says {words:?}:\n{text}");
        }
        let info = info_of(&r.bytes);
        assert!(info.lines().any(|l| l.starts_with("Tagged:") && l.ends_with("yes")), "{info}");
        // A version's PDF is laid out once: the next reader gets the same
        // bytes, and a reader who has them gets "not modified".
        let etag = r.header("etag").expect("a frozen version's PDF names its bytes").to_string();
        assert_eq!(r.header("cache-control"), Some("public, max-age=86400"));
        let again = app.client().get("/m/musterstadt/konzept/versionen/1/konzept.pdf").await;
        assert_eq!(again.header("etag"), Some(etag.as_str()));
        assert_eq!(again.bytes, r.bytes);
        let unchanged = app.client().with_header("if-none-match", &etag).get("/m/musterstadt/concept.pdf").await;
        unchanged.assert_status(304);
        assert!(unchanged.bytes.is_empty());
        // In English when the reader reads English.
        let en = app.client().with_header("accept-language", "en").get("/m/musterstadt/konzept/versionen/1/konzept.pdf").await;
        en.assert_status(200);
        let text = text_of(&en.bytes);
        assert!(text.contains("Version 1") && text.contains("Contents"), "{text}");
        assert_ne!(en.header("etag"), Some(etag.as_str()), "each language is its own document");
        app.client().get("/m/musterstadt/konzept/versionen/9/konzept.pdf").await.assert_status(404);
        // Beispielheim's version is its own.
        let theirs = text_of(&app.client().get("/m/beispielheim/concept.pdf").await.bytes);
        assert!(theirs.contains("Miteinander in Beispielheim") && !theirs.contains("Sprachcafé"));

        // The working draft and the council proposal: coordinators only.
        app.client().get("/m/musterstadt/verwaltung/konzept/entwurf.pdf").await.assert_status(303);
        let participant = app.login(&app.fixture.participant).await;
        participant.get("/m/musterstadt/verwaltung/konzept/beschlussvorlage.pdf").await.assert_status(403);
        let coordinator = app.login(&app.fixture.coordinator).await;
        let draft = coordinator.get("/m/musterstadt/verwaltung/konzept/entwurf.pdf").await;
        draft.assert_status(200);
        assert_eq!(draft.header("cache-control"), Some("private, no-store"));
        assert!(text_of(&draft.bytes).contains("Arbeitsstand vom"));
        let proposal = coordinator.get("/m/musterstadt/verwaltung/konzept/beschlussvorlage.pdf").await;
        proposal.assert_status(200);
        let text = text_of(&proposal.bytes);
        assert!(text.contains("Beschlussvorlage") && text.contains("Der Rat beschließt"), "{text}");
        let other = app.login(&app.fixture.other_coordinator).await;
        other.get("/m/musterstadt/verwaltung/konzept/beschlussvorlage.pdf").await.assert_status(404);
    }
}
