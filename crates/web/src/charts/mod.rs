//! Server-rendered SVG charts: a `<title>` and `<desc>` for screen readers,
//! labels in the chart, and the data as a table beside every chart on the
//! page (the template's part). No script draws anything.

pub mod bars;
pub mod lines;

pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
