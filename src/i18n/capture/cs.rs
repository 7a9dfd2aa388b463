//! Czech texts of the capture step (formal vykání).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Jaký doklad budete fotografovat?",
    document_why: "Občanský průkaz se fotografuje z obou stran, cestovní pas na straně s fotografií. Mějte ho po ruce; následuje selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Vyfotografujte přední stranu dokladu",
        CaptureSlot::DocumentBack => "Vyfotografujte zadní stranu dokladu",
        CaptureSlot::Selfie => "Pořiďte selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Položte doklad na tmavý, jednobarevný povrch a umístěte ho do rámečku. Musí být vidět všechny čtyři rohy."
        }
        CaptureSlot::Selfie => {
            "Dívejte se přímo do kamery; celý obličej musí být v rámečku a nic ho nesmí zakrývat."
        }
    },
    photo_of: |n, total| format!("Fotografie {n} z {total}"),
    camera_starting: "Spouštíme kameru…",
    camera_label: "Obraz z kamery",
    shutter: "Vyfotit",
    preview_label: "Vaše fotografie",
    retake: "Vyfotit znovu",
    use_photo: "Použít tuto fotografii",
    looks_good: "Zkontrolujte, že jsou všechny údaje ostré a čitelné, a pak fotografii použijte.",
    quality_refused: "Tuto fotografii nelze použít",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Je příliš tma. Přejděte na světlejší místo nebo rozsviťte a vyhněte se stínům.",
        QualityIssue::Blurred => "Obraz je rozmazaný. Držte fotoaparát v klidu a počkejte, až bude text ostrý.",
        QualityIssue::Glare => {
            "Odlesk zakrývá část obrazu. Doklad mírně nakloňte nebo se vzdalte od přímého světla."
        }
    },
    uploading: "Nahráváme fotografii",
    upload_failed: "Fotografii se nepodařilo nahrát. Zkontrolujte prosím připojení a zkuste to znovu.",
    upload_refused: "Fotografie nebyla přijata. Pořiďte nebo vyberte prosím jinou.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kamera není povolena",
        CameraProblem::NoCamera => "Nebyla nalezena žádná kamera",
        CameraProblem::Busy => "Kamera se právě používá",
        CameraProblem::Insecure => "Kamera vyžaduje zabezpečené připojení",
        CameraProblem::Blocked => "Tento web zde nesmí používat kameru",
        CameraProblem::InAppBrowser => "Prohlížeč této aplikace nemůže použít kameru",
        CameraProblem::Virtual => "Je vybrána virtuální kamera",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Tato stránka nemá povolení používat kameru. Povolte ho pomocí ikony kamery v adresním řádku a zkuste to znovu, nebo místo toho nahrajte fotografii."
        }
        CameraProblem::NoCamera => "Toto zařízení nemá kameru, kterou bychom mohli použít. Nahrajte fotografii, nebo pokračujte na telefonu.",
        CameraProblem::Busy => {
            "Kameru používá jiná aplikace, například videohovor. Zavřete ji a zkuste to znovu, nebo nahrajte fotografii."
        }
        CameraProblem::Insecure => {
            "Prohlížeče zpřístupňují kameru jen stránkám se zabezpečeným připojením (https). Nahrajte fotografii, nebo pokračujte na telefonu."
        }
        CameraProblem::Blocked => {
            "Web, který tuto stránku zobrazuje, jí nedovoluje používat kameru. Nahrajte fotografii, nebo pokračujte na telefonu."
        }
        CameraProblem::InAppBrowser => "Tato stránka je otevřená v jiné aplikaci, jejíž vestavěný prohlížeč obvykle nezobrazuje obraz z kamery. Otevřete ji pomocí odkazu níže ve svém prohlížeči (Chrome, Safari, Firefox…), nahrajte fotografii, nebo pokračujte na jiném telefonu.",
        CameraProblem::Virtual => "Prohlížeč používá virtuální kameru (software jako OBS nebo ManyCam) místo skutečné. V nastavení prohlížeče vyberte skutečnou kameru svého zařízení a zkuste to znovu, nebo nahrajte fotografii.",
    }
    },
    camera_retry: "Zkusit kameru znovu",
    use_upload: "Raději nahrát fotografii",
    use_camera: "Raději použít kameru",
    file_label: "Vybrat fotografii",
    file_hint: "Obrázek JPEG nebo PNG, nejvýše 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Tento soubor není obrázek JPEG ani PNG. Vyberte prosím fotografii.",
        FileProblem::TooLarge => "Tento soubor je větší než 25 MB. Vyberte prosím menší fotografii.",
        FileProblem::Unreadable => "Tento soubor nelze otevřít jako obrázek. Vyberte prosím jinou fotografii.",
    },
    handoff_heading: "Pokračovat na telefonu",
    handoff_intro: "Pořiďte fotografie fotoaparátem svého telefonu. Jakmile dorazí, tato stránka sama přejde dál.",
    handoff_show: "Zobrazit QR kód pro můj telefon",
    qr_label: "QR kód s odkazem pro váš telefon",
    handoff_once: "Naskenujte ho fotoaparátem telefonu. Odkaz funguje jednou, po dobu 10 minut.",
    sms_send: "Poslat odkaz na mé mobilní číslo",
    sms_sent: "SMS odeslána. Otevřete odkaz v telefonu.",
    handoff_failed: "Odkaz pro váš telefon se nepodařilo vytvořit. Zkuste to prosím znovu.",
    sms_limit: "Pro tuto relaci dnes již nelze poslat další SMS. Zobrazte místo toho QR kód a naskenujte ho telefonem.",
    waiting_phone: "Čekáme na fotografie z vašeho telefonu…",
    all_received: "Všechny fotografie byly přijaty.",
    phone_title: "Fotografie pro vaši identifikaci",
    phone_done: "Můžete pokračovat na počítači.",
    phone_link_expired: "Platnost tohoto odkazu vypršela nebo už byl použit. Zobrazte si na počítači nový QR kód.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Jak ji povolit: klikněte vlevo v adresním řádku na ikonu kamery nebo nastavení, u kamery nastavte Povolit a zkuste to znovu.",
        BrowserFamily::ChromeAndroid => "Jak ji povolit: klepněte vlevo v adresním řádku na ikonu nastavení, pak na Oprávnění, a zapněte kameru. Pak to zkuste znovu.",
        BrowserFamily::SafariIos => "Jak ji povolit: klepněte v adresním řádku na aA, pak na Nastavení webové stránky, a u kamery nastavte Povolit. Pokud zůstane vypnutá, otevřete Nastavení, vyberte svůj prohlížeč a zapněte kameru.",
        BrowserFamily::SafariMac => "Jak ji povolit: v nabídce Safari zvolte Nastavení pro tento web, u kamery nastavte Povolit a zkuste to znovu.",
        BrowserFamily::Firefox => "Jak ji povolit: klikněte na přeškrtnutou ikonu kamery v adresním řádku, zrušte blokování a zkuste to znovu.",
        BrowserFamily::Other => "Jak ji povolit: otevřete nastavení prohlížeče pro tento web, povolte kameru a zkuste to znovu.",
    },
    browser_link: "Získat odkaz pro otevření v prohlížeči",
    browser_link_label: "Odkaz pro váš prohlížeč",
    browser_link_hint: "Zkopírujte ho, otevřete prohlížeč a vložte ho do adresního řádku. Funguje jednou, po dobu 10 minut.",
    copy_link: "Kopírovat odkaz",
    link_copied: "Odkaz zkopírován.",
    open_in_chrome: "Otevřít v Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Držte doklad v rámečku bez pohybu.",
        Hold::Mrz => "Mějte v rámečku celý doklad včetně řádků s písmeny a znaky < ve spodní části.",
    },
    countdown_started: "Nehýbejte se: fotografie se automaticky pořídí za 3 sekundy.",
    countdown: |n| format!("Fotografie za {n}"),
    mrz_expired_title: "Platnost tohoto dokladu skončila",
    mrz_expired_text: "Doklad je po datu platnosti a neplatné doklady nepřijímáme. Vyfotografujte prosím platný doklad totožnosti.",
    mrz_differs_title: "Doklad neodpovídá vašim údajům",
    mrz_differs_text: "Údaje v dokladu se v těchto polích liší od zadaných údajů. Pokud je fotografie nezřetelná, pořiďte ji znovu, nebo své údaje opravte.",
    mrz_field: |field| match field {
        MrzField::LastName => "Příjmení",
        MrzField::FirstName => "Jména",
        MrzField::BirthDate => "Datum narození",
        MrzField::Nationality => "Státní občanství",
        MrzField::DocumentNumber => "Číslo dokladu",
    },
    correct_details: "Opravit mé údaje",
};
