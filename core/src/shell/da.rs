//! Danish (informal "du", as Danish banks write) texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Identitetsbekræftelse",
    language: "Sprog (Language)",
    loading: "Indlæser…",
    load_failed: "Siden kunne ikke indlæses.",
    load_slow: "Det tager længere tid end normalt.",
    load_help: "Tjek din internetforbindelse, og genindlæs siden. Hvis den stadig ikke indlæses, så åbn dette link i en anden browser, fx en opdateret Chrome, Firefox, Safari eller Edge.",
    reload: "Genindlæs siden",
    step_of: |n, total| format!("Trin {n} af {total}"),
    step_name: |step| match step {
        Step::Risk => "Tjek af enhed",
        Step::PhoneCheck => "Bekræftelse på mobil",
        Step::BankLogin => "Bank-login",
        Step::Capture => "Fotos af ID",
        Step::PersonalData => "Personlige oplysninger",
        Step::Consents => "Samtykke",
        Step::Identification => "Videoidentifikation",
        Step::Identity => "Identitet",
        Step::Declaration => "Dine oplysninger",
        Step::Tax => "Skattemæssigt hjemsted",
        Step::Terms => "Kontovilkår",
        Step::Status => "Resultat",
    },
    person_title: "Dine personlige oplysninger",
    person_intro: "Indtast dine oplysninger præcis, som de står på dit ID-dokument. Felter, der er markeret som valgfrie, kan stå tomme.",
    sms_handoff: |url| format!("Fortsæt med at fotografere dit ID på din mobil: {url} (gyldigt i 10 minutter)"),
    ident_ended: "Dit videoopkald er afsluttet",
    bank_finished: "Dit login i banken er afsluttet",
    one_moment: "Et øjeblik…",
    close_window: "Du kan lukke dette vindue.",
};
