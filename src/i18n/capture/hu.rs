//! Hungarian texts of the capture step (formal "Ön").

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Melyik okmányt fogja lefényképezni?",
    document_why: "A személyi igazolványnak mindkét oldalát, az útlevélnek a fényképes oldalát kell lefényképezni. Tartsa kéznél; ezután egy szelfi következik.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Fényképezze le okmánya előlapját",
        CaptureSlot::DocumentBack => "Fényképezze le okmánya hátlapját",
        CaptureSlot::Selfie => "Készítsen egy szelfit",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Helyezze az okmányt sötét, egyszínű felületre, és igazítsa a keretbe. Mind a négy sarkának látszania kell."
        }
        CaptureSlot::Selfie => {
            "Nézzen egyenesen a kamerába úgy, hogy az egész arca a keretben legyen, és semmi ne takarja."
        }
    },
    photo_of: |n, total| format!("{n}. fénykép (összesen {total})"),
    camera_starting: "A kamera indítása…",
    camera_label: "Kamerakép",
    shutter: "Fénykép készítése",
    preview_label: "Az Ön fényképe",
    retake: "Új fénykép",
    use_photo: "Ezt a fényképet használom",
    looks_good: "Ellenőrizze, hogy minden adat éles és olvasható-e, majd használja a fényképet.",
    quality_refused: "Ez a fénykép nem használható",
    issue: |issue| match issue {
        QualityIssue::TooDark => {
            "Túl sötét. Menjen világosabb helyre, vagy kapcsoljon fel egy lámpát, és kerülje az árnyékokat."
        }
        QualityIssue::Blurred => "Elmosódott. Tartsa stabilan a kamerát, és várjon, amíg a szöveg élesnek látszik.",
        QualityIssue::Glare => {
            "Egy tükröződés eltakarja egy részét. Döntse meg kissé az okmányt, vagy lépjen ki a közvetlen fényből."
        }
    },
    uploading: "A fénykép feltöltése",
    upload_failed: "A fényképet nem sikerült feltölteni. Kérjük, ellenőrizze a kapcsolatát, és próbálja újra.",
    upload_refused: "A fényképet nem fogadtuk el. Kérjük, készítsen vagy válasszon másikat.",
    problem_title: |p| match p {
        CameraProblem::Denied => "A kamera használata nem engedélyezett",
        CameraProblem::NoCamera => "Nem található kamera",
        CameraProblem::Busy => "A kamera használatban van",
        CameraProblem::Insecure => "A kamerához biztonságos kapcsolat szükséges",
        CameraProblem::Blocked => "Ez a webhely itt nem használhatja a kamerát",
        CameraProblem::InAppBrowser => "Ennek az alkalmazásnak a böngészője nem tudja használni a kamerát",
        CameraProblem::Virtual => "Virtuális kamera van kiválasztva",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Nem engedélyezte, hogy ez az oldal használja a kamerát. Engedélyezze a címsorban lévő kamera ikonnal, és próbálja újra, vagy töltsön fel inkább egy fényképet."
        }
        CameraProblem::NoCamera => "Ezen az eszközön nincs általunk használható kamera. Töltsön fel egy fényképet, vagy folytassa a telefonján.",
        CameraProblem::Busy => {
            "Egy másik alkalmazás használja a kamerát, például egy videohívás. Zárja be, és próbálja újra, vagy töltsön fel egy fényképet."
        }
        CameraProblem::Insecure => {
            "A böngészők csak biztonságos (https) kapcsolatú oldalaknak engedik a kamera használatát. Töltsön fel egy fényképet, vagy folytassa a telefonján."
        }
        CameraProblem::Blocked => {
            "Az oldalt megjelenítő webhely nem engedi, hogy az oldal használja a kamerát. Töltsön fel egy fényképet, vagy folytassa a telefonján."
        }
        CameraProblem::InAppBrowser => "Ezt az oldalt egy másik alkalmazásban nyitotta meg, amelynek beépített böngészője általában nem mutat kameraképet. Nyissa meg az alábbi linkkel a böngészőjében (Chrome, Safari, Firefox …), töltsön fel egy fényképet, vagy folytassa egy másik telefonon.",
        CameraProblem::Virtual => "A böngésző valódi kamera helyett virtuális kamerát (például OBS vagy ManyCam szoftvert) használ. Válassza ki eszköze valódi kameráját a böngésző beállításaiban, és próbálja újra, vagy töltsön fel egy fényképet.",
    }
    },
    camera_retry: "Kamera újrapróbálása",
    use_upload: "Inkább fénykép feltöltése",
    use_camera: "Inkább a kamera használata",
    file_label: "Fénykép kiválasztása",
    file_hint: "JPEG vagy PNG formátumú kép, legfeljebb 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Ez a fájl nem JPEG vagy PNG formátumú kép. Kérjük, válasszon egy fényképet.",
        FileProblem::TooLarge => "Ez a fájl nagyobb 25 MB-nál. Kérjük, válasszon kisebb fényképet.",
        FileProblem::Unreadable => "Ez a fájl nem nyitható meg képként. Kérjük, válasszon másik fényképet.",
    },
    handoff_heading: "Folytatás a telefonon",
    handoff_intro: "Készítse el a fényképeket a telefonja kamerájával. Ez az oldal magától továbblép, amint megérkeztek.",
    handoff_show: "QR-kód megjelenítése a telefonomhoz",
    qr_label: "QR-kód a telefonjához tartozó linkkel",
    handoff_once: "Olvassa be a telefonja kamerájával. A link egyszer, 10 percig használható.",
    sms_send: "Link küldése a mobilszámomra",
    sms_sent: "Az SMS-t elküldtük. Nyissa meg a linket a telefonján.",
    handoff_failed: "Nem sikerült létrehozni a linket a telefonjához. Kérjük, próbálja újra.",
    sms_limit: "Ebben a munkamenetben ma már nem küldhető több SMS. Jelenítse meg inkább a QR-kódot, és olvassa be a telefonjával.",
    waiting_phone: "Várakozás a telefonjáról érkező fényképekre…",
    all_received: "Minden fénykép megérkezett.",
    phone_title: "Fényképek az azonosításához",
    phone_done: "Folytathatja a számítógépén.",
    phone_link_expired: "Ez a link lejárt, vagy már felhasználták. Jelenítsen meg új QR-kódot a számítógépén.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Az engedélyezéshez kattintson a címsor bal oldalán lévő kamera vagy beállítások ikonra, állítsa a Kamera beállítást Engedélyezés értékre, majd próbálja újra.",
        BrowserFamily::ChromeAndroid => "Az engedélyezéshez koppintson a címsor bal oldalán lévő beállítások ikonra, majd az Engedélyek elemre, és kapcsolja be a Kamerát. Ezután próbálja újra.",
        BrowserFamily::SafariIos => "Az engedélyezéshez koppintson a címsorban az aA elemre, majd a Webhelybeállítások lehetőségre, és állítsa a Kamera beállítást Engedélyezés értékre. Ha kikapcsolva marad, nyissa meg a Beállításokat, válassza ki a böngészőjét, és kapcsolja be a Kamerát.",
        BrowserFamily::SafariMac => "Az engedélyezéshez a Safari menüjében válassza a Beállítások ehhez a webhelyhez lehetőséget, állítsa a Kamera beállítást Engedélyezés értékre, majd próbálja újra.",
        BrowserFamily::Firefox => "Az engedélyezéshez kattintson a címsorban az áthúzott kamera ikonra, oldja fel a tiltást, majd próbálja újra.",
        BrowserFamily::Other => "Az engedélyezéshez nyissa meg böngészője beállításait ehhez a webhelyhez, engedélyezze a kamerát, majd próbálja újra.",
    },
    browser_link: "Link kérése a böngészőmben való megnyitáshoz",
    browser_link_label: "Link a böngészőjéhez",
    browser_link_hint: "Másolja ki, nyissa meg a böngészőjét, és illessze be a címsorba. A link egyszer, 10 percig használható.",
    copy_link: "Link másolása",
    link_copied: "Link kimásolva.",
    open_in_chrome: "Megnyitás Chrome-ban",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Tartsa mozdulatlanul az okmányt a keretben.",
        Hold::Mrz => "Tartsa a keretben az egész okmányt, az alján lévő, betűkből és kacsacsőrökből álló sorokkal együtt.",
    },
    countdown_started: "Ne mozduljon: a fénykép 3 másodperc múlva automatikusan elkészül.",
    countdown: |n| format!("Fénykép {n} másodperc múlva"),
    mrz_expired_title: "Ez az okmány lejárt",
    mrz_expired_text: "Érvényességi ideje lejárt, és lejárt okmányokat nem fogadunk el. Kérjük, fényképezzen le egy érvényes személyazonosító okmányt.",
    mrz_differs_title: "Az okmány nem egyezik az Ön adataival",
    mrz_differs_text: "Az okmányon szereplő adatok eltérnek attól, amit ezekbe a mezőkbe beírt. Készítsen új fényképet, ha ez nem jól olvasható, vagy javítsa az adatait.",
    mrz_field: |field| match field {
        MrzField::LastName => "Családi név",
        MrzField::FirstName => "Utónevek",
        MrzField::BirthDate => "Születési dátum",
        MrzField::Nationality => "Állampolgárság",
        MrzField::DocumentNumber => "Okmányszám",
    },
    correct_details: "Adataim javítása",
};
