//! German (formal "Sie") texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Identitätsprüfung",
    language: "Sprache (Language)",
    loading: "Wird geladen …",
    load_failed: "Die Seite konnte nicht geladen werden.",
    load_slow: "Das dauert länger als üblich.",
    load_help: "Prüfen Sie Ihre Internetverbindung und laden Sie die Seite neu. Wenn sie dann noch immer nicht lädt, öffnen Sie diesen Link in einem anderen Browser, etwa einem aktuellen Chrome, Firefox, Safari oder Edge.",
    reload: "Seite neu laden",
    step_of: |n, total| format!("Schritt {n} von {total}"),
    step_name: |step| match step {
        Step::Risk => "Geräteprüfung",
        Step::PhoneCheck => "Bestätigung per Handy",
        Step::BankLogin => "Bank-Login",
        Step::Capture => "Ausweisfotos",
        Step::PersonalData => "Persönliche Angaben",
        Step::Consents => "Einwilligung",
        Step::Identification => "Video-Identifizierung",
        Step::Identity => "Identität",
        Step::Declaration => "Ihre Angaben",
        Step::Tax => "Steuerliche Ansässigkeit",
        Step::Terms => "Kontobedingungen",
        Step::Status => "Ergebnis",
    },
    person_title: "Ihre persönlichen Angaben",
    person_intro: "Bitte geben Sie Ihre Daten genau so ein, wie sie in Ihrem Ausweisdokument stehen. Als optional markierte Felder dürfen leer bleiben.",
    sms_handoff: |url| format!("Fotografieren Sie Ihren Ausweis mit dem Handy weiter: {url} (10 Minuten gültig)"),
    ident_ended: "Ihr Videoanruf ist beendet",
    bank_finished: "Ihre Anmeldung bei der Bank ist abgeschlossen",
    one_moment: "Einen Moment …",
    close_window: "Sie können dieses Fenster schließen.",
};
