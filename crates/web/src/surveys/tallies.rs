//! A survey's counted answers (read from the counts every response keeps up
//! to date), kept between requests while its response count stays the same.
//! Responses are only ever added (and questions change only before the first
//! one), so the count names the state exactly, also with several instances
//! on one database. Bounded: cleared when full.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use domain::surveys::{Question, QuestionKind, ResponseSource};
use store::surveys::Survey;
use store::surveys::results::{self, Count};

/// Tallies kept at most.
const MAX_ENTRIES: usize = 256;
/// Free texts kept (and shown) per question; the CSV has all.
pub const TEXTS_SHOWN: u64 = 50;

pub struct Tally {
    pub counts: Vec<Count>,
    /// Responses that answered each question.
    pub answered: HashMap<i64, i64>,
    /// All responses, by source (whatever the filter).
    pub by_source: HashMap<ResponseSource, i64>,
    /// The latest free texts of each text question, and how many there are.
    pub texts: HashMap<i64, (Vec<String>, u64)>,
}

impl Tally {
    pub fn count(&self, question: i64, row: Option<u32>, choice: Option<u32>, value: Option<i32>) -> i64 {
        self.counts.iter().find(|c| c.question == question && c.row == row && c.choice == choice && c.value == value).map_or(0, |c| c.count)
    }

    /// Responses in the filtered set.
    pub fn responses(&self, source: Option<ResponseSource>) -> i64 {
        match source {
            Some(source) => self.by_source.get(&source).copied().unwrap_or(0),
            None => self.by_source.values().sum(),
        }
    }
}

type Key = (i64, Option<ResponseSource>);

#[derive(Default)]
pub struct SurveyTallies {
    entries: Mutex<HashMap<Key, (i64, Arc<Tally>)>>,
}

impl SurveyTallies {
    pub async fn of(
        &self,
        db: &store::DatabaseConnection,
        survey: &Survey,
        questions: &[Question],
        source: Option<ResponseSource>,
    ) -> store::StoreResult<Arc<Tally>> {
        let key = (survey.id, source);
        let kept = self.entries.lock().unwrap_or_else(|e| e.into_inner()).get(&key).filter(|(n, _)| *n == survey.response_count).cloned();
        if let Some((_, tally)) = kept {
            return Ok(tally);
        }
        let answered = results::answered(db, survey.id, source).await?;
        let mut texts = HashMap::new();
        for q in questions.iter().filter(|q| q.kind == QuestionKind::Text) {
            let total = answered.get(&q.id).copied().unwrap_or(0);
            let shown = if total == 0 { Vec::new() } else { results::texts(db, survey.id, q.id, source, TEXTS_SHOWN).await? };
            texts.insert(q.id, (shown, u64::try_from(total).unwrap_or(0)));
        }
        let tally = Arc::new(Tally {
            counts: results::counts(db, survey.id, source).await?,
            answered,
            by_source: ResponseSource::ALL.into_iter().map(|s| (s, survey.responses_from(s))).collect(),
            texts,
        });
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= MAX_ENTRIES && !entries.contains_key(&key) {
            entries.clear();
        }
        entries.insert(key, (survey.response_count, tally.clone()));
        Ok(tally)
    }
}
