//! Danish texts of the capture step (informal "du", as Danish banks write).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Hvilket dokument vil du fotografere?",
    document_why: "Et ID-kort fotograferes på begge sider, et pas på siden med billedet. Hav det ved hånden; bagefter tager du en selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Fotografer forsiden af dit ID-dokument",
        CaptureSlot::DocumentBack => "Fotografer bagsiden af dit ID-dokument",
        CaptureSlot::Selfie => "Tag en selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Læg dokumentet på en mørk, ensfarvet overflade, og placer det inden for rammen. Alle fire hjørner skal være synlige."
        }
        CaptureSlot::Selfie => {
            "Kig direkte ind i kameraet med hele ansigtet inden for rammen, og sørg for, at intet dækker det."
        }
    },
    photo_of: |n, total| format!("Foto {n} af {total}"),
    camera_starting: "Starter kameraet…",
    camera_label: "Kamerabillede",
    shutter: "Tag foto",
    preview_label: "Dit foto",
    retake: "Tag igen",
    use_photo: "Brug dette foto",
    looks_good: "Tjek, at alle detaljer er skarpe og læselige, og brug så fotoet.",
    quality_refused: "Dette foto kan ikke bruges",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Det er for mørkt. Gå et lysere sted hen, eller tænd lyset, og undgå skygger.",
        QualityIssue::Blurred => "Det er uskarpt. Hold kameraet stille, og vent, til teksten ser skarp ud.",
        QualityIssue::Glare => {
            "En refleksion skjuler en del af det. Vip dokumentet lidt, eller flyt dig væk fra direkte lys."
        }
    },
    uploading: "Uploader fotoet",
    upload_failed: "Fotoet kunne ikke uploades. Tjek din forbindelse, og prøv igen.",
    upload_refused: "Fotoet blev ikke godkendt. Tag eller vælg et andet.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kameraet er ikke tilladt",
        CameraProblem::NoCamera => "Intet kamera fundet",
        CameraProblem::Busy => "Kameraet er i brug",
        CameraProblem::Insecure => "Kameraet kræver en sikker forbindelse",
        CameraProblem::Blocked => "Dette website må ikke bruge kameraet her",
        CameraProblem::InAppBrowser => "Denne apps browser kan ikke bruge kameraet",
        CameraProblem::Virtual => "Et virtuelt kamera er valgt",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Du har ikke givet denne side lov til at bruge kameraet. Tillad det via kamerasymbolet i adresselinjen, og prøv igen, eller upload et foto i stedet."
        }
        CameraProblem::NoCamera => "Denne enhed har intet kamera, vi kan bruge. Upload et foto, eller fortsæt på din mobil.",
        CameraProblem::Busy => {
            "En anden app bruger kameraet, fx et videoopkald. Luk den, og prøv igen, eller upload et foto."
        }
        CameraProblem::Insecure => {
            "Browsere giver kun sider med en sikker forbindelse (https) adgang til kameraet. Upload et foto, eller fortsæt på din mobil."
        }
        CameraProblem::Blocked => {
            "Det website, der viser denne side, tillader ikke, at den bruger kameraet. Upload et foto, eller fortsæt på din mobil."
        }
        CameraProblem::InAppBrowser => "Du har åbnet denne side i en anden app, hvis indbyggede browser som regel ikke viser noget kamerabillede. Åbn den i din browser (Chrome, Safari, Firefox …) med linket nedenfor, upload et foto, eller fortsæt på en anden mobil.",
        CameraProblem::Virtual => "Browseren bruger et virtuelt kamera (software som OBS eller ManyCam) i stedet for et rigtigt. Vælg din enheds rigtige kamera i browserens indstillinger, og prøv igen, eller upload et foto.",
    }
    },
    camera_retry: "Prøv kameraet igen",
    use_upload: "Upload et foto i stedet",
    use_camera: "Brug kameraet i stedet",
    file_label: "Vælg et foto",
    file_hint: "Et JPEG- eller PNG-billede på højst 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Filen er ikke et JPEG- eller PNG-billede. Vælg et foto.",
        FileProblem::TooLarge => "Filen er større end 25 MB. Vælg et mindre foto.",
        FileProblem::Unreadable => "Filen kan ikke åbnes som et billede. Vælg et andet foto.",
    },
    handoff_heading: "Fortsæt på din mobil",
    handoff_intro: "Tag fotoene med din mobils kamera. Denne side går selv videre, når de er modtaget.",
    handoff_show: "Vis en QR-kode til min mobil",
    qr_label: "QR-kode med linket til din mobil",
    handoff_once: "Scan den med din mobils kamera. Linket virker én gang i 10 minutter.",
    sms_send: "Send linket til mit mobilnummer",
    sms_sent: "Sms sendt. Åbn linket på din mobil.",
    handoff_failed: "Linket til din mobil kunne ikke oprettes. Prøv igen.",
    sms_limit: "Der kan ikke sendes flere sms'er for denne session i dag. Vis QR-koden, og scan den med din mobil i stedet.",
    waiting_phone: "Venter på fotoene fra din mobil…",
    all_received: "Alle fotos er modtaget.",
    phone_title: "Fotos til din identifikation",
    phone_done: "Du kan fortsætte på din computer.",
    phone_link_expired: "Linket er udløbet eller allerede brugt. Vis en ny QR-kode på din computer.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Sådan tillader du det: klik på kamera- eller indstillingssymbolet til venstre i adresselinjen, sæt Kamera til Tillad, og prøv igen.",
        BrowserFamily::ChromeAndroid => "Sådan tillader du det: tryk på indstillingssymbolet til venstre i adresselinjen, derefter på Tilladelser, og slå Kamera til. Prøv så igen.",
        BrowserFamily::SafariIos => "Sådan tillader du det: tryk på aA i adresselinjen, derefter på Indstillinger for websted, og sæt Kamera til Tillad. Hvis det stadig er slået fra, så åbn Indstillinger, vælg din browser, og slå Kamera til.",
        BrowserFamily::SafariMac => "Sådan tillader du det: vælg Indstillinger for dette websted i Safari-menuen, sæt Kamera til Tillad, og prøv igen.",
        BrowserFamily::Firefox => "Sådan tillader du det: klik på det overstregede kamerasymbol i adresselinjen, fjern blokeringen, og prøv igen.",
        BrowserFamily::Other => "Sådan tillader du det: åbn browserens indstillinger for dette website, tillad kameraet, og prøv igen.",
    },
    browser_link: "Få et link, jeg kan åbne i min browser",
    browser_link_label: "Link til din browser",
    browser_link_hint: "Kopier det, åbn din browser, og indsæt det i adresselinjen. Det virker én gang i 10 minutter.",
    copy_link: "Kopier linket",
    link_copied: "Linket er kopieret.",
    open_in_chrome: "Åbn i Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Hold dokumentet stille inden for rammen.",
        Hold::Mrz => "Hold hele dokumentet inden for rammen, også linjerne med bogstaver og vinkeltegn nederst.",
    },
    countdown_started: "Hold stille: fotoet tages automatisk om 3 sekunder.",
    countdown: |n| format!("Foto om {n}"),
    mrz_expired_title: "Dette dokument er udløbet",
    mrz_expired_text: "Gyldighedsdatoen er overskredet, og udløbne dokumenter godkendes ikke. Fotografer et gyldigt ID-dokument.",
    mrz_differs_title: "Dokumentet stemmer ikke med dine oplysninger",
    mrz_differs_text: "Det, der står i dokumentet, er forskelligt fra det, du har indtastet i disse felter. Tag fotoet igen, hvis det er utydeligt, eller ret dine oplysninger.",
    mrz_field: |field| match field {
        MrzField::LastName => "Efternavn",
        MrzField::FirstName => "Fornavne",
        MrzField::BirthDate => "Fødselsdato",
        MrzField::Nationality => "Statsborgerskab",
        MrzField::DocumentNumber => "Dokumentnummer",
    },
    correct_details: "Ret mine oplysninger",
};
