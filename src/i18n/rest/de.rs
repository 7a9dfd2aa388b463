//! German texts of the steps after the personal data.

use super::RestTextsSource;
use kyc_core::api::{Agreement, Evidence};
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::reason::{Guidance, Topic};
use kyc_core::ConsentKind;
use kyc_core::Plural;

pub(super) const TEXTS: RestTextsSource = RestTextsSource {
    back: "Zurück",
    phone_title: "Bestätigen Sie auf Ihrem Handy",
    phone_sent: |phone| format!("Wir haben eine SMS mit einem Link an {phone} gesendet."),
    phone_how: "Öffnen Sie den Link auf diesem Handy. Lassen Sie diese Seite offen: Sie geht von selbst weiter, sobald der Link geöffnet wurde.",
    phone_waiting: "Warten, bis Sie den Link öffnen …",
    consents_title: "Ihre Einwilligung",
    consents_intro: "Vor der Video-Identifizierung benötigen wir Ihre Zustimmung zu den folgenden Punkten.",
    consent_missing: |kind| match kind {
        ConsentKind::TermsConditions => "Bitte akzeptieren Sie die Allgemeinen Geschäftsbedingungen, um fortzufahren",
        ConsentKind::DataProcessing => {
            "Bitte willigen Sie in die Verarbeitung Ihrer personenbezogenen Daten ein, um fortzufahren"
        }
    },
    consent_save_failed: "Ihre Auswahl konnte nicht gespeichert werden.",
    given_at: |at| format!("Erteilt am {at} (UTC)"),
    ident_title: "Video-Identifizierung",
    ident_intro: "In einem kurzen Videoanruf prüft eine Mitarbeiterin oder ein Mitarbeiter Ihr Ausweisdokument und bestätigt, dass Sie es sind.",
    ident_ready: "Bitte halten Sie bereit",
    ident_ready_items: [
        "Ihren gültigen Personalausweis oder Reisepass",
        "Ihr Mobiltelefon, um einen Code per SMS zu erhalten",
        "Einen ruhigen, gut beleuchteten Ort",
    ],
    waiting_time: |plural, n| match plural {
        Plural::One => format!("Voraussichtliche Wartezeit: etwa {n} Minute"),
        _ => format!("Voraussichtliche Wartezeit: etwa {n} Minuten"),
    },
    ident_frame_title: "Video-Identifizierung",
    ident_finished: "Ich habe den Anruf beendet",
    ident_starting: "Die Video-Identifizierung wird gestartet …",
    ident_start_failed: "Die Video-Identifizierung konnte nicht gestartet werden.",
    status_waiting: "Warten auf das Ergebnis",
    status_waiting_lead: "Wir prüfen Ihre Identifizierung. Diese Seite aktualisiert sich automatisch.",
    status_verified: "Sie sind verifiziert",
    status_verified_lead: "Vielen Dank. Ihre Identität wurde bestätigt.",
    status_under_review_lead: "Ihre Identifizierung wird noch geprüft. Sie können trotzdem schon fortfahren.",
    status_interrupted: "Identifizierung unterbrochen",
    status_failed: "Identifizierung fehlgeschlagen",
    status_failed_lead: "Wir konnten Ihre Identität nicht bestätigen. Bei Fragen wenden Sie sich bitte an den Kundenservice.",
    status_expired: "Der Identifizierungslink ist abgelaufen",
    status_expired_lead: "Der Link für Ihre Video-Identifizierung ist nicht mehr gültig. Bitte beginnen Sie neu.",
    status_check_failed: "Das Ergebnis konnte gerade nicht abgerufen werden. Wir versuchen es weiter.",
    status_referred: "Ihr Antrag wird genauer geprüft",
    status_referred_lead: "Unser Team prüft Ihre Angaben und meldet sich bei Ihnen. Sie müssen nicht neu beginnen.",
    status_referred_detail: "Im Moment müssen Sie nichts weiter tun. Halten Sie Ihr Ausweisdokument bereit: Wenn wir mehr brauchen, schreiben wir Ihnen an die angegebene E-Mail-Adresse.",
    topic: |topic| match topic {
        Topic::DataMismatch => "Ihre Angaben stimmen nicht mit Ihrem Ausweisdokument überein.",
        Topic::Document => {
            "Es gab ein Problem mit Ihrem Ausweisdokument: Es ist möglicherweise abgelaufen, beschädigt oder wird nicht akzeptiert."
        }
        Topic::Video => "Das Bild war nicht deutlich genug, zum Beispiel wegen schlechter Beleuchtung.",
        Topic::Audio => "Der Ton war nicht deutlich genug.",
        Topic::Connection => "Die Verbindung wurde unterbrochen oder war zu langsam.",
        Topic::IdentCode => "Es gab ein Problem mit dem Code, den wir Ihnen per SMS geschickt haben.",
        Topic::UserEnded => "Der Anruf wurde beendet, bevor die Identifizierung abgeschlossen war.",
        Topic::Timeout => "Die Identifizierung hat zu lange gedauert und wurde abgebrochen.",
        Topic::Technical => "Bei uns ist ein technisches Problem aufgetreten.",
        Topic::Other => "Die Identifizierung konnte nicht abgeschlossen werden.",
    },
    guidance: |guidance| match guidance {
        Guidance::RetryNow => "Sie können es jetzt erneut versuchen.",
        Guidance::RetryOtherDocument => "Bitte versuchen Sie es mit einem anderen gültigen Ausweisdokument erneut.",
        Guidance::ContactSupport => {
            "Ein neuer Versuch löst dieses Problem nicht. Bitte wenden Sie sich an den Kundenservice."
        }
    },
    docs_heading: "Dokumente, die Sie verwenden können",
    docs_loading: "Die akzeptierten Dokumente werden geladen …",
    doc_kind: |kind| match kind {
        DocumentKind::IdCard => "Personalausweis",
        DocumentKind::DriversLicense => "Führerschein",
        DocumentKind::Passport => "Reisepass",
    },
    doc_countries: |plural, n| match plural {
        Plural::One => format!("Aus {n} Land akzeptiert"),
        _ => format!("Aus {n} Ländern akzeptiert"),
    },
    doc_choice_legend: "Welches Dokument werden Sie zeigen?",
    issuing_country: "Ausstellungsland",
    proof_legend: "Adressnachweis",
    proof_intro: "Dieses Dokument enthält Ihre Adresse nicht. Bitte halten Sie einen Adressnachweis bereit, der nicht älter als 6 Monate ist; die Mitarbeiterin oder der Mitarbeiter fragt danach.",
    proof_intro_unconfirmed: "Wir konnten Ihre Adresse nicht bestätigen. Bitte nennen Sie den Adressnachweis, den Sie der Mitarbeiterin oder dem Mitarbeiter zeigen (nicht älter als 6 Monate): Er wird mit Ihrer Identifizierung übermittelt.",
    proof_type_label: "Art des Nachweises",
    proof_type: |kind| match kind {
        ProofOfAddressType::BankAccountStatement => "Kontoauszug",
        ProofOfAddressType::CertificateOfRegistration => "Meldebescheinigung",
        ProofOfAddressType::ElectricityBill => "Stromrechnung",
        ProofOfAddressType::GasBill => "Gasrechnung",
        ProofOfAddressType::HeatingBill => "Heizkostenabrechnung",
        ProofOfAddressType::InternetBill => "Internetrechnung",
        ProofOfAddressType::TelephoneBill => "Telefonrechnung",
        ProofOfAddressType::WaterBill => "Wasserrechnung",
    },
    proof_issued_label: "Ausstellungsdatum",
    start_call: "Videoanruf starten",
    corrections_heading: "Nach Ihrem Ausweis berichtigte Angaben",
    corrections_entered: "Ihre Eingabe",
    corrections_verified: "Bestätigt",
    address_corrected: |official| format!("Wir haben Ihre Adresse so gefunden: {official}."),
    address_not_found: "Wir konnten diese Adresse nicht bestätigen. Sie können fortfahren, müssen uns aber später einen Adressnachweis (zum Beispiel eine Nebenkostenabrechnung) senden.",
    bank_title: "Bestätigen Sie Ihre Identität bei Ihrer Bank",
    bank_how: |scheme| {
        let with = scheme.map(|s| format!(" mit {s}")).unwrap_or_default();
        format!("Sie melden sich{with} bei Ihrer eigenen Bank an. Ihre Bank bestätigt uns Ihren Namen, Ihr Geburtsdatum und Ihre Adresse; Ihre Zugangsdaten bleiben bei Ihrer Bank.")
    },
    bank_go: "Weiter zu Ihrer Bank",
    bank_canceled: "Die Anmeldung bei Ihrer Bank wurde abgebrochen. Sie können es erneut versuchen.",
    bank_failed: "Ihre Bank konnte Ihre Identität nicht bestätigen. Sie können es erneut versuchen.",
    bank_popup: "Melden Sie sich im neu geöffneten Fenster bei Ihrer Bank an. Diese Seite geht von selbst weiter, sobald Sie fertig sind.",
    bank_popup_blocked: "Ihr Browser hat das Fenster für Ihre Bank blockiert. Erlauben Sie Pop-up-Fenster für diese Seite und versuchen Sie es erneut.",
    checks_heading: "Der Abgleich Ihrer Angaben",
    checks_field: "Angabe",
    evidence: |evidence| match evidence {
        Evidence::Bank => "Ihre Bank",
        Evidence::Document => "Ihr Ausweisdokument",
    },
    agreement: |agreement| match agreement {
        Agreement::Match => "Stimmt überein",
        Agreement::Similar => "Stimmt fast überein",
        Agreement::Mismatch => "Stimmt nicht überein",
    },
};
