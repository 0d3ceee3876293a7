//! Sorting names the way German readers expect (DIN 5007, variant 1:
//! ä = a, ö = o, ü = u, ß = ss), the same on every database.

/// A key that sorts names alphabetically in German, ignoring case.
pub fn sort_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for ch in name.chars().flat_map(char::to_lowercase) {
        match ch {
            'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' => key.push('a'),
            'ö' | 'ò' | 'ó' | 'ô' | 'õ' => key.push('o'),
            'ü' | 'ù' | 'ú' | 'û' => key.push('u'),
            'é' | 'è' | 'ê' | 'ë' => key.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ı' => key.push('i'),
            'ş' => key.push('s'),
            'ç' => key.push('c'),
            'ğ' => key.push('g'),
            'ñ' => key.push('n'),
            'ß' => key.push_str("ss"),
            other => key.push(other),
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_sort_with_their_base_letter() {
        let mut names = vec!["Zwingenberg", "Ötigheim", "Offenbach", "Aßlar", "Alsfeld", "Überlingen", "Ulm"];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(names, ["Alsfeld", "Aßlar", "Offenbach", "Ötigheim", "Überlingen", "Ulm", "Zwingenberg"]);
    }
}
