//! Organisations: associations, migrant organisations, businesses, schools
//! and institutions with a profile in one municipality. A coordinator of the
//! municipality verifies a profile before it appears in the stakeholder
//! directory; the organisation's admins manage its members.

use serde::{Deserialize, Serialize};

use crate::tenancy::FieldError;

/// What kind of organisation a profile belongs to; stored as its `as_str` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrganisationKind {
    /// Verein or Verband.
    Association,
    /// Migrantenorganisation.
    MigrantOrganisation,
    Business,
    School,
    /// Public or social institution (authority, church, welfare association, …).
    Institution,
    Other,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 6] =
        [Self::Association, Self::MigrantOrganisation, Self::Business, Self::School, Self::Institution, Self::Other];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Association => "association",
            Self::MigrantOrganisation => "migrant_organisation",
            Self::Business => "business",
            Self::School => "school",
            Self::Institution => "institution",
            Self::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == text.trim())
    }

    /// Fluent id naming the kind.
    pub const fn label_key(self) -> &'static str {
        match self {
            Self::Association => "organisation-kind-association",
            Self::MigrantOrganisation => "organisation-kind-migrant-organisation",
            Self::Business => "organisation-kind-business",
            Self::School => "organisation-kind-school",
            Self::Institution => "organisation-kind-institution",
            Self::Other => "organisation-kind-other",
        }
    }
}

/// A member's role in an organisation; stored as its `as_str` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MemberRole {
    /// Edits the profile and manages members.
    Admin,
    Member,
}

impl MemberRole {
    pub const ALL: [MemberRole; 2] = [Self::Member, Self::Admin];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::Member => "member",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.as_str() == text.trim())
    }

    /// Fluent id naming the role.
    pub const fn label_key(self) -> &'static str {
        match self {
            Self::Admin => "organisation-role-admin",
            Self::Member => "organisation-role-member",
        }
    }
}

/// Longest name, description and language list accepted.
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_DESCRIPTION_CHARS: usize = 10_000;
pub const MAX_LANGUAGES_CHARS: usize = 300;
const MAX_WEBSITE_CHARS: usize = 300;
/// Days an invitation link works.
pub const INVITATION_DAYS: i64 = 14;

/// A web address an organisation links to: `http` or `https` only, with a host.
/// An address typed without a scheme (`www.verein.de`) gets `https://`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Website(String);

impl Website {
    pub fn parse(text: &str) -> Result<Self, FieldError> {
        let err = FieldError { field: "website", code: "organisation-website-invalid" };
        let text = text.trim();
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(err);
        }
        let with_scheme = if text.contains("://") { text.to_owned() } else { format!("https://{text}") };
        let url = url::Url::parse(&with_scheme).map_err(|_| err.clone())?;
        let host_ok = url.host_str().is_some_and(|h| h.contains('.') || h == "localhost");
        if !matches!(url.scheme(), "http" | "https") || !host_ok || !url.username().is_empty() || url.password().is_some() {
            return Err(err);
        }
        let normalised = url.to_string();
        if normalised.chars().count() > MAX_WEBSITE_CHARS {
            return Err(err);
        }
        Ok(Website(normalised))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A checked organisation profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrganisation {
    pub name: String,
    pub kind: OrganisationKind,
    /// Markdown; the web layer renders and sanitises it.
    pub description: String,
    pub website: Option<Website>,
    /// Lower-cased; empty when none was given.
    pub contact_email: String,
    /// Free text, e.g. "Deutsch, Türkçe, العربية".
    pub languages: String,
    /// Action fields of the municipality's processes the organisation works on.
    pub topics: Vec<String>,
}

/// The raw text a person typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrganisationForm {
    pub name: String,
    pub kind: String,
    pub description: String,
    pub website: String,
    pub contact_email: String,
    pub languages: String,
    pub topics: Vec<String>,
}

impl OrganisationForm {
    /// The form as a stored profile shows it (for editing).
    pub fn from_profile(p: &NewOrganisation) -> OrganisationForm {
        OrganisationForm {
            name: p.name.clone(),
            kind: p.kind.as_str().to_owned(),
            description: p.description.clone(),
            website: p.website.as_ref().map(|w| w.as_str().to_owned()).unwrap_or_default(),
            contact_email: p.contact_email.clone(),
            languages: p.languages.clone(),
            topics: p.topics.clone(),
        }
    }

    /// Checks every field; `available_topics` are the action fields of the
    /// municipality's processes (a topic must be one of them).
    pub fn validate(&self, available_topics: &[String]) -> Result<NewOrganisation, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        let name_chars = name.chars().count();
        if !(2..=MAX_NAME_CHARS).contains(&name_chars) {
            errors.push(FieldError { field: "name", code: "organisation-name-length" });
        }
        let kind = OrganisationKind::parse(&self.kind);
        if kind.is_none() {
            errors.push(FieldError { field: "kind", code: "organisation-kind-required" });
        }
        let description = self.description.replace("\r\n", "\n");
        let description = description.trim();
        if description.is_empty() || description.chars().count() > MAX_DESCRIPTION_CHARS {
            errors.push(FieldError { field: "description", code: "organisation-description-length" });
        }
        let website = if self.website.trim().is_empty() { None } else { Website::parse(&self.website).map_err(|e| errors.push(e)).ok() };
        let contact_email = if self.contact_email.trim().is_empty() {
            String::new()
        } else {
            crate::accounts::email::parse(&self.contact_email)
                .map_err(|code| errors.push(FieldError { field: "contact_email", code }))
                .unwrap_or_default()
        };
        let languages = self.languages.trim();
        if languages.chars().count() > MAX_LANGUAGES_CHARS {
            errors.push(FieldError { field: "languages", code: "organisation-languages-length" });
        }
        let mut topics: Vec<String> = Vec::new();
        for topic in self.topics.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            if !available_topics.iter().any(|a| a == topic) {
                errors.push(FieldError { field: "topics", code: "organisation-topic-unknown" });
                break;
            }
            if !topics.iter().any(|t| t == topic) {
                topics.push(topic.to_owned());
            }
        }
        match kind {
            Some(kind) if errors.is_empty() => Ok(NewOrganisation {
                name: name.to_owned(),
                kind,
                description: description.to_owned(),
                website,
                contact_email,
                languages: languages.to_owned(),
                topics,
            }),
            _ => Err(errors),
        }
    }
}

/// Input for an invitation: an e-mail address and the role offered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvitationForm {
    pub email: String,
    pub role: String,
}

impl InvitationForm {
    pub fn validate(&self) -> Result<(String, MemberRole), Vec<FieldError>> {
        let mut errors = Vec::new();
        let email = crate::accounts::email::parse(&self.email).map_err(|code| errors.push(FieldError { field: "email", code })).ok();
        let role = MemberRole::parse(&self.role);
        if role.is_none() {
            errors.push(FieldError { field: "role", code: "organisation-role-required" });
        }
        match (email, role) {
            (Some(email), Some(role)) => Ok((email, role)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn topics() -> Vec<String> {
        vec!["Sprache & Bildung".into(), "Arbeit & Ausbildung".into()]
    }

    fn valid() -> OrganisationForm {
        OrganisationForm {
            name: " Interkultureller Verein ".into(),
            kind: "association".into(),
            description: "Wir treffen uns **jeden Dienstag**.\r\n".into(),
            website: "www.verein.example".into(),
            contact_email: " Kontakt@Verein.Example ".into(),
            languages: "Deutsch, Türkçe, العربية".into(),
            topics: vec!["Arbeit & Ausbildung".into(), "Arbeit & Ausbildung".into(), String::new()],
        }
    }

    #[test]
    fn kinds_and_roles_round_trip() {
        for kind in OrganisationKind::ALL {
            assert_eq!(OrganisationKind::parse(kind.as_str()), Some(kind));
        }
        for role in MemberRole::ALL {
            assert_eq!(MemberRole::parse(role.as_str()), Some(role));
        }
        assert_eq!(OrganisationKind::parse("club"), None);
        assert_eq!(MemberRole::parse("owner"), None);
    }

    #[test]
    fn a_valid_form_is_trimmed_and_normalised() {
        let org = valid().validate(&topics()).unwrap();
        assert_eq!(org.name, "Interkultureller Verein");
        assert_eq!(org.kind, OrganisationKind::Association);
        assert_eq!(org.description, "Wir treffen uns **jeden Dienstag**.");
        assert_eq!(org.website.unwrap().as_str(), "https://www.verein.example/");
        assert_eq!(org.contact_email, "kontakt@verein.example");
        assert_eq!(org.topics, ["Arbeit & Ausbildung"], "duplicates and blanks dropped");
    }

    #[test]
    fn optional_fields_may_stay_empty() {
        let form =
            OrganisationForm { website: " ".into(), contact_email: String::new(), languages: String::new(), topics: vec![], ..valid() };
        let org = form.validate(&[]).unwrap();
        assert!(org.website.is_none());
        assert!(org.contact_email.is_empty());
    }

    #[test]
    fn every_field_error_is_reported() {
        let form = OrganisationForm {
            name: "X".into(),
            kind: "club".into(),
            description: "   ".into(),
            website: "javascript:alert(1)".into(),
            contact_email: "kein-at".into(),
            languages: "x".repeat(301),
            topics: vec!["Gibt es nicht".into()],
        };
        let errors = form.validate(&topics()).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "kind", "description", "website", "contact_email", "languages", "topics"]);
        assert_eq!(errors[4].code, "accounts-email-invalid");
    }

    #[test]
    fn websites_are_http_or_https_with_a_host() {
        assert_eq!(Website::parse("https://verein.example/ueber-uns").unwrap().as_str(), "https://verein.example/ueber-uns");
        assert_eq!(Website::parse("HTTP://Verein.Example").unwrap().as_str(), "http://verein.example/");
        for bad in [
            "ftp://verein.example",
            "javascript:alert(1)",
            "data:text/html,x",
            "https://",
            "https://user:pw@verein.example",
            "https://ver ein.example",
            "verein",
        ] {
            assert!(Website::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn invitations_need_an_address_and_a_role() {
        let ok = InvitationForm { email: "Neu@Example.org".into(), role: "admin".into() }.validate().unwrap();
        assert_eq!(ok, ("neu@example.org".to_owned(), MemberRole::Admin));
        let fields: Vec<_> = InvitationForm::default().validate().unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["email", "role"]);
    }

    proptest! {
        #[test]
        fn accepted_websites_never_carry_another_scheme(text in "\\PC{0,80}") {
            if let Ok(website) = Website::parse(&text) {
                prop_assert!(website.as_str().starts_with("https://") || website.as_str().starts_with("http://"));
                prop_assert!(!website.as_str().contains(char::is_whitespace));
            }
        }
    }
}
