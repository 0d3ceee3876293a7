//! CSV downloads for the coordinators: a byte order mark so that spreadsheet
//! programs read umlauts right, and every cell kept from being run as a
//! formula (a title such as `=HYPERLINK(…)` arrives as text).

use axum::response::{IntoResponse, Response};
use http::{HeaderValue, header};

use crate::error::AppError;

/// Rows written as CSV, each cell made safe.
pub struct Sheet {
    out: csv::Writer<Vec<u8>>,
}

/// A cell a spreadsheet program will not run as a formula.
pub fn cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() }
}

impl Sheet {
    pub fn new(header: &[String]) -> Result<Sheet, AppError> {
        let mut sheet = Sheet { out: csv::Writer::from_writer(Vec::new()) };
        sheet.row(header)?;
        Ok(sheet)
    }

    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> Result<(), AppError> {
        self.out.write_record(cells.iter().map(|c| cell(c.as_ref()))).map_err(|e| AppError::Internal(e.to_string()))
    }

    /// The file as a download named `filename` (ASCII), never cached.
    pub fn download(self, filename: &str) -> Result<Response, AppError> {
        let mut body = b"\xEF\xBB\xBF".to_vec();
        body.extend(self.out.into_inner().map_err(|e| AppError::Internal(e.to_string()))?);
        let mut response = body.into_response();
        let h = response.headers_mut();
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
        let disposition = format!("attachment; filename=\"{filename}\"");
        h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")));
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        Ok(response)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_arrive_as_text() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("Sprachcafé"), "Sprachcafé");
    }
}
