//! Markdown as typst data. The texts people write (preamble, vision,
//! situation analyses, descriptions) are Markdown; they reach typst not as
//! markup but as a tree of plain values (`{"t": "p", "c": [...]}`,
//! `{"t": "text", "v": "..."}`) that the template's `md` function lays out.
//! No character a person types is ever read by typst as code.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};
use serde_json::{Value, json};

/// The Markdown as a list of block nodes.
pub fn to_nodes(markdown: &str) -> Value {
    let mut stack: Vec<(Value, Vec<Value>)> = vec![(Value::Null, Vec::new())];
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(tag) => stack.push((open(tag), Vec::new())),
            Event::End(_) => {
                if stack.len() > 1
                    && let Some((mut node, children)) = stack.pop()
                {
                    if node.get("t").and_then(Value::as_str) == Some("span") {
                        // Wrappers of no meaning here (images: their alt
                        // text is kept).
                        push_all(&mut stack, children);
                    } else {
                        node["c"] = Value::Array(children);
                        push(&mut stack, node);
                    }
                }
            }
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                push(&mut stack, json!({"t": "text", "v": text.as_ref()}))
            }
            Event::Code(code) => push(&mut stack, json!({"t": "code", "v": code.as_ref()})),
            Event::SoftBreak => push(&mut stack, json!({"t": "soft"})),
            Event::HardBreak => push(&mut stack, json!({"t": "hard"})),
            Event::Rule => push(&mut stack, json!({"t": "rule"})),
            Event::FootnoteReference(label) => push(&mut stack, json!({"t": "text", "v": format!("[{label}]")})),
            Event::TaskListMarker(done) => push(&mut stack, json!({"t": "text", "v": if done { "☑ " } else { "☐ " }})),
        }
    }
    let mut children = stack.into_iter().flat_map(|(_, children)| children).collect::<Vec<_>>();
    wrap_loose_inlines(&mut children);
    let mut last = 0;
    for node in &mut children {
        close_heading_gaps(node, &mut last);
    }
    Value::Array(children)
}

fn push(stack: &mut [(Value, Vec<Value>)], node: Value) {
    if let Some((_, children)) = stack.last_mut() {
        children.push(node);
    }
}

fn push_all(stack: &mut [(Value, Vec<Value>)], nodes: Vec<Value>) {
    if let Some((_, children)) = stack.last_mut() {
        children.extend(nodes);
    }
}

fn open(tag: Tag) -> Value {
    match tag {
        Tag::Paragraph => json!({"t": "p"}),
        Tag::Heading { level, .. } => json!({"t": "h", "level": heading_level(level)}),
        Tag::BlockQuote(_) => json!({"t": "quote"}),
        Tag::CodeBlock(_) => json!({"t": "codeblock"}),
        Tag::List(start) => json!({"t": "list", "ordered": start.is_some(), "start": start.unwrap_or(1)}),
        Tag::Item => json!({"t": "item"}),
        Tag::Emphasis => json!({"t": "em"}),
        Tag::Strong => json!({"t": "strong"}),
        Tag::Strikethrough => json!({"t": "strike"}),
        Tag::Link { dest_url, .. } if is_web_address(&dest_url) => json!({"t": "link", "url": dest_url.as_ref()}),
        _ => json!({"t": "span"}),
    }
}

/// Only web and mail addresses become links; anything else stays text.
fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Inline nodes left at the top level (from a dropped wrapper) go into a
/// paragraph of their own.
fn wrap_loose_inlines(nodes: &mut Vec<Value>) {
    const BLOCKS: [&str; 6] = ["p", "h", "quote", "codeblock", "list", "rule"];
    let mut out = Vec::with_capacity(nodes.len());
    let mut loose = Vec::new();
    for node in nodes.drain(..) {
        if node.get("t").and_then(Value::as_str).is_some_and(|t| BLOCKS.contains(&t)) {
            if !loose.is_empty() {
                out.push(json!({"t": "p", "c": std::mem::take(&mut loose)}));
            }
            out.push(node);
        } else {
            loose.push(node);
        }
    }
    if !loose.is_empty() {
        out.push(json!({"t": "p", "c": loose}));
    }
    *nodes = out;
}

/// Heading levels relative to the text's place, without gaps: a text that
/// starts with `###` or goes from `#` to `###` gets consecutive levels
/// (tagged PDF forbids skipped levels).
fn close_heading_gaps(node: &mut Value, last: &mut u64) {
    if node.get("t").and_then(Value::as_str) == Some("h") {
        let level = node.get("level").and_then(Value::as_u64).unwrap_or(1).min(*last + 1);
        node["level"] = level.into();
        *last = level;
    }
    if let Some(Value::Array(children)) = node.get_mut("c") {
        for child in children {
            close_heading_gaps(child, last);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Array(items) => items.iter().for_each(|v| texts(v, out)),
            Value::Object(map) => {
                if let Some(Value::String(v)) = map.get("v") {
                    out.push(v.clone());
                }
                if let Some(children) = map.get("c") {
                    texts(children, out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn typst_syntax_stays_text() {
        let nodes = to_nodes("#import \"x\": *\n\n$x$ and #{panic()} <l> @r \\[a\\]");
        let mut out = Vec::new();
        texts(&nodes, &mut out);
        let joined = out.join("");
        assert!(joined.contains("#import \"x\": *"), "{joined}");
        assert!(joined.contains("$x$ and #{panic()} <l> @r [a]"), "{joined}");
        assert_eq!(nodes[0]["t"], "p");
    }

    #[test]
    fn markdown_becomes_nodes() {
        let nodes =
            to_nodes("Ein *kleiner* **Text** mit [Link](https://example.org) und [böse](javascript:alert(1)).\n\n- a\n- b\n\n3. drei");
        assert_eq!(nodes[0]["c"][1], json!({"t": "em", "c": [{"t": "text", "v": "kleiner"}]}));
        assert_eq!(nodes[0]["c"][3]["t"], "strong");
        assert_eq!(nodes[0]["c"][5], json!({"t": "link", "url": "https://example.org", "c": [{"t": "text", "v": "Link"}]}));
        // Not a web address: the link text stays, the link goes.
        assert_eq!(nodes[0]["c"][7], json!({"t": "text", "v": "böse"}));
        assert_eq!(nodes[1]["t"], "list");
        assert_eq!(nodes[1]["ordered"], false);
        assert_eq!(nodes[1]["c"].as_array().map(Vec::len), Some(2));
        assert_eq!(nodes[2]["ordered"], true);
        assert_eq!(nodes[2]["start"], 3);
    }

    #[test]
    fn heading_levels_have_no_gaps() {
        let nodes = to_nodes("### tief\n\ntext\n\n# oben\n\n#### ganz tief");
        let levels = nodes.as_array().into_iter().flatten().filter(|n| n["t"] == "h").map(|n| n["level"].clone()).collect::<Vec<_>>();
        assert_eq!(levels, vec![json!(1), json!(1), json!(2)]);
    }
}
