//! The one migration set, run from zero on SQLite and PostgreSQL alike.
//! Append-only: never edit a migration that has landed, add a new one.

use sea_orm_migration::prelude::*;

mod common;
mod m20261125_000001_foundation;
mod m20261125_000002_participation;
mod m20261125_000003_moderation;
mod m20261125_000004_notifications;
mod m20261125_000005_search;
mod m20261125_000006_idea_list_index;
mod m20261201_000007_files;
mod m20261201_000008_mail_topics;
mod m20261201_000009_listed_ideas_index;
mod m20261201_000010_events;
mod m20261201_000011_search_vector;
mod m20261201_000012_event_guests;
mod m20261201_000013_offline_input;
mod m20261207_000014_surveys;
mod m20261207_000015_event_results;
mod m20261207_000016_survey_counts;
mod m20261207_000017_event_attendance;
mod m20261207_000018_concept;
mod m20261207_000019_measure_ideas;
mod m20261207_000020_held_responses;
mod m20261207_000021_measure_progress;
mod m20261207_000022_measure_follows;
mod m20261207_000023_indicator_latest;
mod m20261207_000024_good_practice;
mod m20261207_000025_concept_versions;
mod m20261207_000026_concept_revision;
mod m20261207_000027_consultation_comments;
mod m20261207_000028_consultation_period;
mod m20261207_000029_funding_programmes;
mod m20261207_000030_funding_applications;
mod m20261207_000031_funding_review;
mod m20261207_000032_binary_mail_attachments;
mod m20261207_000033_funding_payments;
mod m20261207_000034_call_letters;
mod m20261208_000035_funding_reports;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_foundation::Migration),
            Box::new(m20261125_000002_participation::Migration),
            Box::new(m20261125_000003_moderation::Migration),
            Box::new(m20261125_000004_notifications::Migration),
            Box::new(m20261125_000005_search::Migration),
            Box::new(m20261125_000006_idea_list_index::Migration),
            Box::new(m20261201_000007_files::Migration),
            Box::new(m20261201_000008_mail_topics::Migration),
            Box::new(m20261201_000009_listed_ideas_index::Migration),
            Box::new(m20261201_000010_events::Migration),
            Box::new(m20261201_000011_search_vector::Migration),
            Box::new(m20261201_000012_event_guests::Migration),
            Box::new(m20261201_000013_offline_input::Migration),
            Box::new(m20261207_000014_surveys::Migration),
            Box::new(m20261207_000015_event_results::Migration),
            Box::new(m20261207_000016_survey_counts::Migration),
            Box::new(m20261207_000017_event_attendance::Migration),
            Box::new(m20261207_000018_concept::Migration),
            Box::new(m20261207_000019_measure_ideas::Migration),
            Box::new(m20261207_000020_held_responses::Migration),
            Box::new(m20261207_000021_measure_progress::Migration),
            Box::new(m20261207_000022_measure_follows::Migration),
            Box::new(m20261207_000023_indicator_latest::Migration),
            Box::new(m20261207_000024_good_practice::Migration),
            Box::new(m20261207_000025_concept_versions::Migration),
            Box::new(m20261207_000026_concept_revision::Migration),
            Box::new(m20261207_000027_consultation_comments::Migration),
            Box::new(m20261207_000028_consultation_period::Migration),
            Box::new(m20261207_000029_funding_programmes::Migration),
            Box::new(m20261207_000030_funding_applications::Migration),
            Box::new(m20261207_000031_funding_review::Migration),
            Box::new(m20261207_000032_binary_mail_attachments::Migration),
            Box::new(m20261207_000033_funding_payments::Migration),
            Box::new(m20261207_000034_call_letters::Migration),
            Box::new(m20261208_000035_funding_reports::Migration),
        ]
    }
}

/// Name of the newest migration; test templates are keyed by it.
pub fn latest_migration_name() -> String {
    Migrator::migrations().last().map(|m| m.name().to_owned()).unwrap_or_default()
}
