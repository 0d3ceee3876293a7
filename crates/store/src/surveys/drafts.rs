//! Answers saved by a logged-in person to continue later, kept as the form
//! sent them until the response is sent.

use domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::entities::{survey_drafts, surveys};
use crate::{StoreResult, now};

fn find(survey: i64, user: UserId) -> sea_orm::Select<survey_drafts::Entity> {
    survey_drafts::Entity::find().filter(survey_drafts::Column::SurveyId.eq(survey)).filter(survey_drafts::Column::UserId.eq(user.0))
}

/// The saved form (URL-encoded), if any.
pub async fn get(db: &impl ConnectionTrait, survey: i64, user: UserId) -> StoreResult<Option<String>> {
    Ok(find(survey, user).one(db).await?.map(|d| d.answers))
}

/// Saves (or replaces) the person's draft. Call inside a write transaction.
pub async fn save(db: &impl ConnectionTrait, survey: i64, user: UserId, answers: &str) -> StoreResult<()> {
    match find(survey, user).one(db).await? {
        Some(found) => {
            let model = survey_drafts::ActiveModel {
                id: sea_orm::Unchanged(found.id),
                answers: Set(answers.to_owned()),
                updated_at: Set(now()),
                ..Default::default()
            };
            model.update(db).await?;
        }
        None => {
            survey_drafts::ActiveModel {
                survey_id: Set(survey),
                user_id: Set(user.0),
                answers: Set(answers.to_owned()),
                updated_at: Set(now()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// Removes the drafts of surveys that closed before `today`: they can no
/// longer be sent, and a draft holds answers with the account. Returns how many.
pub async fn remove_unsent(db: &impl ConnectionTrait, today: chrono::NaiveDate) -> StoreResult<u64> {
    use sea_orm::QuerySelect;
    let closed: Vec<i64> = surveys::Entity::find()
        .filter(surveys::Column::ClosesOn.lt(today))
        .select_only()
        .column(surveys::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    if closed.is_empty() {
        return Ok(0);
    }
    Ok(survey_drafts::Entity::delete_many().filter(survey_drafts::Column::SurveyId.is_in(closed)).exec(db).await?.rows_affected)
}
