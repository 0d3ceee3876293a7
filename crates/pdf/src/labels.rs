//! Every fixed word a document prints, localised by the caller (the web
//! crate takes them from its Fluent files); [`Labels::german`] and
//! [`Labels::english`] are complete defaults.

/// The fixed words of the documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    /// Under the title on the cover: "Handlungs- und Maßnahmenkonzept".
    pub document_kind: String,
    pub contents: String,
    pub preamble: String,
    pub vision: String,
    pub action_field: String,
    pub situation: String,
    pub goal: String,
    pub measure: String,
    pub status: String,
    pub status_reason: String,
    pub lead: String,
    pub partners: String,
    pub target_groups: String,
    pub neighbourhoods: String,
    pub period: String,
    /// Before an open start or end: "ab" / "bis".
    pub from: String,
    pub until: String,
    pub priority: String,
    pub estimated_cost: String,
    pub funding: String,
    pub indicators: String,
    pub indicator: String,
    pub baseline: String,
    pub target: String,
    pub data_source: String,
    pub contributors: String,
    /// The footer's "Seite".
    pub page: String,
    /// `MeasureStatus::as_str` → shown word.
    pub status_names: Vec<(String, String)>,
    /// `Priority::as_str` → shown word.
    pub priority_names: Vec<(String, String)>,
    /// `Direction::as_str` → shown words ("höher ist besser").
    pub direction_names: Vec<(String, String)>,
    /// `OrganisationKind::as_str` → shown plural ("Vereine").
    pub organisation_kinds: Vec<(String, String)>,
    // The council proposal.
    /// "Beschlussvorlage" (the title is "Beschlussvorlage: <concept title>").
    pub proposal: String,
    /// "Entwurf".
    pub draft: String,
    pub proposal_decision: String,
    pub proposal_reasons: String,
    /// The sentence before the key figures.
    pub proposal_reasons_intro: String,
    pub proposal_finance: String,
    /// The sentence before the funding table.
    pub proposal_finance_intro: String,
    pub proposal_attachment: String,
    pub action_fields: String,
    pub goals: String,
    pub measures: String,
    /// "Maßnahmen ohne Kostenschätzung".
    pub measures_without_cost: String,
    pub total_cost: String,
    pub funding_source: String,
    /// For measures that name no funding source.
    pub no_funding_source: String,
    pub amount: String,
    pub total: String,
    /// "Anlage 1" (the attachment's name follows).
    pub attachment_1: String,
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

impl Labels {
    pub fn german() -> Labels {
        Labels {
            document_kind: "Handlungs- und Maßnahmenkonzept".into(),
            contents: "Inhalt".into(),
            preamble: "Präambel".into(),
            vision: "Leitbild".into(),
            action_field: "Handlungsfeld".into(),
            situation: "Ausgangslage".into(),
            goal: "Ziel".into(),
            measure: "Maßnahme".into(),
            status: "Stand".into(),
            status_reason: "Begründung".into(),
            lead: "Verantwortlich".into(),
            partners: "Partner".into(),
            target_groups: "Zielgruppen".into(),
            neighbourhoods: "Stadtteile".into(),
            period: "Zeitraum".into(),
            from: "ab".into(),
            until: "bis".into(),
            priority: "Priorität".into(),
            estimated_cost: "Geschätzte Kosten".into(),
            funding: "Finanzierung".into(),
            indicators: "Indikatoren".into(),
            indicator: "Indikator".into(),
            baseline: "Ausgangswert".into(),
            target: "Zielwert".into(),
            data_source: "Datenquelle".into(),
            contributors: "Beteiligte Organisationen".into(),
            page: "Seite".into(),
            status_names: pairs(&[
                ("planned", "Geplant"),
                ("preparing", "In Vorbereitung"),
                ("running", "Laufend"),
                ("done", "Abgeschlossen"),
                ("paused", "Pausiert"),
                ("dropped", "Entfallen"),
            ]),
            priority_names: pairs(&[("high", "Hoch"), ("medium", "Mittel"), ("low", "Niedrig")]),
            direction_names: pairs(&[("higher", "höher ist besser"), ("lower", "niedriger ist besser")]),
            organisation_kinds: pairs(&[
                ("association", "Vereine und Verbände"),
                ("migrant_organisation", "Migrantenorganisationen"),
                ("business", "Unternehmen"),
                ("school", "Schulen und Kitas"),
                ("institution", "Einrichtungen und Behörden"),
                ("other", "Weitere"),
            ]),
            proposal: "Beschlussvorlage".into(),
            draft: "Entwurf".into(),
            proposal_decision: "Beschlussvorschlag".into(),
            proposal_reasons: "Begründung".into(),
            proposal_reasons_intro: "Das Handlungs- und Maßnahmenkonzept wurde unter Beteiligung der Einwohnerinnen und Einwohner, \
                der Vereine, Verbände und Unternehmen erarbeitet. Es umfasst:"
                .into(),
            proposal_finance: "Finanzielle Auswirkungen".into(),
            proposal_finance_intro: "Die geschätzten Kosten der Maßnahmen verteilen sich wie folgt auf die Finanzierungsquellen:".into(),
            proposal_attachment: "Anlage".into(),
            action_fields: "Handlungsfelder".into(),
            goals: "Ziele".into(),
            measures: "Maßnahmen".into(),
            measures_without_cost: "Maßnahmen ohne Kostenschätzung".into(),
            total_cost: "Geschätzte Gesamtkosten".into(),
            funding_source: "Finanzierungsquelle".into(),
            no_funding_source: "ohne Angabe".into(),
            amount: "Betrag".into(),
            total: "Summe".into(),
            attachment_1: "Anlage 1".into(),
        }
    }

    pub fn english() -> Labels {
        Labels {
            document_kind: "Action and measures concept".into(),
            contents: "Contents".into(),
            preamble: "Preamble".into(),
            vision: "Vision".into(),
            action_field: "Action field".into(),
            situation: "Starting point".into(),
            goal: "Goal".into(),
            measure: "Measure".into(),
            status: "Status".into(),
            status_reason: "Reason".into(),
            lead: "Responsible".into(),
            partners: "Partners".into(),
            target_groups: "Target groups".into(),
            neighbourhoods: "Neighbourhoods".into(),
            period: "Period".into(),
            from: "from".into(),
            until: "until".into(),
            priority: "Priority".into(),
            estimated_cost: "Estimated cost".into(),
            funding: "Funding".into(),
            indicators: "Indicators".into(),
            indicator: "Indicator".into(),
            baseline: "Baseline".into(),
            target: "Target".into(),
            data_source: "Data source".into(),
            contributors: "Contributing organisations".into(),
            page: "Page".into(),
            status_names: pairs(&[
                ("planned", "Planned"),
                ("preparing", "In preparation"),
                ("running", "Running"),
                ("done", "Done"),
                ("paused", "Paused"),
                ("dropped", "Dropped"),
            ]),
            priority_names: pairs(&[("high", "High"), ("medium", "Medium"), ("low", "Low")]),
            direction_names: pairs(&[("higher", "higher is better"), ("lower", "lower is better")]),
            organisation_kinds: pairs(&[
                ("association", "Associations"),
                ("migrant_organisation", "Migrant organisations"),
                ("business", "Businesses"),
                ("school", "Schools and day-care centres"),
                ("institution", "Institutions and authorities"),
                ("other", "Others"),
            ]),
            proposal: "Council proposal".into(),
            draft: "Draft".into(),
            proposal_decision: "Proposed resolution".into(),
            proposal_reasons: "Reasons".into(),
            proposal_reasons_intro: "The action and measures concept was drawn up together with residents, associations and \
                businesses. It comprises:"
                .into(),
            proposal_finance: "Financial implications".into(),
            proposal_finance_intro: "The estimated cost of the measures is spread over the funding sources as follows:".into(),
            proposal_attachment: "Attachment".into(),
            action_fields: "Action fields".into(),
            goals: "Goals".into(),
            measures: "Measures".into(),
            measures_without_cost: "Measures without a cost estimate".into(),
            total_cost: "Total estimated cost".into(),
            funding_source: "Funding source".into(),
            no_funding_source: "not specified".into(),
            amount: "Amount".into(),
            total: "Total".into(),
            attachment_1: "Attachment 1".into(),
        }
    }

    /// The shown word for an `as_str` value; the value itself when the
    /// lookup lacks it.
    pub fn lookup<'a>(table: &'a [(String, String)], key: &'a str) -> &'a str {
        table.iter().find(|(k, _)| k == key).map_or(key, |(_, v)| v.as_str())
    }
}
