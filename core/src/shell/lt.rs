//! Lithuanian texts of the page frame and the text message (formal "Jūs").

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Tapatybės patvirtinimas",
    language: "Kalba (Language)",
    loading: "Įkeliama…",
    load_failed: "Nepavyko įkelti puslapio.",
    load_slow: "Tai užtrunka ilgiau nei įprastai.",
    load_help: "Patikrinkite interneto ryšį ir įkelkite puslapį iš naujo. Jei jis vis tiek neįsikelia, atidarykite šią nuorodą kitoje naršyklėje, pavyzdžiui, naujausioje Chrome, Firefox, Safari ar Edge versijoje.",
    reload: "Įkelti puslapį iš naujo",
    step_of: |n, total| format!("Žingsnis {n} iš {total}"),
    step_name: |step| match step {
        Step::Risk => "Įrenginio patikra",
        Step::PhoneCheck => "Patvirtinimas telefonu",
        Step::BankLogin => "Prisijungimas prie banko",
        Step::Capture => "Dokumento nuotraukos",
        Step::PersonalData => "Asmens duomenys",
        Step::Consents => "Sutikimas",
        Step::Identification => "Vaizdo identifikavimas",
        Step::Identity => "Tapatybė",
        Step::Declaration => "Jūsų duomenys",
        Step::Tax => "Mokestinis rezidavimas",
        Step::Terms => "Sąskaitos sąlygos",
        Step::Status => "Rezultatas",
    },
    person_title: "Jūsų asmens duomenys",
    person_intro: "Įveskite savo duomenis tiksliai taip, kaip jie nurodyti Jūsų asmens tapatybę patvirtinančiame dokumente. Laukai, pažymėti kaip neprivalomi, gali likti tušti.",
    sms_handoff: |url| format!("Tęskite dokumento fotografavimą telefone: {url} (nuoroda galioja 10 minučių)"),
    ident_ended: "Jūsų vaizdo skambutis baigėsi",
    bank_finished: "Prisijungimas prie banko baigtas",
    one_moment: "Akimirką…",
    close_window: "Galite uždaryti šį langą.",
};
