//! Surveys of a process: their settings, questions, responses (online and
//! from paper), drafts and results.

pub mod drafts;
pub mod held;
pub mod questions;
pub mod responses;
pub mod results;

use chrono::{DateTime, NaiveDate, Utc};
use domain::ids::UserId;
use domain::surveys::settings::{Access, NewSurvey};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::entities::surveys;
use crate::tenancy::TenantScope;
use crate::{StoreError, StoreResult, audit, now};

/// A stored survey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    pub id: i64,
    pub process_id: i64,
    pub settings: NewSurvey,
    pub intro_html: String,
    pub response_count: i64,
    /// Of those, entered from paper questionnaires.
    pub paper_count: i64,
    pub updated_at: DateTime<Utc>,
}

impl Survey {
    /// Its questions can change only while nobody has answered.
    pub fn locked(&self) -> bool {
        self.response_count > 0
    }

    /// How many responses came from this source.
    pub fn responses_from(&self, source: domain::surveys::ResponseSource) -> i64 {
        match source {
            domain::surveys::ResponseSource::Paper => self.paper_count,
            domain::surveys::ResponseSource::Online => self.response_count - self.paper_count,
        }
    }
}

impl TryFrom<surveys::Model> for Survey {
    type Error = StoreError;

    fn try_from(m: surveys::Model) -> StoreResult<Survey> {
        let access = Access::parse(&m.access)
            .ok_or_else(|| StoreError::Db(sea_orm::DbErr::Custom(format!("survey {} has access {}", m.id, m.access))))?;
        Ok(Survey {
            id: m.id,
            process_id: m.process_id,
            settings: NewSurvey {
                title: m.title,
                intro: m.intro_markdown,
                anonymous: m.anonymous,
                access,
                opens_on: m.opens_on,
                closes_on: m.closes_on,
                results_public: m.results_public,
            },
            intro_html: m.intro_html,
            response_count: i64::from(m.response_count),
            paper_count: i64::from(m.paper_count),
            updated_at: m.updated_at,
        })
    }
}

fn audit_snapshot(survey: &NewSurvey) -> serde_json::Value {
    serde_json::json!({
        "title": survey.title,
        "anonymous": survey.anonymous,
        "access": survey.access.as_str(),
        "opens_on": survey.opens_on,
        "closes_on": survey.closes_on,
        "results_public": survey.results_public,
    })
}

fn columns(model: &mut surveys::ActiveModel, survey: &NewSurvey, intro_html: &str) {
    model.title = Set(survey.title.clone());
    model.intro_markdown = Set(survey.intro.clone());
    model.intro_html = Set(intro_html.to_owned());
    model.anonymous = Set(survey.anonymous);
    model.access = Set(survey.access.as_str().to_owned());
    model.opens_on = Set(survey.opens_on);
    model.closes_on = Set(survey.closes_on);
    model.results_public = Set(survey.results_public);
    model.updated_at = Set(now());
}

/// Adds a survey to a process of this tenant, audited. Call inside a write transaction.
pub async fn create(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    process: i64,
    survey: &NewSurvey,
    intro_html: &str,
) -> StoreResult<i64> {
    crate::participation::processes::head_by_id(db, scope, process).await?.ok_or(StoreError::NotFound)?;
    let mut model = surveys::ActiveModel {
        tenant_id: Set(scope.id().0),
        process_id: Set(process),
        response_count: Set(0),
        paper_count: Set(0),
        created_at: Set(now()),
        ..Default::default()
    };
    columns(&mut model, survey, intro_html);
    let id = model.insert(db).await?.id;
    record(db, scope, actor, "surveys.create", id, None, Some(audit_snapshot(survey))).await?;
    Ok(id)
}

/// Changes a survey's settings, audited with before and after. A survey
/// that has responses keeps whether it is anonymous (its responses were given
/// on that promise). Call inside a write transaction.
pub async fn update(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    id: i64,
    survey: &NewSurvey,
    intro_html: &str,
) -> StoreResult<()> {
    let before = get(db, scope, id).await?.ok_or(StoreError::NotFound)?;
    if before.locked() && (before.settings.anonymous != survey.anonymous || before.settings.access != survey.access) {
        return Err(StoreError::Conflict("survey-identity-locked"));
    }
    let mut model = surveys::ActiveModel { id: sea_orm::Unchanged(id), ..Default::default() };
    columns(&mut model, survey, intro_html);
    model.update(db).await?;
    record(db, scope, actor, "surveys.update", id, Some(audit_snapshot(&before.settings)), Some(audit_snapshot(survey))).await
}

pub(crate) async fn record(
    db: &impl ConnectionTrait,
    scope: &TenantScope,
    actor: UserId,
    action: &'static str,
    survey: i64,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> StoreResult<()> {
    audit::record(
        db,
        audit::Entry { actor: Some(actor), tenant: Some(scope.id()), action, subject: format!("survey:{survey}"), before, after },
    )
    .await
}

/// One survey of this tenant.
pub async fn get(db: &impl ConnectionTrait, scope: &TenantScope, id: i64) -> StoreResult<Option<Survey>> {
    surveys::Entity::find_by_id(id).filter(surveys::Column::TenantId.eq(scope.id().0)).one(db).await?.map(Survey::try_from).transpose()
}

/// The tenant's surveys matching `condition`, the latest opening first.
async fn listed(db: &impl ConnectionTrait, scope: &TenantScope, condition: sea_orm::Condition) -> StoreResult<Vec<Survey>> {
    surveys::Entity::find()
        .filter(surveys::Column::TenantId.eq(scope.id().0))
        .filter(condition)
        .order_by_desc(surveys::Column::OpensOn)
        .order_by_desc(surveys::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(Survey::try_from)
        .collect()
}

/// The surveys of a process, the latest opening first.
pub async fn of_process(db: &impl ConnectionTrait, scope: &TenantScope, process: i64) -> StoreResult<Vec<Survey>> {
    listed(db, scope, sea_orm::Condition::all().add(surveys::Column::ProcessId.eq(process))).await
}

/// The tenant's surveys that have opened by `day` (the public list), the latest opening first.
pub async fn opened(db: &impl ConnectionTrait, scope: &TenantScope, day: NaiveDate) -> StoreResult<Vec<Survey>> {
    listed(db, scope, sea_orm::Condition::all().add(surveys::Column::OpensOn.lte(day))).await
}
