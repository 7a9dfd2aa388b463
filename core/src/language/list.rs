//! The one list of the app's languages. Everything kept per language (the enum, the page
//! frame's texts, the app's tables) is declared from it, so a language is added in one line plus
//! its translated files, and a file left out is a compile error.

/// Calls `$callback! { $($args)* ; code Variant "native name" Direction, ... }` with every
/// language of the app, English first.
#[macro_export]
macro_rules! with_languages {
    ($callback:ident { $($args:tt)* }) => {
        $callback! { $($args)* ;
            en En "English" Ltr,
            de De "Deutsch" Ltr,
            fr Fr "Français" Ltr,
            nl Nl "Nederlands" Ltr,
        }
    };
}
