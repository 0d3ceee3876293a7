//! A text difference line by line (with `similar`): the changed lines and
//! one line of context around them, gaps where unchanged lines are left out.

use similar::{ChangeTag, TextDiff};

/// One line of a text difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Same(String),
    Added(String),
    Removed(String),
    /// Unchanged lines left out between two changes.
    Gap,
}

/// Lines of `before` and `after` around their changes (one line of context);
/// empty when the texts are the same.
pub fn text_lines(before: &str, after: &str) -> Vec<Line> {
    if before == after {
        return Vec::new();
    }
    // A last line without its line break is the same line as with one.
    let ended = |text: &str| if text.is_empty() || text.ends_with('\n') { text.to_owned() } else { format!("{text}\n") };
    let (before, after) = (ended(before), ended(after));
    if before == after {
        return Vec::new();
    }
    let diff = TextDiff::from_lines(&before, &after);
    let mut lines = Vec::new();
    for (i, group) in diff.grouped_ops(1).iter().enumerate() {
        if i > 0 {
            lines.push(Line::Gap);
        }
        for op in group {
            for change in diff.iter_changes(op) {
                let text = change.value().trim_end_matches(['\n', '\r']).to_owned();
                lines.push(match change.tag() {
                    ChangeTag::Equal => Line::Same(text),
                    ChangeTag::Insert => Line::Added(text),
                    ChangeTag::Delete => Line::Removed(text),
                });
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_show_only_the_lines_around_their_changes() {
        let before: String = (1..=20).map(|i| format!("Zeile {i}\n")).collect();
        let after = before.replace("Zeile 3\n", "Zeile drei\n").replace("Zeile 17\n", "");
        let lines = text_lines(&before, &after);
        assert!(lines.contains(&Line::Gap), "{lines:?}");
        assert!(!lines.contains(&Line::Same("Zeile 10".into())));
        assert!(lines.contains(&Line::Removed("Zeile 17".into())));
        // A paragraph added after the last line leaves that line as it was.
        assert_eq!(
            text_lines("Alle gehören dazu.", "Alle gehören dazu.\n\nAuch die Neuen."),
            [Line::Same("Alle gehören dazu.".into()), Line::Added(String::new()), Line::Added("Auch die Neuen.".into())]
        );
    }
}
