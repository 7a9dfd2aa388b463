//! Slovenian texts of the page frame and the text message (formal vikanje; a no-break space `\u{a0}` before `…`).

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Preverjanje identitete",
    language: "Jezik (Language)",
    loading: "Nalaganje\u{a0}…",
    load_failed: "Strani ni bilo mogoče naložiti.",
    load_slow: "To traja dlje, kot bi moralo.",
    load_help: "Preverite internetno povezavo in znova naložite stran. Če se še vedno ne naloži, odprite to povezavo v drugem brskalniku, na primer v najnovejši različici brskalnika Chrome, Firefox, Safari ali Edge.",
    reload: "Znova naloži stran",
    step_of: |n, total| format!("Korak {n} od {total}"),
    step_name: |step| match step {
        Step::Risk => "Preverjanje naprave",
        Step::PhoneCheck => "Potrditev s telefonom",
        Step::BankLogin => "Prijava v banko",
        Step::Capture => "Fotografije dokumenta",
        Step::PersonalData => "Osebni podatki",
        Step::Consents => "Privolitve",
        Step::Identification => "Videoidentifikacija",
        Step::Identity => "Identiteta",
        Step::Declaration => "Vaši podatki",
        Step::Tax => "Davčno rezidentstvo",
        Step::Terms => "Pogoji računa",
        Step::Status => "Rezultat",
    },
    person_title: "Vaši osebni podatki",
    person_intro: "Vnesite svoje podatke natančno tako, kot so navedeni v vašem osebnem dokumentu. Polja, označena kot neobvezna, lahko ostanejo prazna.",
    sms_handoff: |url| format!("Nadaljujte fotografiranje dokumenta na telefonu: {url} (velja 10 minut)"),
    ident_ended: "Vaš videoklic je končan",
    bank_finished: "Prijava v banko je končana",
    one_moment: "Trenutek\u{a0}…",
    close_window: "To okno lahko zaprete.",
};
