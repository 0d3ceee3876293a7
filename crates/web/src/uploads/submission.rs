//! A submitted form, with or without files: `multipart/form-data` from forms
//! that upload, `application/x-www-form-urlencoded` from the rest (and from
//! clients that send no files). Text fields are read into the form's own
//! type exactly as `Form` would.

use axum::extract::{FromRequest, Multipart, Request};
use bytes::Bytes;
use http::header;
use serde::de::DeserializeOwned;

use crate::error::AppError;

/// One file from a form's file input.
#[derive(Debug, Clone)]
pub struct Upload {
    /// The input's name.
    pub field: String,
    /// The name the file had on the sender's device (untrusted).
    pub filename: String,
    pub bytes: Bytes,
}

#[derive(Debug, Clone, Default)]
pub struct Submission {
    fields: Vec<(String, String)>,
    uploads: Vec<Upload>,
}

impl Submission {
    /// The text fields as the form's type.
    pub fn form<T: DeserializeOwned>(&self) -> Result<T, AppError> {
        let encoded = form_urlencoded::Serializer::new(String::new()).extend_pairs(&self.fields).finish();
        serde_urlencoded::from_str(&encoded).map_err(|_| AppError::BadRequest)
    }

    /// Every text field with its value, in the order sent.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.fields
    }

    /// The text fields whose names start with `prefix`, with their values.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.fields.iter().filter(move |(k, _)| k.starts_with(prefix)).map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Every value of a repeated text field (checkboxes, hidden ids).
    pub fn values(&self, name: &str) -> Vec<&str> {
        self.fields.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }

    /// Every repeated field's values read as ids; anything else is ignored.
    pub fn ids(&self, name: &str) -> Vec<i64> {
        self.values(name).into_iter().filter_map(|v| v.trim().parse().ok()).collect()
    }

    /// The files sent in one input (empty inputs send none).
    pub fn uploads(&self, field: &str) -> Vec<&Upload> {
        self.uploads.iter().filter(|u| u.field == field).collect()
    }
}

impl<S: Send + Sync> FromRequest<S> for Submission {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let content_type = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        if content_type.starts_with("multipart/form-data") {
            let mut multipart = Multipart::from_request(request, state).await.map_err(|_| AppError::BadRequest)?;
            let mut submission = Submission::default();
            while let Some(field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
                let name = field.name().unwrap_or_default().to_owned();
                match field.file_name().map(str::to_owned) {
                    Some(filename) => {
                        let bytes = field.bytes().await.map_err(|_| AppError::BadRequest)?;
                        // A file input left empty still sends a part, without name or content.
                        if !(filename.is_empty() && bytes.is_empty()) {
                            submission.uploads.push(Upload { field: name, filename, bytes });
                        }
                    }
                    None => {
                        let value = field.text().await.map_err(|_| AppError::BadRequest)?;
                        submission.fields.push((name, value));
                    }
                }
            }
            Ok(submission)
        } else {
            let bytes = Bytes::from_request(request, state).await.map_err(|_| AppError::BadRequest)?;
            let fields = form_urlencoded::parse(&bytes).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
            Ok(Submission { fields, uploads: Vec::new() })
        }
    }
}
