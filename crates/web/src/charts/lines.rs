//! An indicator over time: its values as a line with points, the baseline
//! and the target as dashed lines with their labels, the target's day as a
//! marker, years along the bottom and figures up the side.

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

use super::escape;

/// What a line chart shows; labels are already in the reader's language.
pub struct LineChart<'a> {
    /// Makes the title and description ids unique on the page.
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    pub points: &'a [(NaiveDate, f64)],
    pub baseline: (NaiveDate, f64),
    pub target: (NaiveDate, f64),
    pub baseline_label: &'a str,
    pub target_label: &'a str,
    /// A figure as the reader writes it.
    pub figure: &'a dyn Fn(f64) -> String,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 32.0;

/// Four to six round steps covering `lo..hi`.
fn ticks(lo: f64, hi: f64) -> Vec<f64> {
    let span = (hi - lo).max(1e-9);
    let raw = span / 4.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|s| span / s <= 5.0).unwrap_or(10.0 * magnitude);
    let first = (lo / step).floor() * step;
    (0..=8).map(|i| first + step * f64::from(i)).take_while(|v| *v <= hi + step * 0.999).collect()
}

pub fn line_chart(chart: &LineChart<'_>) -> String {
    let days = |d: NaiveDate| f64::from(d.num_days_from_ce());
    let dates = chart.points.iter().map(|p| p.0).chain([chart.baseline.0, chart.target.0]);
    let (first, last) = dates.fold((NaiveDate::MAX, NaiveDate::MIN), |(a, b), d| (a.min(d), b.max(d)));
    let figures = chart.points.iter().map(|p| p.1).chain([chart.baseline.1, chart.target.1]);
    let (lo, hi) = figures.fold((0f64, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
    let ticks = ticks(lo, if hi > lo { hi } else { lo + 1.0 });
    let (lo, hi) = (ticks[0], *ticks.last().unwrap_or(&1.0));
    let span_days = (days(last) - days(first)).max(1.0);
    let x = |d: NaiveDate| LEFT + (days(d) - days(first)) / span_days * (WIDTH - LEFT - RIGHT);
    let y = |v: f64| TOP + (hi - v) / (hi - lo).max(1e-9) * (HEIGHT - TOP - BOTTOM);
    let id = chart.id;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart chart--line" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(chart.title),
        escape(chart.desc)
    );
    for tick in &ticks {
        let _ = write!(
            svg,
            r#"<line x1="{LEFT}" x2="{:.1}" y1="{y:.1}" y2="{y:.1}" class="chart__grid"/><text x="{:.1}" y="{:.1}" text-anchor="end" class="chart__axis">{}</text>"#,
            WIDTH - RIGHT,
            LEFT - 6.0,
            y(*tick) + 4.0,
            escape(&(chart.figure)(*tick)),
            y = y(*tick)
        );
    }
    let years: Vec<i32> = (first.year() + 1..=last.year()).collect();
    let every = years.len().div_ceil(8).max(1);
    for year in years.iter().step_by(every) {
        let at = x(NaiveDate::from_ymd_opt(*year, 1, 1).unwrap_or(first));
        let _ = write!(svg, r#"<text x="{at:.1}" y="{:.1}" text-anchor="middle" class="chart__axis">{year}</text>"#, HEIGHT - 10.0);
    }
    // The target's label above its line on the left, the baseline's below its line on the right,
    // where the values (which start near the baseline and rise or fall towards the target) are not.
    let marks = [
        ("chart__baseline", chart.baseline, chart.baseline_label, WIDTH - RIGHT - 4.0, "end", 15.0),
        ("chart__target", chart.target, chart.target_label, LEFT + 4.0, "start", -5.0),
    ];
    for (class, (on, value), label, at_x, anchor, shift) in marks {
        let _ = write!(
            svg,
            r#"<line x1="{LEFT}" x2="{:.1}" y1="{at:.1}" y2="{at:.1}" class="{class}"/><text x="{at_x:.1}" y="{:.1}" text-anchor="{anchor}" class="chart__note">{}</text>"#,
            WIDTH - RIGHT,
            y(value) + shift,
            escape(label),
            at = y(value)
        );
        let _ = write!(svg, r#"<circle cx="{:.1}" cy="{:.1}" r="4" class="{class}-mark"/>"#, x(on), y(value));
    }
    if !chart.points.is_empty() {
        let line: Vec<String> = chart.points.iter().map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v))).collect();
        let _ = write!(svg, r#"<polyline points="{}" class="chart__line"/>"#, line.join(" "));
        for (d, v) in chart.points {
            let _ = write!(svg, r#"<circle cx="{:.1}" cy="{:.1}" r="3.5" class="chart__point"/>"#, x(*d), y(*v));
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_line_chart_is_described_marks_baseline_and_target_and_escapes_its_text() {
        let points = [(day(2025, 6, 30), 15.0), (day(2026, 6, 30), 22.0), (day(2027, 2, 28), 26.0)];
        let figure = |v: f64| format!("{v}");
        let svg = line_chart(&LineChart {
            id: "i1",
            title: "Teilnehmende <je> Monat",
            desc: "3 Werte",
            points: &points,
            baseline: (day(2025, 1, 1), 12.0),
            target: (day(2028, 12, 31), 40.0),
            baseline_label: "Ausgangswert 12",
            target_label: "Ziel 40",
            figure: &figure,
        });
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"<title id="i1-title">Teilnehmende &lt;je&gt; Monat</title>"#));
        assert!(svg.contains("Ausgangswert 12") && svg.contains("Ziel 40"));
        assert_eq!(svg.matches(r#"class="chart__point""#).count(), 3);
        for year in ["2026", "2027", "2028"] {
            assert!(svg.contains(&format!(">{year}</text>")), "{year} on the axis");
        }
        // The axis reaches the target and starts at zero.
        assert!(svg.contains(">0</text>") && svg.contains(">40</text>"));
    }

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(ticks(0.0, 40.0), [0.0, 10.0, 20.0, 30.0, 40.0]);
        let t = ticks(-3.0, 7.0);
        assert!(t[0] <= -3.0 && *t.last().unwrap() >= 7.0 && t.len() <= 7, "{t:?}");
    }
}
