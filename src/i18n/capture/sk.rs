//! Slovak texts of the capture step (formal vykanie).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Ktorý doklad budete fotografovať?",
    document_why: "Občiansky preukaz sa fotografuje z oboch strán, cestovný pas na strane s fotografiou. Majte ho poruke; potom nasleduje selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Odfotografujte prednú stranu dokladu",
        CaptureSlot::DocumentBack => "Odfotografujte zadnú stranu dokladu",
        CaptureSlot::Selfie => "Urobte si selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Položte doklad na tmavý, jednofarebný povrch a umiestnite ho do rámčeka. Všetky štyri rohy musia byť viditeľné."
        }
        CaptureSlot::Selfie => {
            "Pozerajte sa priamo do kamery; celá tvár musí byť v rámčeku a nič ju nesmie zakrývať."
        }
    },
    photo_of: |n, total| format!("Fotografia {n} z {total}"),
    camera_starting: "Spúšťa sa kamera…",
    camera_label: "Obraz z kamery",
    shutter: "Odfotiť",
    preview_label: "Vaša fotografia",
    retake: "Odfotiť znova",
    use_photo: "Použiť túto fotografiu",
    looks_good: "Skontrolujte, či sú všetky údaje ostré a čitateľné, a potom fotografiu použite.",
    quality_refused: "Túto fotografiu nemožno použiť",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Je príliš tma. Presuňte sa na svetlejšie miesto alebo zapnite svetlo a vyhnite sa tieňom.",
        QualityIssue::Blurred => "Obraz je rozmazaný. Držte fotoaparát pokojne a počkajte, kým bude text ostrý.",
        QualityIssue::Glare => {
            "Odlesk zakrýva časť obrazu. Doklad mierne nakloňte alebo sa vzdiaľte od priameho svetla."
        }
    },
    uploading: "Nahráva sa fotografia",
    upload_failed: "Fotografiu sa nepodarilo nahrať. Skontrolujte, prosím, pripojenie a skúste to znova.",
    upload_refused: "Fotografia nebola prijatá. Odfotografujte alebo vyberte, prosím, inú.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kamera nie je povolená",
        CameraProblem::NoCamera => "Nenašla sa žiadna kamera",
        CameraProblem::Busy => "Kamera sa práve používa",
        CameraProblem::Insecure => "Kamera vyžaduje zabezpečené pripojenie",
        CameraProblem::Blocked => "Tento web tu nesmie používať kameru",
        CameraProblem::InAppBrowser => "Prehliadač tejto aplikácie nemôže použiť kameru",
        CameraProblem::Virtual => "Je vybraná virtuálna kamera",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Tejto stránke ste nepovolili používať kameru. Povoľte ju ikonou kamery v paneli s adresou a skúste to znova, alebo namiesto toho nahrajte fotografiu."
        }
        CameraProblem::NoCamera => "Toto zariadenie nemá kameru, ktorú by sme mohli použiť. Nahrajte fotografiu alebo pokračujte v telefóne.",
        CameraProblem::Busy => {
            "Kameru používa iná aplikácia, napríklad videohovor. Zatvorte ju a skúste to znova, alebo nahrajte fotografiu."
        }
        CameraProblem::Insecure => {
            "Prehliadače sprístupňujú kameru len stránkam so zabezpečeným pripojením (https). Nahrajte fotografiu alebo pokračujte v telefóne."
        }
        CameraProblem::Blocked => {
            "Web, ktorý túto stránku zobrazuje, jej nedovoľuje používať kameru. Nahrajte fotografiu alebo pokračujte v telefóne."
        }
        CameraProblem::InAppBrowser => "Túto stránku ste otvorili v inej aplikácii, ktorej vstavaný prehliadač zvyčajne nezobrazuje obraz z kamery. Otvorte ju pomocou odkazu nižšie vo svojom prehliadači (Chrome, Safari, Firefox…), nahrajte fotografiu alebo pokračujte v inom telefóne.",
        CameraProblem::Virtual => "Prehliadač používa virtuálnu kameru (softvér ako OBS alebo ManyCam) namiesto skutočnej. V nastaveniach prehliadača vyberte skutočnú kameru svojho zariadenia a skúste to znova, alebo nahrajte fotografiu.",
    }
    },
    camera_retry: "Skúsiť kameru znova",
    use_upload: "Radšej nahrať fotografiu",
    use_camera: "Radšej použiť kameru",
    file_label: "Vybrať fotografiu",
    file_hint: "Obrázok JPEG alebo PNG, najviac 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Tento súbor nie je obrázok JPEG ani PNG. Vyberte, prosím, fotografiu.",
        FileProblem::TooLarge => "Tento súbor je väčší ako 25 MB. Vyberte, prosím, menšiu fotografiu.",
        FileProblem::Unreadable => "Tento súbor sa nedá otvoriť ako obrázok. Vyberte, prosím, inú fotografiu.",
    },
    handoff_heading: "Pokračovať v telefóne",
    handoff_intro: "Fotografie urobte fotoaparátom svojho telefónu. Hneď ako prídu, táto stránka sama prejde ďalej.",
    handoff_show: "Zobraziť QR kód pre môj telefón",
    qr_label: "QR kód s odkazom pre váš telefón",
    handoff_once: "Naskenujte ho fotoaparátom telefónu. Odkaz funguje raz, počas 10 minút.",
    sms_send: "Poslať odkaz na moje mobilné číslo",
    sms_sent: "SMS bola odoslaná. Otvorte odkaz v telefóne.",
    handoff_failed: "Odkaz pre váš telefón sa nepodarilo vytvoriť. Skúste to, prosím, znova.",
    sms_limit: "Pre túto reláciu dnes už nemožno poslať ďalšie SMS. Zobrazte namiesto toho QR kód a naskenujte ho telefónom.",
    waiting_phone: "Čakáme na fotografie z vášho telefónu…",
    all_received: "Všetky fotografie sú prijaté.",
    phone_title: "Fotografie na vašu identifikáciu",
    phone_done: "Môžete pokračovať na počítači.",
    phone_link_expired: "Platnosť tohto odkazu vypršala alebo už bol použitý. Zobrazte si na počítači nový QR kód.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Ako ju povoliť: kliknite vľavo v paneli s adresou na ikonu kamery alebo nastavení, pri kamere nastavte Povoliť a skúste to znova.",
        BrowserFamily::ChromeAndroid => "Ako ju povoliť: ťuknite vľavo v paneli s adresou na ikonu nastavení, potom na Povolenia, a zapnite kameru. Potom to skúste znova.",
        BrowserFamily::SafariIos => "Ako ju povoliť: ťuknite v paneli s adresou na aA, potom na Nastavenia webovej stránky, a pri kamere nastavte Povoliť. Ak zostane vypnutá, otvorte Nastavenia, vyberte svoj prehliadač a zapnite kameru.",
        BrowserFamily::SafariMac => "Ako ju povoliť: v ponuke Safari vyberte Nastavenia pre tento web, pri kamere nastavte Povoliť a skúste to znova.",
        BrowserFamily::Firefox => "Ako ju povoliť: kliknite na prečiarknutú ikonu kamery v paneli s adresou, zrušte blokovanie a skúste to znova.",
        BrowserFamily::Other => "Ako ju povoliť: otvorte nastavenia prehliadača pre tento web, povoľte kameru a skúste to znova.",
    },
    browser_link: "Získať odkaz na otvorenie v prehliadači",
    browser_link_label: "Odkaz pre váš prehliadač",
    browser_link_hint: "Skopírujte ho, otvorte prehliadač a vložte ho do panela s adresou. Funguje raz, počas 10 minút.",
    copy_link: "Kopírovať odkaz",
    link_copied: "Odkaz bol skopírovaný.",
    open_in_chrome: "Otvoriť v Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Držte doklad v rámčeku bez pohybu.",
        Hold::Mrz => "Majte v rámčeku celý doklad vrátane riadkov s písmenami a znakmi < v spodnej časti.",
    },
    countdown_started: "Nehýbte sa: fotografia sa automaticky urobí o 3 sekundy.",
    countdown: |n| format!("Fotografia o {n}"),
    mrz_expired_title: "Platnosť tohto dokladu skončila",
    mrz_expired_text: "Doklad je po dátume platnosti a neplatné doklady neprijímame. Odfotografujte, prosím, platný doklad totožnosti.",
    mrz_differs_title: "Doklad nezodpovedá vašim údajom",
    mrz_differs_text: "Údaje v doklade sa v týchto poliach líšia od toho, čo ste zadali. Ak je fotografia nezreteľná, odfotografujte ju znova, alebo opravte svoje údaje.",
    mrz_field: |field| match field {
        MrzField::LastName => "Priezvisko",
        MrzField::FirstName => "Mená",
        MrzField::BirthDate => "Dátum narodenia",
        MrzField::Nationality => "Štátne občianstvo",
        MrzField::DocumentNumber => "Číslo dokladu",
    },
    correct_details: "Opraviť moje údaje",
};
