//! Dutch (formal "u") texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
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
        Step::Identification => "Video-identificatie",
        Step::Identity => "Identiteit",
        Step::Declaration => "Uw gegevens",
        Step::Tax => "Fiscale woonplaats",
        Step::Terms => "Rekeningvoorwaarden",
        Step::Status => "Resultaat",
    },
    person_title: "Uw persoonsgegevens",
    person_intro: "Vul uw gegevens precies zo in als ze op uw identiteitsbewijs staan. Optionele velden mag u leeg laten.",
    sms_handoff: |url| format!("Ga verder met het fotograferen van uw identiteitsbewijs op uw telefoon: {url} (10 minuten geldig)"),
    ident_ended: "Uw videogesprek is beëindigd",
    bank_finished: "Het inloggen bij uw bank is voltooid",
    one_moment: "Een ogenblik…",
    close_window: "U kunt dit venster sluiten.",
};
