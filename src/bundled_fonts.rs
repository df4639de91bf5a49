//! Fonts the program carries for what a system may lack: Droid Sans Fallback (Apache License 2.0,
//! see `assets/fonts/README.md`) for Korean and Chinese, used only where no installed font has a
//! character, in the window and in PDF handouts alike.

/// Droid Sans Fallback: Hangul, Han (simplified and traditional) and Kana.
pub static CJK_FALLBACK: &[u8] = include_bytes!("../assets/fonts/DroidSansFallback.ttf");

/// The name it goes by where the window's fonts are listed.
pub const CJK_FALLBACK_NAME: &str = "bundled:Droid Sans Fallback";

/// Whether a character is Korean, Chinese or Japanese script or punctuation (what the bundled
/// fallback is for).
pub fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x1100..=0x11FF       // Hangul Jamo
        | 0x2E80..=0x9FFF     // radicals, CJK punctuation, Kana, Hangul compatibility Jamo, Han
        | 0xA960..=0xA97F     // Hangul Jamo extended A
        | 0xAC00..=0xD7FF     // Hangul syllables, Jamo extended B
        | 0xF900..=0xFAFF     // Han compatibility ideographs
        | 0xFE30..=0xFE4F     // CJK compatibility forms
        | 0xFF00..=0xFFEF     // full-width forms
        | 0x20000..=0x3FFFF) // Han extensions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_font_draws_korean_and_both_chinese_scripts() {
        let face = ttf_parser::Face::parse(CJK_FALLBACK, 0).expect("the bundled font reads");
        for c in "서울 기도제목 香港 代祷事项 代禱事項 감사".chars().filter(|c| !c.is_whitespace()) {
            assert!(is_cjk(c), "{c} is CJK");
            assert!(face.glyph_index(c).is_some_and(|g| g.0 != 0), "the bundled font has {c}");
        }
        assert!(!is_cjk('a') && !is_cjk('é') && !is_cjk('“'));
    }
}
