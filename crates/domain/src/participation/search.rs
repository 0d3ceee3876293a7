//! Full-text search terms: the words of a text reduced to their German stems,
//! so that "Sprachkurse" finds "Sprachkurs" and "Schüler" finds "Schulern".
//!
//! The same terms are computed here for the text that is indexed and for the
//! words people search for, and both database backends index and match
//! exactly these terms: SQLite and PostgreSQL find the same ideas.
//!
//! Each word is lower-cased and folded as names are sorted (ä → a, ß → ss,
//! é → e, ı → i, ş → s); "ae", "oe" and "ue" typed for ä, ö and ü are read
//! the same way (as in the Snowball "German2" variant), so "gruen" finds
//! "grün"; then the Snowball German stemmer reduces the word. It runs until
//! the stem no longer changes: Snowball alone stems "Sprachkurs" to
//! "sprachkur" but "Sprachkurse" to "sprachkurs".

use rust_stemmers::{Algorithm, Stemmer};

/// The longest search term kept; longer "words" are not language.
const MAX_TERM_CHARS: usize = 60;
/// Search words beyond these are ignored.
pub const MAX_QUERY_TERMS: usize = 8;

/// The terms of a text, in order, separated by single spaces: what is stored
/// and indexed for search.
pub fn index_text(parts: &[&str]) -> String {
    let stemmer = Stemmer::create(Algorithm::German);
    let mut out = String::new();
    for part in parts {
        for term in words(part).filter_map(|w| term(&stemmer, &w)) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&term);
        }
    }
    out
}

/// The terms to search for in what someone typed: distinct, at most
/// [`MAX_QUERY_TERMS`]. All must occur; the last may be the start of a term
/// (people often type the beginning of a compound word).
pub fn query_terms(query: &str) -> Vec<String> {
    let stemmer = Stemmer::create(Algorithm::German);
    let mut terms: Vec<String> = Vec::new();
    for term in words(query).filter_map(|w| term(&stemmer, &w)) {
        if !terms.contains(&term) {
            terms.push(term);
        }
        if terms.len() == MAX_QUERY_TERMS {
            break;
        }
    }
    terms
}

/// Lower-cased words with every accent and umlaut folded (as sorted,
/// DIN 5007: ä = a, ß = ss), umlauts typed out read the same way.
fn words(text: &str) -> impl Iterator<Item = String> {
    let folded: String = crate::collation::sort_key(text).chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    folded.split_whitespace().map(umlauts_typed_out).collect::<Vec<_>>().into_iter()
}

/// "ae", "oe", "ue" typed for ä, ö, ü are read as a, o, u; except "ue"
/// after q or a vowel ("Quelle", "neue", "Feuer").
fn umlauts_typed_out(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let after_q_or_vowel = i > 0 && matches!(chars[i - 1], 'q' | 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        out.push(c);
        let typed_out = chars.get(i + 1) == Some(&'e') && (matches!(c, 'a' | 'o') || (c == 'u' && !after_q_or_vowel));
        i += if typed_out { 2 } else { 1 };
    }
    out
}

/// The word's stem, reduced until the stemmer leaves it as it is.
fn term(stemmer: &Stemmer, word: &str) -> Option<String> {
    if word.chars().count() > MAX_TERM_CHARS {
        return None;
    }
    let mut stem = word.to_owned();
    for _ in 0..4 {
        let next = stemmer.stem(&stem).into_owned();
        if next == stem {
            break;
        }
        stem = next;
    }
    (!stem.is_empty()).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str) {
        assert_eq!(index_text(&[a]), index_text(&[b]), "{a:?} and {b:?} should give the same terms");
    }

    #[test]
    fn inflected_forms_share_their_stem() {
        same("Sprachkurse", "Sprachkurs");
        same("Sprachkursen", "Sprachkurs");
        same("Schüler", "Schulern");
        same("Spielplätze", "Spielplatz");
        same("Gärten", "Garten");
    }

    #[test]
    fn umlauts_and_accents_fold() {
        same("Grünfläche", "gruenflaeche");
        same("Grünfläche", "Grunflache");
        same("Fluß", "Fluss");
        same("Sprachcafé", "Sprachcafe");
        same("Kadınlar için yüzme", "kadinlar icin yuzme");
        // "ue" after q or between vowels is no umlaut.
        assert_eq!(umlauts_typed_out("quelle"), "quelle");
        assert_eq!(umlauts_typed_out("feuer"), "feuer");
        assert_eq!(umlauts_typed_out("muell"), "mull");
        assert_eq!(umlauts_typed_out("schoen"), "schon");
    }

    #[test]
    fn the_index_is_terms_separated_by_spaces() {
        let text = index_text(&["Ein Sprachcafé für Schüler!", "Ünal's Idee – 2026"]);
        assert!(text.split(' ').all(|t| !t.is_empty() && t.chars().all(char::is_alphanumeric)), "{text}");
        assert!(text.contains("2026"), "{text}");
    }

    #[test]
    fn a_query_has_distinct_terms_and_a_limit() {
        assert_eq!(query_terms("Kurse kurs KURS"), query_terms("kurs"));
        assert_eq!(query_terms("a b c d e f g h i j k").len(), MAX_QUERY_TERMS);
        assert!(query_terms(" ,.;!? ").is_empty());
        assert!(query_terms(&"x".repeat(100)).is_empty());
    }
}
