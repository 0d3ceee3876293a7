//! Which passwords are accepted (OWASP ASVS 2.1): 8 to 128 characters, no
//! composition rules, common and easily guessed passwords refused with a hint
//! that says why.

use zxcvbn::feedback::Warning;

pub const MIN_CHARS: usize = 8;
pub const MAX_CHARS: usize = 128;

/// Common German passwords and words that the English dictionaries of
/// zxcvbn do not know; a password built from them counts as guessable.
const GERMAN_COMMON: &[&str] = &[
    "passwort",
    "kennwort",
    "hallo",
    "schatz",
    "geheim",
    "fussball",
    "fußball",
    "schalke",
    "dortmund",
    "bayern",
    "deutschland",
    "berlin",
    "hamburg",
    "frankfurt",
    "muenchen",
    "münchen",
    "sommer",
    "winter",
    "sonne",
    "blume",
    "liebe",
    "schatzi",
    "mausi",
    "engel",
    "qwertz",
    "qwertzuiop",
    "asdfgh",
    "ichliebedich",
    "hessen",
    "gemeinde",
    "rathaus",
    "beteiligung",
    "willkommen",
    "anmelden",
    "teilhabe",
    "musterstadt",
];

/// Why a password was refused; `code` and `hint` are Fluent ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordProblem {
    pub code: &'static str,
    pub hint: Option<&'static str>,
}

/// Checks a new password. `personal` holds what the person told us (e-mail,
/// name): a password made of those is refused too.
pub fn check(password: &str, personal: &[&str]) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordProblem { code: "accounts-password-too-short", hint: None });
    }
    if chars > MAX_CHARS {
        return Err(PasswordProblem { code: "accounts-password-too-long", hint: None });
    }
    let mut inputs: Vec<&str> = GERMAN_COMMON.to_vec();
    let personal_parts: Vec<String> = personal
        .iter()
        .flat_map(|p| {
            let lower = p.to_lowercase();
            let local = lower.split('@').next().unwrap_or_default().to_owned();
            let mut parts: Vec<String> = lower.split(['@', '.', ' ', '-', '_']).map(str::to_owned).collect();
            parts.push(local.replace(['.', '-', '_'], ""));
            parts.push(local);
            parts.push(lower.replace(' ', ""));
            parts
        })
        .filter(|p| p.chars().count() >= 3)
        .collect();
    inputs.extend(personal_parts.iter().map(String::as_str));
    let entropy = zxcvbn::zxcvbn(password, &inputs);
    if u8::from(entropy.score()) >= 2 {
        return Ok(());
    }
    let hint = entropy.feedback().and_then(|f| f.warning()).map(|w| match w {
        Warning::StraightRowsOfKeysAreEasyToGuess | Warning::ShortKeyboardPatternsAreEasyToGuess => "accounts-password-hint-keyboard",
        Warning::RepeatsLikeAaaAreEasyToGuess | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "accounts-password-hint-repeat",
        Warning::SequencesLikeAbcAreEasyToGuess => "accounts-password-hint-sequence",
        Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess => "accounts-password-hint-dates",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess | Warning::CommonNamesAndSurnamesAreEasyToGuess => {
            "accounts-password-hint-names"
        }
        _ => "accounts-password-hint-common",
    });
    Err(PasswordProblem { code: "accounts-password-weak", hint: Some(hint.unwrap_or("accounts-password-hint-words")) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_limits() {
        assert_eq!(check("kurz", &[]).unwrap_err().code, "accounts-password-too-short");
        assert_eq!(check(&"x".repeat(129), &[]).unwrap_err().code, "accounts-password-too-long");
    }

    #[test]
    fn common_and_personal_passwords_are_refused() {
        for weak in ["password", "12345678", "qwertzuiop", "passwort123", "Hallo1234", "Fussball1", "aaaaaaaaaa"] {
            assert_eq!(check(weak, &[]).unwrap_err().code, "accounts-password-weak", "{weak}");
        }
        assert!(check("ayse.demir1", &["ayse.demir@example.org", "Ayşe Demir"]).is_err());
    }

    #[test]
    fn no_composition_rules_for_long_passphrases() {
        assert_eq!(check("grüne tomaten am fensterbrett", &[]), Ok(()));
        assert_eq!(check("Vielfalt lebt in Maintal 2026!", &[]), Ok(()));
    }
}

#[cfg(test)]
mod hint_tests {
    use super::*;

    #[test]
    fn hints_name_the_weakness() {
        assert_eq!(check("zxcvbnm,./", &[]).unwrap_err().hint, Some("accounts-password-hint-keyboard"));
        assert_eq!(check("abcdefghijk", &[]).unwrap_err().hint, Some("accounts-password-hint-sequence"));
        assert_eq!(check("passwort123", &[]).unwrap_err().hint, Some("accounts-password-hint-words"), "our German list");
    }
}
