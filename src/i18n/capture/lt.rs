//! Lithuanian texts of the capture step (formal "Jūs").

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Kurį dokumentą fotografuosite?",
    document_why: "Asmens tapatybės kortelė fotografuojama iš abiejų pusių, pasas — atvertas ties puslapiu su nuotrauka. Turėkite dokumentą po ranka; po to reikės asmenukės.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Nufotografuokite dokumento priekinę pusę",
        CaptureSlot::DocumentBack => "Nufotografuokite dokumento galinę pusę",
        CaptureSlot::Selfie => "Nusifotografuokite asmenukę",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Padėkite dokumentą ant tamsaus, vienspalvio paviršiaus ir sutalpinkite jį rėmelyje. Turi matytis visi keturi kampai."
        }
        CaptureSlot::Selfie => "Žiūrėkite tiesiai į kamerą: visas veidas turi būti rėmelyje ir niekuo neuždengtas.",
    },
    photo_of: |n, total| format!("Nuotrauka {n} iš {total}"),
    camera_starting: "Įjungiama kamera…",
    camera_label: "Kameros vaizdas",
    shutter: "Fotografuoti",
    preview_label: "Jūsų nuotrauka",
    retake: "Fotografuoti iš naujo",
    use_photo: "Naudoti šią nuotrauką",
    looks_good: "Patikrinkite, ar visi duomenys ryškūs ir įskaitomi, tada naudokite nuotrauką.",
    quality_refused: "Šios nuotraukos naudoti negalima",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Vaizdas per tamsus. Pereikite į šviesesnę vietą arba įjunkite šviesą ir venkite šešėlių.",
        QualityIssue::Blurred => "Vaizdas neryškus. Laikykite kamerą stabiliai ir palaukite, kol tekstas taps ryškus.",
        QualityIssue::Glare => {
            "Atspindys uždengia dalį vaizdo. Šiek tiek pakreipkite dokumentą arba pasitraukite nuo tiesioginės šviesos."
        }
    },
    uploading: "Nuotrauka įkeliama",
    upload_failed: "Nepavyko įkelti nuotraukos. Patikrinkite ryšį ir bandykite dar kartą.",
    upload_refused: "Nuotrauka nepriimta. Nufotografuokite arba pasirinkite kitą.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kamera neleidžiama",
        CameraProblem::NoCamera => "Kamera nerasta",
        CameraProblem::Busy => "Kamera jau naudojama",
        CameraProblem::Insecure => "Kamerai reikalingas saugus ryšys",
        CameraProblem::Blocked => "Ši svetainė čia negali naudoti kameros",
        CameraProblem::InAppBrowser => "Šios programėlės naršyklė negali naudoti kameros",
        CameraProblem::Virtual => "Pasirinkta virtuali kamera",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Neleidote šiam puslapiui naudoti kameros. Leiskite tai per kameros simbolį adreso juostoje ir bandykite dar kartą arba įkelkite nuotrauką."
        }
        CameraProblem::NoCamera => "Šiame įrenginyje nėra kameros, kurią galėtume naudoti. Įkelkite nuotrauką arba tęskite telefone.",
        CameraProblem::Busy => {
            "Kamerą naudoja kita programėlė, pavyzdžiui, vaizdo skambutis. Uždarykite ją ir bandykite dar kartą arba įkelkite nuotrauką."
        }
        CameraProblem::Insecure => {
            "Naršyklės leidžia naudoti kamerą tik puslapiams su saugiu (https) ryšiu. Įkelkite nuotrauką arba tęskite telefone."
        }
        CameraProblem::Blocked => {
            "Svetainė, kurioje rodomas šis puslapis, neleidžia jam naudoti kameros. Įkelkite nuotrauką arba tęskite telefone."
        }
        CameraProblem::InAppBrowser => "Šį puslapį atidarėte kitoje programėlėje, kurios integruota naršyklė paprastai nerodo kameros vaizdo. Atidarykite jį savo naršyklėje (Chrome, Safari, Firefox…) per toliau pateiktą nuorodą, įkelkite nuotrauką arba tęskite kitame telefone.",
        CameraProblem::Virtual => "Naršyklė naudoja virtualią kamerą (programinę įrangą, pvz., OBS ar ManyCam), o ne tikrą. Naršyklės nustatymuose pasirinkite tikrąją savo įrenginio kamerą ir bandykite dar kartą arba įkelkite nuotrauką.",
    }
    },
    camera_retry: "Bandyti kamerą dar kartą",
    use_upload: "Įkelti nuotrauką",
    use_camera: "Naudoti kamerą",
    file_label: "Pasirinkite nuotrauką",
    file_hint: "JPEG arba PNG vaizdas, ne didesnis nei 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Šis failas nėra JPEG ar PNG vaizdas. Pasirinkite nuotrauką.",
        FileProblem::TooLarge => "Šis failas didesnis nei 25 MB. Pasirinkite mažesnę nuotrauką.",
        FileProblem::Unreadable => "Šio failo nepavyksta atidaryti kaip vaizdo. Pasirinkite kitą nuotrauką.",
    },
    handoff_heading: "Tęsti telefone",
    handoff_intro: "Nufotografuokite telefono kamera. Šis puslapis savaime pereis toliau, kai tik nuotraukos bus gautos.",
    handoff_show: "Rodyti QR kodą telefonui",
    qr_label: "QR kodas su nuoroda Jūsų telefonui",
    handoff_once: "Nuskenuokite jį telefono kamera. Nuoroda veikia vieną kartą, 10 minučių.",
    sms_send: "Siųsti nuorodą į mano mobilųjį telefoną",
    sms_sent: "SMS žinutė išsiųsta. Atidarykite nuorodą telefone.",
    handoff_failed: "Nepavyko sukurti nuorodos telefonui. Bandykite dar kartą.",
    sms_limit: "Šiai sesijai šiandien daugiau SMS žinučių išsiųsti negalima. Vietoj to parodykite QR kodą ir nuskenuokite jį telefonu.",
    waiting_phone: "Laukiama nuotraukų iš Jūsų telefono…",
    all_received: "Visos nuotraukos gautos.",
    phone_title: "Nuotraukos Jūsų identifikavimui",
    phone_done: "Galite tęsti kompiuteryje.",
    phone_link_expired: "Ši nuoroda nebegalioja arba jau buvo panaudota. Kompiuteryje parodykite naują QR kodą.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Kaip leisti: spustelėkite kameros arba nustatymų simbolį adreso juostos kairėje, kamerai nustatykite „Leisti“ ir bandykite dar kartą.",
        BrowserFamily::ChromeAndroid => "Kaip leisti: bakstelėkite nustatymų simbolį adreso juostos kairėje, tada „Leidimai“, ir įjunkite kamerą. Tada bandykite dar kartą.",
        BrowserFamily::SafariIos => "Kaip leisti: adreso juostoje bakstelėkite aA, tada „Svetainės nustatymai“, ir kamerai nustatykite „Leisti“. Jei ji lieka išjungta, atidarykite Nustatymus, pasirinkite savo naršyklę ir įjunkite kamerą.",
        BrowserFamily::SafariMac => "Kaip leisti: Safari meniu pasirinkite „Šios svetainės nustatymai“, kamerai nustatykite „Leisti“ ir bandykite dar kartą.",
        BrowserFamily::Firefox => "Kaip leisti: spustelėkite perbrauktos kameros simbolį adreso juostoje, pašalinkite blokavimą ir bandykite dar kartą.",
        BrowserFamily::Other => "Kaip leisti: atidarykite naršyklės nustatymus šiai svetainei, leiskite naudoti kamerą ir bandykite dar kartą.",
    },
    browser_link: "Gauti nuorodą naršyklei",
    browser_link_label: "Nuoroda Jūsų naršyklei",
    browser_link_hint: "Nukopijuokite ją, atidarykite naršyklę ir įklijuokite į adreso juostą. Nuoroda veikia vieną kartą, 10 minučių.",
    copy_link: "Kopijuoti nuorodą",
    link_copied: "Nuoroda nukopijuota.",
    open_in_chrome: "Atidaryti naršyklėje Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Laikykite dokumentą rėmelyje ramiai.",
        Hold::Mrz => "Laikykite visą dokumentą rėmelyje, įskaitant apačioje esančias eilutes su raidėmis ir ženklais „<“.",
    },
    countdown_started: "Nejudėkite: nuotrauka bus padaryta automatiškai po 3 sekundžių.",
    countdown: |n| format!("Nuotrauka po {n}"),
    mrz_expired_title: "Šio dokumento galiojimas baigėsi",
    mrz_expired_text: "Jo galiojimo data praėjo, o nebegaliojantys dokumentai nepriimami. Nufotografuokite galiojantį asmens tapatybę patvirtinantį dokumentą.",
    mrz_differs_title: "Dokumentas neatitinka Jūsų duomenų",
    mrz_differs_text: "Dokumente nurodyti duomenys skiriasi nuo tų, kuriuos įvedėte šiuose laukuose. Jei nuotrauka neaiški, fotografuokite iš naujo arba pataisykite savo duomenis.",
    mrz_field: |field| match field {
        MrzField::LastName => "Pavardė",
        MrzField::FirstName => "Vardai",
        MrzField::BirthDate => "Gimimo data",
        MrzField::Nationality => "Pilietybė",
        MrzField::DocumentNumber => "Dokumento numeris",
    },
    correct_details: "Pataisyti mano duomenis",
};
