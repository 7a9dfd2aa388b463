//! Slovak texts of the page frame and the text message (formal vykanie).

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Overenie totožnosti",
    language: "Jazyk (Language)",
    loading: "Načítava sa…",
    load_failed: "Stránku sa nepodarilo načítať.",
    load_slow: "Trvá to dlhšie, ako by malo.",
    load_help: "Skontrolujte pripojenie na internet a znova načítajte stránku. Ak sa ani potom nenačíta, otvorte tento odkaz v inom prehliadači, napríklad v aktuálnej verzii Chrome, Firefox, Safari alebo Edge.",
    reload: "Znova načítať stránku",
    step_of: |n, total| format!("Krok {n} z {total}"),
    step_name: |step| match step {
        Step::Risk => "Kontrola zariadenia",
        Step::PhoneCheck => "Potvrdenie telefónom",
        Step::BankLogin => "Prihlásenie do banky",
        Step::Capture => "Fotografie dokladu",
        Step::PersonalData => "Osobné údaje",
        Step::Consents => "Súhlasy",
        Step::Identification => "Videoidentifikácia",
        Step::Identity => "Totožnosť",
        Step::Declaration => "Vaše údaje",
        Step::Tax => "Daňová rezidencia",
        Step::Terms => "Podmienky účtu",
        Step::Status => "Výsledok",
    },
    person_title: "Vaše osobné údaje",
    person_intro: "Zadajte, prosím, svoje údaje presne tak, ako sú uvedené vo vašom doklade totožnosti. Polia označené ako nepovinné môžete nechať prázdne.",
    sms_handoff: |url| format!("Pokračujte vo fotografovaní dokladu v telefóne: {url} (platnosť 10 minút)"),
    ident_ended: "Váš videohovor sa skončil",
    bank_finished: "Prihlásenie do banky je dokončené",
    one_moment: "Okamih…",
    close_window: "Toto okno môžete zavrieť.",
};
