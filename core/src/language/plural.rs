//! Plural categories: a text that counts something is written once per category its language
//! has (CLDR's six), and the number picks one. The browser knows each language's rules
//! (`Intl.PluralRules`), so the app carries none of them.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Plural {
    /// Arabic, Latvian, Welsh: zero.
    Zero,
    /// The singular of most languages.
    One,
    /// Arabic, Irish, Slovenian: two.
    Two,
    /// Slavic and Baltic languages, Arabic, Irish, Maltese, Romanian: a few.
    Few,
    /// Slavic languages, Arabic, Irish, Maltese: many.
    Many,
    /// Every other number.
    Other,
}

impl Plural {
    /// Every category, in the order of the texts files' lines.
    pub const ALL: [Plural; 6] = [Plural::Zero, Plural::One, Plural::Two, Plural::Few, Plural::Many, Plural::Other];

    /// The category as `Intl.PluralRules.select` names it.
    pub fn from_cldr(name: &str) -> Option<Self> {
        Some(match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            "other" => Plural::Other,
            _ => return None,
        })
    }

    /// English's rule, where no browser says otherwise (native tests, the proxy).
    pub fn english(n: u64) -> Self {
        if n == 1 {
            Plural::One
        } else {
            Plural::Other
        }
    }
}
