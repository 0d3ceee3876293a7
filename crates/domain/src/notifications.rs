//! Notifications: what a person is told about, and when mail goes out.

use chrono::{DateTime, Datelike, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Berlin;

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotificationKind {
    /// A new comment on an idea the person follows.
    Comment,
    /// A reply to the person's own comment.
    Reply,
    /// The municipality answered an idea the person follows (status, reason).
    Answer,
    /// A new idea in a process the person follows.
    NewIdea,
    /// A news post in a process the person follows.
    News,
    /// An idea the person follows was merged into another.
    Merged,
    /// Moderation hid the person's idea or comment (with its reason).
    Hidden,
    /// Moderation showed the person's idea or comment again.
    Restored,
    /// A measure the person follows, or one their ideas went into, has a
    /// new progress report or status.
    MeasureUpdate,
    /// The municipality answered the person's comment on a draft in consultation.
    ConsultationAnswer,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 10] = [
        Self::Comment,
        Self::Reply,
        Self::Answer,
        Self::NewIdea,
        Self::News,
        Self::Merged,
        Self::Hidden,
        Self::Restored,
        Self::MeasureUpdate,
        Self::ConsultationAnswer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Comment => "comment",
            Self::Reply => "reply",
            Self::Answer => "answer",
            Self::NewIdea => "new_idea",
            Self::News => "news",
            Self::Merged => "merged",
            Self::Hidden => "hidden",
            Self::Restored => "restored",
            Self::MeasureUpdate => "measure_update",
            Self::ConsultationAnswer => "consultation_answer",
        }
    }

    pub fn parse(text: &str) -> Option<NotificationKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The topic a person chooses mail for.
    pub const fn topic(self) -> MailTopic {
        match self {
            Self::Reply => MailTopic::Replies,
            Self::Comment => MailTopic::Comments,
            // What became of one's ideas is an answer to them.
            Self::Answer | Self::MeasureUpdate | Self::ConsultationAnswer => MailTopic::Answers,
            Self::NewIdea => MailTopic::NewIdeas,
            Self::News => MailTopic::News,
            Self::Merged | Self::Hidden | Self::Restored => MailTopic::YourContent,
        }
    }
}

/// What a person can choose mail for, one setting each (kinds grouped the
/// way people think of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MailTopic {
    /// Replies to one's own comments.
    Replies,
    /// New comments on ideas one follows.
    Comments,
    /// Official answers and status changes.
    Answers,
    /// New ideas in processes one follows.
    NewIdeas,
    /// News posts of processes one follows.
    News,
    /// One's own content merged, hidden or shown again.
    YourContent,
}

impl MailTopic {
    pub const ALL: [MailTopic; 6] = [Self::Replies, Self::Comments, Self::Answers, Self::NewIdeas, Self::News, Self::YourContent];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Replies => "replies",
            Self::Comments => "comments",
            Self::Answers => "answers",
            Self::NewIdeas => "new_ideas",
            Self::News => "news",
            Self::YourContent => "your_content",
        }
    }

    pub fn parse(text: &str) -> Option<MailTopic> {
        Self::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

/// A person's mail choices: one for everything, and any topic set apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MailSettings {
    pub default: MailSetting,
    pub topics: std::collections::BTreeMap<MailTopic, MailSetting>,
}

impl MailSettings {
    pub fn for_kind(&self, kind: NotificationKind) -> MailSetting {
        self.topics.get(&kind.topic()).copied().unwrap_or(self.default)
    }

    /// Would any notification be mailed at all?
    pub fn mails_anything(&self) -> bool {
        self.default != MailSetting::Never || self.topics.values().any(|s| *s != MailSetting::Never)
    }
}

/// How a person wants to be told by mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MailSetting {
    /// One mail shortly after something happens (several events that come
    /// together share one mail).
    #[default]
    Immediately,
    /// One digest a day, in the morning.
    Daily,
    /// One digest a week, on Monday morning.
    Weekly,
    /// Only in the platform, no mail.
    Never,
}

/// Local time (Europe/Berlin) at which digests go out.
pub const DIGEST_HOUR: u32 = 7;

impl MailSetting {
    pub const ALL: [MailSetting; 4] = [Self::Immediately, Self::Daily, Self::Weekly, Self::Never];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Immediately => "immediately",
            Self::Daily => "daily",
            Self::Weekly => "weekly",
            Self::Never => "never",
        }
    }

    pub fn parse(text: &str) -> Option<MailSetting> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Is a mail due at `now` for someone whose last digest went out at
    /// `last_digest`? Immediate mail is always due; a daily digest once the
    /// day's 07:00 (Berlin) has passed since the last one; a weekly one
    /// once Monday's 07:00 has.
    pub fn mail_due(self, last_digest: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
        let boundary = match self {
            Self::Immediately => return true,
            Self::Never => return false,
            Self::Daily => digest_boundary(now, false),
            Self::Weekly => digest_boundary(now, true),
        };
        match boundary {
            Some(boundary) => last_digest.is_none_or(|last| last < boundary),
            None => false,
        }
    }
}

/// The latest digest time (07:00 Berlin; on a Monday when `weekly`) at or
/// before `now`.
fn digest_boundary(now: DateTime<Utc>, weekly: bool) -> Option<DateTime<Utc>> {
    let local = now.with_timezone(&Berlin);
    let at_seven = NaiveTime::from_hms_opt(DIGEST_HOUR, 0, 0)?;
    let mut day = local.date_naive();
    if local.time() < at_seven {
        day = day.pred_opt()?;
    }
    if weekly {
        day -= chrono::TimeDelta::days(i64::from(day.weekday().num_days_from_monday()));
        debug_assert_eq!(day.weekday(), Weekday::Mon);
    }
    Berlin.from_local_datetime(&day.and_time(at_seven)).earliest().map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn immediate_mail_is_always_due_and_never_is_never() {
        let now = utc("2026-11-25T10:00:00Z");
        assert!(MailSetting::Immediately.mail_due(Some(now), now));
        assert!(!MailSetting::Never.mail_due(None, now));
    }

    #[test]
    fn daily_digest_goes_once_after_seven_in_berlin() {
        // 25 Nov 2026 is winter time: 07:00 Berlin is 06:00 UTC.
        let before = utc("2026-11-25T05:59:00Z");
        let after = utc("2026-11-25T06:01:00Z");
        let yesterday = utc("2026-11-24T06:30:00Z");
        assert!(!MailSetting::Daily.mail_due(Some(yesterday), before));
        assert!(MailSetting::Daily.mail_due(Some(yesterday), after));
        assert!(!MailSetting::Daily.mail_due(Some(after), utc("2026-11-25T20:00:00Z")));
        assert!(MailSetting::Daily.mail_due(None, before));
    }

    #[test]
    fn daily_digest_follows_summer_time() {
        // 1 Jul 2026: 07:00 Berlin is 05:00 UTC.
        let last = utc("2026-06-30T05:10:00Z");
        assert!(!MailSetting::Daily.mail_due(Some(last), utc("2026-07-01T04:59:00Z")));
        assert!(MailSetting::Daily.mail_due(Some(last), utc("2026-07-01T05:00:00Z")));
    }

    #[test]
    fn weekly_digest_goes_on_monday_morning() {
        // Monday 23 Nov 2026, 07:00 Berlin = 06:00 UTC.
        let sent_monday = utc("2026-11-23T06:05:00Z");
        assert!(!MailSetting::Weekly.mail_due(Some(sent_monday), utc("2026-11-29T22:00:00Z")));
        assert!(MailSetting::Weekly.mail_due(Some(sent_monday), utc("2026-11-30T06:00:00Z")));
        assert!(MailSetting::Weekly.mail_due(Some(utc("2026-11-16T06:05:00Z")), utc("2026-11-25T12:00:00Z")));
    }

    #[test]
    fn a_topic_set_apart_wins_over_the_default() {
        let mut settings = MailSettings { default: MailSetting::Weekly, ..MailSettings::default() };
        settings.topics.insert(MailTopic::Replies, MailSetting::Immediately);
        settings.topics.insert(MailTopic::YourContent, MailSetting::Never);
        assert_eq!(settings.for_kind(NotificationKind::Reply), MailSetting::Immediately);
        assert_eq!(settings.for_kind(NotificationKind::Comment), MailSetting::Weekly);
        assert_eq!(settings.for_kind(NotificationKind::Hidden), MailSetting::Never);
        assert!(settings.mails_anything());
        let quiet = MailSettings { default: MailSetting::Never, ..MailSettings::default() };
        assert!(!quiet.mails_anything());
        for topic in MailTopic::ALL {
            assert_eq!(MailTopic::parse(topic.as_str()), Some(topic));
        }
        assert!(NotificationKind::ALL.iter().all(|k| MailTopic::ALL.contains(&k.topic())), "every kind has a topic");
    }

    #[test]
    fn kinds_and_settings_round_trip() {
        for kind in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(kind.as_str()), Some(kind));
        }
        for setting in MailSetting::ALL {
            assert_eq!(MailSetting::parse(setting.as_str()), Some(setting));
        }
        assert_eq!(MailSetting::parse("hourly"), None);
    }
}
