//! Responses: given online (by an account or, for public anonymous surveys,
//! a browser) or entered from paper by staff. One transaction writes the
//! participation, the counts, and the response with its answers, or (for
//! an anonymous survey) holds the response back until there are five
//! (see [`super::held`]).

use chrono::NaiveDate;
use domain::ids::UserId;
use domain::surveys::ResponseSource;
use domain::surveys::answers::{Answer, AnswerRow};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use super::Survey;
use super::held::Held;
use crate::entities::{survey_answers, survey_drafts, survey_participations, survey_responses, surveys, users};
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, is_unique_violation};

/// Who gives a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Respondent<'a> {
    Account(UserId),
    /// A browser of a public anonymous survey, by the hash of its token.
    Browser(&'a str),
    /// A paper questionnaire entered by this member of staff: nobody's
    /// account is kept with it; the entry is audited without the response.
    Paper(UserId),
}

/// A random id in 1..2^53 (safe in JavaScript too), so that the order of
/// ids tells nothing about the order of responses.
fn random_id() -> i64 {
    Ord::max(rand::random::<u64>() >> 11, 1) as i64
}

/// Has this account (or browser) answered the survey?
pub async fn has_answered(db: &impl ConnectionTrait, survey: i64, who: Respondent<'_>) -> StoreResult<bool> {
    let select = survey_participations::Entity::find().filter(survey_participations::Column::SurveyId.eq(survey));
    let select = match who {
        Respondent::Account(user) => select.filter(survey_participations::Column::UserId.eq(user.0)),
        Respondent::Browser(hash) => select.filter(survey_participations::Column::BrowserHash.eq(hash)),
        Respondent::Paper(_) => return Ok(false),
    };
    Ok(select.one(db).await?.is_some())
}

/// Stores a checked response. An anonymous survey's response keeps no
/// account, address or time finer than the day. A second response of the
/// same account or browser is refused (`survey-already-answered`). Call
/// inside a write transaction.
pub async fn submit(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    survey: &Survey,
    who: Respondent<'_>,
    answers: &[(i64, Answer)],
    today: NaiveDate,
) -> StoreResult<i64> {
    let source = if matches!(who, Respondent::Paper(_)) { ResponseSource::Paper } else { ResponseSource::Online };
    if !matches!(who, Respondent::Paper(_)) {
        let participation = survey_participations::ActiveModel {
            id: Set(random_id()),
            survey_id: Set(survey.id),
            user_id: Set(match who {
                Respondent::Account(user) => Some(user.0),
                _ => None,
            }),
            browser_hash: Set(match who {
                Respondent::Browser(hash) => Some(hash.to_owned()),
                _ => None,
            }),
        };
        if let Err(err) = participation.insert(db).await {
            return Err(if is_unique_violation(&err) { StoreError::Conflict("survey-already-answered") } else { err.into() });
        }
    }
    // Counted first: on PostgreSQL this locks the survey's row, so that the
    // responses to one survey are written one after another.
    let mut counted =
        surveys::Entity::update_many().col_expr(surveys::Column::ResponseCount, Expr::col(surveys::Column::ResponseCount).add(1));
    if source == ResponseSource::Paper {
        counted = counted.col_expr(surveys::Column::PaperCount, Expr::col(surveys::Column::PaperCount).add(1));
    }
    counted.filter(surveys::Column::Id.eq(survey.id)).exec(db).await?;
    super::results::add(db, survey.id, source, answers).await?;
    let response = Held {
        id: random_id(),
        tenant: scope.id().0,
        submitted_on: today,
        rows: answers.iter().flat_map(|(question, answer)| answer.rows(*question)).collect(),
    };
    let id = response.id;
    match who {
        Respondent::Account(user) if !survey.settings.anonymous => write(db, survey.id, &response, Some(user.0), source).await?,
        Respondent::Account(_) | Respondent::Browser(_) if survey.settings.anonymous => super::held::hold(db, survey.id, response).await?,
        _ => write(db, survey.id, &response, None, source).await?,
    }
    if let Respondent::Account(user) = who {
        survey_drafts::Entity::delete_many()
            .filter(survey_drafts::Column::SurveyId.eq(survey.id))
            .filter(survey_drafts::Column::UserId.eq(user.0))
            .exec(db)
            .await?;
    }
    if let Respondent::Paper(staff) = who {
        super::record(db, scope, staff, "surveys.response.paper", survey.id, None, None).await?;
    }
    Ok(id)
}

/// Writes one response and its answer rows.
pub(super) async fn write(
    db: &impl ConnectionTrait,
    survey: i64,
    response: &Held,
    account: Option<i64>,
    source: ResponseSource,
) -> StoreResult<()> {
    survey_responses::ActiveModel {
        id: Set(response.id),
        tenant_id: Set(response.tenant),
        survey_id: Set(survey),
        user_id: Set(account),
        source: Set(source.as_str().to_owned()),
        submitted_on: Set(response.submitted_on),
    }
    .insert(db)
    .await?;
    let rows: Vec<survey_answers::ActiveModel> = response
        .rows
        .iter()
        .map(|row| survey_answers::ActiveModel {
            survey_id: Set(survey),
            response_id: Set(response.id),
            question_id: Set(row.question),
            source: Set(source.as_str().to_owned()),
            row_index: Set(row.row.and_then(|r| i32::try_from(r).ok())),
            choice_index: Set(row.choice.and_then(|c| i32::try_from(c).ok())),
            value: Set(row.value),
            text: Set(row.text.clone()),
            ..Default::default()
        })
        .collect();
    if !rows.is_empty() {
        survey_answers::Entity::insert_many(rows).exec_without_returning(db).await?;
    }
    Ok(())
}

/// An account is deleted: its signed responses stay in the results without
/// the person, its drafts go. Call inside the deletion's transaction.
pub async fn forget_person(db: &impl ConnectionTrait, user: UserId) -> StoreResult<()> {
    survey_responses::Entity::update_many()
        .col_expr(survey_responses::Column::UserId, Expr::value(Option::<i64>::None))
        .filter(survey_responses::Column::UserId.eq(user.0))
        .exec(db)
        .await?;
    survey_drafts::Entity::delete_many().filter(survey_drafts::Column::UserId.eq(user.0)).exec(db).await?;
    Ok(())
}

/// A response with its answer rows, for the coordinators' export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub id: i64,
    pub source: ResponseSource,
    pub submitted_on: NaiveDate,
    /// The person's name, for signed surveys only.
    pub person: Option<String>,
    pub rows: Vec<AnswerRow>,
}

/// Every response of the survey, the oldest day first, with its answers;
/// the anonymous ones still held back too.
pub async fn all(db: &impl ConnectionTrait, survey: i64) -> StoreResult<Vec<StoredResponse>> {
    let responses = survey_responses::Entity::find()
        .filter(survey_responses::Column::SurveyId.eq(survey))
        .order_by_asc(survey_responses::Column::SubmittedOn)
        .order_by_asc(survey_responses::Column::Id)
        .all(db)
        .await?;
    let people: std::collections::HashMap<i64, String> = {
        let ids: Vec<i64> = responses.iter().filter_map(|r| r.user_id).collect();
        if ids.is_empty() {
            Default::default()
        } else {
            users::Entity::find().filter(users::Column::Id.is_in(ids)).all(db).await?.into_iter().map(|u| (u.id, u.display_name)).collect()
        }
    };
    let mut rows: std::collections::HashMap<i64, Vec<AnswerRow>> = std::collections::HashMap::new();
    let answers = survey_answers::Entity::find()
        .filter(survey_answers::Column::SurveyId.eq(survey))
        .order_by_asc(survey_answers::Column::Id)
        .all(db)
        .await?;
    for a in answers {
        rows.entry(a.response_id).or_default().push(AnswerRow {
            question: a.question_id,
            row: a.row_index.and_then(|r| u32::try_from(r).ok()),
            choice: a.choice_index.and_then(|c| u32::try_from(c).ok()),
            value: a.value,
            text: a.text,
        });
    }
    let mut all: Vec<StoredResponse> = responses
        .into_iter()
        .map(|r| StoredResponse {
            id: r.id,
            source: ResponseSource::parse(&r.source).unwrap_or(ResponseSource::Online),
            submitted_on: r.submitted_on,
            person: r.user_id.and_then(|u| people.get(&u).cloned()).filter(|name| !name.is_empty()),
            rows: rows.remove(&r.id).unwrap_or_default(),
        })
        .collect();
    all.extend(super::held::of_survey(db, survey).await?.into_iter().map(|held| StoredResponse {
        id: held.id,
        source: ResponseSource::Online,
        submitted_on: held.submitted_on,
        person: None,
        rows: held.rows,
    }));
    all.sort_by_key(|r| (r.submitted_on, r.id));
    Ok(all)
}
