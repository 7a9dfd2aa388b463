//! Croatian texts of the capture step (formal "vi"; buttons in the usual short command form).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Koji ćete dokument fotografirati?",
    document_why: "Osobna iskaznica fotografira se s obje strane, a putovnica na stranici s fotografijom. Držite dokument pri ruci; zatim slijedi selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Fotografirajte prednju stranu dokumenta",
        CaptureSlot::DocumentBack => "Fotografirajte stražnju stranu dokumenta",
        CaptureSlot::Selfie => "Snimite selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Položite dokument na tamnu, jednobojnu podlogu i smjestite ga unutar okvira. Sva četiri kuta moraju biti vidljiva."
        }
        CaptureSlot::Selfie => {
            "Gledajte ravno u kameru; cijelo lice mora biti unutar okvira i ništa ga ne smije prekrivati."
        }
    },
    photo_of: |n, total| format!("Fotografija {n} od {total}"),
    camera_starting: "Pokretanje kamere…",
    camera_label: "Slika kamere",
    shutter: "Fotografiraj",
    preview_label: "Vaša fotografija",
    retake: "Snimi ponovno",
    use_photo: "Upotrijebi ovu fotografiju",
    looks_good: "Provjerite jesu li svi podaci oštri i čitljivi, a zatim upotrijebite fotografiju.",
    quality_refused: "Ovu fotografiju nije moguće upotrijebiti",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Pretamno je. Prijeđite na svjetlije mjesto ili upalite svjetlo i izbjegavajte sjene.",
        QualityIssue::Blurred => "Slika je mutna. Držite kameru mirno i pričekajte da tekst postane oštar.",
        QualityIssue::Glare => {
            "Odsjaj prekriva dio slike. Malo nagnite dokument ili se odmaknite od izravnog svjetla."
        }
    },
    uploading: "Prijenos fotografije",
    upload_failed: "Fotografiju nije bilo moguće prenijeti. Provjerite vezu i pokušajte ponovno.",
    upload_refused: "Fotografija nije prihvaćena. Snimite ili odaberite drugu.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Kamera nije dopuštena",
        CameraProblem::NoCamera => "Kamera nije pronađena",
        CameraProblem::Busy => "Kamera se već upotrebljava",
        CameraProblem::Insecure => "Kamera zahtijeva sigurnu vezu",
        CameraProblem::Blocked => "Ova web-stranica ovdje ne smije upotrebljavati kameru",
        CameraProblem::InAppBrowser => "Preglednik ove aplikacije ne može upotrijebiti kameru",
        CameraProblem::Virtual => "Odabrana je virtualna kamera",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Ovoj stranici niste dopustili upotrebu kamere. Dopustite je putem ikone kamere u adresnoj traci i pokušajte ponovno ili umjesto toga prenesite fotografiju."
        }
        CameraProblem::NoCamera => "Ovaj uređaj nema kameru koju možemo upotrijebiti. Prenesite fotografiju ili nastavite na telefonu.",
        CameraProblem::Busy => {
            "Kameru upotrebljava druga aplikacija, primjerice videopoziv. Zatvorite je i pokušajte ponovno ili prenesite fotografiju."
        }
        CameraProblem::Insecure => {
            "Preglednici daju pristup kameri samo stranicama sa sigurnom vezom (https). Prenesite fotografiju ili nastavite na telefonu."
        }
        CameraProblem::Blocked => {
            "Web-stranica koja prikazuje ovu stranicu ne dopušta joj upotrebu kamere. Prenesite fotografiju ili nastavite na telefonu."
        }
        CameraProblem::InAppBrowser => "Ovu ste stranicu otvorili u drugoj aplikaciji čiji ugrađeni preglednik obično ne prikazuje sliku kamere. Otvorite je u svojem pregledniku (Chrome, Safari, Firefox…) putem poveznice u nastavku, prenesite fotografiju ili nastavite na drugom telefonu.",
        CameraProblem::Virtual => "Preglednik upotrebljava virtualnu kameru (softver kao što su OBS ili ManyCam) umjesto stvarne. U postavkama preglednika odaberite stvarnu kameru svojeg uređaja i pokušajte ponovno ili prenesite fotografiju.",
    }
    },
    camera_retry: "Ponovno pokušaj s kamerom",
    use_upload: "Radije prenesi fotografiju",
    use_camera: "Radije upotrijebi kameru",
    file_label: "Odaberi fotografiju",
    file_hint: "Slika u formatu JPEG ili PNG, najviše 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Ova datoteka nije slika u formatu JPEG ili PNG. Odaberite fotografiju.",
        FileProblem::TooLarge => "Ova je datoteka veća od 25 MB. Odaberite manju fotografiju.",
        FileProblem::Unreadable => "Ovu datoteku nije moguće otvoriti kao sliku. Odaberite drugu fotografiju.",
    },
    handoff_heading: "Nastavak na telefonu",
    handoff_intro: "Snimite fotografije kamerom telefona. Ova će stranica sama nastaviti čim stignu.",
    handoff_show: "Prikaži QR kôd za moj telefon",
    qr_label: "QR kôd s poveznicom za vaš telefon",
    handoff_once: "Skenirajte ga kamerom telefona. Poveznica vrijedi jednom, 10 minuta.",
    sms_send: "Pošalji poveznicu na moj broj mobitela",
    sms_sent: "SMS je poslan. Otvorite poveznicu na telefonu.",
    handoff_failed: "Poveznicu za vaš telefon nije bilo moguće izraditi. Pokušajte ponovno.",
    sms_limit: "Za ovu sesiju danas više nije moguće poslati SMS poruke. Umjesto toga prikažite QR kôd i skenirajte ga telefonom.",
    waiting_phone: "Čekamo fotografije s vašeg telefona…",
    all_received: "Sve su fotografije primljene.",
    phone_title: "Fotografije za vašu identifikaciju",
    phone_done: "Možete nastaviti na računalu.",
    phone_link_expired: "Ova je poveznica istekla ili je već iskorištena. Prikažite novi QR kôd na računalu.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Kako je dopustiti: kliknite ikonu kamere ili postavki lijevo u adresnoj traci, za kameru postavite Dopusti i pokušajte ponovno.",
        BrowserFamily::ChromeAndroid => "Kako je dopustiti: dodirnite ikonu postavki lijevo u adresnoj traci, zatim Dopuštenja, i uključite kameru. Zatim pokušajte ponovno.",
        BrowserFamily::SafariIos => "Kako je dopustiti: u adresnoj traci dodirnite aA, zatim Postavke web-stranice, i za kameru postavite Dopusti. Ako ostane isključena, otvorite Postavke, odaberite svoj preglednik i uključite kameru.",
        BrowserFamily::SafariMac => "Kako je dopustiti: u izborniku Safari odaberite Postavke za ovu web-stranicu, za kameru postavite Dopusti i pokušajte ponovno.",
        BrowserFamily::Firefox => "Kako je dopustiti: kliknite prekriženu ikonu kamere u adresnoj traci, uklonite blokadu i pokušajte ponovno.",
        BrowserFamily::Other => "Kako je dopustiti: otvorite postavke preglednika za ovu web-stranicu, dopustite kameru i pokušajte ponovno.",
    },
    browser_link: "Dohvati poveznicu za preglednik",
    browser_link_label: "Poveznica za vaš preglednik",
    browser_link_hint: "Kopirajte je, otvorite preglednik i zalijepite je u adresnu traku. Vrijedi jednom, 10 minuta.",
    copy_link: "Kopiraj poveznicu",
    link_copied: "Poveznica je kopirana.",
    open_in_chrome: "Otvori u pregledniku Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Držite dokument mirno unutar okvira.",
        Hold::Mrz => "Držite cijeli dokument unutar okvira, uključujući retke sa slovima i znakovima < pri dnu.",
    },
    countdown_started: "Ne mičite se: fotografija će se automatski snimiti za 3 sekunde.",
    countdown: |n| format!("Fotografija za {n}"),
    mrz_expired_title: "Ovaj je dokument istekao",
    mrz_expired_text: "Rok valjanosti je prošao, a istekli dokumenti ne prihvaćaju se. Fotografirajte važeći osobni dokument.",
    mrz_differs_title: "Dokument ne odgovara vašim podacima",
    mrz_differs_text: "Ono što piše u dokumentu razlikuje se od onoga što ste upisali u ova polja. Ako je fotografija nejasna, snimite je ponovno ili ispravite svoje podatke.",
    mrz_field: |field| match field {
        MrzField::LastName => "Prezime",
        MrzField::FirstName => "Imena",
        MrzField::BirthDate => "Datum rođenja",
        MrzField::Nationality => "Državljanstvo",
        MrzField::DocumentNumber => "Broj dokumenta",
    },
    correct_details: "Ispravi moje podatke",
};
