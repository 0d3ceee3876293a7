//! The fonts every document is set in, compiled into the binary: Noto Sans
//! (Latin incl. German and Turkish, Greek, Cyrillic) and Noto Sans Arabic,
//! both under the SIL Open Font Licence (see `fonts/OFL.txt`). No system
//! font is ever looked at, so a PDF looks the same on every machine.

use typst::foundations::Bytes;
use typst::text::Font;

/// The font families, in fallback order, as the templates name them.
#[cfg(test)]
const FAMILIES: [&str; 2] = ["Noto Sans", "Noto Sans Arabic"];

static FILES: [&[u8]; 6] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoSans-Italic.ttf"),
    include_bytes!("../fonts/NotoSans-BoldItalic.ttf"),
    include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
];

/// Every face of the embedded font files.
pub fn embedded() -> Vec<Font> {
    FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_file_is_a_font_of_a_named_family() {
        let fonts = embedded();
        assert_eq!(fonts.len(), FILES.len());
        for family in FAMILIES {
            assert!(fonts.iter().any(|f| f.info().family == family), "{family} is embedded");
        }
    }
}
