//! A submitted application as the officers and the applicant read it: each
//! section with its text, the cost plan as a table, the financing, the
//! declarations made and the attachments; and what changed from one
//! submitted version to the next, field by field.

use domain::funding::application::ApplicationForm;
use domain::funding::rules::CostCategory;
use domain::money::Money;
use store::files::StoredFile;

use crate::i18n::Locale;
use crate::layout::Fact;
use crate::uploads::view::{FileView, view};

pub struct CostView {
    pub category: String,
    pub description: String,
    pub amount: String,
}

pub struct Summary {
    /// Title, texts and period, labelled.
    pub sections: Vec<Fact>,
    pub costs: Vec<CostView>,
    /// Requested, own contribution, third-party funds, total costs.
    pub financing: Vec<Fact>,
    pub declarations: Vec<String>,
    pub attachments: Vec<FileView>,
}

/// One field that changed between two versions.
pub struct Change {
    pub label: String,
    pub before: String,
    pub after: String,
}

fn category(locale: Locale, text: &str) -> String {
    CostCategory::parse(text).map(|c| locale.t(&c.label_key())).unwrap_or_else(|| text.to_owned())
}

/// An amount as typed, written the locale's way (nothing typed: 0).
fn amount(locale: Locale, text: &str) -> String {
    if text.trim().is_empty() {
        return locale.money(Money(0));
    }
    Money::parse_euros(text).map(|m| locale.money(m)).unwrap_or_else(|| text.to_owned())
}

fn day(locale: Locale, text: &str) -> String {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map(|d| locale.day(d)).unwrap_or_else(|_| text.to_owned())
}

/// The texts of the form, labelled, in the order of the form.
fn texts(locale: Locale, form: &ApplicationForm) -> Vec<Fact> {
    let fact = |key: &str, value: String| Fact { label: locale.t(key), value };
    vec![
        fact("application-title-label", form.title.clone()),
        fact("application-situation-label", form.situation.clone()),
        fact("application-objectives-label", form.objectives.clone()),
        fact("application-formats-label", form.formats.clone()),
        fact("application-target-groups-label", form.target_groups.clone()),
        fact("application-time-plan-label", form.time_plan.clone()),
        fact("application-partners-label", form.partners.clone()),
        fact("application-starts-label", day(locale, &form.starts_on)),
        fact("application-ends-label", day(locale, &form.ends_on)),
    ]
}

fn financing(locale: Locale, form: &ApplicationForm) -> Vec<Fact> {
    let fact = |key: &str, value: String| Fact { label: locale.t(key), value };
    let costs = form.read().0.total_costs();
    vec![
        fact("application-costs-total", locale.money(costs)),
        fact("application-requested-label", amount(locale, &form.requested)),
        fact("application-own-label", amount(locale, &form.own)),
        fact("application-third-party-label", amount(locale, &form.third_party)),
    ]
}

pub fn summary(locale: Locale, tenant_slug: &str, form: &ApplicationForm, files: &[StoredFile]) -> Summary {
    Summary {
        sections: texts(locale, form),
        costs: form
            .costs
            .iter()
            .map(|c| CostView {
                category: category(locale, &c.category),
                description: c.description.clone(),
                amount: amount(locale, &c.amount),
            })
            .collect(),
        financing: financing(locale, form),
        declarations: form.declarations.clone(),
        attachments: form
            .attachments
            .iter()
            .filter_map(|a| files.iter().find(|f| f.id == a.file))
            .map(|f| FileView { alt: String::new(), ..view(tenant_slug, f) })
            .collect(),
    }
}

/// Every field as one labelled text (the cost plan one line per cost), to compare versions.
fn flat(locale: Locale, form: &ApplicationForm) -> Vec<Fact> {
    let mut all = texts(locale, form);
    let costs = form
        .costs
        .iter()
        .map(|c| format!("{} – {} – {}", category(locale, &c.category), c.description, amount(locale, &c.amount)))
        .collect::<Vec<_>>()
        .join("\n");
    all.push(Fact { label: locale.t("application-costs-heading"), value: costs });
    all.extend(financing(locale, form));
    all.push(Fact { label: locale.t("funding-declarations-label"), value: form.declarations.join("\n") });
    let attached = form.attachments.iter().map(|a| format!("{}: {}", a.requirement, a.name)).collect::<Vec<_>>().join("\n");
    all.push(Fact { label: locale.t("funding-attachments-label"), value: attached });
    all
}

/// What changed from `before` to `after`, field by field.
pub fn changes(locale: Locale, before: &ApplicationForm, after: &ApplicationForm) -> Vec<Change> {
    flat(locale, before)
        .into_iter()
        .zip(flat(locale, after))
        .filter(|(b, a)| b.value.trim() != a.value.trim())
        .map(|(b, a)| Change { label: a.label, before: b.value, after: a.value })
        .collect()
}
