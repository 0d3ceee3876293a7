//! A survey's results as the pages show them: per question a chart, the same
//! figures as a table, and the free texts (for the coordinators). For the
//! public, counts below five are shown as "< 5" and drawn as nothing, and
//! averages need five answers.

use domain::surveys::{Question, QuestionKind, SCALE_POINTS};

use super::tallies::Tally;
use crate::charts::bars::{Bar, bar_chart};
use crate::i18n::{FluentArg, Locale};

/// Smallest count shown to the public.
pub const SMALLEST_SHOWN: i64 = 5;

pub struct ResultView {
    pub anchor: String,
    pub kind: &'static str,
    pub number: usize,
    pub prompt: String,
    /// "120 answers"
    pub answered: String,
    pub chart: Option<String>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Mean of a scale.
    pub summary: Option<String>,
    pub texts: Vec<String>,
    /// "and 200 more (in the CSV file)"
    pub more_texts: Option<String>,
}

/// A count as shown: exact for the coordinators, "< 5" for the public below five.
pub fn shown_count(n: i64, exact: bool) -> String {
    if !exact && n > 0 && n < SMALLEST_SHOWN { "< 5".to_owned() } else { n.to_string() }
}

/// The mean of (value, count) pairs with how many there are; for the public
/// only from five answers on.
pub fn mean_of(pairs: impl Iterator<Item = (f64, i64)>, exact: bool) -> Option<(f64, i64)> {
    let (sum, n) = pairs.fold((0.0, 0), |(s, n), (v, c)| (s + v * c as f64, n + c));
    (n > 0 && (exact || n >= SMALLEST_SHOWN)).then(|| (sum / n as f64, n))
}

/// Figures for the coordinators (exact) or the public (small counts hidden).
#[derive(Clone, Copy)]
pub struct Figures {
    pub locale: Locale,
    pub exact: bool,
}

impl Figures {
    fn hidden(self, n: i64) -> bool {
        !self.exact && n > 0 && n < SMALLEST_SHOWN
    }

    pub fn count(self, n: i64) -> String {
        shown_count(n, self.exact)
    }

    /// The bar's length: nothing for a hidden count.
    fn length(self, n: i64) -> f64 {
        if self.hidden(n) { 0.0 } else { n as f64 }
    }

    fn percent(self, n: i64, base: i64) -> String {
        if self.hidden(n) || base == 0 {
            return "–".to_owned();
        }
        format!("{} %", self.decimal(100.0 * n as f64 / base as f64, 0))
    }

    pub fn decimal(self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        match self.locale {
            Locale::De => text.replace('.', ","),
            Locale::En => text,
        }
    }

    /// A mean, or `None` when too few answered for the public.
    fn mean(self, pairs: impl Iterator<Item = (f64, i64)>) -> Option<(f64, i64)> {
        mean_of(pairs, self.exact)
    }
}

fn count_bar(f: Figures, label: &str, n: i64, base: i64) -> Bar {
    Bar { label: label.to_owned(), value: f.length(n), shown: format!("{} ({})", f.count(n), f.percent(n, base)) }
}

/// What the chart shows, in words (its `<desc>`).
fn chart_desc(bars: &[Bar]) -> String {
    bars.iter().map(|b| format!("{}: {}", b.label, b.shown)).collect::<Vec<_>>().join("; ")
}

/// The results of every question (sections are left out).
pub fn results(f: Figures, questions: &[Question], tally: &Tally, with_texts: bool) -> Vec<ResultView> {
    let locale = f.locale;
    let mut number = 0;
    let mut views = Vec::new();
    for q in questions {
        if !q.kind.is_question() {
            continue;
        }
        number += 1;
        let base = tally.answered.get(&q.id).copied().unwrap_or(0);
        let mut view = ResultView {
            anchor: format!("frage-{number}"),
            kind: q.kind.as_str(),
            number,
            prompt: q.prompt.clone(),
            answered: locale.t_args("survey-results-answered", &[("count", FluentArg::Number(base))]),
            chart: None,
            headers: Vec::new(),
            rows: Vec::new(),
            summary: None,
            texts: Vec::new(),
            more_texts: None,
        };
        if f.hidden(base) {
            view.answered = locale.t("survey-results-few-answers");
        }
        let mut bars = Vec::new();
        let mut max = 0.0f64;
        match q.kind {
            QuestionKind::Single | QuestionKind::Multiple => {
                view.headers = vec![locale.t("survey-results-choice"), locale.t("survey-results-count"), locale.t("survey-results-share")];
                for (i, option) in q.options.iter().enumerate() {
                    let n = tally.count(q.id, None, Some(i as u32), None);
                    view.rows.push(vec![option.clone(), f.count(n), f.percent(n, base)]);
                    bars.push(count_bar(f, option, n, base));
                    max = max.max(f.length(n));
                }
            }
            QuestionKind::Scale => {
                view.headers = vec![locale.t("survey-results-point"), locale.t("survey-results-count"), locale.t("survey-results-share")];
                let counts: Vec<(u8, i64)> = (1..=SCALE_POINTS).map(|p| (p, tally.count(q.id, None, None, Some(i32::from(p))))).collect();
                for (p, n) in &counts {
                    let label = scale_name(locale, q, *p);
                    view.rows.push(vec![label.clone(), f.count(*n), f.percent(*n, base)]);
                    bars.push(count_bar(f, &label, *n, base));
                    max = max.max(f.length(*n));
                }
                view.summary = f
                    .mean(counts.iter().map(|(p, n)| (f64::from(*p), *n)))
                    .map(|(mean, _)| locale.t_args("survey-results-mean", &[("mean", FluentArg::Text(f.decimal(mean, 1)))]));
            }
            QuestionKind::Ranking => {
                view.headers =
                    vec![locale.t("survey-results-choice"), locale.t("survey-results-average-rank"), locale.t("survey-results-first")];
                let n_options = q.options.len() as u32;
                let mut ranked: Vec<(String, Option<f64>, i64)> = q
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, option)| {
                        let per_rank = (1..=n_options).map(|r| (f64::from(r), tally.count(q.id, None, Some(i as u32), Some(r as i32))));
                        let first = tally.count(q.id, None, Some(i as u32), Some(1));
                        (option.clone(), f.mean(per_rank).map(|(m, _)| m), first)
                    })
                    .collect();
                ranked.sort_by(|a, b| a.1.unwrap_or(f64::MAX).total_cmp(&b.1.unwrap_or(f64::MAX)));
                for (option, mean, first) in ranked {
                    let shown = mean.map(|m| f.decimal(m, 1)).unwrap_or_else(|| "–".to_owned());
                    view.rows.push(vec![option.clone(), shown.clone(), f.count(first)]);
                    let value = mean.map_or(0.0, |m| f64::from(n_options) + 1.0 - m);
                    bars.push(Bar {
                        label: option,
                        value,
                        shown: locale.t_args("survey-results-rank-shown", &[("rank", FluentArg::Text(shown))]),
                    });
                }
                max = f64::from(n_options);
            }
            QuestionKind::Matrix => {
                view.headers = std::iter::once(locale.t("survey-results-row"))
                    .chain((1..=SCALE_POINTS).map(|p| scale_name(locale, q, p)))
                    .chain(std::iter::once(locale.t("survey-results-mean-heading")))
                    .collect();
                for (r, legend) in q.rows.iter().enumerate() {
                    let counts: Vec<(u8, i64)> =
                        (1..=SCALE_POINTS).map(|p| (p, tally.count(q.id, Some(r as u32), None, Some(i32::from(p))))).collect();
                    let mean = f.mean(counts.iter().map(|(p, n)| (f64::from(*p), *n))).map(|(m, _)| m);
                    let shown = mean.map(|m| f.decimal(m, 1)).unwrap_or_else(|| "–".to_owned());
                    let mut row = vec![legend.clone()];
                    row.extend(counts.iter().map(|(_, n)| f.count(*n)));
                    row.push(shown.clone());
                    view.rows.push(row);
                    bars.push(Bar {
                        label: legend.clone(),
                        value: mean.unwrap_or(0.0),
                        shown: locale.t_args("survey-results-mean-shown", &[("mean", FluentArg::Text(shown))]),
                    });
                }
                max = f64::from(SCALE_POINTS);
            }
            QuestionKind::Text => {
                if with_texts && let Some((texts, total)) = tally.texts.get(&q.id) {
                    view.texts = texts.clone();
                    let more = total.saturating_sub(texts.len() as u64);
                    if more > 0 {
                        view.more_texts = Some(locale.t_args("survey-results-more-texts", &[("count", FluentArg::Number(more as i64))]));
                    }
                }
            }
            QuestionKind::Section => {}
        }
        if !bars.is_empty() {
            let desc = chart_desc(&bars);
            view.chart = Some(bar_chart(&view.anchor, &format!("{number}. {}", q.prompt), &desc, &bars, max));
        }
        views.push(view);
    }
    views
}

/// "1 – not at all", "3", "5 – very much".
pub fn scale_name(locale: Locale, q: &Question, point: u8) -> String {
    let end = match point {
        1 if !q.low_label.is_empty() => q.low_label.clone(),
        p if p == SCALE_POINTS && !q.high_label.is_empty() => q.high_label.clone(),
        1 => locale.t("survey-scale-low"),
        p if p == SCALE_POINTS => locale.t("survey-scale-high"),
        _ => return point.to_string(),
    };
    format!("{point} – {end}")
}
