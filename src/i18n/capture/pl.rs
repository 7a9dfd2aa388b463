//! Polish texts of the capture step (formal: impersonal forms and "Prosimy …", as Polish banks write).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Jaki dokument zostanie sfotografowany?",
    document_why: "Dowód osobisty fotografuje się z obu stron, paszport na stronie ze zdjęciem. Prosimy mieć go pod ręką; potem zostanie zrobione selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Prosimy sfotografować przód dokumentu",
        CaptureSlot::DocumentBack => "Prosimy sfotografować tył dokumentu",
        CaptureSlot::Selfie => "Prosimy zrobić selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Prosimy położyć dokument na ciemnej, jednolitej powierzchni i zmieścić go w ramce. Wszystkie cztery rogi powinny być widoczne."
        }
        CaptureSlot::Selfie => {
            "Prosimy patrzeć prosto w kamerę; cała twarz powinna być w ramce i niczym niezasłonięta."
        }
    },
    photo_of: |n, total| format!("Zdjęcie {n} z {total}"),
    camera_starting: "Uruchamianie kamery…",
    camera_label: "Obraz z kamery",
    shutter: "Zrób zdjęcie",
    preview_label: "Zdjęcie",
    retake: "Powtórz",
    use_photo: "Użyj tego zdjęcia",
    looks_good: "Prosimy sprawdzić, czy wszystkie dane są ostre i czytelne, a następnie użyć zdjęcia.",
    quality_refused: "Tego zdjęcia nie można użyć",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Jest za ciemno. Prosimy przejść w jaśniejsze miejsce lub włączyć światło i unikać cieni.",
        QualityIssue::Blurred => "Obraz jest nieostry. Prosimy trzymać aparat nieruchomo i poczekać, aż tekst będzie ostry.",
        QualityIssue::Glare => {
            "Odblask zasłania część obrazu. Prosimy lekko przechylić dokument lub odsunąć się od bezpośredniego światła."
        }
    },
    uploading: "Przesyłanie zdjęcia",
    upload_failed: "Nie udało się przesłać zdjęcia. Prosimy sprawdzić połączenie i spróbować ponownie.",
    upload_refused: "Zdjęcie nie zostało przyjęte. Prosimy zrobić lub wybrać inne.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Brak zgody na użycie kamery",
        CameraProblem::NoCamera => "Nie znaleziono kamery",
        CameraProblem::Busy => "Kamera jest używana",
        CameraProblem::Insecure => "Kamera wymaga bezpiecznego połączenia",
        CameraProblem::Blocked => "Ta witryna nie może tu używać kamery",
        CameraProblem::InAppBrowser => "Przeglądarka tej aplikacji nie obsługuje kamery",
        CameraProblem::Virtual => "Wybrano kamerę wirtualną",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Ta strona nie ma zgody na używanie kamery. Prosimy zezwolić na to za pomocą ikony kamery na pasku adresu i spróbować ponownie albo przesłać zdjęcie."
        }
        CameraProblem::NoCamera => "To urządzenie nie ma kamery, której możemy użyć. Prosimy przesłać zdjęcie lub kontynuować na telefonie.",
        CameraProblem::Busy => {
            "Kamery używa inna aplikacja, np. rozmowa wideo. Prosimy ją zamknąć i spróbować ponownie albo przesłać zdjęcie."
        }
        CameraProblem::Insecure => {
            "Przeglądarki udostępniają kamerę tylko stronom z bezpiecznym połączeniem (https). Prosimy przesłać zdjęcie lub kontynuować na telefonie."
        }
        CameraProblem::Blocked => {
            "Witryna, która wyświetla tę stronę, nie pozwala jej używać kamery. Prosimy przesłać zdjęcie lub kontynuować na telefonie."
        }
        CameraProblem::InAppBrowser => "Ta strona została otwarta w innej aplikacji, której wbudowana przeglądarka zwykle nie pokazuje obrazu z kamery. Prosimy otworzyć ją w przeglądarce (Chrome, Safari, Firefox…) za pomocą linku poniżej, przesłać zdjęcie lub kontynuować na innym telefonie.",
        CameraProblem::Virtual => "Przeglądarka używa kamery wirtualnej (oprogramowania takiego jak OBS lub ManyCam) zamiast prawdziwej. Prosimy wybrać prawdziwą kamerę urządzenia w ustawieniach przeglądarki i spróbować ponownie albo przesłać zdjęcie.",
    }
    },
    camera_retry: "Ponów próbę z kamerą",
    use_upload: "Prześlij zdjęcie",
    use_camera: "Użyj kamery",
    file_label: "Wybierz zdjęcie",
    file_hint: "Plik JPEG lub PNG, maksymalnie 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Ten plik nie jest obrazem JPEG ani PNG. Prosimy wybrać zdjęcie.",
        FileProblem::TooLarge => "Ten plik jest większy niż 25 MB. Prosimy wybrać mniejsze zdjęcie.",
        FileProblem::Unreadable => "Tego pliku nie można otworzyć jako obrazu. Prosimy wybrać inne zdjęcie.",
    },
    handoff_heading: "Kontynuacja na telefonie",
    handoff_intro: "Prosimy zrobić zdjęcia aparatem telefonu. Ta strona przejdzie dalej automatycznie, gdy zdjęcia dotrą.",
    handoff_show: "Pokaż kod QR dla telefonu",
    qr_label: "Kod QR z linkiem dla telefonu",
    handoff_once: "Prosimy zeskanować go aparatem telefonu. Link działa jednorazowo przez 10 minut.",
    sms_send: "Wyślij link na mój numer komórkowy",
    sms_sent: "SMS został wysłany. Prosimy otworzyć link na telefonie.",
    handoff_failed: "Nie udało się utworzyć linku dla telefonu. Prosimy spróbować ponownie.",
    sms_limit: "W tej sesji nie można dziś wysłać więcej SMS-ów. Prosimy zamiast tego wyświetlić kod QR i zeskanować go telefonem.",
    waiting_phone: "Oczekiwanie na zdjęcia z telefonu…",
    all_received: "Otrzymano wszystkie zdjęcia.",
    phone_title: "Zdjęcia do identyfikacji",
    phone_done: "Można kontynuować na komputerze.",
    phone_link_expired: "Ten link wygasł lub został już użyty. Prosimy wyświetlić nowy kod QR na komputerze.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Aby zezwolić: prosimy kliknąć ikonę kamery lub ustawień po lewej stronie paska adresu, ustawić Kamera na Zezwalaj i spróbować ponownie.",
        BrowserFamily::ChromeAndroid => "Aby zezwolić: prosimy dotknąć ikony ustawień po lewej stronie paska adresu, następnie Uprawnienia, i włączyć Kamera. Potem prosimy spróbować ponownie.",
        BrowserFamily::SafariIos => "Aby zezwolić: prosimy dotknąć aA na pasku adresu, następnie Ustawienia witryny, i ustawić Kamera na Pozwalaj. Jeśli dostęp nadal jest wyłączony, prosimy otworzyć Ustawienia, wybrać przeglądarkę i włączyć Kamera.",
        BrowserFamily::SafariMac => "Aby zezwolić: prosimy wybrać w menu Safari Ustawienia dla tej witryny, ustawić Kamera na Pozwalaj i spróbować ponownie.",
        BrowserFamily::Firefox => "Aby zezwolić: prosimy kliknąć przekreśloną ikonę kamery na pasku adresu, usunąć blokadę i spróbować ponownie.",
        BrowserFamily::Other => "Aby zezwolić: prosimy otworzyć ustawienia przeglądarki dla tej witryny, zezwolić na użycie kamery i spróbować ponownie.",
    },
    browser_link: "Uzyskaj link do otwarcia w przeglądarce",
    browser_link_label: "Link dla przeglądarki",
    browser_link_hint: "Prosimy go skopiować, otworzyć przeglądarkę i wkleić go w pasek adresu. Działa jednorazowo przez 10 minut.",
    copy_link: "Kopiuj link",
    link_copied: "Skopiowano link.",
    open_in_chrome: "Otwórz w Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Prosimy trzymać dokument nieruchomo w ramce.",
        Hold::Mrz => "Cały dokument, łącznie z wierszami liter i znaków < na dole, powinien być w ramce.",
    },
    countdown_started: "Prosimy się nie ruszać: zdjęcie zostanie zrobione automatycznie za 3 sekundy.",
    countdown: |n| format!("Zdjęcie za {n}"),
    mrz_expired_title: "Ten dokument jest nieważny",
    mrz_expired_text: "Jego termin ważności upłynął, a nieważne dokumenty nie są akceptowane. Prosimy sfotografować ważny dokument tożsamości.",
    mrz_differs_title: "Dokument nie zgadza się z podanymi danymi",
    mrz_differs_text: "Dane w dokumencie różnią się od wpisanych w tych polach. Prosimy powtórzyć zdjęcie, jeśli jest niewyraźne, lub poprawić dane.",
    mrz_field: |field| match field {
        MrzField::LastName => "Nazwisko",
        MrzField::FirstName => "Imiona",
        MrzField::BirthDate => "Data urodzenia",
        MrzField::Nationality => "Obywatelstwo",
        MrzField::DocumentNumber => "Numer dokumentu",
    },
    correct_details: "Popraw dane",
};
