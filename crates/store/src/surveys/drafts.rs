//! Answers saved by a logged-in person to continue later, kept as the form
//! sent them until the response is sent.

use domain::ids::UserId;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::entities::survey_drafts;
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
