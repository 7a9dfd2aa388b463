//! Hungarian texts of the steps after the personal data (formal "Ön").

use super::RestTextsSource;
use kyc_core::api::{Agreement, Evidence};
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::reason::{Guidance, Topic};
use kyc_core::ConsentKind;
use kyc_core::Plural;

pub(super) const TEXTS: RestTextsSource = RestTextsSource {
    back: "Vissza",
    phone_title: "Megerősítés a telefonján",
    phone_sent: |phone| format!("Linket tartalmazó SMS-t küldtünk a következő számra: {phone}."),
    phone_how: "Nyissa meg a linket azon a telefonon. Hagyja nyitva ezt az oldalt: a link megnyitása után magától továbblép.",
    phone_waiting: "Várakozás a link megnyitására…",
    consents_title: "Az Ön hozzájárulása",
    consents_intro: "A videós azonosítás előtt szükségünk van az Ön hozzájárulására az alábbiakhoz.",
    consent_missing: |kind| match kind {
        ConsentKind::TermsConditions => "A folytatáshoz fogadja el az általános szerződési feltételeket",
        ConsentKind::DataProcessing => "A folytatáshoz járuljon hozzá személyes adatai kezeléséhez",
    },
    consent_save_failed: "A választását nem sikerült menteni.",
    given_at: |at| format!("Megadva: {at} (UTC)"),
    ident_title: "Videós azonosítás",
    ident_intro: "Egy rövid videohívásban egy ügyintéző ellenőrzi az Ön személyazonosító okmányát, és megerősíti, hogy valóban Önről van szó.",
    ident_ready: "Amire szüksége lesz",
    ident_ready_items: [
        "Érvényes személyi igazolvány vagy útlevél",
        "Mobiltelefon az SMS-ben küldött kód fogadásához",
        "Csendes, jól megvilágított hely",
    ],
    // Hungarian keeps the noun singular after a number: both categories read the same.
    waiting_time: |plural, n| match plural {
        Plural::One => format!("Becsült várakozási idő: kb. {n} perc"),
        _ => format!("Becsült várakozási idő: kb. {n} perc"),
    },
    ident_frame_title: "Videós azonosítás",
    ident_finished: "Befejeztem a hívást",
    ident_starting: "A videós azonosítás indítása…",
    ident_start_failed: "Nem sikerült elindítani a videós azonosítást.",
    status_waiting: "Várakozás az eredményre",
    status_waiting_lead: "Ellenőrizzük az azonosítását. Ez az oldal automatikusan frissül.",
    status_verified: "Sikeres azonosítás",
    status_verified_lead: "Köszönjük. Személyazonosságát megerősítettük.",
    status_under_review_lead: "Azonosítása ellenőrzés alatt áll. Már most folytathatja.",
    status_interrupted: "Az azonosítás megszakadt",
    status_failed: "Sikertelen azonosítás",
    status_failed_lead: "Nem tudtuk ellenőrizni a személyazonosságát. Ha kérdése van, forduljon az ügyfélszolgálathoz.",
    status_expired: "Az azonosítási link lejárt",
    status_expired_lead: "A videós azonosításhoz tartozó link már nem érvényes. Kérjük, kezdje újra.",
    status_check_failed: "Most nem tudtuk lekérdezni az eredményt. Továbbra is próbálkozunk.",
    status_referred: "Kérelmét alaposabban meg kell vizsgálnunk",
    status_referred_lead: "Munkatársaink áttekintik az adatait, és felveszik Önnel a kapcsolatot. Nem kell újrakezdenie.",
    status_referred_detail: "Jelenleg nincs további teendője. Tartsa kéznél a személyazonosító okmányát: ha további információra van szükségünk, a megadott e-mail-címére írunk.",
    topic: |topic| match topic {
        Topic::DataMismatch => "A megadott adatok nem egyeznek a személyazonosító okmányában szereplőkkel.",
        Topic::Document => "Probléma volt a személyazonosító okmányával: lehet, hogy lejárt, sérült, vagy nem fogadható el.",
        Topic::Video => "A kép nem volt elég tiszta, például a gyenge megvilágítás miatt.",
        Topic::Audio => "A hang nem volt elég tiszta.",
        Topic::Connection => "A kapcsolat megszakadt, vagy túl lassú volt.",
        Topic::IdentCode => "Probléma volt az Önnek SMS-ben küldött kóddal.",
        Topic::UserEnded => "A hívás az azonosítás befejezése előtt véget ért.",
        Topic::Timeout => "Az azonosítás túl sokáig tartott, ezért leállt.",
        Topic::Technical => "Technikai hiba történt a rendszerünkben.",
        Topic::Other => "Az azonosítást nem sikerült befejezni.",
    },
    guidance: |guidance| match guidance {
        Guidance::RetryNow => "Most újra megpróbálhatja.",
        Guidance::RetryOtherDocument => "Kérjük, próbálja újra egy másik érvényes személyazonosító okmánnyal.",
        Guidance::ContactSupport => "Egy újabb próbálkozás ezt nem oldja meg. Kérjük, forduljon az ügyfélszolgálathoz.",
    },
    docs_heading: "Használható okmányok",
    docs_loading: "Az elfogadott okmányok betöltése…",
    doc_kind: |kind| match kind {
        DocumentKind::IdCard => "Személyi igazolvány",
        DocumentKind::DriversLicense => "Vezetői engedély",
        DocumentKind::Passport => "Útlevél",
    },
    // Hungarian keeps the noun singular after a number: both categories read the same.
    doc_countries: |plural, n| match plural {
        Plural::One => format!("{n} országból elfogadott"),
        _ => format!("{n} országból elfogadott"),
    },
    doc_choice_legend: "Melyik okmányt fogja bemutatni?",
    issuing_country: "Kiállító ország",
    proof_legend: "Lakcímigazolás",
    proof_intro: "Ezen az okmányon nem szerepel az Ön lakcíme. Kérjük, készítsen elő egy 6 hónapnál nem régebbi lakcímigazolást; az ügyintéző el fogja kérni.",
    proof_intro_unconfirmed: "Nem tudtuk ellenőrizni a lakcímét. Kérjük, adja meg, milyen lakcímigazolást mutat majd be az ügyintézőnek (6 hónapnál nem régebbit): ezt az azonosításával együtt továbbítjuk.",
    proof_type_label: "Az igazolás típusa",
    proof_type: |kind| match kind {
        ProofOfAddressType::BankAccountStatement => "Bankszámlakivonat",
        ProofOfAddressType::CertificateOfRegistration => "Lakcímkártya",
        ProofOfAddressType::ElectricityBill => "Villanyszámla",
        ProofOfAddressType::GasBill => "Gázszámla",
        ProofOfAddressType::HeatingBill => "Fűtésszámla",
        ProofOfAddressType::InternetBill => "Internetszámla",
        ProofOfAddressType::TelephoneBill => "Telefonszámla",
        ProofOfAddressType::WaterBill => "Vízszámla",
    },
    proof_issued_label: "Kiállítás dátuma",
    start_call: "Videohívás indítása",
    corrections_heading: "Az okmánya alapján javított adatok",
    corrections_entered: "Az Ön által megadott",
    corrections_verified: "Ellenőrzött",
    address_corrected: |official| format!("Az Ön címét így találtuk meg: {official}."),
    address_not_found: "Nem tudtuk ellenőrizni ezt a címet. Folytathatja, de később lakcímigazolást (például közüzemi számlát) kell küldenie nekünk.",
    bank_title: "Igazolja személyazonosságát a bankján keresztül",
    bank_how: |scheme| {
        let with = scheme.map(|s| format!(" ({s} használatával)")).unwrap_or_default();
        format!("Ön a saját bankjában jelentkezik be{with}. A bankja megerősíti nekünk az Ön nevét, születési dátumát és címét; banki belépési adatai a bankjánál maradnak.")
    },
    bank_go: "Tovább a bankjához",
    bank_canceled: "A bejelentkezés a bankjában megszakadt. Újra megpróbálhatja.",
    bank_failed: "A bankja nem tudta megerősíteni a személyazonosságát. Újra megpróbálhatja.",
    bank_popup: "Jelentkezzen be a bankjába a megnyílt ablakban. Ez az oldal magától továbblép, ha végzett.",
    bank_popup_blocked: "A böngészője letiltotta a bank ablakát. Engedélyezze a felugró ablakokat ezen az oldalon, majd próbálja újra.",
    checks_heading: "Adatainak összevetése",
    checks_field: "Adat",
    evidence: |evidence| match evidence {
        Evidence::Bank => "Az Ön bankja",
        Evidence::Document => "Az Ön okmánya",
    },
    agreement: |agreement| match agreement {
        Agreement::Match => "Egyezik",
        Agreement::Similar => "Majdnem egyezik",
        Agreement::Mismatch => "Nem egyezik",
    },
};
