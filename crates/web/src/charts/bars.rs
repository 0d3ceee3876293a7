//! Horizontal bar charts, each bar labelled with its text and figure.

use std::fmt::Write;

use super::escape;

/// One bar: its label, its length (0 to the chart's maximum) and the figure shown after it.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub shown: String,
}

const WIDTH: f64 = 640.0;
const ROW: f64 = 44.0;
const BAR_HEIGHT: f64 = 16.0;
/// Room right of the longest bar for its figure.
const FIGURE_ROOM: f64 = 120.0;

/// Shortens a label to what fits above its bar.
fn fit(label: &str) -> String {
    const MAX: usize = 70;
    if label.chars().count() <= MAX { label.to_owned() } else { format!("{}…", label.chars().take(MAX - 1).collect::<String>()) }
}

/// A horizontal bar chart; `id` makes the title and description ids unique on the page.
pub fn bar_chart(id: &str, title: &str, desc: &str, bars: &[Bar], max: f64) -> String {
    let height = ROW * bars.len() as f64 + 8.0;
    let scale = if max > 0.0 { (WIDTH - FIGURE_ROOM) / max } else { 0.0 };
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(desc)
    );
    for (i, bar) in bars.iter().enumerate() {
        let top = ROW * i as f64;
        let length = (bar.value.max(0.0) * scale).max(if bar.value > 0.0 { 2.0 } else { 0.0 });
        let _ = write!(
            svg,
            r#"<text x="0" y="{:.1}" class="chart__label">{}</text><rect x="0" y="{:.1}" width="{:.1}" height="{BAR_HEIGHT}" class="chart__bar"/><text x="{:.1}" y="{:.1}" class="chart__figure">{}</text>"#,
            top + 14.0,
            escape(&fit(&bar.label)),
            top + 20.0,
            length,
            length + 6.0,
            top + 33.0,
            escape(&bar.shown)
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_is_described_and_escapes_its_text() {
        let bars = [
            Bar { label: "Ja <b>".into(), value: 3.0, shown: "3 (75 %)".into() },
            Bar { label: "Nein".into(), value: 1.0, shown: "1 (25 %)".into() },
        ];
        let svg = bar_chart("q1", "Frage & Antwort", "2 Balken", &bars, 3.0);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"<title id="q1-title">Frage &amp; Antwort</title>"#));
        assert!(svg.contains("<desc id=\"q1-desc\">2 Balken</desc>"));
        assert!(svg.contains("Ja &lt;b&gt;") && !svg.contains("<b>"));
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.contains(r#"width="520.0""#), "the longest bar fills the chart");
    }
}
