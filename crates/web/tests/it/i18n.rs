//! Translation completeness: every key in every language, every key the code
//! uses defined, and no user-facing text hard-coded in a template.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

fn keys_of(lang: &str) -> BTreeSet<String> {
    let mut ftl = Vec::new();
    files(&root().join("locales").join(lang), "ftl", &mut ftl);
    assert!(!ftl.is_empty(), "no Fluent files for {lang}");
    ftl.iter()
        .flat_map(|f| std::fs::read_to_string(f).unwrap().lines().map(str::to_owned).collect::<Vec<_>>())
        .filter_map(|line| {
            let (key, _) = line.split_once(" =")?;
            let key = key.trim_end();
            (!key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')).then(|| key.to_owned())
        })
        .collect()
}

/// String literals passed to a call like `t("key")`.
fn literal_args(source: &str, call: &str) -> Vec<String> {
    source
        .split(call)
        .skip(1)
        .filter_map(|rest| rest.strip_prefix('"'))
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn german_and_english_have_the_same_keys() {
    let de = keys_of("de");
    let en = keys_of("en");
    let only_de: Vec<_> = de.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&de).collect();
    assert!(only_de.is_empty(), "keys missing in English: {only_de:?}");
    assert!(only_en.is_empty(), "keys missing in German: {only_en:?}");
}

#[test]
fn every_key_the_code_uses_exists() {
    let de = keys_of("de");
    let mut used = BTreeSet::new();
    let mut sources = Vec::new();
    files(&root().join("crates/web/templates"), "html", &mut sources);
    for dir in ["crates/web/src", "crates/domain/src", "crates/store/src"] {
        files(&root().join(dir), "rs", &mut sources);
    }
    for file in &sources {
        let text = std::fs::read_to_string(file).unwrap();
        for call in [".t(", ".t_args(", "code: ", "Conflict(", "_key(self) -> &'static str {\n"] {
            for key in literal_args(&text, call) {
                if key.contains('-') {
                    used.insert((key, file.display().to_string()));
                }
            }
        }
        // `=> "legal-imprint-title"` arms of *_key functions.
        for key in literal_args(&text, "=> ") {
            if key.starts_with("legal-") || key.starts_with("error-") {
                used.insert((key, file.display().to_string()));
            }
        }
    }
    for notice in web::ctx::NOTICES {
        used.insert((format!("notice-{notice}"), "NOTICES".into()));
    }
    // Mails: every `"mail-…"` literal names a `-subject` and a `-body` message.
    for file in &sources {
        let text = std::fs::read_to_string(file).unwrap();
        for key in
            text.split('"').skip(1).step_by(2).filter(|k| k.starts_with("mail-") && k.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        {
            if key == "mail-anonymous-greeting-name" {
                continue;
            }
            used.insert((format!("{key}-subject"), file.display().to_string()));
            used.insert((format!("{key}-body"), file.display().to_string()));
        }
    }
    for code in web::error::ERROR_CODES {
        used.insert((code.to_string(), "ERROR_CODES".into()));
        used.insert((format!("{code}-title"), "ERROR_CODES".into()));
    }
    assert!(used.len() > 30, "the scan found the keys in use ({})", used.len());
    let missing: Vec<_> = used.iter().filter(|(k, _)| !de.contains(k)).collect();
    assert!(missing.is_empty(), "keys used but not defined: {missing:?}");
}

/// Removes template syntax and markup; what remains would be shown as is.
fn visible_literal_text(template: &str) -> String {
    let mut text = template.to_owned();
    for (open, close) in [("{#", "#}"), ("{{", "}}"), ("{%", "%}"), ("<!--", "-->")] {
        while let Some(start) = text.find(open) {
            let end = text[start..].find(close).map(|e| start + e + close.len()).unwrap_or(text.len());
            text.replace_range(start..end, " ");
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    let mut tag = String::new();
    for ch in text.chars() {
        match ch {
            '<' => {
                in_tag = true;
                tag.clear();
            }
            '>' if in_tag => {
                in_tag = false;
                out.push_str(&translatable_attributes(&tag));
                out.push(' ');
            }
            _ if in_tag => tag.push(ch),
            _ => out.push(ch),
        }
    }
    out
}

/// Literal text in attributes people read (alt, title, aria-label, placeholder).
fn translatable_attributes(tag: &str) -> String {
    ["alt=\"", "title=\"", "aria-label=\"", "placeholder=\"", "aria-description=\""]
        .iter()
        .flat_map(|attr| tag.split(attr).skip(1).map(|rest| rest.split('"').next().unwrap_or_default().to_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn templates_contain_no_untranslated_text() {
    let mut templates = Vec::new();
    files(&root().join("crates/web/templates"), "html", &mut templates);
    assert!(templates.len() >= 5);
    for file in templates {
        let source = std::fs::read_to_string(&file).unwrap();
        let visible = visible_literal_text(&source);
        let words: Vec<&str> =
            visible.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && *w != "DOCTYPE" && *w != "html").collect();
        assert!(words.is_empty(), "{}: text outside translation keys: {words:?}", file.display());
    }
}

#[test]
fn the_text_check_would_catch_hard_coded_text() {
    assert!(visible_literal_text("<p>{{ i18n.t(\"x\") }}</p>").trim().is_empty());
    assert!(visible_literal_text("<p>Hallo {{ name }}</p>").contains("Hallo"));
    assert!(visible_literal_text("<img alt=\"Logo\" src=\"{{ src }}\">").contains("Logo"));
    assert!(visible_literal_text("<img alt=\"{{ i18n.t(\"logo\") }}\">").trim().is_empty());
}
