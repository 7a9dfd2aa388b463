//! Latvian texts of the capture step (formal "Jūs").

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Kuru dokumentu fotografēsiet?",
    document_why: "Personas apliecību fotografē no abām pusēm, pasi — atvērumā ar fotoattēlu. Sagatavojiet dokumentu; pēc tam sekos pašbilde.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Nofotografējiet dokumenta priekšpusi",
        CaptureSlot::DocumentBack => "Nofotografējiet dokumenta aizmuguri",
        CaptureSlot::Selfie => "Uzņemiet pašbildi",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Novietojiet dokumentu uz tumšas, vienkrāsainas virsmas un ietilpiniet to rāmī. Jābūt redzamiem visiem četriem stūriem."
        }
        CaptureSlot::Selfie => "Skatieties tieši kamerā: visai sejai jābūt rāmī, un nekas to nedrīkst aizsegt.",
    },
    photo_of: |n, total| format!("Fotoattēls {n} no {total}"),
    camera_starting: "Ieslēdz kameru…",
    camera_label: "Kameras attēls",
    shutter: "Uzņemt foto",
    preview_label: "Jūsu fotoattēls",
    retake: "Uzņemt vēlreiz",
    use_photo: "Izmantot šo foto",
    looks_good: "Pārbaudiet, vai visa informācija ir asa un salasāma, un tad izmantojiet fotoattēlu.",
    quality_refused: "Šo fotoattēlu nevar izmantot",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Attēls ir pārāk tumšs. Pārvietojieties uz gaišāku vietu vai ieslēdziet gaismu un izvairieties no ēnām.",
        QualityIssue::Blurred => "Attēls ir izplūdis. Turiet kameru nekustīgi un pagaidiet, līdz teksts ir ass.",
        QualityIssue::Glare => {
            "Atspīdums aizsedz daļu attēla. Nedaudz sasveriet dokumentu vai pārvietojieties prom no tiešas gaismas."
        }
    },
    uploading: "Augšupielādē fotoattēlu",
    upload_failed: "Fotoattēlu neizdevās augšupielādēt. Lūdzu, pārbaudiet savienojumu un mēģiniet vēlreiz.",
    upload_refused: "Fotoattēls netika pieņemts. Lūdzu, uzņemiet vai izvēlieties citu.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kamera nav atļauta",
        CameraProblem::NoCamera => "Kamera nav atrasta",
        CameraProblem::Busy => "Kamera jau tiek izmantota",
        CameraProblem::Insecure => "Kamerai nepieciešams drošs savienojums",
        CameraProblem::Blocked => "Šī vietne šeit nedrīkst izmantot kameru",
        CameraProblem::InAppBrowser => "Šīs lietotnes pārlūks nevar izmantot kameru",
        CameraProblem::Virtual => "Izvēlēta virtuāla kamera",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Šai lapai nav atļauts izmantot kameru. Atļaujiet to ar kameras simbolu adreses joslā un mēģiniet vēlreiz vai arī augšupielādējiet fotoattēlu."
        }
        CameraProblem::NoCamera => "Šai ierīcei nav kameras, ko mēs varētu izmantot. Augšupielādējiet fotoattēlu vai turpiniet tālrunī.",
        CameraProblem::Busy => {
            "Kameru izmanto cita lietotne, piemēram, videozvans. Aizveriet to un mēģiniet vēlreiz vai augšupielādējiet fotoattēlu."
        }
        CameraProblem::Insecure => {
            "Pārlūkprogrammas ļauj izmantot kameru tikai lapām ar drošu (https) savienojumu. Augšupielādējiet fotoattēlu vai turpiniet tālrunī."
        }
        CameraProblem::Blocked => {
            "Vietne, kurā šī lapa tiek rādīta, neļauj tai izmantot kameru. Augšupielādējiet fotoattēlu vai turpiniet tālrunī."
        }
        CameraProblem::InAppBrowser => "Jūs atvērāt šo lapu citā lietotnē, kuras iebūvētais pārlūks parasti nerāda kameras attēlu. Atveriet to savā pārlūkprogrammā (Chrome, Safari, Firefox…), izmantojot tālāk norādīto saiti, augšupielādējiet fotoattēlu vai turpiniet citā tālrunī.",
        CameraProblem::Virtual => "Pārlūkprogramma izmanto virtuālu kameru (programmatūru, piemēram, OBS vai ManyCam), nevis īstu. Pārlūkprogrammas iestatījumos izvēlieties savas ierīces īsto kameru un mēģiniet vēlreiz vai augšupielādējiet fotoattēlu.",
    }
    },
    camera_retry: "Vēlreiz izmēģināt kameru",
    use_upload: "Augšupielādēt fotoattēlu",
    use_camera: "Izmantot kameru",
    file_label: "Izvēlēties fotoattēlu",
    file_hint: "JPEG vai PNG attēls, ne lielāks par 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Šis fails nav JPEG vai PNG attēls. Lūdzu, izvēlieties fotoattēlu.",
        FileProblem::TooLarge => "Šis fails ir lielāks par 25 MB. Lūdzu, izvēlieties mazāku fotoattēlu.",
        FileProblem::Unreadable => "Šo failu nevar atvērt kā attēlu. Lūdzu, izvēlieties citu fotoattēlu.",
    },
    handoff_heading: "Turpināt tālrunī",
    handoff_intro: "Uzņemiet fotoattēlus ar tālruņa kameru. Šī lapa pati pāries tālāk, tiklīdz tie būs saņemti.",
    handoff_show: "Parādīt QR kodu tālrunim",
    qr_label: "QR kods ar saiti Jūsu tālrunim",
    handoff_once: "Noskenējiet to ar tālruņa kameru. Saite darbojas vienu reizi 10 minūšu laikā.",
    sms_send: "Nosūtīt saiti uz manu mobilo numuru",
    sms_sent: "Īsziņa nosūtīta. Atveriet saiti tālrunī.",
    handoff_failed: "Saiti tālrunim neizdevās izveidot. Lūdzu, mēģiniet vēlreiz.",
    sms_limit: "Šajā sesijā šodien vairs nevar nosūtīt īsziņas. Tā vietā parādiet QR kodu un noskenējiet to ar tālruni.",
    waiting_phone: "Gaidām fotoattēlus no Jūsu tālruņa…",
    all_received: "Visi fotoattēli ir saņemti.",
    phone_title: "Fotoattēli Jūsu identifikācijai",
    phone_done: "Varat turpināt datorā.",
    phone_link_expired: "Šīs saites derīgums ir beidzies, vai tā jau ir izmantota. Parādiet jaunu QR kodu datorā.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Lai to atļautu: noklikšķiniet uz kameras vai iestatījumu simbola adreses joslas kreisajā pusē, kamerai iestatiet „Atļaut” un mēģiniet vēlreiz.",
        BrowserFamily::ChromeAndroid => "Lai to atļautu: pieskarieties iestatījumu simbolam adreses joslas kreisajā pusē, pēc tam „Atļaujas”, un ieslēdziet kameru. Pēc tam mēģiniet vēlreiz.",
        BrowserFamily::SafariIos => "Lai to atļautu: adreses joslā pieskarieties aA, pēc tam „Vietnes iestatījumi”, un kamerai iestatiet „Atļaut”. Ja kamera joprojām ir izslēgta, atveriet Iestatījumus, izvēlieties savu pārlūkprogrammu un ieslēdziet kameru.",
        BrowserFamily::SafariMac => "Lai to atļautu: Safari izvēlnē izvēlieties „Iestatījumi šai vietnei”, kamerai iestatiet „Atļaut” un mēģiniet vēlreiz.",
        BrowserFamily::Firefox => "Lai to atļautu: noklikšķiniet uz pārsvītrotā kameras simbola adreses joslā, noņemiet bloķējumu un mēģiniet vēlreiz.",
        BrowserFamily::Other => "Lai to atļautu: atveriet pārlūkprogrammas iestatījumus šai vietnei, atļaujiet kameru un mēģiniet vēlreiz.",
    },
    browser_link: "Saņemt saiti atvēršanai pārlūkā",
    browser_link_label: "Saite Jūsu pārlūkprogrammai",
    browser_link_hint: "Nokopējiet to, atveriet pārlūkprogrammu un ielīmējiet adreses joslā. Saite darbojas vienu reizi 10 minūšu laikā.",
    copy_link: "Kopēt saiti",
    link_copied: "Saite nokopēta.",
    open_in_chrome: "Atvērt pārlūkā Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Turiet dokumentu nekustīgi rāmī.",
        Hold::Mrz => "Turiet rāmī visu dokumentu, arī apakšā esošās rindas ar burtiem un simboliem „<”.",
    },
    countdown_started: "Nekustieties: fotoattēls tiks uzņemts automātiski pēc 3 sekundēm.",
    countdown: |n| format!("Foto pēc {n}"),
    mrz_expired_title: "Šī dokumenta derīgums ir beidzies",
    mrz_expired_text: "Tā derīguma termiņš ir pagājis, un dokumenti ar beigušos derīgumu netiek pieņemti. Lūdzu, nofotografējiet derīgu personu apliecinošu dokumentu.",
    mrz_differs_title: "Dokuments neatbilst Jūsu datiem",
    mrz_differs_text: "Dokumentā norādītais atšķiras no tā, ko ievadījāt šajos laukos. Uzņemiet fotoattēlu vēlreiz, ja tas nav skaidrs, vai izlabojiet savus datus.",
    mrz_field: |field| match field {
        MrzField::LastName => "Uzvārds",
        MrzField::FirstName => "Vārdi",
        MrzField::BirthDate => "Dzimšanas datums",
        MrzField::Nationality => "Pilsonība",
        MrzField::DocumentNumber => "Dokumenta numurs",
    },
    correct_details: "Labot manus datus",
};
