//! What a person contributed, across all municipalities: for the download
//! of their own data (GDPR Art. 15 and 20). Only their own account's rows;
//! a deleted comment's text is gone and stays gone.

use chrono::{DateTime, Utc};
use domain::ids::UserId;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

use crate::StoreResult;
use crate::entities::{
    comments, consultation_comments, event_registrations, events, files, idea_supports, ideas, survey_answers, survey_drafts,
    survey_participations, survey_questions, survey_responses, surveys, tenants,
};

#[derive(Debug, Clone, Serialize)]
pub struct OwnIdea {
    pub municipality: String,
    pub id: i64,
    pub title: String,
    pub text: String,
    pub status: String,
    pub created_at: DateTime<Utc>,
    pub withdrawn: bool,
    /// Why moderation hid it, if it did.
    pub hidden_by_moderation: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OwnComment {
    pub municipality: String,
    pub idea: i64,
    pub text: Option<String>,
    pub created_at: DateTime<Utc>,
    pub deleted: bool,
    pub hidden_by_moderation: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OwnSupport {
    pub municipality: String,
    pub idea: i64,
    pub title: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OwnFile {
    pub municipality: String,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub uploaded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OwnRegistration {
    pub municipality: String,
    pub event: String,
    pub starts_at: DateTime<Utc>,
    /// `registered` or `waiting`.
    pub placement: String,
    pub interpretation: Option<String>,
    pub sign_language: bool,
    pub childcare: bool,
    pub step_free: bool,
    pub note: String,
    pub registered_at: DateTime<Utc>,
    pub cancelled: bool,
}

/// A survey the person took part in. For anonymous surveys only that; for
/// signed ones also what they answered.
#[derive(Debug, Clone, Serialize)]
pub struct OwnSurvey {
    pub municipality: String,
    pub survey: String,
    pub anonymous: bool,
    pub took_part: bool,
    /// Signed surveys: (question, answer) in the survey's order.
    pub answers: Vec<(String, String)>,
    /// Answers saved to continue later (the form as sent), not yet sent.
    pub draft: Option<String>,
}

/// A comment on a draft in consultation, with the municipality's answer.
#[derive(Debug, Clone, Serialize)]
pub struct OwnConsultationComment {
    pub municipality: String,
    pub paragraph: String,
    pub text: String,
    pub created_at: DateTime<Utc>,
    pub outcome: String,
    pub answer: String,
    pub hidden_by_moderation: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Contributions {
    pub ideas: Vec<OwnIdea>,
    pub comments: Vec<OwnComment>,
    pub consultation_comments: Vec<OwnConsultationComment>,
    pub supports: Vec<OwnSupport>,
    pub files: Vec<OwnFile>,
    pub event_registrations: Vec<OwnRegistration>,
    pub surveys: Vec<OwnSurvey>,
}

/// Everything the person wrote, supported, uploaded, registered for or
/// answered, oldest first.
pub async fn contributions(db: &impl ConnectionTrait, user: UserId) -> StoreResult<Contributions> {
    let own_ideas = ideas::Entity::find().filter(ideas::Column::AuthorId.eq(user.0)).order_by_asc(ideas::Column::Id).all(db).await?;
    let own_comments =
        comments::Entity::find().filter(comments::Column::AuthorId.eq(user.0)).order_by_asc(comments::Column::Id).all(db).await?;
    let consulted = consultation_comments::Entity::find()
        .filter(consultation_comments::Column::AuthorId.eq(user.0))
        .order_by_asc(consultation_comments::Column::Id)
        .all(db)
        .await?;
    let supports = idea_supports::Entity::find()
        .filter(idea_supports::Column::UserId.eq(user.0))
        .order_by_asc(idea_supports::Column::Id)
        .all(db)
        .await?;
    let supported = ideas::Entity::find().filter(ideas::Column::Id.is_in(supports.iter().map(|s| s.idea_id))).all(db).await?;
    let uploads = files::Entity::find().filter(files::Column::UploaderId.eq(user.0)).order_by_asc(files::Column::Id).all(db).await?;
    let registrations = event_registrations::Entity::find()
        .filter(event_registrations::Column::UserId.eq(user.0))
        .order_by_asc(event_registrations::Column::Id)
        .all(db)
        .await?;
    let registered_for = events::Entity::find().filter(events::Column::Id.is_in(registrations.iter().map(|r| r.event_id))).all(db).await?;
    let own_surveys = surveys_of(db, user).await?;
    let places = tenants::Entity::find().all(db).await?;
    let name = |tenant: i64| places.iter().find(|t| t.id == tenant).map(|t| t.name.clone()).unwrap_or_default();
    Ok(Contributions {
        ideas: own_ideas
            .into_iter()
            .map(|i| OwnIdea {
                municipality: name(i.tenant_id),
                id: i.id,
                title: i.title,
                text: i.body_markdown,
                status: i.status,
                created_at: i.created_at,
                withdrawn: i.withdrawn_at.is_some(),
                hidden_by_moderation: i.hidden_reason,
            })
            .collect(),
        comments: own_comments
            .into_iter()
            .map(|c| OwnComment {
                municipality: name(c.tenant_id),
                idea: c.idea_id,
                deleted: c.deleted_at.is_some(),
                text: c.deleted_at.is_none().then_some(c.body_markdown),
                created_at: c.created_at,
                hidden_by_moderation: c.hidden_reason,
            })
            .collect(),
        consultation_comments: consulted
            .into_iter()
            .map(|c| OwnConsultationComment {
                municipality: name(c.tenant_id),
                paragraph: c.paragraph,
                text: c.body_markdown,
                created_at: c.created_at,
                outcome: c.outcome,
                answer: c.answer_markdown,
                hidden_by_moderation: c.hidden_reason,
            })
            .collect(),
        supports: supports
            .into_iter()
            .filter_map(|s| {
                let idea = supported.iter().find(|i| i.id == s.idea_id)?;
                Some(OwnSupport { municipality: name(idea.tenant_id), idea: idea.id, title: idea.title.clone(), created_at: s.created_at })
            })
            .collect(),
        files: uploads
            .into_iter()
            .map(|f| OwnFile {
                municipality: name(f.tenant_id),
                name: f.name,
                content_type: f.file_type,
                size: f.byte_size,
                uploaded_at: f.created_at,
            })
            .collect(),
        event_registrations: registrations
            .into_iter()
            .filter_map(|r| {
                let event = registered_for.iter().find(|e| e.id == r.event_id)?;
                Some(OwnRegistration {
                    municipality: name(r.tenant_id),
                    event: event.title.clone(),
                    starts_at: event.starts_at,
                    placement: r.placement,
                    interpretation: r.interpretation,
                    sign_language: r.sign_language,
                    childcare: r.childcare,
                    step_free: r.step_free,
                    note: r.note,
                    registered_at: r.created_at,
                    cancelled: r.cancelled_at.is_some(),
                })
            })
            .collect(),
        surveys: own_surveys.into_iter().map(|(tenant, survey)| OwnSurvey { municipality: name(tenant), ..survey }).collect(),
    })
}

/// The surveys the person took part in or saved a draft of, by tenant.
async fn surveys_of(db: &impl ConnectionTrait, user: UserId) -> StoreResult<Vec<(i64, OwnSurvey)>> {
    let took_part: Vec<i64> = survey_participations::Entity::find()
        .filter(survey_participations::Column::UserId.eq(user.0))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.survey_id)
        .collect();
    let drafts = survey_drafts::Entity::find().filter(survey_drafts::Column::UserId.eq(user.0)).all(db).await?;
    let signed = survey_responses::Entity::find().filter(survey_responses::Column::UserId.eq(user.0)).all(db).await?;
    let mut ids: Vec<i64> =
        took_part.iter().copied().chain(drafts.iter().map(|d| d.survey_id)).chain(signed.iter().map(|r| r.survey_id)).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out = Vec::new();
    for survey in surveys::Entity::find().filter(surveys::Column::Id.is_in(ids)).order_by_asc(surveys::Column::Id).all(db).await? {
        let mut answers = Vec::new();
        if let Some(response) = signed.iter().find(|r| r.survey_id == survey.id) {
            let questions = survey_questions::Entity::find()
                .filter(survey_questions::Column::SurveyId.eq(survey.id))
                .order_by_asc(survey_questions::Column::Position)
                .all(db)
                .await?;
            let rows = survey_answers::Entity::find()
                .filter(survey_answers::Column::ResponseId.eq(response.id))
                .order_by_asc(survey_answers::Column::Id)
                .all(db)
                .await?;
            for q in &questions {
                let options: Vec<&str> = q.options.lines().collect();
                let matrix_rows: Vec<&str> = q.rows.lines().collect();
                let parts: Vec<String> = rows
                    .iter()
                    .filter(|a| a.question_id == q.id)
                    .map(|a| {
                        let option = a.choice_index.and_then(|c| options.get(c as usize).copied());
                        let row = a.row_index.and_then(|r| matrix_rows.get(r as usize).copied());
                        match (&a.text, option, row, a.value) {
                            (Some(text), _, _, _) => text.clone(),
                            (_, Some(option), _, Some(rank)) => format!("{option}: {rank}"),
                            (_, Some(option), _, None) => option.to_owned(),
                            (_, _, Some(row), Some(value)) => format!("{row}: {value}"),
                            (_, _, _, Some(value)) => value.to_string(),
                            _ => String::new(),
                        }
                    })
                    .collect();
                if !parts.is_empty() {
                    answers.push((q.prompt.clone(), parts.join("; ")));
                }
            }
        }
        out.push((
            survey.tenant_id,
            OwnSurvey {
                municipality: String::new(),
                survey: survey.title,
                anonymous: survey.anonymous,
                took_part: took_part.contains(&survey.id),
                answers,
                draft: drafts.iter().find(|d| d.survey_id == survey.id).map(|d| d.answers.clone()),
            },
        ));
    }
    Ok(out)
}
