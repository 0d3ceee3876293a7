//! A call's rules as data: who may apply, the population limits, the
//! maximum grant, the funding rate, the own contribution, which costs are
//! eligible, how long a project may run, and which attachments and
//! declarations an application needs. Stored as JSON with the call and
//! copied into every application when it is submitted, so that changing a
//! call never changes what was already checked.

use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::tenancy::FieldError;

/// The most attachments a call may require.
pub const REQUIRED_ATTACHMENTS_MAX: usize = 20;

/// Who applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicantKind {
    Municipality,
    District,
    /// Several municipalities together, one of them leading; their
    /// populations count as one.
    InterMunicipal,
}

impl ApplicantKind {
    pub const ALL: [ApplicantKind; 3] = [ApplicantKind::Municipality, ApplicantKind::District, ApplicantKind::InterMunicipal];

    pub fn as_str(self) -> &'static str {
        match self {
            ApplicantKind::Municipality => "municipality",
            ApplicantKind::District => "district",
            ApplicantKind::InterMunicipal => "inter_municipal",
        }
    }

    pub fn parse(s: &str) -> Option<ApplicantKind> {
        ApplicantKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("applicant-kind-{}", self.as_str().replace('_', "-"))
    }
}

/// What a cost is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostCategory {
    /// Fees for moderation and process support.
    Moderation,
    Workshops,
    Interpretation,
    PublicRelations,
    RoomsCatering,
    Accessibility,
    /// The municipality's own staff (not eligible in the reference programme).
    Staff,
    Other,
}

impl CostCategory {
    pub const ALL: [CostCategory; 8] = [
        CostCategory::Moderation,
        CostCategory::Workshops,
        CostCategory::Interpretation,
        CostCategory::PublicRelations,
        CostCategory::RoomsCatering,
        CostCategory::Accessibility,
        CostCategory::Staff,
        CostCategory::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CostCategory::Moderation => "moderation",
            CostCategory::Workshops => "workshops",
            CostCategory::Interpretation => "interpretation",
            CostCategory::PublicRelations => "public_relations",
            CostCategory::RoomsCatering => "rooms_catering",
            CostCategory::Accessibility => "accessibility",
            CostCategory::Staff => "staff",
            CostCategory::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<CostCategory> {
        CostCategory::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("cost-category-{}", self.as_str().replace('_', "-"))
    }
}

/// A call's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    pub applicant_kinds: Vec<ApplicantKind>,
    pub population_min: Option<i64>,
    pub population_max: Option<i64>,
    pub max_grant: Money,
    /// The grant covers at most this share of the eligible costs.
    pub funding_rate_percent: u8,
    /// The applicant pays at least this share of all costs itself.
    pub min_own_share_percent: u8,
    pub eligible_costs: Vec<CostCategory>,
    pub duration_months_min: u8,
    pub duration_months_max: u8,
    /// "Ratsbeschluss zur Antragstellung", …
    pub required_attachments: Vec<String>,
    /// "Mit dem Vorhaben wurde noch nicht begonnen.", …
    pub required_declarations: Vec<String>,
    /// The review checklist: the formal and content criteria the officers
    /// check each application against.
    #[serde(default)]
    pub review_criteria: Vec<String>,
}

impl Rules {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> Option<Rules> {
        serde_json::from_str(json).ok()
    }

    /// The reference programme's rules ("WIR", 2025 call).
    pub fn reference() -> Rules {
        Rules {
            applicant_kinds: ApplicantKind::ALL.to_vec(),
            population_min: Some(10_000),
            population_max: Some(50_000),
            max_grant: Money::from_euros(20_000),
            funding_rate_percent: 100,
            min_own_share_percent: 0,
            eligible_costs: CostCategory::ALL.into_iter().filter(|c| *c != CostCategory::Staff).collect(),
            duration_months_min: 12,
            duration_months_max: 18,
            required_attachments: vec!["Beschluss des Gemeindevorstands oder der Gemeindevertretung zur Antragstellung".into()],
            required_declarations: vec![
                "Mit dem Vorhaben wurde noch nicht begonnen.".into(),
                "Für das Vorhaben werden keine weiteren Landesmittel beantragt (keine Doppelförderung).".into(),
            ],
            review_criteria: vec![
                "Antrag fristgerecht und vollständig eingegangen".into(),
                "Antragsberechtigung und Einwohnerzahl geprüft".into(),
                "Beschluss zur Antragstellung liegt vor".into(),
                "Kosten- und Finanzierungsplan schlüssig".into(),
                "Beteiligung beschrieben, auch schwer erreichbarer Gruppen".into(),
                "Ziel ist eine vom Rat beschlossene Strategie".into(),
            ],
        }
    }
}

/// The rules part of the call form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RulesForm {
    pub applicant_kinds: Vec<String>,
    pub population_min: String,
    pub population_max: String,
    pub max_grant: String,
    pub funding_rate: String,
    pub min_own_share: String,
    pub eligible_costs: Vec<String>,
    pub duration_min: String,
    pub duration_max: String,
    /// One per line.
    pub attachments: String,
    /// One per line.
    pub declarations: String,
    /// One per line.
    pub criteria: String,
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

fn whole(text: &str) -> Option<Option<i64>> {
    let digits: String = text.trim().chars().filter(|c| !matches!(c, '.' | ' ' | '\u{a0}')).collect();
    if digits.is_empty() {
        return Some(None);
    }
    digits.parse::<i64>().ok().filter(|n| (0..1_000_000_000).contains(n)).map(Some)
}

impl RulesForm {
    /// Takes the rules' field from a posted pair; false when it is not one.
    pub fn take(&mut self, key: &str, value: String) -> bool {
        match key {
            "applicant_kind" => self.applicant_kinds.push(value),
            "population_min" => self.population_min = value,
            "population_max" => self.population_max = value,
            "max_grant" => self.max_grant = value,
            "funding_rate" => self.funding_rate = value,
            "min_own_share" => self.min_own_share = value,
            "eligible_cost" => self.eligible_costs.push(value),
            "duration_min" => self.duration_min = value,
            "duration_max" => self.duration_max = value,
            "attachments" => self.attachments = value,
            "declarations" => self.declarations = value,
            "criteria" => self.criteria = value,
            _ => return false,
        }
        true
    }

    pub fn of(r: &Rules) -> RulesForm {
        let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        RulesForm {
            applicant_kinds: r.applicant_kinds.iter().map(|k| k.as_str().to_owned()).collect(),
            population_min: number(r.population_min),
            population_max: number(r.population_max),
            max_grant: r.max_grant.format_de().trim_end_matches(" €").to_owned(),
            funding_rate: r.funding_rate_percent.to_string(),
            min_own_share: r.min_own_share_percent.to_string(),
            eligible_costs: r.eligible_costs.iter().map(|c| c.as_str().to_owned()).collect(),
            duration_min: r.duration_months_min.to_string(),
            duration_max: r.duration_months_max.to_string(),
            attachments: r.required_attachments.join("\n"),
            declarations: r.required_declarations.join("\n"),
            criteria: r.review_criteria.join("\n"),
        }
    }

    pub fn validate(&self, errors: &mut Vec<FieldError>) -> Option<Rules> {
        let before = errors.len();
        let kinds: Vec<ApplicantKind> =
            ApplicantKind::ALL.into_iter().filter(|k| self.applicant_kinds.iter().any(|s| s == k.as_str())).collect();
        if kinds.is_empty() || self.applicant_kinds.iter().any(|s| ApplicantKind::parse(s).is_none()) {
            errors.push(FieldError { field: "applicant_kind", code: "funding-kinds-missing" });
        }
        let population_min = whole(&self.population_min);
        let population_max = whole(&self.population_max);
        if population_min.is_none() {
            errors.push(FieldError { field: "population_min", code: "funding-whole-number" });
        }
        if population_max.is_none() {
            errors.push(FieldError { field: "population_max", code: "funding-whole-number" });
        }
        if let (Some(Some(min)), Some(Some(max))) = (population_min, population_max)
            && min > max
        {
            errors.push(FieldError { field: "population_max", code: "funding-population-order" });
        }
        let max_grant = Money::parse_euros(&self.max_grant).filter(|m| m.cents() > 0);
        if max_grant.is_none() {
            errors.push(FieldError { field: "max_grant", code: "funding-amount-invalid" });
        }
        let percent = |text: &str, min: i64| whole(text).flatten().filter(|n| (min..=100).contains(n)).map(|n| n as u8);
        let rate = percent(&self.funding_rate, 1);
        if rate.is_none() {
            errors.push(FieldError { field: "funding_rate", code: "funding-rate-invalid" });
        }
        let own = if self.min_own_share.trim().is_empty() { Some(0) } else { percent(&self.min_own_share, 0) };
        if own.is_none() {
            errors.push(FieldError { field: "min_own_share", code: "funding-percent-invalid" });
        }
        let costs: Vec<CostCategory> =
            CostCategory::ALL.into_iter().filter(|c| self.eligible_costs.iter().any(|s| s == c.as_str())).collect();
        if costs.is_empty() || self.eligible_costs.iter().any(|s| CostCategory::parse(s).is_none()) {
            errors.push(FieldError { field: "eligible_cost", code: "funding-costs-missing" });
        }
        let months = |text: &str| whole(text).flatten().filter(|n| (1..=120).contains(n)).map(|n| n as u8);
        let (duration_min, duration_max) = (months(&self.duration_min), months(&self.duration_max));
        if duration_min.is_none() {
            errors.push(FieldError { field: "duration_min", code: "funding-months-invalid" });
        }
        match (duration_min, duration_max) {
            (_, None) => errors.push(FieldError { field: "duration_max", code: "funding-months-invalid" }),
            (Some(min), Some(max)) if min > max => errors.push(FieldError { field: "duration_max", code: "funding-duration-order" }),
            _ => {}
        }
        let (attachments, declarations) = (lines(&self.attachments), lines(&self.declarations));
        if attachments.len() > REQUIRED_ATTACHMENTS_MAX || attachments.iter().any(|a| a.chars().count() > 300) {
            errors.push(FieldError { field: "attachments", code: "funding-list-too-long" });
        }
        if declarations.len() > 20 || declarations.iter().any(|a| a.chars().count() > 1_000) {
            errors.push(FieldError { field: "declarations", code: "funding-list-too-long" });
        }
        let criteria = lines(&self.criteria);
        if criteria.len() > 30 || criteria.iter().any(|a| a.chars().count() > 300) {
            errors.push(FieldError { field: "criteria", code: "funding-list-too-long" });
        }
        if errors.len() > before {
            return None;
        }
        Some(Rules {
            applicant_kinds: kinds,
            population_min: population_min.flatten(),
            population_max: population_max.flatten(),
            max_grant: max_grant?,
            funding_rate_percent: rate?,
            min_own_share_percent: own?,
            eligible_costs: costs,
            duration_months_min: duration_min?,
            duration_months_max: duration_max?,
            required_attachments: attachments,
            required_declarations: declarations,
            review_criteria: criteria,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_round_trip_through_the_form_and_json() {
        let rules = Rules::reference();
        let mut errors = Vec::new();
        assert_eq!(RulesForm::of(&rules).validate(&mut errors), Some(rules.clone()));
        assert!(errors.is_empty());
        assert_eq!(Rules::from_json(&rules.to_json()), Some(rules));
    }

    #[test]
    fn bad_rules_are_named_field_by_field() {
        let form = RulesForm {
            applicant_kinds: vec!["city_state".into()],
            population_min: "50.000".into(),
            population_max: "10000".into(),
            max_grant: "zwanzigtausend".into(),
            funding_rate: "0".into(),
            min_own_share: "120".into(),
            eligible_costs: vec![],
            duration_min: "18".into(),
            duration_max: "12".into(),
            attachments: String::new(),
            declarations: String::new(),
            criteria: String::new(),
        };
        let mut errors = Vec::new();
        assert_eq!(form.validate(&mut errors), None);
        let fields: Vec<_> = errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            [
                ("applicant_kind", "funding-kinds-missing"),
                ("population_max", "funding-population-order"),
                ("max_grant", "funding-amount-invalid"),
                ("funding_rate", "funding-rate-invalid"),
                ("min_own_share", "funding-percent-invalid"),
                ("eligible_cost", "funding-costs-missing"),
                ("duration_max", "funding-duration-order"),
            ]
        );
        // No population limits at all is fine; an empty own share is none.
        let open = RulesForm {
            population_min: String::new(),
            population_max: String::new(),
            min_own_share: String::new(),
            ..RulesForm::of(&Rules::reference())
        };
        let rules = open.validate(&mut errors.split_off(errors.len())).unwrap();
        assert_eq!((rules.population_min, rules.population_max, rules.min_own_share_percent), (None, None, 0));
    }
}
