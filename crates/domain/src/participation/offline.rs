//! Contributions given offline — on a workshop card, a paper questionnaire,
//! by phone — that a coordinator enters: their source, and the person's
//! name only when they agreed to it. Many cards are entered in one form; a
//! card with a mistake sends the whole form back with everything typed.

use crate::participation::ideas::{BODY_MAX, TITLE_MAX};
use crate::tenancy::FieldError;

/// How an offline contribution was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OfflineSource {
    Workshop,
    Paper,
    Phone,
    Other,
}

impl OfflineSource {
    pub const ALL: [OfflineSource; 4] = [OfflineSource::Workshop, OfflineSource::Paper, OfflineSource::Phone, OfflineSource::Other];

    pub const fn as_str(self) -> &'static str {
        match self {
            OfflineSource::Workshop => "workshop",
            OfflineSource::Paper => "paper",
            OfflineSource::Phone => "phone",
            OfflineSource::Other => "other",
        }
    }

    /// `None` for `online` and anything unknown.
    pub fn parse(text: &str) -> Option<OfflineSource> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub const fn name_key(self) -> &'static str {
        match self {
            OfflineSource::Workshop => "offline-source-workshop",
            OfflineSource::Paper => "offline-source-paper",
            OfflineSource::Phone => "offline-source-phone",
            OfflineSource::Other => "offline-source-other",
        }
    }
}

/// The stored source of a contribution made on the platform itself.
pub const ONLINE: &str = "online";

/// Where a batch of cards came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub source: OfflineSource,
    /// The event it was given at (checked against the process by the caller).
    pub event: Option<i64>,
    /// "Workshop „Sprache & Bildung“, 12 March"; may be empty.
    pub note: String,
}

/// One card as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardForm {
    /// The card's own mark, e.g. "Karte 14".
    pub reference: String,
    pub title: String,
    pub body: String,
    pub action_field: String,
    pub neighbourhood: String,
    pub name: String,
    /// `yes` when the person agreed that their name is shown.
    pub consent: String,
}

impl CardForm {
    fn is_empty(&self) -> bool {
        [&self.reference, &self.title, &self.body, &self.name].iter().all(|t| t.trim().is_empty())
    }
}

/// The whole form as typed: the shared source and the cards.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BulkForm {
    pub source: String,
    pub event: String,
    pub note: String,
    pub cards: Vec<CardForm>,
}

/// One checked card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Its position in the form (for messages).
    pub index: usize,
    pub title: String,
    pub body: String,
    pub action_field: Option<i64>,
    pub neighbourhood: Option<i64>,
    /// Only when the person agreed.
    pub contributor: Option<String>,
    /// The batch's note with the card's own mark: "Workshop, 12 March – Karte 14".
    pub note: String,
}

/// What is wrong: with the shared fields, and per card (its index).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BulkErrors {
    pub shared: Vec<FieldError>,
    pub cards: Vec<(usize, FieldError)>,
}

/// Rows the form shows at first, and at most.
pub const ROWS: usize = 5;
pub const MAX_ROWS: usize = 100;

/// The card fields, as the form names them with the row: `title_3`.
pub const CARD_FIELDS: [&str; 7] = ["reference", "title", "body", "action_field", "neighbourhood", "name", "consent"];

impl BulkForm {
    /// Reads the form's pairs (`source`, `event`, `note`, `title_0`, `name_0`, …).
    pub fn from_pairs(pairs: &[(String, String)]) -> BulkForm {
        let mut form = BulkForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "source" => form.source = value.clone(),
                "event" => form.event = value.clone(),
                "note" => form.note = value.clone(),
                _ => {
                    let Some((field, row)) = key.rsplit_once('_') else { continue };
                    let Ok(row) = row.parse::<usize>() else { continue };
                    if row >= MAX_ROWS || !CARD_FIELDS.contains(&field) {
                        continue;
                    }
                    if form.cards.len() <= row {
                        form.cards.resize(row + 1, CardForm::default());
                    }
                    let card = &mut form.cards[row];
                    let slot = match field {
                        "reference" => &mut card.reference,
                        "title" => &mut card.title,
                        "body" => &mut card.body,
                        "action_field" => &mut card.action_field,
                        "neighbourhood" => &mut card.neighbourhood,
                        "name" => &mut card.name,
                        _ => &mut card.consent,
                    };
                    *slot = value.clone();
                }
            }
        }
        form
    }

    /// Adds empty rows up to `rows` (at most [`MAX_ROWS`]).
    pub fn with_rows(mut self, rows: usize) -> BulkForm {
        let rows = rows.clamp(1, MAX_ROWS);
        if self.cards.len() < rows {
            self.cards.resize(rows, CardForm::default());
        }
        self
    }

    /// Checks every card; empty rows are left out. Either all cards are
    /// fine, or every problem of every card is named.
    pub fn validate(&self) -> Result<(Origin, Vec<Card>), BulkErrors> {
        let mut errors = BulkErrors::default();
        let source = OfflineSource::parse(self.source.trim());
        if source.is_none() {
            errors.shared.push(FieldError { field: "source", code: "offline-source-missing" });
        }
        let event = match self.event.trim() {
            "" => None,
            text => text.parse().map_err(|_| errors.shared.push(FieldError { field: "event", code: "idea-choice-invalid" })).ok(),
        };
        let note = self.note.trim();
        if note.chars().count() > 200 {
            errors.shared.push(FieldError { field: "note", code: "offline-note-length" });
        }
        let mut cards = Vec::new();
        for (index, card) in self.cards.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            let mut problem = |field: &'static str, code: &'static str| errors.cards.push((index, FieldError { field, code }));
            let title = card.title.trim();
            if !(3..=TITLE_MAX).contains(&title.chars().count()) {
                problem("title", "offline-title-length");
            }
            let body = card.body.trim();
            if body.chars().count() > BODY_MAX {
                problem("body", "idea-body-length");
            }
            let reference = card.reference.trim();
            if reference.chars().count() > 60 {
                problem("reference", "offline-reference-length");
            }
            let name = card.name.trim();
            let consent = !card.consent.is_empty();
            if name.chars().count() > 200 {
                problem("name", "offline-name-length");
            } else if !name.is_empty() && !consent {
                problem("consent", "offline-consent-missing");
            }
            let mut id = |text: &str, field: &'static str| match text.trim() {
                "" => None,
                text => text.parse().map_err(|_| problem(field, "idea-choice-invalid")).ok(),
            };
            let action_field = id(&card.action_field, "action_field");
            let neighbourhood = id(&card.neighbourhood, "neighbourhood");
            let note = match (note.is_empty(), reference.is_empty()) {
                (_, true) => note.to_owned(),
                (true, false) => reference.to_owned(),
                (false, false) => format!("{note} – {reference}"),
            };
            cards.push(Card {
                index,
                title: title.to_owned(),
                body: body.to_owned(),
                action_field,
                neighbourhood,
                contributor: Some(name.to_owned()).filter(|n| !n.is_empty() && consent),
                note,
            });
        }
        if cards.is_empty() && errors.cards.is_empty() {
            errors.cards.push((0, FieldError { field: "title", code: "offline-no-cards" }));
        }
        match source {
            Some(source) if errors == BulkErrors::default() => Ok((Origin { source, event, note: note.to_owned() }, cards)),
            _ => Err(errors),
        }
    }
}

/// A comment given offline, as typed (on an idea's page).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct CommentForm {
    pub offline_source: String,
    pub offline_note: String,
    pub offline_name: String,
    pub offline_consent: String,
    pub offline_body: String,
}

/// A checked comment given offline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfflineComment {
    pub source: OfflineSource,
    pub note: String,
    pub contributor: Option<String>,
    pub body: String,
}

impl CommentForm {
    pub fn validate(&self) -> Result<OfflineComment, Vec<FieldError>> {
        let mut errors = Vec::new();
        let source = OfflineSource::parse(self.offline_source.trim());
        if source.is_none() {
            errors.push(FieldError { field: "offline_source", code: "offline-source-missing" });
        }
        let note = self.offline_note.trim();
        if note.chars().count() > 200 {
            errors.push(FieldError { field: "offline_note", code: "offline-note-length" });
        }
        let name = self.offline_name.trim();
        let consent = !self.offline_consent.is_empty();
        if name.chars().count() > 200 {
            errors.push(FieldError { field: "offline_name", code: "offline-name-length" });
        } else if !name.is_empty() && !consent {
            errors.push(FieldError { field: "offline_consent", code: "offline-consent-missing" });
        }
        let body = crate::participation::ideas::check_comment(&self.offline_body)
            .map_err(|_| errors.push(FieldError { field: "offline_body", code: "comment-length" }))
            .ok();
        match (source, body) {
            (Some(source), Some(body)) if errors.is_empty() => Ok(OfflineComment {
                source,
                note: note.to_owned(),
                contributor: Some(name.to_owned()).filter(|n| !n.is_empty() && consent),
                body,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn five_cards_in_one_form_empty_rows_left_out() {
        let form = BulkForm::from_pairs(&pairs(&[
            ("source", "workshop"),
            ("event", "3"),
            ("note", "Workshop Sprache & Bildung, 12. März"),
            ("reference_0", "Karte 14"),
            ("title_0", "Sprachcafé im Jugendzentrum"),
            ("name_0", "Fatma K."),
            ("consent_0", "yes"),
            ("title_1", "Mehr Kita-Plätze"),
            ("action_field_1", "2"),
            ("name_1", "ohne Einwilligung"),
            ("consent_1", "yes"),
            ("title_4", "Elterncafé"),
            ("name_4", "Ali"),
        ]));
        assert_eq!(form.cards.len(), 5);
        let errors = form.validate().unwrap_err();
        assert_eq!(errors.cards, [(4, FieldError { field: "consent", code: "offline-consent-missing" })], "a name needs consent");

        let mut fixed = form.clone();
        fixed.cards[4].name.clear();
        let (origin, cards) = fixed.validate().unwrap();
        assert_eq!(origin, Origin { source: OfflineSource::Workshop, event: Some(3), note: "Workshop Sprache & Bildung, 12. März".into() });
        assert_eq!(cards.iter().map(|c| c.index).collect::<Vec<_>>(), [0, 1, 4], "empty rows are left out");
        assert_eq!(cards[0].note, "Workshop Sprache & Bildung, 12. März – Karte 14");
        assert_eq!(cards[0].contributor.as_deref(), Some("Fatma K."));
        assert_eq!(cards[1].action_field, Some(2));
        assert_eq!(cards[2].contributor, None);
    }

    #[test]
    fn an_offline_comment_needs_a_source_and_a_name_only_with_consent() {
        let form = CommentForm {
            offline_source: "phone".into(),
            offline_name: "Frau M.".into(),
            offline_body: "Bitte auch samstags.".into(),
            ..CommentForm::default()
        };
        assert_eq!(form.validate().unwrap_err()[0].field, "offline_consent");
        let agreed = CommentForm { offline_consent: "yes".into(), ..form };
        let comment = agreed.validate().unwrap();
        assert_eq!((comment.source, comment.contributor.as_deref()), (OfflineSource::Phone, Some("Frau M.")));
        let fields: Vec<_> = CommentForm::default().validate().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["offline_source", "offline_body"]);
    }

    #[test]
    fn every_problem_of_every_card_is_named() {
        let form = BulkForm::from_pairs(&pairs(&[
            ("source", "fax"),
            ("title_0", "ab"),
            ("reference_1", "Karte 2"),
            ("title_2", "Gute Idee"),
            ("neighbourhood_2", "Nordstadt"),
        ]));
        let errors = form.validate().unwrap_err();
        assert_eq!(errors.shared, [FieldError { field: "source", code: "offline-source-missing" }]);
        let fields: Vec<_> = errors.cards.iter().map(|(i, e)| (*i, e.field)).collect();
        assert_eq!(fields, [(0, "title"), (1, "title"), (2, "neighbourhood")]);
        let empty = BulkForm { source: "paper".into(), ..BulkForm::default() }.with_rows(ROWS);
        assert_eq!(empty.cards.len(), ROWS);
        assert_eq!(empty.validate().unwrap_err().cards[0].1.code, "offline-no-cards");
        assert!(BulkForm::from_pairs(&pairs(&[("title_100", "x")])).cards.is_empty(), "rows beyond the limit are ignored");
    }
}
