//! Croatian texts of the page frame and the text message (formal "vi").

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Provjera identiteta",
    language: "Jezik (Language)",
    loading: "Učitavanje…",
    load_failed: "Stranicu nije bilo moguće učitati.",
    load_slow: "Ovo traje dulje nego što bi trebalo.",
    load_help: "Provjerite internetsku vezu i ponovno učitajte stranicu. Ako se i dalje ne učitava, otvorite ovu poveznicu u drugom pregledniku, primjerice u najnovijoj verziji preglednika Chrome, Firefox, Safari ili Edge.",
    reload: "Ponovno učitaj stranicu",
    step_of: |n, total| format!("Korak {n} od {total}"),
    step_name: |step| match step {
        Step::Risk => "Provjera uređaja",
        Step::PhoneCheck => "Potvrda telefonom",
        Step::BankLogin => "Prijava u banku",
        Step::Capture => "Fotografije dokumenta",
        Step::PersonalData => "Osobni podaci",
        Step::Consents => "Privole",
        Step::Identification => "Videoidentifikacija",
        Step::Identity => "Identitet",
        Step::Declaration => "Vaši podaci",
        Step::Tax => "Porezna rezidentnost",
        Step::Terms => "Uvjeti računa",
        Step::Status => "Rezultat",
    },
    person_title: "Vaši osobni podaci",
    person_intro: "Unesite svoje podatke točno onako kako su navedeni u vašem osobnom dokumentu. Polja označena kao neobavezna možete ostaviti prazna.",
    sms_handoff: |url| format!("Nastavite fotografirati dokument na telefonu: {url} (vrijedi 10 minuta)"),
    ident_ended: "Vaš videopoziv je završen",
    bank_finished: "Vaša prijava u banku je završena",
    one_moment: "Trenutak…",
    close_window: "Možete zatvoriti ovaj prozor.",
};
