//! Anonymous online responses held back until there are five.
//!
//! A response written in the same transaction as its participation could be
//! paired with it: by the order in which the rows lie, by sequential answer
//! ids, and on PostgreSQL by the transaction id stored with every row. So
//! an anonymous response waits here, and each new one rewrites all that
//! wait in random order. The fifth writes all five to the responses at
//! once, in random order. Of a stored response, the database can then tell
//! at most that it came from one of five people.
//!
//! The kept counts take each response at once; the export and the free
//! texts read the held ones too, so nothing waits for the coordinator.

use chrono::NaiveDate;
use domain::surveys::answers::AnswerRow;
use rand::seq::SliceRandom;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use crate::StoreResult;
use crate::entities::survey_held_responses as held;

/// How many anonymous responses are written together.
pub const BATCH: usize = 5;

/// A held response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub id: i64,
    pub tenant: i64,
    pub submitted_on: NaiveDate,
    pub rows: Vec<AnswerRow>,
}

type StoredRow = (i64, Option<u32>, Option<u32>, Option<i32>, Option<String>);

fn encode(rows: &[AnswerRow]) -> StoreResult<String> {
    let rows: Vec<StoredRow> = rows.iter().map(|r| (r.question, r.row, r.choice, r.value, r.text.clone())).collect();
    Ok(serde_json::to_string(&rows).map_err(|e| DbErr::Json(format!("held answers: {e}")))?)
}

fn decode(model: held::Model) -> StoreResult<Held> {
    let rows: Vec<StoredRow> = serde_json::from_str(&model.answers).map_err(|e| DbErr::Json(format!("held answers: {e}")))?;
    Ok(Held {
        id: model.id,
        tenant: model.tenant_id,
        submitted_on: model.submitted_on,
        rows: rows.into_iter().map(|(question, row, choice, value, text)| AnswerRow { question, row, choice, value, text }).collect(),
    })
}

/// The responses of the survey that wait.
pub async fn of_survey(db: &impl ConnectionTrait, survey: i64) -> StoreResult<Vec<Held>> {
    held::Entity::find().filter(held::Column::SurveyId.eq(survey)).all(db).await?.into_iter().map(decode).collect()
}

/// Holds a new anonymous response, or, with it, writes the batch out. The
/// caller has locked the survey's row (by counting the response), so that
/// responses to one survey pass here one after another. Call inside the
/// response's transaction.
pub(super) async fn hold(db: &impl ConnectionTrait, survey: i64, response: Held) -> StoreResult<()> {
    let mut waiting = of_survey(db, survey).await?;
    waiting.push(response);
    waiting.shuffle(&mut rand::rng());
    held::Entity::delete_many().filter(held::Column::SurveyId.eq(survey)).exec(db).await?;
    if waiting.len() >= BATCH {
        for response in waiting {
            super::responses::write(db, survey, &response, None, domain::surveys::ResponseSource::Online).await?;
        }
        return Ok(());
    }
    let models = waiting
        .iter()
        .map(|r| {
            Ok(held::ActiveModel {
                id: Set(r.id),
                tenant_id: Set(r.tenant),
                survey_id: Set(survey),
                submitted_on: Set(r.submitted_on),
                answers: Set(encode(&r.rows)?),
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    held::Entity::insert_many(models).exec_without_returning(db).await?;
    Ok(())
}
