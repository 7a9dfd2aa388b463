//! Norwegian Bokmål (informal "du", as banks write) texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Identitetsbekreftelse",
    language: "Språk (Language)",
    loading: "Laster inn…",
    load_failed: "Siden kunne ikke lastes inn.",
    load_slow: "Dette tar lengre tid enn det skal.",
    load_help: "Sjekk internettforbindelsen din og last inn siden på nytt. Hvis den fortsatt ikke lastes inn, kan du åpne denne lenken i en annen nettleser, for eksempel en oppdatert Chrome, Firefox, Safari eller Edge.",
    reload: "Last inn siden på nytt",
    step_of: |n, total| format!("Steg {n} av {total}"),
    step_name: |step| match step {
        Step::Risk => "Sjekk av enhet",
        Step::PhoneCheck => "Bekreftelse på mobil",
        Step::BankLogin => "Innlogging i banken",
        Step::Capture => "Bilder av ID",
        Step::PersonalData => "Personopplysninger",
        Step::Consents => "Samtykke",
        Step::Identification => "Videoidentifisering",
        Step::Identity => "Identitet",
        Step::Declaration => "Dine opplysninger",
        Step::Tax => "Skattemessig bosted",
        Step::Terms => "Kontovilkår",
        Step::Status => "Resultat",
    },
    person_title: "Dine personopplysninger",
    person_intro: "Fyll inn opplysningene dine nøyaktig slik de står i ID-dokumentet ditt. Felt som er merket som valgfrie, kan stå tomme.",
    sms_handoff: |url| format!("Fortsett å ta bilder av ID-en din på mobilen: {url} (gyldig i 10 minutter)"),
    ident_ended: "Videosamtalen din er avsluttet",
    bank_finished: "Innloggingen i banken er fullført",
    one_moment: "Et øyeblikk…",
    close_window: "Du kan lukke dette vinduet.",
};
