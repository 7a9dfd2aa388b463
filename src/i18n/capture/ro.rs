//! Romanian texts of the capture step (formal "dumneavoastră").

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Ce document veți fotografia?",
    document_why:
        "Cartea de identitate se fotografiază pe ambele fețe, pașaportul pe pagina cu fotografia. Țineți-l la îndemână; urmează apoi un selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Fotografiați fața actului de identitate",
        CaptureSlot::DocumentBack => "Fotografiați verso-ul actului de identitate",
        CaptureSlot::Selfie => "Faceți un selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Așezați documentul pe o suprafață închisă la culoare și uniformă și încadrați-l în chenar. Toate cele patru colțuri trebuie să fie vizibile."
        }
        CaptureSlot::Selfie => {
            "Priviți drept în cameră, cu toată fața în chenar și fără nimic care să o acopere."
        }
    },
    photo_of: |n, total| format!("Fotografia {n} din {total}"),
    camera_starting: "Se pornește camera…",
    camera_label: "Imaginea camerei",
    shutter: "Faceți fotografia",
    preview_label: "Fotografia dumneavoastră",
    retake: "Refaceți",
    use_photo: "Folosiți această fotografie",
    looks_good: "Verificați dacă toate detaliile sunt clare și lizibile, apoi folosiți fotografia.",
    quality_refused: "Această fotografie nu poate fi folosită",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Este prea întunecată. Mutați-vă într-un loc mai luminos sau aprindeți o lumină și evitați umbrele.",
        QualityIssue::Blurred => "Este neclară. Țineți camera nemișcată și așteptați până când textul devine clar.",
        QualityIssue::Glare => {
            "O reflexie acoperă o parte din ea. Înclinați puțin documentul sau îndepărtați-vă de lumina directă."
        }
    },
    uploading: "Se încarcă fotografia",
    upload_failed: "Fotografia nu a putut fi încărcată. Verificați conexiunea și încercați din nou.",
    upload_refused: "Fotografia nu a fost acceptată. Faceți sau alegeți alta.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Camera nu este permisă",
        CameraProblem::NoCamera => "Nu s-a găsit nicio cameră",
        CameraProblem::Busy => "Camera este folosită",
        CameraProblem::Insecure => "Camera necesită o conexiune securizată",
        CameraProblem::Blocked => "Acest site nu poate folosi camera aici",
        CameraProblem::InAppBrowser => "Browserul acestei aplicații nu poate folosi camera",
        CameraProblem::Virtual => "Este selectată o cameră virtuală",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Nu ați permis acestei pagini să folosească camera. Permiteți acest lucru din simbolul camerei din bara de adrese și încercați din nou sau încărcați o fotografie."
        }
        CameraProblem::NoCamera => "Acest dispozitiv nu are o cameră pe care să o putem folosi. Încărcați o fotografie sau continuați pe telefon.",
        CameraProblem::Busy => {
            "O altă aplicație folosește camera, de exemplu un apel video. Închideți-o și încercați din nou sau încărcați o fotografie."
        }
        CameraProblem::Insecure => {
            "Browserele permit accesul la cameră doar paginilor cu conexiune securizată (https). Încărcați o fotografie sau continuați pe telefon."
        }
        CameraProblem::Blocked => {
            "Site-ul care afișează această pagină nu îi permite să folosească camera. Încărcați o fotografie sau continuați pe telefon."
        }
        CameraProblem::InAppBrowser => "Ați deschis această pagină într-o altă aplicație, al cărei browser integrat de obicei nu afișează imaginea camerei. Deschideți-o în browserul dumneavoastră (Chrome, Safari, Firefox…) cu linkul de mai jos, încărcați o fotografie sau continuați pe alt telefon.",
        CameraProblem::Virtual => "Browserul folosește o cameră virtuală (un program precum OBS sau ManyCam) în locul uneia reale. Alegeți camera reală a dispozitivului în setările browserului și încercați din nou sau încărcați o fotografie.",
    }
    },
    camera_retry: "Încercați din nou camera",
    use_upload: "Încărcați în schimb o fotografie",
    use_camera: "Folosiți în schimb camera",
    file_label: "Alegeți o fotografie",
    file_hint: "O imagine JPEG sau PNG, de cel mult 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Acest fișier nu este o imagine JPEG sau PNG. Alegeți o fotografie.",
        FileProblem::TooLarge => "Acest fișier depășește 25 MB. Alegeți o fotografie mai mică.",
        FileProblem::Unreadable => "Acest fișier nu poate fi deschis ca imagine. Alegeți altă fotografie.",
    },
    handoff_heading: "Continuați pe telefon",
    handoff_intro: "Faceți fotografiile cu camera telefonului. Această pagină va continua automat după ce acestea au ajuns.",
    handoff_show: "Afișați un cod QR pentru telefonul meu",
    qr_label: "Cod QR cu linkul pentru telefonul dumneavoastră",
    handoff_once: "Scanați-l cu camera telefonului. Linkul funcționează o singură dată, timp de 10 minute.",
    sms_send: "Trimiteți linkul la numărul meu de mobil",
    sms_sent: "SMS trimis. Deschideți linkul pe telefon.",
    handoff_failed: "Linkul pentru telefon nu a putut fi creat. Vă rugăm să încercați din nou.",
    sms_limit: "Astăzi nu mai pot fi trimise SMS-uri pentru această sesiune. Afișați în schimb codul QR și scanați-l cu telefonul.",
    waiting_phone: "Se așteaptă fotografiile de pe telefon…",
    all_received: "Toate fotografiile au fost primite.",
    phone_title: "Fotografii pentru identificarea dumneavoastră",
    phone_done: "Puteți continua pe computer.",
    phone_link_expired: "Acest link a expirat sau a fost deja folosit. Afișați un cod QR nou pe computer.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Pentru a permite: faceți clic pe simbolul camerei sau al setărilor din stânga barei de adrese, setați Cameră la Permite, apoi încercați din nou.",
        BrowserFamily::ChromeAndroid => "Pentru a permite: atingeți simbolul setărilor din stânga barei de adrese, apoi Permisiuni, și activați Cameră. Apoi încercați din nou.",
        BrowserFamily::SafariIos => "Pentru a permite: atingeți aA în bara de adrese, apoi Setări site web, și setați Cameră la Permite. Dacă rămâne dezactivată, deschideți Configurări, alegeți browserul și activați Cameră.",
        BrowserFamily::SafariMac => "Pentru a permite: în meniul Safari alegeți Setări pentru acest site web, setați Cameră la Permite, apoi încercați din nou.",
        BrowserFamily::Firefox => "Pentru a permite: faceți clic pe simbolul camerei tăiate din bara de adrese, eliminați blocarea, apoi încercați din nou.",
        BrowserFamily::Other => "Pentru a permite: deschideți setările browserului pentru acest site web, permiteți camera, apoi încercați din nou.",
    },
    browser_link: "Obțineți un link de deschis în browser",
    browser_link_label: "Link pentru browserul dumneavoastră",
    browser_link_hint: "Copiați-l, deschideți browserul și lipiți-l în bara de adrese. Funcționează o singură dată, timp de 10 minute.",
    copy_link: "Copiați linkul",
    link_copied: "Link copiat.",
    open_in_chrome: "Deschideți în Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Țineți documentul nemișcat în chenar.",
        Hold::Mrz => "Păstrați tot documentul în chenar, inclusiv rândurile de litere și paranteze unghiulare din partea de jos.",
    },
    countdown_started: "Nu vă mișcați: fotografia se face automat în 3 secunde.",
    countdown: |n| format!("Fotografie în {n}"),
    mrz_expired_title: "Acest document a expirat",
    mrz_expired_text: "Data de valabilitate a trecut, iar documentele expirate nu sunt acceptate. Vă rugăm să fotografiați un act de identitate valabil.",
    mrz_differs_title: "Documentul nu corespunde datelor dumneavoastră",
    mrz_differs_text: "Ce scrie pe document diferă de ce ați introdus în aceste câmpuri. Refaceți fotografia dacă nu este clară sau corectați datele.",
    mrz_field: |field| match field {
        MrzField::LastName => "Nume",
        MrzField::FirstName => "Prenume",
        MrzField::BirthDate => "Data nașterii",
        MrzField::Nationality => "Cetățenie",
        MrzField::DocumentNumber => "Numărul documentului",
    },
    correct_details: "Corectați datele",
};
