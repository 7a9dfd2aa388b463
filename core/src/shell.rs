//! The page frame the proxy writes into the HTML, in the user's language, so that something is on
//! screen before the app's wasm has run: the header, the busy indicator, and what to do when the
//! app does not load. The app shows the same texts (one source), so its first render replaces the
//! frame without a visible change.

use crate::{Language, Step};

/// The texts of the page frame in one language.
#[derive(Debug, Clone, Copy)]
pub struct ShellTexts {
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
    /// "Step 1 of 4", over the step list.
    pub step_of: fn(usize, usize) -> String,
    /// A step's name in the step list.
    pub step_name: fn(Step) -> &'static str,
    /// The personal-data step's heading: the first screen of most flows, which the frame shows
    /// when the proxy knows the user starts there.
    pub person_title: &'static str,
    /// The personal-data step's introduction (the first screen's largest text).
    pub person_intro: &'static str,
}

const EN: ShellTexts = ShellTexts {
    product: "Identity verification",
    language: "Language",
    loading: "Loading…",
    load_failed: "The page could not be loaded.",
    load_slow: "This is taking longer than it should.",
    load_help: "Check your internet connection and reload the page. If it still does not load, open this link in another browser, such as a current Chrome, Firefox, Safari or Edge.",
    reload: "Reload the page",
    step_of: |n, total| format!("Step {n} of {total}"),
    step_name: |step| match step {
        Step::Risk => "Device check",
        Step::PhoneCheck => "Phone confirmation",
        Step::BankLogin => "Bank login",
        Step::Capture => "ID photos",
        Step::PersonalData => "Personal details",
        Step::Consents => "Consent",
        Step::Identification => "Video identification",
        Step::Identity => "Identity",
        Step::Declaration => "Your details",
        Step::Tax => "Tax residence",
        Step::Terms => "Account terms",
        Step::Status => "Result",
    },
    person_title: "Your personal details",
    person_intro: "Please enter your details exactly as they appear on your ID document. Fields marked optional may stay empty.",
};

const DE: ShellTexts = ShellTexts {
    product: "Identitätsprüfung",
    language: "Sprache (Language)",
    loading: "Wird geladen …",
    load_failed: "Die Seite konnte nicht geladen werden.",
    load_slow: "Das dauert länger als üblich.",
    load_help: "Prüfen Sie Ihre Internetverbindung und laden Sie die Seite neu. Wenn sie dann noch immer nicht lädt, öffnen Sie diesen Link in einem anderen Browser, etwa einem aktuellen Chrome, Firefox, Safari oder Edge.",
    reload: "Seite neu laden",
    step_of: |n, total| format!("Schritt {n} von {total}"),
    step_name: |step| match step {
        Step::Risk => "Geräteprüfung",
        Step::PhoneCheck => "Bestätigung per Handy",
        Step::BankLogin => "Bank-Login",
        Step::Capture => "Ausweisfotos",
        Step::PersonalData => "Persönliche Angaben",
        Step::Consents => "Einwilligung",
        Step::Identification => "Video-Identifizierung",
        Step::Identity => "Identität",
        Step::Declaration => "Ihre Angaben",
        Step::Tax => "Steuerliche Ansässigkeit",
        Step::Terms => "Kontobedingungen",
        Step::Status => "Ergebnis",
    },
    person_title: "Ihre persönlichen Angaben",
    person_intro: "Bitte geben Sie Ihre Daten genau so ein, wie sie in Ihrem Ausweisdokument stehen. Als optional markierte Felder dürfen leer bleiben.",
};

const FR: ShellTexts = ShellTexts {
    product: "Vérification d’identité",
    language: "Langue (Language)",
    loading: "Chargement…",
    load_failed: "La page n’a pas pu être chargée.",
    load_slow: "Le chargement prend plus de temps que prévu.",
    load_help: "Vérifiez votre connexion Internet et rechargez la page. Si elle ne se charge toujours pas, ouvrez ce lien dans un autre navigateur, par exemple une version récente de Chrome, Firefox, Safari ou Edge.",
    reload: "Recharger la page",
    step_of: |n, total| format!("Étape {n} sur {total}"),
    step_name: |step| match step {
        Step::Risk => "Vérification de l’appareil",
        Step::PhoneCheck => "Confirmation par téléphone",
        Step::BankLogin => "Connexion bancaire",
        Step::Capture => "Photos de la pièce",
        Step::PersonalData => "Informations personnelles",
        Step::Consents => "Consentement",
        Step::Identification => "Identification vidéo",
        Step::Identity => "Identité",
        Step::Declaration => "Vos informations",
        Step::Tax => "Résidence fiscale",
        Step::Terms => "Conditions du compte",
        Step::Status => "Résultat",
    },
    person_title: "Vos informations personnelles",
    person_intro: "Veuillez saisir vos données exactement comme elles figurent sur votre pièce d’identité. Les champs marqués facultatifs peuvent rester vides.",
};

const NL: ShellTexts = ShellTexts {
    product: "Identiteitsverificatie",
    language: "Taal (Language)",
    loading: "Laden…",
    load_failed: "De pagina kon niet worden geladen.",
    load_slow: "Dit duurt langer dan normaal.",
    load_help: "Controleer uw internetverbinding en laad de pagina opnieuw. Laadt hij dan nog steeds niet, open deze link dan in een andere browser, zoals een recente versie van Chrome, Firefox, Safari of Edge.",
    reload: "Pagina opnieuw laden",
    step_of: |n, total| format!("Stap {n} van {total}"),
    step_name: |step| match step {
        Step::Risk => "Apparaatcontrole",
        Step::PhoneCheck => "Bevestiging per telefoon",
        Step::BankLogin => "Inloggen bij uw bank",
        Step::Capture => "Foto's van uw identiteitsbewijs",
        Step::PersonalData => "Persoonsgegevens",
        Step::Consents => "Toestemming",
        Step::Identification => "Videoidentificatie",
        Step::Identity => "Identiteit",
        Step::Declaration => "Uw gegevens",
        Step::Tax => "Fiscale woonplaats",
        Step::Terms => "Rekeningvoorwaarden",
        Step::Status => "Resultaat",
    },
    person_title: "Uw persoonsgegevens",
    person_intro: "Vul uw gegevens precies zo in als ze op uw identiteitsbewijs staan. Optionele velden mag u leeg laten.",
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
