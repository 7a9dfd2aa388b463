//! Hungarian texts of the account steps (formal "Ön").

use super::AccountTextsSource;
use kyc_core::account::{AccountStatus, DiligenceKind, DiligenceState};
use kyc_core::Plural;

pub(super) const TEXTS: AccountTextsSource = AccountTextsSource {
    identity_title: "Személyazonosság igazolása",
    identity_intro: "Válassza ki, hogyan szeretné igazolni személyazonosságát. Amíg ellenőrizzük, folytathatja a többi lépéssel.",
    method_legend: "Hogyan szeretné igazolni személyazonosságát?",
    method_facial: "Arcfelismerés",
    method_facial_hint: "Mutassa be személyazonosító okmányát, és rögzítsen egy rövid szelfivideót. Az ellenőrzés 3–6 percig tart.",
    method_transfer: "Azonnali átutalás",
    method_transfer_hint: "Utaljon egy kis összeget egy saját nevére szóló számláról egy Önnek fenntartott IBAN-számlaszámra.",
    frame_title: "Arcfelismerés",
    frame_closed: "Köszönjük. Befejezte az arcfelismerést; az eredmény az utolsó oldalon jelenik meg.",
    transfer_intro: "Küldjön azonnali átutalást egy saját nevére szóló számláról erre a számlára:",
    iban: "IBAN",
    bic: "BIC",
    // Hungarian keeps the noun singular after a number: both categories read the same.
    max_amount: |plural, euros| match plural {
        Plural::One => format!("Legfeljebb {euros} eurót utaljon: a nagyobb összegű átutalásokat elutasítjuk."),
        _ => format!("Legfeljebb {euros} eurót utaljon: a nagyobb összegű átutalásokat elutasítjuk."),
    },
    activation_heading: "Folytatás a telefonon",
    activation_intro: "Az arcfelismerés a telefonján történik: olvassa be ezt a QR-kódot a bankja alkalmazásával vagy az Xpollens Authenticator alkalmazással, vagy írja be az aktiválási kódot az alkalmazásba. Ezután kövesse az alkalmazás utasításait.",
    qr_label: "QR-kód az aktiválási kódjával",
    activation_code: "Aktiválási kód",
    activation_waiting: "Aktiválási kódját előkészítjük; hamarosan itt jelenik meg.",
    declaration_title: "Adatai megerősítése",
    declaration_intro: "A megadott adatait (elérhetőség és cím) elküldjük a számláját megnyitó banknak.",
    declaration_send: "Adataim megerősítése és elküldése",
    tax_title: "Adóügyi illetőség",
    tax_intro: "A banknak tudnia kell, hol adózik, és hogy Ön amerikai személynek (US person) minősül-e.",
    us_person: "Ön amerikai állampolgár, vagy az Egyesült Államokban adóügyi illetőséggel rendelkezik?",
    yes: "Igen",
    no: "Nem",
    tax_country: "Adóügyi illetőség országa",
    tin: "Adóazonosító jel",
    tin_hint: "Csak akkor hagyja üresen, ha az Ön országa nem ad ki ilyet.",
    tin_required: "Adja meg adóazonosító jelét: ez az ország kiad ilyet, és a banknak szüksége van rá.",
    tax_send: "Adóadataim elküldése",
    terms_title: "Számlafeltételek",
    terms_intro: "Olvassa el a fizetési számla szerződési feltételeit, mielőtt elfogadja őket.",
    terms_checkbox: "Elolvastam és elfogadom a fizetési számla szerződési feltételeit.",
    terms_accept: "Feltételek elfogadása",
    terms_required: "A feltételek elfogadásához jelölje be a négyzetet.",
    status_title: "Az Ön számlája",
    status_lead: |status| match status {
        AccountStatus::Open => "Számláját megnyitottuk. Köszönjük!",
        AccountStatus::Refused => "Nem tudjuk megnyitni a számláját. Ha kérdése van, forduljon az ügyfélszolgálathoz.",
        AccountStatus::NotStarted | AccountStatus::InProgress => {
            "Számláját akkor nyitjuk meg, ha minden ellenőrzés sikeres. Ez az oldal automatikusan frissül."
        }
    },
    status_name: |status| match status {
        AccountStatus::NotStarted => "Nincs elkezdve",
        AccountStatus::InProgress => "Folyamatban",
        AccountStatus::Open => "Megnyitva",
        AccountStatus::Refused => "Elutasítva",
    },
    overall: "Számla állapota",
    diligences_heading: "Személyazonosság-ellenőrzések",
    diligences_none: "Még nincs eredmény.",
    diligence_kind: |kind| match kind {
        DiligenceKind::IdDocument => "Személyazonosító okmány",
        DiligenceKind::Selfie => "Szelfivideó",
        DiligenceKind::Transfer => "Banki átutalás",
        DiligenceKind::Other => "Igazoló dokumentum",
    },
    diligence_state: |state| match state {
        DiligenceState::Validated => "Elfogadva",
        DiligenceState::Refused => "Elutasítva",
        DiligenceState::InReview => "Ellenőrzés alatt",
    },
    steps_heading: "Az Ön lépései",
    step_done: "Kész",
    step_open: "Teendő",
    tax_documents: "A banknak dokumentumokra van szüksége az Ön adózási státuszáról, és felveszi Önnel a kapcsolatot.",
    identity_again: "Személyazonosság ismételt igazolása",
    identity_checking: "Személyazonosságát ellenőrizzük. Ez az oldal automatikusan frissül, és addig folytathatja a többi lépéssel.",
    identity_validated: "Személyazonosságát megerősítettük.",
    identity_refused: "Személyazonosságát nem sikerült megerősíteni. Kérjük, igazolja újra arcfelismeréssel vagy banki átutalással.",
    sca_tax: "Kérést küldtünk a telefonján lévő alkalmazásnak: hagyja jóvá ott, hogy aláírja adóadatait. Ezután folytassa.",
    sca_terms: "Kérést küldtünk a telefonján lévő alkalmazásnak: hagyja jóvá ott, hogy aláírja a feltételek elfogadását. Ezután folytassa.",
};
