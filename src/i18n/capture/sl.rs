//! Slovenian texts of the capture step (formal vikanje; buttons in the usual short command form).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Kateri dokument boste fotografirali?",
    document_why: "Osebno izkaznico fotografirate z obeh strani, potni list pa na strani s fotografijo. Imejte ga pri roki; nato sledi selfi.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Fotografirajte sprednjo stran dokumenta",
        CaptureSlot::DocumentBack => "Fotografirajte zadnjo stran dokumenta",
        CaptureSlot::Selfie => "Posnemite selfi",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Dokument položite na temno, enobarvno podlago in ga namestite v okvir. Vidni morajo biti vsi štirje vogali."
        }
        CaptureSlot::Selfie => {
            "Glejte naravnost v kamero; ves obraz mora biti v okviru in ničesar ga ne sme zakrivati."
        }
    },
    photo_of: |n, total| format!("Fotografija {n} od {total}"),
    camera_starting: "Zaganjanje kamere\u{a0}…",
    camera_label: "Slika kamere",
    shutter: "Fotografiraj",
    preview_label: "Vaša fotografija",
    retake: "Posnemi znova",
    use_photo: "Uporabi to fotografijo",
    looks_good: "Preverite, ali so vsi podatki ostri in berljivi, nato uporabite fotografijo.",
    quality_refused: "Te fotografije ni mogoče uporabiti",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Pretemno je. Pojdite na svetlejše mesto ali prižgite luč in se izogibajte senc.",
        QualityIssue::Blurred => "Slika je zamegljena. Kamero držite pri miru in počakajte, da bo besedilo ostro.",
        QualityIssue::Glare => {
            "Odsev zakriva del slike. Dokument rahlo nagnite ali se umaknite iz neposredne svetlobe."
        }
    },
    uploading: "Nalaganje fotografije",
    upload_failed: "Fotografije ni bilo mogoče naložiti. Preverite povezavo in poskusite znova.",
    upload_refused: "Fotografija ni bila sprejeta. Posnemite ali izberite drugo.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kamera ni dovoljena",
        CameraProblem::NoCamera => "Kamere ni mogoče najti",
        CameraProblem::Busy => "Kamera je v uporabi",
        CameraProblem::Insecure => "Kamera potrebuje varno povezavo",
        CameraProblem::Blocked => "To spletno mesto tu ne sme uporabljati kamere",
        CameraProblem::InAppBrowser => "Brskalnik te aplikacije ne more uporabiti kamere",
        CameraProblem::Virtual => "Izbrana je navidezna kamera",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Tej strani niste dovolili uporabe kamere. Dovolite jo z ikono kamere v naslovni vrstici in poskusite znova ali pa naložite fotografijo."
        }
        CameraProblem::NoCamera => "Ta naprava nima kamere, ki bi jo lahko uporabili. Naložite fotografijo ali nadaljujte na telefonu.",
        CameraProblem::Busy => {
            "Kamero uporablja druga aplikacija, na primer videoklic. Zaprite jo in poskusite znova ali naložite fotografijo."
        }
        CameraProblem::Insecure => {
            "Brskalniki omogočajo uporabo kamere samo stranem z varno povezavo (https). Naložite fotografijo ali nadaljujte na telefonu."
        }
        CameraProblem::Blocked => {
            "Spletno mesto, ki prikazuje to stran, ji ne dovoli uporabe kamere. Naložite fotografijo ali nadaljujte na telefonu."
        }
        CameraProblem::InAppBrowser => "To stran ste odprli v drugi aplikaciji, katere vgrajeni brskalnik običajno ne prikaže slike kamere. S spodnjo povezavo jo odprite v svojem brskalniku (Chrome, Safari, Firefox\u{a0}…), naložite fotografijo ali nadaljujte na drugem telefonu.",
        CameraProblem::Virtual => "Brskalnik uporablja navidezno kamero (programsko opremo, kot sta OBS ali ManyCam) namesto prave. V nastavitvah brskalnika izberite pravo kamero svoje naprave in poskusite znova ali naložite fotografijo.",
    }
    },
    camera_retry: "Znova poskusi s kamero",
    use_upload: "Raje naloži fotografijo",
    use_camera: "Raje uporabi kamero",
    file_label: "Izberi fotografijo",
    file_hint: "Slika JPEG ali PNG, največ 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Ta datoteka ni slika JPEG ali PNG. Izberite fotografijo.",
        FileProblem::TooLarge => "Ta datoteka je večja od 25 MB. Izberite manjšo fotografijo.",
        FileProblem::Unreadable => "Te datoteke ni mogoče odpreti kot sliko. Izberite drugo fotografijo.",
    },
    handoff_heading: "Nadaljevanje na telefonu",
    handoff_intro: "Fotografije posnemite s kamero telefona. Ko prispejo, bo ta stran samodejno nadaljevala.",
    handoff_show: "Pokaži kodo QR za moj telefon",
    qr_label: "Koda QR s povezavo za vaš telefon",
    handoff_once: "Skenirajte jo s kamero telefona. Povezava deluje enkrat, 10 minut.",
    sms_send: "Pošlji povezavo na mojo mobilno številko",
    sms_sent: "SMS je poslan. Odprite povezavo na telefonu.",
    handoff_failed: "Povezave za vaš telefon ni bilo mogoče ustvariti. Poskusite znova.",
    sms_limit: "Za to sejo danes ni več mogoče poslati sporočil SMS. Namesto tega prikažite kodo QR in jo skenirajte s telefonom.",
    waiting_phone: "Čakamo na fotografije z vašega telefona\u{a0}…",
    all_received: "Vse fotografije so prejete.",
    phone_title: "Fotografije za vašo identifikacijo",
    phone_done: "Nadaljujete lahko na računalniku.",
    phone_link_expired: "Ta povezava je potekla ali je bila že uporabljena. Na računalniku prikažite novo kodo QR.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Kako jo dovoliti: kliknite ikono kamere ali nastavitev levo v naslovni vrstici, pri kameri nastavite Dovoli in poskusite znova.",
        BrowserFamily::ChromeAndroid => "Kako jo dovoliti: tapnite ikono nastavitev levo v naslovni vrstici, nato Dovoljenja, in vklopite kamero. Nato poskusite znova.",
        BrowserFamily::SafariIos => "Kako jo dovoliti: v naslovni vrstici tapnite aA, nato Nastavitve spletnega mesta, in pri kameri nastavite Dovoli. Če ostane izklopljena, odprite Nastavitve, izberite svoj brskalnik in vklopite kamero.",
        BrowserFamily::SafariMac => "Kako jo dovoliti: v meniju Safari izberite Nastavitve za to spletno mesto, pri kameri nastavite Dovoli in poskusite znova.",
        BrowserFamily::Firefox => "Kako jo dovoliti: kliknite prečrtano ikono kamere v naslovni vrstici, odstranite blokado in poskusite znova.",
        BrowserFamily::Other => "Kako jo dovoliti: odprite nastavitve brskalnika za to spletno mesto, dovolite kamero in poskusite znova.",
    },
    browser_link: "Pridobi povezavo za brskalnik",
    browser_link_label: "Povezava za vaš brskalnik",
    browser_link_hint: "Kopirajte jo, odprite brskalnik in jo prilepite v naslovno vrstico. Deluje enkrat, 10 minut.",
    copy_link: "Kopiraj povezavo",
    link_copied: "Povezava je kopirana.",
    open_in_chrome: "Odpri v brskalniku Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Dokument držite pri miru v okviru.",
        Hold::Mrz => "V okviru naj bo ves dokument, tudi vrstice s črkami in znaki < na dnu.",
    },
    countdown_started: "Ne premikajte se: fotografija bo samodejno posneta čez 3 sekunde.",
    countdown: |n| format!("Fotografija čez {n}"),
    mrz_expired_title: "Ta dokument je potekel",
    mrz_expired_text: "Njegova veljavnost je potekla, potekli dokumenti pa niso sprejeti. Fotografirajte veljaven osebni dokument.",
    mrz_differs_title: "Dokument se ne ujema z vašimi podatki",
    mrz_differs_text: "Podatki v dokumentu se v teh poljih razlikujejo od tega, kar ste vnesli. Če je fotografija nejasna, jo posnemite znova, ali pa popravite svoje podatke.",
    mrz_field: |field| match field {
        MrzField::LastName => "Priimek",
        MrzField::FirstName => "Imena",
        MrzField::BirthDate => "Datum rojstva",
        MrzField::Nationality => "Državljanstvo",
        MrzField::DocumentNumber => "Številka dokumenta",
    },
    correct_details: "Popravi moje podatke",
};
