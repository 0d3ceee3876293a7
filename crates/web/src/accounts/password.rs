//! Password hashing with argon2id (PHC strings, parameters inside the hash).

/// Hashes a password for storage.
pub fn hash(password: &str) -> String {
    password_auth::generate_hash(password)
}

/// Checks a password against a stored hash in constant time.
pub fn verify(password: &str, stored_hash: &str) -> bool {
    password_auth::verify_password(password, stored_hash).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_with_argon2id_and_verifies() {
        let stored = hash("teilhabe-demo");
        assert!(stored.starts_with("$argon2id$"), "{stored}");
        assert!(verify("teilhabe-demo", &stored));
        assert!(!verify("teilhabe-dem0", &stored));
    }
}
