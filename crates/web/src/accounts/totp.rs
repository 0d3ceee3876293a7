//! Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 s), as every
//! authenticator app speaks them. A code is accepted once only.

use totp_rs::{Algorithm, Secret, TOTP};

/// A new random secret (160 bits), base32 as apps expect it.
pub fn new_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

fn totp(secret: &str, issuer: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().ok()?;
    TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, Some(issuer.replace(':', " ")), account.replace(':', " ")).ok()
}

/// The time step (30 s since the epoch) the code belongs to, if it is valid
/// now (one step of clock drift either way).
pub fn matching_step(secret: &str, code: &str, now_unix: u64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret, "teilhabe", "account")?;
    let step = now_unix / 30;
    [step.saturating_sub(1), step, step + 1].into_iter().find(|s| totp.generate(s * 30) == code).and_then(|s| i64::try_from(s).ok())
}

/// The current code (for tests and the demo).
pub fn current_code(secret: &str, now_unix: u64) -> Option<String> {
    Some(totp(secret, "teilhabe", "account")?.generate(now_unix))
}

/// `otpauth://` URL for authenticator apps.
pub fn provisioning_url(secret: &str, issuer: &str, account: &str) -> Option<String> {
    Some(totp(secret, issuer, account)?.get_url())
}

/// The URL as an SVG QR code, labelled for screen readers.
pub fn qr_svg(url: &str, label: &str) -> String {
    let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else { return String::new() };
    let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).build();
    let svg = svg.split_once("<svg").map(|(_, rest)| format!("<svg{rest}")).unwrap_or(svg);
    let label = label.replace(['"', '<', '>', '&'], " ");
    svg.replacen("<svg", &format!("<svg role=\"img\" aria-label=\"{label}\""), 1)
}

pub fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_their_step_with_one_step_of_drift() {
        let secret = new_secret();
        let now = 1_780_000_000;
        let code = current_code(&secret, now).unwrap();
        assert_eq!(matching_step(&secret, &code, now), Some((now / 30) as i64));
        assert!(matching_step(&secret, &code, now + 30).is_some(), "clock drift of one step");
        assert_eq!(matching_step(&secret, &code, now + 120), None);
        assert_eq!(matching_step(&secret, "12345", now), None);
    }

    #[test]
    fn qr_code_is_inline_svg_with_a_label() {
        let svg = qr_svg("otpauth://totp/x?secret=ABC", "QR-Code");
        assert!(svg.starts_with("<svg role=\"img\" aria-label=\"QR-Code\""), "{}", &svg[..80.min(svg.len())]);
    }
}
