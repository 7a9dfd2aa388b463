//! German texts of the capture step (formal "Sie").

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Welches Ausweisdokument fotografieren Sie?",
    document_why: "Ein Personalausweis wird von beiden Seiten fotografiert, ein Reisepass auf der Seite mit dem Foto. Halten Sie ihn bereit; danach folgt ein Selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Fotografieren Sie die Vorderseite Ihres Ausweises",
        CaptureSlot::DocumentBack => "Fotografieren Sie die Rückseite Ihres Ausweises",
        CaptureSlot::Selfie => "Machen Sie ein Selfie",
    },
    slot_instruction: |slot| {
        match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Legen Sie das Dokument auf eine dunkle, einfarbige Fläche und richten Sie es im Rahmen aus. Alle vier Ecken müssen zu sehen sein."
        }
        CaptureSlot::Selfie => "Schauen Sie direkt in die Kamera; Ihr ganzes Gesicht ist im Rahmen und nicht verdeckt.",
    }
    },
    photo_of: |n, total| format!("Foto {n} von {total}"),
    camera_starting: "Die Kamera wird gestartet …",
    camera_label: "Kamerabild",
    shutter: "Foto aufnehmen",
    preview_label: "Ihr Foto",
    retake: "Neu aufnehmen",
    use_photo: "Dieses Foto verwenden",
    looks_good: "Prüfen Sie, ob alle Angaben scharf und lesbar sind, und verwenden Sie dann das Foto.",
    quality_refused: "Dieses Foto kann nicht verwendet werden",
    issue: |issue| match issue {
        QualityIssue::TooDark => {
            "Es ist zu dunkel. Gehen Sie an einen helleren Ort oder schalten Sie Licht ein und vermeiden Sie Schatten."
        }
        QualityIssue::Blurred => {
            "Es ist unscharf. Halten Sie die Kamera ruhig und warten Sie, bis der Text scharf ist."
        }
        QualityIssue::Glare => {
            "Eine Spiegelung verdeckt einen Teil. Kippen Sie das Dokument leicht oder gehen Sie aus dem direkten Licht."
        }
    },
    uploading: "Das Foto wird hochgeladen",
    upload_failed:
        "Das Foto konnte nicht hochgeladen werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    upload_refused:
        "Das Foto wurde nicht angenommen. Bitte nehmen Sie ein anderes auf oder wählen Sie ein anderes aus.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Die Kamera ist nicht erlaubt",
        CameraProblem::NoCamera => "Keine Kamera gefunden",
        CameraProblem::Busy => "Die Kamera wird gerade verwendet",
        CameraProblem::Insecure => "Die Kamera braucht eine sichere Verbindung",
        CameraProblem::Blocked => "Diese Website darf die Kamera hier nicht verwenden",
        CameraProblem::InAppBrowser => "Der Browser dieser App kann die Kamera nicht verwenden",
        CameraProblem::Virtual => "Eine virtuelle Kamera ist ausgewählt",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Sie haben dieser Seite die Kamera nicht erlaubt. Erlauben Sie sie über das Kamerasymbol in der Adressleiste und versuchen Sie es erneut, oder laden Sie ein Foto hoch."
        }
        CameraProblem::NoCamera => {
            "Dieses Gerät hat keine Kamera, die wir verwenden können. Laden Sie ein Foto hoch oder machen Sie mit dem Handy weiter."
        }
        CameraProblem::Busy => {
            "Eine andere App verwendet die Kamera, zum Beispiel ein Videoanruf. Schließen Sie sie und versuchen Sie es erneut, oder laden Sie ein Foto hoch."
        }
        CameraProblem::Insecure => {
            "Browser geben die Kamera nur Seiten mit sicherer Verbindung (https). Laden Sie ein Foto hoch oder machen Sie mit dem Handy weiter."
        }
        CameraProblem::Blocked => {
            "Die Website, die diese Seite anzeigt, erlaubt ihr die Kamera nicht. Laden Sie ein Foto hoch oder machen Sie mit dem Handy weiter."
        }
        CameraProblem::InAppBrowser => "Sie haben diese Seite in einer anderen App geöffnet, deren eingebauter Browser meist kein Kamerabild zeigt. Öffnen Sie sie mit dem Link unten in Ihrem Browser (Chrome, Safari, Firefox …), laden Sie ein Foto hoch oder machen Sie mit einem anderen Handy weiter.",
        CameraProblem::Virtual => "Der Browser verwendet eine virtuelle Kamera (Software wie OBS oder ManyCam) statt einer echten. Wählen Sie in den Browsereinstellungen die echte Kamera Ihres Geräts und versuchen Sie es erneut, oder laden Sie ein Foto hoch.",
    }
    },
    camera_retry: "Kamera erneut versuchen",
    use_upload: "Stattdessen ein Foto hochladen",
    use_camera: "Stattdessen die Kamera verwenden",
    file_label: "Foto auswählen",
    file_hint: "Ein JPEG- oder PNG-Bild, höchstens 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Diese Datei ist kein JPEG- oder PNG-Bild. Bitte wählen Sie ein Foto aus.",
        FileProblem::TooLarge => "Diese Datei ist größer als 25 MB. Bitte wählen Sie ein kleineres Foto aus.",
        FileProblem::Unreadable => {
            "Diese Datei lässt sich nicht als Bild öffnen. Bitte wählen Sie ein anderes Foto aus."
        }
    },
    handoff_heading: "Mit dem Handy weitermachen",
    handoff_intro:
        "Nehmen Sie die Fotos mit der Kamera Ihres Handys auf. Diese Seite geht von selbst weiter, sobald sie da sind.",
    handoff_show: "QR-Code für mein Handy zeigen",
    qr_label: "QR-Code mit dem Link für Ihr Handy",
    handoff_once: "Scannen Sie ihn mit der Kamera Ihres Handys. Der Link funktioniert einmal, 10 Minuten lang.",
    sms_send: "Link an meine Handynummer senden",
    sms_sent: "SMS gesendet. Öffnen Sie den Link auf Ihrem Handy.",
    handoff_failed: "Der Link für Ihr Handy konnte nicht erstellt werden. Bitte versuchen Sie es erneut.",
    sms_limit: "Für diese Sitzung können heute keine weiteren SMS gesendet werden. Lassen Sie den QR-Code anzeigen und scannen Sie ihn stattdessen mit Ihrem Handy.",
    waiting_phone: "Warten auf die Fotos von Ihrem Handy …",
    all_received: "Alle Fotos sind angekommen.",
    phone_title: "Fotos für Ihre Identifizierung",
    phone_done: "Sie können an Ihrem Computer weitermachen.",
    phone_link_expired:
        "Dieser Link ist abgelaufen oder wurde schon verwendet. Lassen Sie sich am Computer einen neuen QR-Code zeigen.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "So erlauben Sie sie: Klicken Sie links in der Adressleiste auf das Kamera- oder Einstellungssymbol, stellen Sie Kamera auf Zulassen und versuchen Sie es erneut.",
        BrowserFamily::ChromeAndroid => "So erlauben Sie sie: Tippen Sie links in der Adressleiste auf das Einstellungssymbol, dann auf Berechtigungen, und schalten Sie Kamera ein. Versuchen Sie es dann erneut.",
        BrowserFamily::SafariIos => "So erlauben Sie sie: Tippen Sie in der Adressleiste auf aA, dann auf Website-Einstellungen, und stellen Sie Kamera auf Erlauben. Bleibt sie aus, öffnen Sie Einstellungen, wählen Sie Ihren Browser und schalten Sie Kamera ein.",
        BrowserFamily::SafariMac => "So erlauben Sie sie: Wählen Sie im Safari-Menü Einstellungen für diese Website, stellen Sie Kamera auf Erlauben und versuchen Sie es erneut.",
        BrowserFamily::Firefox => "So erlauben Sie sie: Klicken Sie auf das durchgestrichene Kamerasymbol in der Adressleiste, heben Sie die Blockierung auf und versuchen Sie es erneut.",
        BrowserFamily::Other => "So erlauben Sie sie: Öffnen Sie die Einstellungen Ihres Browsers für diese Website, erlauben Sie die Kamera und versuchen Sie es erneut.",
    },
    browser_link: "Link zum Öffnen in meinem Browser erstellen",
    browser_link_label: "Link für Ihren Browser",
    browser_link_hint: "Kopieren Sie ihn, öffnen Sie Ihren Browser und fügen Sie ihn in die Adressleiste ein. Er funktioniert einmal, 10 Minuten lang.",
    copy_link: "Link kopieren",
    link_copied: "Link kopiert.",
    open_in_chrome: "In Chrome öffnen",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Halten Sie das Dokument ruhig im Rahmen.",
        Hold::Mrz => "Halten Sie das ganze Dokument im Rahmen, auch die Zeilen mit Buchstaben und Winkeln unten.",
    },
    countdown_started: "Bitte ruhig halten: Das Foto wird in 3 Sekunden automatisch aufgenommen.",
    countdown: |n| format!("Foto in {n}"),
    mrz_expired_title: "Dieses Dokument ist abgelaufen",
    mrz_expired_text: "Sein Gültigkeitsdatum ist vorbei, und abgelaufene Dokumente werden nicht angenommen. Bitte fotografieren Sie ein gültiges Ausweisdokument.",
    mrz_differs_title: "Das Dokument passt nicht zu Ihren Angaben",
    mrz_differs_text: "In diesen Feldern steht im Dokument etwas anderes, als Sie eingegeben haben. Nehmen Sie das Foto erneut auf, wenn es undeutlich ist, oder korrigieren Sie Ihre Angaben.",
    mrz_field: |field| match field {
        MrzField::LastName => "Nachname",
        MrzField::FirstName => "Vornamen",
        MrzField::BirthDate => "Geburtsdatum",
        MrzField::Nationality => "Staatsangehörigkeit",
        MrzField::DocumentNumber => "Dokumentnummer",
    },
    correct_details: "Meine Angaben korrigieren",
};
