//! User text: Markdown in, sanitised HTML out.

use pulldown_cmark::{Options, Parser, html};

/// Renders Markdown to HTML that is safe to put into a page: no scripts, no
/// event handlers, no inline styles; links get `rel="nofollow ugc noopener
/// noreferrer"` (user-generated, not endorsed); pictures only from our own
/// file storage (`/m/{slug}/dateien/…`), never from other sites.
/// Headings are shifted down one level so the page keeps its single `h1`.
pub fn render(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).map(|event| {
        use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};
        let demote = |level: HeadingLevel| match level {
            HeadingLevel::H1 => HeadingLevel::H2,
            HeadingLevel::H2 => HeadingLevel::H3,
            HeadingLevel::H3 => HeadingLevel::H4,
            HeadingLevel::H4 => HeadingLevel::H5,
            _ => HeadingLevel::H6,
        };
        match event {
            Event::Start(Tag::Heading { level, id, classes, attrs }) => {
                Event::Start(Tag::Heading { level: demote(level), id, classes, attrs })
            }
            Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(demote(level))),
            other => other,
        }
    });
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    ammonia::Builder::default()
        .link_rel(Some("nofollow ugc noopener noreferrer"))
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            ("img", "src") if !is_own_file(value) => None,
            _ => Some(value.into()),
        })
        .clean(&unsafe_html)
        .to_string()
}

/// The top-level blocks of a Markdown text (paragraphs, lists, headings,
/// tables, quotes), each as its own Markdown, in order: what a reader
/// comments on paragraph by paragraph.
pub fn blocks(markdown: &str) -> Vec<String> {
    use pulldown_cmark::Event;
    let mut list = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (event, range) in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).into_offset_iter() {
        match event {
            Event::Start(_) => {
                if depth == 0 {
                    start = range.start;
                }
                depth += 1;
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    let block = markdown[start..range.end].trim();
                    if !block.is_empty() {
                        list.push(block.to_owned());
                    }
                }
            }
            _ => {}
        }
    }
    list
}

/// A path into our own file storage: `/m/{slug}/dateien/{id}/{name}`.
fn is_own_file(src: &str) -> bool {
    let mut parts = src.split('/');
    parts.next() == Some("")
        && parts.next() == Some("m")
        && parts.next().is_some_and(|slug| !slug.is_empty() && slug.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && parts.next() == Some("dateien")
        && parts.next().is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_scripts_and_handlers() {
        let html = render("Hallo <script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))");
        assert!(!html.contains("<script"));
        assert!(!html.contains("onerror"));
        assert!(!html.contains("javascript:"));
        assert!(html.contains("Hallo"));
    }

    #[test]
    fn keeps_structure_and_demotes_headings() {
        let html = render("# Anbieter\n\n* eins\n* zwei\n\n[Link](https://example.org)");
        assert!(html.contains("<h2>Anbieter</h2>"), "{html}");
        assert!(html.contains("<li>eins</li>"));
        assert!(html.contains(r#"rel="nofollow ugc noopener noreferrer""#));
    }

    #[test]
    fn a_text_comes_apart_into_its_blocks() {
        let text = "# Leitbild\n\nErster Absatz\nüber zwei Zeilen.\n\n* eins\n\n* zwei\n\n> Zitat\n\nLetzter.";
        assert_eq!(blocks(text), ["# Leitbild", "Erster Absatz\nüber zwei Zeilen.", "* eins\n\n* zwei", "> Zitat", "Letzter."]);
        assert!(blocks("").is_empty() && blocks("\n\n").is_empty());
    }

    #[test]
    fn pictures_only_from_our_own_storage() {
        let html = render(
            "![Plan](/m/musterstadt/dateien/3/plan.png) ![Tracker](https://tracker.example/pixel.gif) ![x](//evil.example/a.png) ![y](/m/x/../../admin)",
        );
        assert!(html.contains(r#"src="/m/musterstadt/dateien/3/plan.png""#), "{html}");
        assert!(!html.contains("tracker.example"), "{html}");
        assert!(!html.contains("evil.example"), "{html}");
        assert!(!html.contains("admin"), "{html}");
    }
}
