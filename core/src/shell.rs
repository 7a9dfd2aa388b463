//! The page frame the proxy writes into the HTML, in the user's language, so that something is on
//! screen before the app's wasm has run: the header, the busy indicator, and what to do when the
//! app does not load. The app shows the same texts (one source), so its first render replaces the
//! frame without a visible change.

use crate::Language;

/// The texts of the page frame in one language.
#[derive(Debug, Clone, Copy)]
pub struct ShellTexts {
    /// The language's own name, for the language switcher.
    pub native_name: &'static str,
    /// The product's name in the header.
    pub product: &'static str,
    /// The language switcher's label.
    pub language: &'static str,
    /// Said while the app or the session loads.
    pub loading: &'static str,
    /// The app's script or wasm could not be loaded.
    pub load_failed: &'static str,
    /// Still loading long after it should have ended (or the browser cannot run the app).
    pub load_slow: &'static str,
    /// What to do in both cases.
    pub load_help: &'static str,
    /// The link that loads the page again.
    pub reload: &'static str,
}

const EN: ShellTexts = ShellTexts {
    native_name: "English",
    product: "Identity verification",
    language: "Language",
    loading: "Loading…",
    load_failed: "The page could not be loaded.",
    load_slow: "This is taking longer than it should.",
    load_help: "Check your internet connection and reload the page. If it still does not load, open this link in another browser, such as a current Chrome, Firefox, Safari or Edge.",
    reload: "Reload the page",
};

const DE: ShellTexts = ShellTexts {
    native_name: "Deutsch",
    product: "Identitätsprüfung",
    language: "Sprache (Language)",
    loading: "Wird geladen …",
    load_failed: "Die Seite konnte nicht geladen werden.",
    load_slow: "Das dauert länger als üblich.",
    load_help: "Prüfen Sie Ihre Internetverbindung und laden Sie die Seite neu. Wenn sie dann noch immer nicht lädt, öffnen Sie diesen Link in einem anderen Browser, etwa einem aktuellen Chrome, Firefox, Safari oder Edge.",
    reload: "Seite neu laden",
};

const FR: ShellTexts = ShellTexts {
    native_name: "Français",
    product: "Vérification d’identité",
    language: "Langue (Language)",
    loading: "Chargement…",
    load_failed: "La page n’a pas pu être chargée.",
    load_slow: "Le chargement prend plus de temps que prévu.",
    load_help: "Vérifiez votre connexion Internet et rechargez la page. Si elle ne se charge toujours pas, ouvrez ce lien dans un autre navigateur, par exemple une version récente de Chrome, Firefox, Safari ou Edge.",
    reload: "Recharger la page",
};

const NL: ShellTexts = ShellTexts {
    native_name: "Nederlands",
    product: "Identiteitsverificatie",
    language: "Taal (Language)",
    loading: "Laden…",
    load_failed: "De pagina kon niet worden geladen.",
    load_slow: "Dit duurt langer dan normaal.",
    load_help: "Controleer uw internetverbinding en laad de pagina opnieuw. Laadt hij dan nog steeds niet, open deze link dan in een andere browser, zoals een recente versie van Chrome, Firefox, Safari of Edge.",
    reload: "Pagina opnieuw laden",
};

impl Language {
    /// The page frame's texts in this language.
    pub const fn shell(self) -> &'static ShellTexts {
        match self {
            Language::En => &EN,
            Language::De => &DE,
            Language::Fr => &FR,
            Language::Nl => &NL,
        }
    }
}
