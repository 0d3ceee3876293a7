//! News posts on a process: what the municipality tells everyone taking part.

use crate::tenancy::FieldError;

/// A news post as typed into the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct NewsForm {
    pub title: String,
    pub body: String,
}

/// A checked news post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewsPost {
    pub title: String,
    pub body: String,
}

impl NewsForm {
    /// Title 3–200 characters, text 10–20,000 characters (Markdown).
    pub fn validate(&self) -> Result<NewsPost, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = self.title.trim();
        let body = self.body.trim();
        if !(3..=200).contains(&title.chars().count()) {
            errors.push(FieldError { field: "title", code: "news-title-length" });
        }
        if !(10..=20_000).contains(&body.chars().count()) {
            errors.push(FieldError { field: "body", code: "news-body-length" });
        }
        if errors.is_empty() { Ok(NewsPost { title: title.to_owned(), body: body.to_owned() }) } else { Err(errors) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_news_post_needs_a_title_and_some_text() {
        let ok = NewsForm { title: " Workshop am 12. März ".into(), body: "Wir laden alle Vereine ein.".into() }.validate().unwrap();
        assert_eq!(ok.title, "Workshop am 12. März");
        let errors = NewsForm { title: "a".into(), body: "kurz".into() }.validate().unwrap_err();
        assert_eq!(errors.iter().map(|e| e.field).collect::<Vec<_>>(), ["title", "body"]);
    }
}
