//! German texts (formal "Sie", as banks address their customers).

use super::Texts;
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::person::Field;
use kyc_core::reason::{Guidance, Topic};
use kyc_core::{ConsentKind, Step};

pub(super) const TEXTS: Texts = Texts {
    native_name: "Deutsch",
    product: "Identitätsprüfung",
    language: "Sprache (Language)",
    step_of: |n, total| format!("Schritt {n} von {total}"),
    step_name: |step| match step {
        Step::PersonalData => "Persönliche Angaben",
        Step::Consents => "Einwilligung",
        Step::Identification => "Video-Identifizierung",
        Step::Status => "Ergebnis",
    },
    loading: "Wird geladen …",
    start_failed_title: "Der Dienst ist nicht erreichbar",
    continue_: "Weiter",
    back: "Zurück",
    try_again: "Erneut versuchen",
    start_again: "Neu beginnen",
    saving: "Wird gespeichert …",
    summary_heading: "Bitte prüfen Sie Ihre Angaben",
    err_network: "Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.",
    err_expired: "Ihre Sitzung ist abgelaufen. Bitte beginnen Sie neu.",
    err_conflict: "Das ist in diesem Schritt nicht möglich. Bitte laden Sie die Seite neu.",
    err_provider: "Der Identifizierungsdienst ist gerade nicht verfügbar. Bitte versuchen Sie es in ein paar Minuten erneut.",
    err_internal: "Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.",
    person_title: "Ihre persönlichen Angaben",
    person_intro: "Bitte geben Sie Ihre Daten genau so ein, wie sie in Ihrem Ausweisdokument stehen. Alle Felder sind Pflichtfelder.",
    group_you: "Zu Ihrer Person",
    group_address: "Ihre Anschrift",
    group_contact: "Kontaktdaten",
    field_label: |field| match field {
        Field::FirstName => "Vorname(n)",
        Field::LastName => "Nachname",
        Field::BirthDate => "Geburtsdatum",
        Field::Nationality => "Staatsangehörigkeit",
        Field::Street => "Straße",
        Field::HouseNumber => "Hausnummer",
        Field::PostalCode => "Postleitzahl",
        Field::City => "Ort",
        Field::Country => "Wohnsitzland",
        Field::MobileNumber => "Mobilnummer",
        Field::Email => "E-Mail-Adresse",
    },
    hint_id_document: "Wie in Ihrem Ausweisdokument angegeben",
    hint_phone: "Im internationalen Format, z. B. +49 151 23456789",
    choose_country: "Land auswählen",
    required_choice: "Bitte wählen Sie ein Land aus.",
    field_error: |code| {
        Some(match code {
            "required" => "Bitte füllen Sie dieses Feld aus.",
            "name_too_long" => "Bitte verwenden Sie höchstens 50 Zeichen.",
            "name_leading_space" => "Bitte entfernen Sie das Leerzeichen am Anfang.",
            "name_symbol" => "Bitte verwenden Sie nur Buchstaben, Bindestriche, Apostrophe und Leerzeichen.",
            "name_separator" => "Bindestriche, Apostrophe und Leerzeichen sind nur zwischen Buchstaben erlaubt.",
            "date_invalid" => "Bitte geben Sie ein gültiges Datum ein.",
            "date_future" => "Das Geburtsdatum darf nicht in der Zukunft liegen.",
            "age_under_18" => "Sie müssen mindestens 18 Jahre alt sein.",
            "date_too_old" => "Bitte prüfen Sie das Geburtsjahr.",
            "country_unknown" => "Bitte wählen Sie ein Land aus der Liste aus.",
            "postal_code_format" => "Diese Postleitzahl passt nicht zum Format des Wohnsitzlandes.",
            "phone_format" => "Bitte geben Sie die Nummer im internationalen Format ein, z. B. +49 151 23456789.",
            "email_format" => "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.",
            "too_long" => "Diese Angabe ist zu lang.",
            "text_invalid" => "Diese Angabe enthält unzulässige Zeichen.",
            "phone_invalid" => "Dies ist keine gültige Telefonnummer für ihr Land.",
            "phone_not_mobile" => "Bitte geben Sie eine Mobilnummer an: Wir senden Ihnen einen Code per SMS.",
            "phone_length" => "Diese Nummer hat zu wenige oder zu viele Ziffern für ihr Land.",
            "provider_rejected" => "Der Identifizierungsdienst hat diese Angabe nicht akzeptiert. Bitte prüfen Sie sie.",
            "proof_too_old" => "Der Adressnachweis darf nicht älter als 6 Monate sein.",
            _ => return None,
        })
    },
    check_field: "Bitte prüfen Sie dieses Feld.",
    consents_title: "Ihre Einwilligung",
    consents_intro: "Vor der Video-Identifizierung benötigen wir Ihre Zustimmung zu den folgenden Punkten.",
    consent_label: |kind| match kind {
        ConsentKind::TermsConditions => "Ich akzeptiere die Allgemeinen Geschäftsbedingungen",
        ConsentKind::DataProcessing => {
            "Ich willige in die Verarbeitung meiner personenbezogenen Daten gemäß der Datenschutzerklärung ein"
        }
    },
    consent_text: |kind| match kind {
        ConsentKind::TermsConditions => {
            "Die Allgemeinen Geschäftsbedingungen regeln den Identifizierungsdienst und seine Nutzung."
        }
        ConsentKind::DataProcessing => {
            "Ihre Angaben, Ihr Ausweisdokument und der Videoanruf dienen nur der Prüfung Ihrer Identität und werden so lange gespeichert, wie das Gesetz es verlangt."
        }
    },
    consent_missing: |kind| match kind {
        ConsentKind::TermsConditions => "Bitte akzeptieren Sie die Allgemeinen Geschäftsbedingungen, um fortzufahren",
        ConsentKind::DataProcessing => {
            "Bitte willigen Sie in die Verarbeitung Ihrer personenbezogenen Daten ein, um fortzufahren"
        }
    },
    given_at: |at| format!("Erteilt am {at} (UTC)"),
    consent_save_failed: "Ihre Auswahl konnte nicht gespeichert werden.",
    ident_title: "Video-Identifizierung",
    ident_intro: "In einem kurzen Videoanruf prüft eine Mitarbeiterin oder ein Mitarbeiter Ihr Ausweisdokument und bestätigt, dass Sie es sind.",
    ident_ready: "Bitte halten Sie bereit",
    ident_ready_items: [
        "Ihren gültigen Personalausweis oder Reisepass",
        "Ihr Mobiltelefon, um einen Code per SMS zu erhalten",
        "Einen ruhigen, gut beleuchteten Ort",
    ],
    waiting_time: |minutes| match minutes {
        1 => "Voraussichtliche Wartezeit: etwa 1 Minute".to_owned(),
        n => format!("Voraussichtliche Wartezeit: etwa {n} Minuten"),
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
    err_details_refused: "Der Identifizierungsdienst hat einige Ihrer Angaben nicht akzeptiert. Bitte gehen Sie zurück zu Ihren persönlichen Angaben und prüfen Sie sie.",
    err_link_expired: "Dieser Link ist abgelaufen oder wurde schon verwendet. Bitte kehren Sie zu dem Dienst zurück, der Sie hierher geschickt hat, um einen neuen Link zu erhalten.",
    err_refused: "Der Identifizierungsdienst kann für Sie keine Identifizierung durchführen. Bitte wenden Sie sich an den Support.",
    country_not_allowed: |allowed| format!("Dieser Dienst steht für Einwohner dieses Landes nicht zur Verfügung. Verfügbar für: {allowed}."),
    docs_heading: "Dokumente, die Sie verwenden können",
    docs_loading: "Die akzeptierten Dokumente werden geladen …",
    doc_kind: |kind| match kind {
        DocumentKind::IdCard => "Personalausweis",
        DocumentKind::Passport => "Reisepass",
    },
    doc_countries: |n| format!("Aus {n} Ländern akzeptiert"),
    doc_choice_legend: "Welches Dokument werden Sie zeigen?",
    issuing_country: "Ausstellungsland",
    proof_legend: "Adressnachweis",
    proof_intro: "Dieses Dokument enthält Ihre Adresse nicht. Bitte halten Sie einen Adressnachweis bereit, der nicht älter als 6 Monate ist; die Mitarbeiterin oder der Mitarbeiter fragt danach.",
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
    choose_option: "Bitte wählen",
    start_call: "Videoanruf starten",
    corrections_heading: "Nach Ihrem Ausweis berichtigte Angaben",
    corrections_entered: "Ihre Eingabe",
    corrections_verified: "Bestätigt",
    address_corrected: |official| format!("Wir haben Ihre Adresse so gefunden: {official}."),
    address_not_found: "Wir konnten diese Adresse nicht bestätigen. Sie können fortfahren, müssen uns aber später einen Adressnachweis (zum Beispiel eine Nebenkostenabrechnung) senden.",
    draft_saved: "Ihre Eingaben werden beim Tippen gespeichert.",
};
