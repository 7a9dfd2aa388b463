//! Latvian texts of the page frame and the text message (formal "Jūs").

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Identitātes pārbaude",
    language: "Valoda (Language)",
    loading: "Ielādē…",
    load_failed: "Lapu neizdevās ielādēt.",
    load_slow: "Tas aizņem ilgāku laiku nekā parasti.",
    load_help: "Pārbaudiet interneta savienojumu un pārlādējiet lapu. Ja tā joprojām neielādējas, atveriet šo saiti citā pārlūkprogrammā, piemēram, jaunākā Chrome, Firefox, Safari vai Edge versijā.",
    reload: "Pārlādēt lapu",
    step_of: |n, total| format!("{n}. solis no {total}"),
    step_name: |step| match step {
        Step::Risk => "Ierīces pārbaude",
        Step::PhoneCheck => "Apstiprināšana tālrunī",
        Step::BankLogin => "Pieslēgšanās bankā",
        Step::Capture => "Dokumenta fotoattēli",
        Step::PersonalData => "Personas dati",
        Step::Consents => "Piekrišana",
        Step::Identification => "Video identifikācija",
        Step::Identity => "Identitāte",
        Step::Declaration => "Jūsu dati",
        Step::Tax => "Nodokļu rezidence",
        Step::Terms => "Konta noteikumi",
        Step::Status => "Rezultāts",
    },
    person_title: "Jūsu personas dati",
    person_intro: "Lūdzu, ievadiet savus datus tieši tā, kā tie norādīti Jūsu personu apliecinošajā dokumentā. Lauki, kas atzīmēti kā neobligāti, var palikt tukši.",
    sms_handoff: |url| format!("Turpiniet fotografēt savu personu apliecinošo dokumentu tālrunī: {url} (saite derīga 10 minūtes)"),
    ident_ended: "Jūsu videozvans ir beidzies",
    bank_finished: "Pieslēgšanās bankai ir pabeigta",
    one_moment: "Vienu mirkli…",
    close_window: "Varat aizvērt šo logu.",
};
