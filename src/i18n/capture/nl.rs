//! Dutch texts of the capture step (formal "u").

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Welk document gaat u fotograferen?",
    document_why: "Van een identiteitskaart worden beide zijden gefotografeerd, van een paspoort de pagina met de foto. Houd het bij de hand; daarna volgt een selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Fotografeer de voorkant van uw identiteitsbewijs",
        CaptureSlot::DocumentBack => "Fotografeer de achterkant van uw identiteitsbewijs",
        CaptureSlot::Selfie => "Maak een selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Leg het document op een donkere, effen ondergrond en plaats het binnen het kader. Alle vier de hoeken moeten zichtbaar zijn."
        }
        CaptureSlot::Selfie => {
            "Kijk recht in de camera, met uw hele gezicht binnen het kader en niets dat het bedekt."
        }
    },
    photo_of: |n, total| format!("Foto {n} van {total}"),
    camera_starting: "De camera wordt gestart …",
    camera_label: "Camerabeeld",
    shutter: "Foto maken",
    preview_label: "Uw foto",
    retake: "Opnieuw maken",
    use_photo: "Deze foto gebruiken",
    looks_good: "Controleer of alle gegevens scherp en leesbaar zijn en gebruik dan de foto.",
    quality_refused: "Deze foto kan niet worden gebruikt",
    issue: |issue| match issue {
        QualityIssue::TooDark => "De foto is te donker. Ga naar een lichtere plek of doe een lamp aan, en vermijd schaduwen.",
        QualityIssue::Blurred => "De foto is onscherp. Houd de camera stil en wacht tot de tekst scherp is.",
        QualityIssue::Glare => {
            "Een reflectie verbergt een deel ervan. Kantel het document een beetje of ga uit het directe licht."
        }
    },
    uploading: "De foto wordt geüpload",
    upload_failed: "De foto kon niet worden geüpload. Controleer uw verbinding en probeer het opnieuw.",
    upload_refused: "De foto is niet geaccepteerd. Maak of kies een andere.",
    problem_title: |p| match p {
        CameraProblem::Denied => "De camera is niet toegestaan",
        CameraProblem::NoCamera => "Geen camera gevonden",
        CameraProblem::Busy => "De camera is in gebruik",
        CameraProblem::Insecure => "De camera vereist een beveiligde verbinding",
        CameraProblem::Blocked => "Deze website mag de camera hier niet gebruiken",
        CameraProblem::InAppBrowser => "De browser van deze app kan de camera niet gebruiken",
        CameraProblem::Virtual => "Er is een virtuele camera gekozen",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "U hebt deze pagina geen toegang tot de camera gegeven. Sta dit toe via het camerasymbool in de adresbalk en probeer het opnieuw, of upload in plaats daarvan een foto."
        }
        CameraProblem::NoCamera => "Dit apparaat heeft geen camera die we kunnen gebruiken. Upload een foto, of ga verder op uw telefoon.",
        CameraProblem::Busy => {
            "Een andere app gebruikt de camera, bijvoorbeeld een videogesprek. Sluit die app en probeer het opnieuw, of upload een foto."
        }
        CameraProblem::Insecure => {
            "Browsers geven alleen pagina's met een beveiligde (https-)verbinding toegang tot de camera. Upload een foto, of ga verder op uw telefoon."
        }
        CameraProblem::Blocked => {
            "De website die deze pagina toont, staat haar niet toe de camera te gebruiken. Upload een foto, of ga verder op uw telefoon."
        }
        CameraProblem::InAppBrowser => "U hebt deze pagina in een andere app geopend, waarvan de ingebouwde browser meestal geen camerabeeld toont. Open haar met de link hieronder in uw browser (Chrome, Safari, Firefox …), upload een foto of ga verder op een andere telefoon.",
        CameraProblem::Virtual => "De browser gebruikt een virtuele camera (software zoals OBS of ManyCam) in plaats van een echte. Kies de echte camera van uw apparaat in de browserinstellingen en probeer het opnieuw, of upload een foto.",
    }
    },
    camera_retry: "Camera opnieuw proberen",
    use_upload: "In plaats daarvan een foto uploaden",
    use_camera: "In plaats daarvan de camera gebruiken",
    file_label: "Kies een foto",
    file_hint: "Een JPEG- of PNG-afbeelding van ten hoogste 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Dit bestand is geen JPEG- of PNG-afbeelding. Kies een foto.",
        FileProblem::TooLarge => "Dit bestand is groter dan 25 MB. Kies een kleinere foto.",
        FileProblem::Unreadable => "Dit bestand kan niet als afbeelding worden geopend. Kies een andere foto.",
    },
    handoff_heading: "Ga verder op uw telefoon",
    handoff_intro: "Maak de foto's met de camera van uw telefoon. Deze pagina gaat vanzelf verder zodra ze binnen zijn.",
    handoff_show: "Toon een QR-code voor mijn telefoon",
    qr_label: "QR-code met de link voor uw telefoon",
    handoff_once: "Scan de code met de camera van uw telefoon. De link werkt één keer, 10 minuten lang.",
    sms_send: "Stuur de link naar mijn mobiele nummer",
    sms_sent: "Sms verstuurd. Open de link op uw telefoon.",
    handoff_failed: "De link voor uw telefoon kon niet worden aangemaakt. Probeer het opnieuw.",
    sms_limit: "Voor deze sessie kunnen vandaag geen sms'jes meer worden verstuurd. Toon in plaats daarvan de QR-code en scan die met uw telefoon.",
    waiting_phone: "Wachten op de foto's van uw telefoon …",
    all_received: "Alle foto's ontvangen.",
    phone_title: "Foto's voor uw identificatie",
    phone_done: "U kunt verdergaan op uw computer.",
    phone_link_expired: "Deze link is verlopen of al gebruikt. Toon een nieuwe QR-code op uw computer.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Zo staat u hem toe: klik links in de adresbalk op het camera- of instellingensymbool, zet Camera op Toestaan en probeer het opnieuw.",
        BrowserFamily::ChromeAndroid => "Zo staat u hem toe: tik links in de adresbalk op het instellingensymbool, dan op Rechten, en zet Camera aan. Probeer het daarna opnieuw.",
        BrowserFamily::SafariIos => "Zo staat u hem toe: tik in de adresbalk op aA, dan op Website-instellingen, en zet Camera op Sta toe. Blijft hij uit, open dan Instellingen, kies uw browser en zet Camera aan.",
        BrowserFamily::SafariMac => "Zo staat u hem toe: kies in het Safari-menu Instellingen voor deze website, zet Camera op Sta toe en probeer het opnieuw.",
        BrowserFamily::Firefox => "Zo staat u hem toe: klik op het doorgestreepte camerasymbool in de adresbalk, hef de blokkering op en probeer het opnieuw.",
        BrowserFamily::Other => "Zo staat u hem toe: open de instellingen van uw browser voor deze website, sta de camera toe en probeer het opnieuw.",
    },
    browser_link: "Een link maken om in mijn browser te openen",
    browser_link_label: "Link voor uw browser",
    browser_link_hint: "Kopieer hem, open uw browser en plak hem in de adresbalk. Hij werkt één keer, 10 minuten lang.",
    copy_link: "Link kopiëren",
    link_copied: "Link gekopieerd.",
    open_in_chrome: "Openen in Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Houd het document stil binnen het kader.",
        Hold::Mrz => "Houd het hele document binnen het kader, ook de regels met letters en punthaken onderaan.",
    },
    countdown_started: "Stilhouden: de foto wordt over 3 seconden automatisch gemaakt.",
    countdown: |n| format!("Foto over {n}"),
    mrz_expired_title: "Dit document is verlopen",
    mrz_expired_text: "De geldigheidsdatum is voorbij, en verlopen documenten worden niet geaccepteerd. Fotografeer een geldig identiteitsbewijs.",
    mrz_differs_title: "Het document komt niet overeen met uw gegevens",
    mrz_differs_text: "In deze velden staat op het document iets anders dan u hebt ingevuld. Maak de foto opnieuw als hij onduidelijk is, of corrigeer uw gegevens.",
    mrz_field: |field| match field {
        MrzField::LastName => "Achternaam",
        MrzField::FirstName => "Voornamen",
        MrzField::BirthDate => "Geboortedatum",
        MrzField::Nationality => "Nationaliteit",
        MrzField::DocumentNumber => "Documentnummer",
    },
    correct_details: "Mijn gegevens corrigeren",
};
