//! Swedish texts of the capture step (informal "du", as Swedish banks write).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Vilken handling ska du fotografera?",
    document_why: "Ett ID-kort fotograferas på båda sidorna, ett pass på sidan med fotot. Ha handlingen till hands; sedan tar du en selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Fotografera framsidan av din ID-handling",
        CaptureSlot::DocumentBack => "Fotografera baksidan av din ID-handling",
        CaptureSlot::Selfie => "Ta en selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Lägg handlingen på ett mörkt, enfärgat underlag och placera den inom ramen. Alla fyra hörn ska synas."
        }
        CaptureSlot::Selfie => {
            "Titta rakt in i kameran, med hela ansiktet inom ramen och utan att något skymmer det."
        }
    },
    photo_of: |n, total| format!("Foto {n} av {total}"),
    camera_starting: "Startar kameran…",
    camera_label: "Kamerabild",
    shutter: "Ta foto",
    preview_label: "Ditt foto",
    retake: "Ta om",
    use_photo: "Använd det här fotot",
    looks_good: "Kontrollera att alla detaljer är skarpa och läsbara och använd sedan fotot.",
    quality_refused: "Det här fotot kan inte användas",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Det är för mörkt. Gå till en ljusare plats eller tänd en lampa, och undvik skuggor.",
        QualityIssue::Blurred => "Det är suddigt. Håll kameran stilla och vänta tills texten ser skarp ut.",
        QualityIssue::Glare => {
            "En reflex döljer en del av bilden. Luta handlingen lite eller flytta dig bort från direkt ljus."
        }
    },
    uploading: "Laddar upp fotot",
    upload_failed: "Fotot kunde inte laddas upp. Kontrollera din anslutning och försök igen.",
    upload_refused: "Fotot godkändes inte. Ta eller välj ett annat.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kameran är inte tillåten",
        CameraProblem::NoCamera => "Ingen kamera hittades",
        CameraProblem::Busy => "Kameran används redan",
        CameraProblem::Insecure => "Kameran kräver en säker anslutning",
        CameraProblem::Blocked => "Webbplatsen får inte använda kameran här",
        CameraProblem::InAppBrowser => "Appens webbläsare kan inte använda kameran",
        CameraProblem::Virtual => "En virtuell kamera är vald",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Du har inte gett den här sidan tillåtelse att använda kameran. Tillåt det via kamerasymbolen i adressfältet och försök igen, eller ladda upp ett foto i stället."
        }
        CameraProblem::NoCamera => "Den här enheten har ingen kamera som vi kan använda. Ladda upp ett foto eller fortsätt i mobilen.",
        CameraProblem::Busy => {
            "En annan app använder kameran, till exempel ett videosamtal. Stäng den och försök igen, eller ladda upp ett foto."
        }
        CameraProblem::Insecure => {
            "Webbläsare ger bara sidor med en säker anslutning (https) tillgång till kameran. Ladda upp ett foto eller fortsätt i mobilen."
        }
        CameraProblem::Blocked => {
            "Webbplatsen som visar den här sidan låter den inte använda kameran. Ladda upp ett foto eller fortsätt i mobilen."
        }
        CameraProblem::InAppBrowser => "Du har öppnat sidan i en annan app, vars inbyggda webbläsare oftast inte visar någon kamerabild. Öppna den i din webbläsare (Chrome, Safari, Firefox …) med länken nedan, ladda upp ett foto eller fortsätt i en annan mobil.",
        CameraProblem::Virtual => "Webbläsaren använder en virtuell kamera (program som OBS eller ManyCam) i stället för en riktig. Välj enhetens riktiga kamera i webbläsarens inställningar och försök igen, eller ladda upp ett foto.",
    }
    },
    camera_retry: "Försök med kameran igen",
    use_upload: "Ladda upp ett foto i stället",
    use_camera: "Använd kameran i stället",
    file_label: "Välj ett foto",
    file_hint: "En JPEG- eller PNG-bild på högst 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Filen är inte en JPEG- eller PNG-bild. Välj ett foto.",
        FileProblem::TooLarge => "Filen är större än 25 MB. Välj ett mindre foto.",
        FileProblem::Unreadable => "Filen kan inte öppnas som en bild. Välj ett annat foto.",
    },
    handoff_heading: "Fortsätt i mobilen",
    handoff_intro: "Ta fotona med mobilens kamera. Den här sidan går vidare av sig själv när de har kommit in.",
    handoff_show: "Visa en QR-kod för min mobil",
    qr_label: "QR-kod med länken till din mobil",
    handoff_once: "Skanna den med mobilens kamera. Länken fungerar en gång, i 10 minuter.",
    sms_send: "Skicka länken till mitt mobilnummer",
    sms_sent: "Sms skickat. Öppna länken i din mobil.",
    handoff_failed: "Länken till din mobil kunde inte skapas. Försök igen.",
    sms_limit: "Inga fler sms kan skickas för den här sessionen i dag. Visa QR-koden och skanna den med mobilen i stället.",
    waiting_phone: "Väntar på fotona från din mobil…",
    all_received: "Alla foton har tagits emot.",
    phone_title: "Foton för din identifiering",
    phone_done: "Du kan fortsätta på din dator.",
    phone_link_expired: "Länken har gått ut eller har redan använts. Visa en ny QR-kod på din dator.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Så tillåter du det: klicka på kamera- eller inställningssymbolen till vänster i adressfältet, ställ in Kamera på Tillåt och försök igen.",
        BrowserFamily::ChromeAndroid => "Så tillåter du det: tryck på inställningssymbolen till vänster i adressfältet, sedan på Behörigheter, och slå på Kamera. Försök sedan igen.",
        BrowserFamily::SafariIos => "Så tillåter du det: tryck på aA i adressfältet, sedan på Webbplatsinställningar, och ställ in Kamera på Tillåt. Om den förblir avstängd öppnar du Inställningar, väljer din webbläsare och slår på Kamera.",
        BrowserFamily::SafariMac => "Så tillåter du det: välj Inställningar för den här webbplatsen i Safari-menyn, ställ in Kamera på Tillåt och försök igen.",
        BrowserFamily::Firefox => "Så tillåter du det: klicka på den överstrukna kamerasymbolen i adressfältet, ta bort blockeringen och försök igen.",
        BrowserFamily::Other => "Så tillåter du det: öppna webbläsarens inställningar för den här webbplatsen, tillåt kameran och försök igen.",
    },
    browser_link: "Få en länk att öppna i min webbläsare",
    browser_link_label: "Länk för din webbläsare",
    browser_link_hint: "Kopiera den, öppna din webbläsare och klistra in den i adressfältet. Den fungerar en gång, i 10 minuter.",
    copy_link: "Kopiera länken",
    link_copied: "Länken har kopierats.",
    open_in_chrome: "Öppna i Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Håll handlingen stilla inom ramen.",
        Hold::Mrz => "Håll hela handlingen inom ramen, även raderna med bokstäver och vinkeltecken längst ned.",
    },
    countdown_started: "Håll stilla: fotot tas automatiskt om 3 sekunder.",
    countdown: |n| format!("Foto om {n}"),
    mrz_expired_title: "Handlingen har gått ut",
    mrz_expired_text: "Giltighetstiden har passerat, och utgångna handlingar godkänns inte. Fotografera en giltig ID-handling.",
    mrz_differs_title: "Handlingen stämmer inte med dina uppgifter",
    mrz_differs_text: "Det som står i handlingen skiljer sig från det du skrev i de här fälten. Ta om fotot om det är otydligt, eller rätta dina uppgifter.",
    mrz_field: |field| match field {
        MrzField::LastName => "Efternamn",
        MrzField::FirstName => "Förnamn",
        MrzField::BirthDate => "Födelsedatum",
        MrzField::Nationality => "Medborgarskap",
        MrzField::DocumentNumber => "Dokumentnummer",
    },
    correct_details: "Rätta mina uppgifter",
};
