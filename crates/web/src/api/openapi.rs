use axum::Json;
use utoipa::OpenApi;

use super::{concept, concept_versions, events, funding, municipalities, organisations, participation, surveys};

#[derive(OpenApi)]
#[openapi(
    info(title = "teilhabe API", description = "Open data of the participation platform: public content only."),
    paths(
        municipalities::municipalities_list,
        organisations::organisations_list,
        participation::processes_list,
        participation::ideas_list,
        participation::idea_show,
        events::events_list,
        surveys::surveys_list,
        surveys::survey_results,
        concept::concept_show,
        concept_versions::versions_list,
        concept::measures_list,
        concept::measure_show,
        funding::programmes_list,
        funding::calls_list
    ),
    components(schemas(
        municipalities::MunicipalityJson,
        municipalities::MunicipalityList,
        organisations::OrganisationJson,
        organisations::OrganisationList,
        participation::ProcessJson,
        participation::ProcessList,
        participation::IdeaJson,
        participation::IdeaList,
        participation::IdeaDetailJson,
        participation::FileJson,
        participation::ImageJson,
        participation::CommentJson,
        events::EventJson,
        events::EventList,
        surveys::SurveyJson,
        surveys::SurveyList,
        surveys::SurveyResultsJson,
        surveys::QuestionResultJson,
        surveys::ResultItemJson,
        concept::ConceptJson,
        concept_versions::VersionJson,
        concept_versions::StageJson,
        concept_versions::VersionList,
        concept::ActionFieldJson,
        concept::GoalJson,
        concept::MeasureJson,
        concept::IndicatorJson,
        concept::IndicatorValueJson,
        concept::MilestoneJson,
        concept::UpdateJson,
        concept::ReportFileJson,
        concept::GoodPracticeJson,
        concept::MeasureList,
        concept::MeasureDetailJson,
        concept::MeasureGoalJson,
        funding::ProgrammeJson,
        funding::ProgrammeList,
        funding::CallJson,
        funding::CallList,
        funding::RulesJson
    )),
    tags(
        (name = "tenancy", description = "The state and its municipalities"),
        (name = "organisations", description = "Each municipality's stakeholder directory: verified organisations"),
        (name = "participation", description = "Participation processes, ideas and comments"),
        (name = "events", description = "Workshops, citizens' evenings and other events, with free places"),
        (name = "surveys", description = "Surveys and their published results: aggregates only, small counts as \"< 5\""),
        (name = "concept", description = "The action-and-measures concept: action fields, goals and measures with their status"),
        (name = "funding", description = "The state's funding programmes and their calls, with each call's rules as data")
    )
)]
pub struct ApiDoc;

pub async fn openapi_show() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
