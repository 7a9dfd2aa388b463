//! Norwegian Bokmål texts of the capture step (informal "du", as Norwegian banks write).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Hvilket dokument skal du ta bilde av?",
    document_why: "Et ID-kort fotograferes på begge sider, et pass på siden med bildet. Ha det for hånden; deretter tar du en selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Ta bilde av forsiden av ID-dokumentet ditt",
        CaptureSlot::DocumentBack => "Ta bilde av baksiden av ID-dokumentet ditt",
        CaptureSlot::Selfie => "Ta en selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Legg dokumentet på et mørkt, ensfarget underlag og plasser det innenfor rammen. Alle fire hjørnene skal være synlige."
        }
        CaptureSlot::Selfie => {
            "Se rett inn i kameraet, med hele ansiktet innenfor rammen og uten at noe dekker det."
        }
    },
    photo_of: |n, total| format!("Bilde {n} av {total}"),
    camera_starting: "Starter kameraet…",
    camera_label: "Kamerabilde",
    shutter: "Ta bilde",
    preview_label: "Bildet ditt",
    retake: "Ta på nytt",
    use_photo: "Bruk dette bildet",
    looks_good: "Sjekk at alle detaljer er skarpe og lesbare, og bruk så bildet.",
    quality_refused: "Dette bildet kan ikke brukes",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Det er for mørkt. Gå til et lysere sted eller slå på lyset, og unngå skygger.",
        QualityIssue::Blurred => "Det er uskarpt. Hold kameraet stødig og vent til teksten ser skarp ut.",
        QualityIssue::Glare => {
            "En refleks skjuler en del av bildet. Vipp dokumentet litt eller flytt deg bort fra direkte lys."
        }
    },
    uploading: "Laster opp bildet",
    upload_failed: "Bildet kunne ikke lastes opp. Sjekk forbindelsen din og prøv igjen.",
    upload_refused: "Bildet ble ikke godtatt. Ta eller velg et annet.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kameraet er ikke tillatt",
        CameraProblem::NoCamera => "Fant ikke noe kamera",
        CameraProblem::Busy => "Kameraet er i bruk",
        CameraProblem::Insecure => "Kameraet trenger en sikker forbindelse",
        CameraProblem::Blocked => "Dette nettstedet får ikke bruke kameraet her",
        CameraProblem::InAppBrowser => "Appens nettleser kan ikke bruke kameraet",
        CameraProblem::Virtual => "Et virtuelt kamera er valgt",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Du har ikke gitt denne siden tillatelse til å bruke kameraet. Tillat det med kamerasymbolet i adressefeltet og prøv igjen, eller last opp et bilde i stedet."
        }
        CameraProblem::NoCamera => "Denne enheten har ikke noe kamera vi kan bruke. Last opp et bilde, eller fortsett på mobilen.",
        CameraProblem::Busy => {
            "En annen app bruker kameraet, for eksempel en videosamtale. Lukk den og prøv igjen, eller last opp et bilde."
        }
        CameraProblem::Insecure => {
            "Nettlesere gir bare sider med sikker forbindelse (https) tilgang til kameraet. Last opp et bilde, eller fortsett på mobilen."
        }
        CameraProblem::Blocked => {
            "Nettstedet som viser denne siden, lar den ikke bruke kameraet. Last opp et bilde, eller fortsett på mobilen."
        }
        CameraProblem::InAppBrowser => "Du har åpnet denne siden i en annen app, og den innebygde nettleseren der viser vanligvis ikke noe kamerabilde. Åpne siden i nettleseren din (Chrome, Safari, Firefox …) med lenken nedenfor, last opp et bilde, eller fortsett på en annen mobil.",
        CameraProblem::Virtual => "Nettleseren bruker et virtuelt kamera (programvare som OBS eller ManyCam) i stedet for et ekte. Velg enhetens ekte kamera i nettleserinnstillingene og prøv igjen, eller last opp et bilde.",
    }
    },
    camera_retry: "Prøv kameraet igjen",
    use_upload: "Last opp et bilde i stedet",
    use_camera: "Bruk kameraet i stedet",
    file_label: "Velg et bilde",
    file_hint: "Et JPEG- eller PNG-bilde på maks 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Filen er ikke et JPEG- eller PNG-bilde. Velg et bilde.",
        FileProblem::TooLarge => "Filen er større enn 25 MB. Velg et mindre bilde.",
        FileProblem::Unreadable => "Filen kan ikke åpnes som et bilde. Velg et annet bilde.",
    },
    handoff_heading: "Fortsett på mobilen",
    handoff_intro: "Ta bildene med kameraet på mobilen. Denne siden går videre av seg selv når de er mottatt.",
    handoff_show: "Vis en QR-kode for mobilen min",
    qr_label: "QR-kode med lenken til mobilen din",
    handoff_once: "Skann den med kameraet på mobilen. Lenken virker én gang, i 10 minutter.",
    sms_send: "Send lenken til mobilnummeret mitt",
    sms_sent: "SMS sendt. Åpne lenken på mobilen.",
    handoff_failed: "Lenken til mobilen din kunne ikke opprettes. Prøv igjen.",
    sms_limit: "Det kan ikke sendes flere SMS-er for denne økten i dag. Vis QR-koden og skann den med mobilen i stedet.",
    waiting_phone: "Venter på bildene fra mobilen din…",
    all_received: "Alle bildene er mottatt.",
    phone_title: "Bilder til identifiseringen din",
    phone_done: "Du kan fortsette på datamaskinen.",
    phone_link_expired: "Denne lenken er utløpt eller allerede brukt. Vis en ny QR-kode på datamaskinen.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Slik tillater du det: klikk på kamera- eller innstillingssymbolet til venstre i adressefeltet, sett Kamera til Tillat, og prøv igjen.",
        BrowserFamily::ChromeAndroid => "Slik tillater du det: trykk på innstillingssymbolet til venstre i adressefeltet, deretter på Tillatelser, og slå på Kamera. Prøv så igjen.",
        BrowserFamily::SafariIos => "Slik tillater du det: trykk på aA i adressefeltet, deretter på Nettstedinnstillinger, og sett Kamera til Tillat. Hvis det fortsatt er av, åpner du Innstillinger, velger nettleseren din og slår på Kamera.",
        BrowserFamily::SafariMac => "Slik tillater du det: velg Innstillinger for dette nettstedet i Safari-menyen, sett Kamera til Tillat, og prøv igjen.",
        BrowserFamily::Firefox => "Slik tillater du det: klikk på det overstrekte kamerasymbolet i adressefeltet, fjern blokkeringen, og prøv igjen.",
        BrowserFamily::Other => "Slik tillater du det: åpne nettleserens innstillinger for dette nettstedet, tillat kameraet, og prøv igjen.",
    },
    browser_link: "Få en lenke jeg kan åpne i nettleseren",
    browser_link_label: "Lenke til nettleseren din",
    browser_link_hint: "Kopier den, åpne nettleseren din og lim den inn i adressefeltet. Den virker én gang, i 10 minutter.",
    copy_link: "Kopier lenken",
    link_copied: "Lenken er kopiert.",
    open_in_chrome: "Åpne i Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Hold dokumentet i ro innenfor rammen.",
        Hold::Mrz => "Hold hele dokumentet innenfor rammen, også linjene med bokstaver og vinkeltegn nederst.",
    },
    countdown_started: "Hold i ro: bildet tas automatisk om 3 sekunder.",
    countdown: |n| format!("Bilde om {n}"),
    mrz_expired_title: "Dette dokumentet er utløpt",
    mrz_expired_text: "Gyldighetsdatoen er passert, og utløpte dokumenter godtas ikke. Ta bilde av et gyldig ID-dokument.",
    mrz_differs_title: "Dokumentet stemmer ikke med opplysningene dine",
    mrz_differs_text: "Det som står i dokumentet, er forskjellig fra det du skrev i disse feltene. Ta bildet på nytt hvis det er utydelig, eller rett opplysningene dine.",
    mrz_field: |field| match field {
        MrzField::LastName => "Etternavn",
        MrzField::FirstName => "Fornavn",
        MrzField::BirthDate => "Fødselsdato",
        MrzField::Nationality => "Statsborgerskap",
        MrzField::DocumentNumber => "Dokumentnummer",
    },
    correct_details: "Rett opplysningene mine",
};
