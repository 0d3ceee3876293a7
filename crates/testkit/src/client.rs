//! An in-process HTTP client that behaves like a browser: it keeps cookies
//! and sends the CSRF token with forms.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

#[derive(Clone)]
pub struct Client {
    router: Router,
    cookies: Arc<Mutex<BTreeMap<String, String>>>,
    headers: Vec<(String, String)>,
}

#[derive(Debug)]
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body as text (lossy for binary answers: see `bytes`).
    pub body: String,
    pub bytes: Vec<u8>,
}

impl TestResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// SQL statements the request issued (the app runs with the counter exposed).
    pub fn query_count(&self) -> u32 {
        self.header("x-query-count").and_then(|v| v.parse().ok()).expect("x-query-count header")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// Asserts the status, showing the body when it differs.
    #[track_caller]
    pub fn assert_status(&self, expected: u16) -> &Self {
        assert_eq!(self.status.as_u16(), expected, "unexpected status; body:\n{}", self.body);
        self
    }
}

impl Client {
    pub fn new(router: Router) -> Client {
        Client { router, cookies: Arc::default(), headers: Vec::new() }
    }

    /// The same browser with an extra header on every request.
    pub fn with_header(mut self, name: &str, value: &str) -> Client {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().expect("cookies").get(name).cloned()
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.request(Method::GET, path, None, Body::empty()).await
    }

    /// Posts a form with the browser's CSRF token, as a page's form would.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        if self.cookie("csrf").is_none() {
            self.get("/healthz").await;
        }
        let token = self.cookie("csrf").expect("the app sets a CSRF cookie");
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts a form with files (`multipart/form-data`) as a browser does: the
    /// CSRF token first, then the text fields, then each file as
    /// (input name, file name on the device, content).
    pub async fn post_multipart(&self, path: &str, fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> TestResponse {
        if self.cookie("csrf").is_none() {
            self.get("/healthz").await;
        }
        let token = self.cookie("csrf").expect("the app sets a CSRF cookie");
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_multipart_raw(path, &all, files).await
    }

    /// Posts a multipart form exactly as given (e.g. without a CSRF token).
    pub async fn post_multipart_raw(&self, path: &str, fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> TestResponse {
        const BOUNDARY: &str = "----teilhabe-test-boundary-7MA4YWxkTrZu0gW";
        let mut body: Vec<u8> = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
            );
        }
        for (name, filename, content) in files {
            body.extend_from_slice(
                format!(
                    "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(content);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={BOUNDARY}");
        self.request(Method::POST, path, Some(&content_type), Body::from(body)).await
    }

    /// Gets raw bytes (files) with the response headers.
    pub async fn get_bytes(&self, path: &str) -> (StatusCode, HeaderMap, Vec<u8>) {
        let request = Request::builder().method(Method::GET).uri(path);
        let cookie_header = {
            let jar = self.cookies.lock().expect("cookies");
            jar.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
        };
        let request = if cookie_header.is_empty() { request } else { request.header(header::COOKIE, cookie_header) };
        let response = self.router.clone().oneshot(request.body(Body::empty()).expect("request")).await.expect("infallible router");
        let (status, headers) = (response.status(), response.headers().clone());
        let bytes = response.into_body().collect().await.expect("body").to_bytes();
        (status, headers, bytes.to_vec())
    }

    /// Posts a form exactly as given (e.g. without a CSRF token).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body: String = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        self.request(Method::POST, path, Some("application/x-www-form-urlencoded"), Body::from(body)).await
    }

    pub async fn request(&self, method: Method, path: &str, content_type: Option<&str>, body: Body) -> TestResponse {
        let mut builder = Request::builder().method(method).uri(path);
        let cookie_header = {
            let jar = self.cookies.lock().expect("cookies");
            jar.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
        };
        if !cookie_header.is_empty() {
            builder = builder.header(header::COOKIE, cookie_header);
        }
        if let Some(content_type) = content_type {
            builder = builder.header(header::CONTENT_TYPE, content_type);
        }
        for (name, value) in &self.headers {
            builder = builder.header(name, value);
        }
        let request = builder.body(body).expect("request");
        let response = self.router.clone().oneshot(request).await.expect("infallible router");
        let status = response.status();
        let headers = response.headers().clone();
        self.store_cookies(&headers);
        let bytes = response.into_body().collect().await.expect("body").to_bytes();
        TestResponse { status, headers, body: String::from_utf8_lossy(&bytes).into_owned(), bytes: bytes.to_vec() }
    }

    fn store_cookies(&self, headers: &HeaderMap) {
        let mut jar = self.cookies.lock().expect("cookies");
        for value in headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()) {
            let pair = value.split(';').next().unwrap_or_default();
            if let Some((name, value)) = pair.split_once('=') {
                let expired = value.is_empty() || value_has_max_age_zero(headers, name);
                if expired {
                    jar.remove(name);
                } else {
                    jar.insert(name.to_owned(), value.to_owned());
                }
            }
        }
    }
}

fn value_has_max_age_zero(headers: &HeaderMap, name: &str) -> bool {
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.starts_with(&format!("{name}=")) && v.contains("Max-Age=0"))
}
