//! An amount of money in words, as a decision letter writes it next to the
//! figures ("achtundzwanzigtausend Euro"; "twenty-eight thousand euros").

use crate::money::Money;

const DE_ONES: [&str; 20] = [
    "",
    "ein",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
];
const DE_TENS: [&str; 10] = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];
const EN_ONES: [&str; 20] = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const EN_TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

fn de_below_thousand(n: u64) -> String {
    let (hundreds, rest) = ((n / 100) as usize, (n % 100) as usize);
    let mut out = String::new();
    if hundreds > 0 {
        out.push_str(DE_ONES[hundreds]);
        out.push_str("hundert");
    }
    if rest < 20 {
        out.push_str(DE_ONES[rest]);
    } else {
        if rest % 10 > 0 {
            out.push_str(DE_ONES[rest % 10]);
            out.push_str("und");
        }
        out.push_str(DE_TENS[rest / 10]);
    }
    out
}

/// A whole number in German words, as one word below a million.
pub fn german(n: u64) -> String {
    if n == 0 {
        return "null".into();
    }
    let (millions, thousands, rest) = (n / 1_000_000, (n / 1_000) % 1_000, n % 1_000);
    let mut parts = Vec::new();
    if millions > 0 {
        parts.push(if millions == 1 { "eine Million".to_owned() } else { format!("{} Millionen", german(millions)) });
    }
    let mut word = String::new();
    if thousands > 0 {
        word.push_str(&de_below_thousand(thousands));
        word.push_str("tausend");
    }
    word.push_str(&de_below_thousand(rest));
    // A one at the end is said "eins" (einhunderteins), inside a word "ein" (einundzwanzig).
    if rest % 100 == 1 {
        word.push('s');
    }
    if !word.is_empty() {
        parts.push(word);
    }
    parts.join(" ")
}

fn en_below_thousand(n: u64) -> String {
    let (hundreds, rest) = ((n / 100) as usize, (n % 100) as usize);
    let mut parts = Vec::new();
    if hundreds > 0 {
        parts.push(format!("{} hundred", EN_ONES[hundreds]));
    }
    let tail = match rest {
        0 => String::new(),
        r if r < 20 => EN_ONES[r].to_owned(),
        r if r % 10 == 0 => EN_TENS[r / 10].to_owned(),
        r => format!("{}-{}", EN_TENS[r / 10], EN_ONES[r % 10]),
    };
    if !tail.is_empty() {
        if hundreds > 0 {
            parts.push("and".into());
        }
        parts.push(tail);
    }
    parts.join(" ")
}

/// A whole number in English words.
pub fn english(n: u64) -> String {
    if n == 0 {
        return "zero".into();
    }
    let groups = [(1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];
    let mut rest = n;
    let mut parts = Vec::new();
    for (size, name) in groups {
        if rest >= size {
            parts.push(format!("{} {name}", en_below_thousand(rest / size)));
            rest %= size;
        }
    }
    if rest > 0 {
        parts.push(en_below_thousand(rest));
    }
    parts.join(" ")
}

/// The amount in words in `lang` (`de` or anything else for English), with
/// the cents when there are any.
pub fn in_words(amount: Money, lang: &str) -> String {
    let cents = amount.cents().unsigned_abs();
    let (euros, rest) = (cents / 100, cents % 100);
    if lang == "de" {
        let euros = format!("{} Euro", german(euros));
        if rest == 0 { euros } else { format!("{euros} und {} Cent", german(rest)) }
    } else {
        let unit = if euros == 1 { "euro" } else { "euros" };
        let euros = format!("{} {unit}", english(euros));
        if rest == 0 { euros } else { format!("{euros} and {} cent", english(rest)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_numbers_are_one_word_below_a_million() {
        for (n, words) in [
            (1, "eins"),
            (16, "sechzehn"),
            (21, "einundzwanzig"),
            (101, "einhunderteins"),
            (1_000, "eintausend"),
            (17_500, "siebzehntausendfünfhundert"),
            (20_000, "zwanzigtausend"),
            (28_000, "achtundzwanzigtausend"),
            (30_001, "dreißigtausendeins"),
            (999_999, "neunhundertneunundneunzigtausendneunhundertneunundneunzig"),
            (2_500_000, "zwei Millionen fünfhunderttausend"),
        ] {
            assert_eq!(german(n), words, "{n}");
        }
    }

    #[test]
    fn amounts_in_words_name_euros_and_cents() {
        assert_eq!(in_words(Money::from_euros(28_000), "de"), "achtundzwanzigtausend Euro");
        assert_eq!(in_words(Money(1_750_050), "de"), "siebzehntausendfünfhundert Euro und fünfzig Cent");
        assert_eq!(in_words(Money::from_euros(28_000), "en"), "twenty-eight thousand euros");
        assert_eq!(in_words(Money(10_525), "en"), "one hundred and five euros and twenty-five cent");
        assert_eq!(english(1_000_001), "one million one");
    }
}
