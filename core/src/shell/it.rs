//! Italian (formal "Lei") texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Verifica dell'identità",
    language: "Lingua (Language)",
    loading: "Caricamento…",
    load_failed: "Non è stato possibile caricare la pagina.",
    load_slow: "Il caricamento richiede più tempo del previsto.",
    load_help: "Controlli la connessione a Internet e ricarichi la pagina. Se ancora non si carica, apra questo link in un altro browser, ad esempio una versione aggiornata di Chrome, Firefox, Safari o Edge.",
    reload: "Ricarica la pagina",
    step_of: |n, total| format!("Passaggio {n} di {total}"),
    step_name: |step| match step {
        Step::Risk => "Controllo dispositivo",
        Step::PhoneCheck => "Conferma via telefono",
        Step::BankLogin => "Accesso alla banca",
        Step::Capture => "Foto del documento",
        Step::PersonalData => "Dati personali",
        Step::Consents => "Consenso",
        Step::Identification => "Videoidentificazione",
        Step::Identity => "Identità",
        Step::Declaration => "I suoi dati",
        Step::Tax => "Residenza fiscale",
        Step::Terms => "Condizioni del conto",
        Step::Status => "Esito",
    },
    person_title: "I suoi dati personali",
    person_intro: "Inserisca i suoi dati esattamente come compaiono sul suo documento d'identità. I campi indicati come facoltativi possono restare vuoti.",
    sms_handoff: |url| format!("Continui a fotografare il suo documento d'identità con il telefono: {url} (valido 10 minuti)"),
    ident_ended: "La sua videochiamata è terminata",
    bank_finished: "L'accesso alla sua banca è terminato",
    one_moment: "Un momento…",
    close_window: "Può chiudere questa finestra.",
};
