//! Romanian (formal "dumneavoastră") texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Verificarea identității",
    language: "Limba (Language)",
    loading: "Se încarcă…",
    load_failed: "Pagina nu a putut fi încărcată.",
    load_slow: "Încărcarea durează mai mult decât de obicei.",
    load_help: "Verificați conexiunea la internet și reîncărcați pagina. Dacă tot nu se încarcă, deschideți acest link în alt browser, de exemplu o versiune actuală de Chrome, Firefox, Safari sau Edge.",
    reload: "Reîncărcați pagina",
    step_of: |n, total| format!("Pasul {n} din {total}"),
    step_name: |step| match step {
        Step::Risk => "Verificare dispozitiv",
        Step::PhoneCheck => "Confirmare pe telefon",
        Step::BankLogin => "Autentificare la bancă",
        Step::Capture => "Fotografii document",
        Step::PersonalData => "Date personale",
        Step::Consents => "Consimțământ",
        Step::Identification => "Identificare video",
        Step::Identity => "Identitate",
        Step::Declaration => "Datele dumneavoastră",
        Step::Tax => "Rezidență fiscală",
        Step::Terms => "Condițiile contului",
        Step::Status => "Rezultat",
    },
    person_title: "Datele dumneavoastră personale",
    person_intro: "Introduceți datele exact așa cum apar în actul dumneavoastră de identitate. Câmpurile marcate ca opționale pot rămâne necompletate.",
    sms_handoff: |url| format!("Continuați fotografierea actului de identitate pe telefon: {url} (valabil 10 minute)"),
    ident_ended: "Apelul dumneavoastră video s-a încheiat",
    bank_finished: "Autentificarea la bancă s-a încheiat",
    one_moment: "Un moment…",
    close_window: "Puteți închide această fereastră.",
};
