//! Latin letters without their diacritics. Used to compare what people type with official
//! spellings (addresses), and to write names in the PDF fonts that only know Western European
//! letters (KYC reports).

/// How the lower-case letter `c` is written without diacritics (`é` → `e`, `ß` → `ss`, `ł` → `l`,
/// `æ` → `ae`), or `None` if it has none to lose. Umlauts lose their dots (`ä` → `a`); callers
/// that want the German `ae` handle `ä`, `ö` and `ü` first.
pub(crate) fn without_diacritics(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        // Digraph letters of Serbo-Croatian Latin (the CHANGEALL agent's first name uses one).
        'ǆ' | 'ǅ' => "dz",
        'ǉ' | 'ǈ' => "lj",
        'ǌ' | 'ǋ' => "nj",
        _ => return None,
    })
}

/// A combining mark (U+0300–U+036F), as found in decomposed input like `e` + `◌́`.
pub(crate) fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_lose_their_diacritics() {
        let folded: String = "żółćßøœéñ".chars().map(|c| without_diacritics(c).unwrap()).collect();
        assert_eq!(folded, "zolcssooeen");
        assert_eq!(without_diacritics('a'), None);
        assert_eq!(without_diacritics('-'), None);
        assert!(is_combining_mark('\u{301}') && !is_combining_mark('e'));
    }
}
