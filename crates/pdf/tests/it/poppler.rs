//! poppler-utils, which the project installs (`cargo xtask test`); a test
//! that needs them fails when they are missing, it never skips.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Writes the PDF to a fresh temporary folder.
pub fn write(name: &str, pdf: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("teilhabe-pdf-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).expect("write pdf");
    // To look at the documents: TEILHABE_PDF_CHECK_DIR=/tmp/pdf-check.
    if let Some(check) = std::env::var_os("TEILHABE_PDF_CHECK_DIR") {
        std::fs::create_dir_all(&check).expect("create check dir");
        std::fs::write(std::path::Path::new(&check).join(format!("{name}.pdf")), pdf).expect("write pdf copy");
    }
    path
}

/// Runs a poppler tool and returns its standard output.
pub fn run(tool: &str, args: &[&str], pdf: &Path) -> String {
    let output = Command::new(tool).args(args).arg(pdf).args(if tool == "pdftotext" { &["-"][..] } else { &[][..] }).output();
    let output = match output {
        Ok(output) => output,
        Err(error) => panic!(
            "`{tool}` could not be run ({error}): install poppler-utils \
             (`apt-get install poppler-utils`; `cargo xtask test` does this)"
        ),
    };
    assert!(output.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The text of the PDF, with hyphenation and line breaks undone so that
/// titles can be searched for.
pub fn text(pdf: &Path) -> String {
    let raw = run("pdftotext", &["-enc", "UTF-8"], pdf);
    raw.replace("-\n", "").split_whitespace().collect::<Vec<_>>().join(" ")
}
