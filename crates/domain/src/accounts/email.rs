//! E-mail addresses as people type them.

/// A syntactically plausible address, trimmed and lower-cased. Deliverability
/// is proven by the confirmation mail, not by this check.
pub fn parse(text: &str) -> Result<String, &'static str> {
    let email = text.trim().to_lowercase();
    let Some((local, domain)) = email.split_once('@') else { return Err("accounts-email-invalid") };
    let valid = !local.is_empty()
        && local.len() <= 64
        && email.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !email.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>' || c == ',')
        && !domain.contains('@');
    if valid { Ok(email) } else { Err("accounts-email-invalid") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausible_addresses() {
        assert_eq!(parse(" Ayse.Demir@Example.ORG ").unwrap(), "ayse.demir@example.org");
        assert!(parse("ayşe@beispiel.de").is_ok(), "international addresses are fine");
        for bad in ["", "ayse", "ayse@", "@example.org", "a@b", "a b@example.org", "a@@example.org", "a@example..org"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
