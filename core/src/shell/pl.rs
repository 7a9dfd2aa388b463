//! Polish texts of the page frame and the text message (formal: impersonal forms and "Prosimy …", as Polish banks write).

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Weryfikacja tożsamości",
    language: "Język (Language)",
    loading: "Ładowanie…",
    load_failed: "Nie udało się załadować strony.",
    load_slow: "Trwa to dłużej niż zwykle.",
    load_help: "Prosimy sprawdzić połączenie z internetem i odświeżyć stronę. Jeśli nadal się nie ładuje, prosimy otworzyć ten link w innej przeglądarce, np. w aktualnej wersji Chrome, Firefox, Safari lub Edge.",
    reload: "Odśwież stronę",
    step_of: |n, total| format!("Krok {n} z {total}"),
    step_name: |step| match step {
        Step::Risk => "Sprawdzenie urządzenia",
        Step::PhoneCheck => "Potwierdzenie telefonem",
        Step::BankLogin => "Logowanie do banku",
        Step::Capture => "Zdjęcia dokumentu",
        Step::PersonalData => "Dane osobowe",
        Step::Consents => "Zgody",
        Step::Identification => "Wideoweryfikacja",
        Step::Identity => "Tożsamość",
        Step::Declaration => "Potwierdzenie danych",
        Step::Tax => "Rezydencja podatkowa",
        Step::Terms => "Regulamin rachunku",
        Step::Status => "Wynik",
    },
    person_title: "Dane osobowe",
    person_intro: "Prosimy wpisać dane dokładnie tak, jak widnieją w dokumencie tożsamości. Pola oznaczone jako opcjonalne można pozostawić puste.",
    sms_handoff: |url| format!("Prosimy kontynuować robienie zdjęć dokumentu na telefonie: {url} (link ważny 10 minut)"),
    ident_ended: "Rozmowa wideo została zakończona",
    bank_finished: "Logowanie do banku zostało zakończone",
    one_moment: "Chwileczkę…",
    close_window: "Można zamknąć to okno.",
};
