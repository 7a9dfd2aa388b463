//! Estonian texts of the capture step (informal "sina", as Estonian banks write).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Millist dokumenti pildistad?",
    document_why: "ID-kaarti pildistatakse mõlemalt poolt, passi fotoga lehelt. Hoia dokument käepärast; seejärel teed selfi.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Pildista isikut tõendava dokumendi esikülge",
        CaptureSlot::DocumentBack => "Pildista isikut tõendava dokumendi tagakülge",
        CaptureSlot::Selfie => "Tee selfi",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Aseta dokument tumedale ühevärvilisele pinnale ja mahuta see raami sisse. Kõik neli nurka peavad olema nähtavad."
        }
        CaptureSlot::Selfie => {
            "Vaata otse kaamerasse nii, et kogu su nägu on raamis ja miski seda ei kata."
        }
    },
    photo_of: |n, total| format!("Foto {n}/{total}"),
    camera_starting: "Kaamera käivitamine…",
    camera_label: "Kaamera pilt",
    shutter: "Pildista",
    preview_label: "Sinu foto",
    retake: "Pildista uuesti",
    use_photo: "Kasuta seda fotot",
    looks_good: "Kontrolli, et kõik andmed oleksid teravad ja loetavad, ning kasuta siis fotot.",
    quality_refused: "Seda fotot ei saa kasutada",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Pilt on liiga tume. Mine valgemasse kohta või lülita tuli sisse ja väldi varje.",
        QualityIssue::Blurred => "Pilt on udune. Hoia kaamerat paigal ja oota, kuni tekst näeb terav välja.",
        QualityIssue::Glare => {
            "Peegeldus varjab osa pildist. Kalluta dokumenti veidi või liigu otsesest valgusest eemale."
        }
    },
    uploading: "Foto üleslaadimine",
    upload_failed: "Fotot ei õnnestunud üles laadida. Kontrolli ühendust ja proovi uuesti.",
    upload_refused: "Fotot ei aktsepteeritud. Tee või vali uus foto.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kaamera kasutamine pole lubatud",
        CameraProblem::NoCamera => "Kaamerat ei leitud",
        CameraProblem::Busy => "Kaamera on kasutusel",
        CameraProblem::Insecure => "Kaamera vajab turvalist ühendust",
        CameraProblem::Blocked => "See veebisait ei tohi siin kaamerat kasutada",
        CameraProblem::InAppBrowser => "Selle rakenduse brauser ei saa kaamerat kasutada",
        CameraProblem::Virtual => "Valitud on virtuaalne kaamera",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Sa ei ole lubanud sellel lehel kaamerat kasutada. Luba see aadressiribal oleva kaameraikooni kaudu ja proovi uuesti või laadi selle asemel üles foto."
        }
        CameraProblem::NoCamera => "Selles seadmes ei ole kaamerat, mida saaksime kasutada. Laadi üles foto või jätka telefonis.",
        CameraProblem::Busy => {
            "Kaamerat kasutab mõni teine rakendus, näiteks videokõne. Sulge see ja proovi uuesti või laadi üles foto."
        }
        CameraProblem::Insecure => {
            "Brauserid lubavad kaamerat kasutada ainult turvalise ühendusega (https) lehtedel. Laadi üles foto või jätka telefonis."
        }
        CameraProblem::Blocked => {
            "Veebisait, mis seda lehte näitab, ei luba sellel kaamerat kasutada. Laadi üles foto või jätka telefonis."
        }
        CameraProblem::InAppBrowser => "Avasid selle lehe teises rakenduses, mille sisseehitatud brauser tavaliselt kaamera pilti ei näita. Ava leht alloleva lingiga oma brauseris (Chrome, Safari, Firefox …), laadi üles foto või jätka mõnes teises telefonis.",
        CameraProblem::Virtual => "Brauser kasutab päris kaamera asemel virtuaalset kaamerat (tarkvara nagu OBS või ManyCam). Vali brauseri seadetes oma seadme päris kaamera ja proovi uuesti või laadi üles foto.",
    }
    },
    camera_retry: "Proovi kaamerat uuesti",
    use_upload: "Laadi hoopis foto üles",
    use_camera: "Kasuta hoopis kaamerat",
    file_label: "Vali foto",
    file_hint: "JPEG- või PNG-pilt, kuni 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "See fail ei ole JPEG- ega PNG-pilt. Vali foto.",
        FileProblem::TooLarge => "See fail on suurem kui 25 MB. Vali väiksem foto.",
        FileProblem::Unreadable => "Seda faili ei saa pildina avada. Vali mõni teine foto.",
    },
    handoff_heading: "Jätka telefonis",
    handoff_intro: "Tee fotod oma telefoni kaameraga. See leht liigub ise edasi, kui fotod on kohal.",
    handoff_show: "Näita QR-koodi minu telefoni jaoks",
    qr_label: "QR-kood lingiga sinu telefoni jaoks",
    handoff_once: "Skanni see oma telefoni kaameraga. Link töötab üks kord, 10 minuti jooksul.",
    sms_send: "Saada link minu mobiilinumbrile",
    sms_sent: "SMS on saadetud. Ava link oma telefonis.",
    handoff_failed: "Linki sinu telefoni jaoks ei õnnestunud luua. Proovi uuesti.",
    sms_limit: "Selle seansi jaoks ei saa täna rohkem SMS-e saata. Näita hoopis QR-koodi ja skanni see oma telefoniga.",
    waiting_phone: "Ootame fotosid sinu telefonist…",
    all_received: "Kõik fotod on kohale jõudnud.",
    phone_title: "Fotod sinu tuvastamiseks",
    phone_done: "Võid jätkata arvutis.",
    phone_link_expired: "See link on aegunud või juba kasutatud. Näita arvutis uut QR-koodi.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Lubamiseks klõpsa aadressiriba vasakus servas kaamera- või seadete ikoonil, määra Kaamera väärtuseks Luba ja proovi uuesti.",
        BrowserFamily::ChromeAndroid => "Lubamiseks puuduta aadressiriba vasakus servas seadete ikooni, seejärel valikut Load, ja lülita Kaamera sisse. Seejärel proovi uuesti.",
        BrowserFamily::SafariIos => "Lubamiseks puuduta aadressiribal aA, seejärel valikut Veebisaidi seaded, ja määra Kaamera väärtuseks Luba. Kui see jääb välja lülitatuks, ava Seaded, vali oma brauser ja lülita Kaamera sisse.",
        BrowserFamily::SafariMac => "Lubamiseks vali Safari menüüst Selle veebisaidi seaded, määra Kaamera väärtuseks Luba ja proovi uuesti.",
        BrowserFamily::Firefox => "Lubamiseks klõpsa aadressiribal läbikriipsutatud kaameraikoonil, eemalda blokeering ja proovi uuesti.",
        BrowserFamily::Other => "Lubamiseks ava oma brauseri seaded selle veebisaidi jaoks, luba kaamera ja proovi uuesti.",
    },
    browser_link: "Hangi link, mida oma brauseris avada",
    browser_link_label: "Link sinu brauseri jaoks",
    browser_link_hint: "Kopeeri see, ava oma brauser ja kleebi see aadressiribale. Link töötab üks kord, 10 minuti jooksul.",
    copy_link: "Kopeeri link",
    link_copied: "Link on kopeeritud.",
    open_in_chrome: "Ava Chrome'is",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Hoia dokumenti raamis paigal.",
        Hold::Mrz => "Hoia kogu dokument raamis, ka all olevad tähtede ja nurgasulgudega read.",
    },
    countdown_started: "Hoia paigal: foto tehakse automaatselt 3 sekundi pärast.",
    countdown: |n| format!("Foto {n} sekundi pärast"),
    mrz_expired_title: "See dokument on aegunud",
    mrz_expired_text: "Selle kehtivusaeg on läbi ja aegunud dokumente ei aktsepteerita. Pildista kehtivat isikut tõendavat dokumenti.",
    mrz_differs_title: "Dokument ei vasta sinu andmetele",
    mrz_differs_text: "Dokumendis olev teave erineb sellest, mida sisestasid nendele väljadele. Pildista uuesti, kui foto on ebaselge, või paranda oma andmed.",
    mrz_field: |field| match field {
        MrzField::LastName => "Perekonnanimi",
        MrzField::FirstName => "Eesnimed",
        MrzField::BirthDate => "Sünniaeg",
        MrzField::Nationality => "Kodakondsus",
        MrzField::DocumentNumber => "Dokumendi number",
    },
    correct_details: "Paranda minu andmed",
};
