//! Swedish (informal "du", as Swedish banks write) texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Identitetskontroll",
    language: "Språk (Language)",
    loading: "Laddar…",
    load_failed: "Sidan kunde inte laddas.",
    load_slow: "Det här tar längre tid än det borde.",
    load_help: "Kontrollera din internetanslutning och ladda om sidan. Om den fortfarande inte laddas kan du öppna länken i en annan webbläsare, till exempel en aktuell version av Chrome, Firefox, Safari eller Edge.",
    reload: "Ladda om sidan",
    step_of: |n, total| format!("Steg {n} av {total}"),
    step_name: |step| match step {
        Step::Risk => "Enhetskontroll",
        Step::PhoneCheck => "Bekräftelse i mobilen",
        Step::BankLogin => "Inloggning i banken",
        Step::Capture => "Foton av ID-handling",
        Step::PersonalData => "Personuppgifter",
        Step::Consents => "Samtycke",
        Step::Identification => "Videoidentifiering",
        Step::Identity => "Identitet",
        Step::Declaration => "Dina uppgifter",
        Step::Tax => "Skatterättslig hemvist",
        Step::Terms => "Kontovillkor",
        Step::Status => "Resultat",
    },
    person_title: "Dina personuppgifter",
    person_intro: "Fyll i dina uppgifter exakt som de står i din ID-handling. Fält som är markerade som valfria kan lämnas tomma.",
    sms_handoff: |url| format!("Fortsätt fotografera din ID-handling i mobilen: {url} (giltig i 10 minuter)"),
    ident_ended: "Ditt videosamtal har avslutats",
    bank_finished: "Inloggningen i din bank är klar",
    one_moment: "Ett ögonblick…",
    close_window: "Du kan stänga det här fönstret.",
};
