//! The one list of the app's languages. Everything kept per language (the enum, the page
//! frame's texts, the app's tables) is declared from it, so a language is added in one line plus
//! its translated files, and a file left out is a compile error.

/// Calls `$callback! { $($args)* ; code Variant "native name" Direction, ... }` with every
/// language of the app, in the order the language switcher lists them: by their own names,
/// Latin script first, then Greek, Cyrillic and Arabic.
#[macro_export]
macro_rules! with_languages {
    ($callback:ident { $($args:tt)* }) => {
        $callback! { $($args)* ;
            cs Cs "Čeština" Ltr,
            da Da "Dansk" Ltr,
            de De "Deutsch" Ltr,
            et Et "Eesti" Ltr,
            en En "English" Ltr,
            es Es "Español" Ltr,
            fr Fr "Français" Ltr,
            ga Ga "Gaeilge" Ltr,
            hr Hr "Hrvatski" Ltr,
            it It "Italiano" Ltr,
            lv Lv "Latviešu" Ltr,
            lt Lt "Lietuvių" Ltr,
            hu Hu "Magyar" Ltr,
            mt Mt "Malti" Ltr,
            nl Nl "Nederlands" Ltr,
            nb Nb "Norsk bokmål" Ltr,
            pl Pl "Polski" Ltr,
            pt Pt "Português" Ltr,
            ro Ro "Română" Ltr,
            sk Sk "Slovenčina" Ltr,
            sl Sl "Slovenščina" Ltr,
            fi Fi "Suomi" Ltr,
            sv Sv "Svenska" Ltr,
            tr Tr "Türkçe" Ltr,
            el El "Ελληνικά" Ltr,
            bg Bg "Български" Ltr,
            uk Uk "Українська" Ltr,
            ar Ar "العربية" Rtl,
        }
    };
}
