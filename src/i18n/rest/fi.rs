//! Finnish texts of the steps after the personal data (informal "sinä", as Finnish banks write).

use super::RestTextsSource;
use kyc_core::api::{Agreement, Evidence};
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::reason::{Guidance, Topic};
use kyc_core::ConsentKind;
use kyc_core::Plural;

pub(super) const TEXTS: RestTextsSource = RestTextsSource {
    back: "Takaisin",
    phone_title: "Vahvista puhelimellasi",
    phone_sent: |phone| format!("Lähetimme tekstiviestin, jossa on linkki, numeroon {phone}."),
    phone_how: "Avaa linkki kyseisellä puhelimella. Pidä tämä sivu auki: se siirtyy eteenpäin itsestään, kun linkki on avattu.",
    phone_waiting: "Odotetaan, että avaat linkin…",
    consents_title: "Suostumuksesi",
    consents_intro: "Ennen videotunnistusta tarvitsemme suostumuksesi seuraaviin asioihin.",
    consent_missing: |kind| match kind {
        ConsentKind::TermsConditions => "Hyväksy käyttöehdot jatkaaksesi",
        ConsentKind::DataProcessing => "Anna suostumuksesi henkilötietojesi käsittelyyn jatkaaksesi",
    },
    consent_save_failed: "Valintaasi ei voitu tallentaa.",
    given_at: |at| format!("Annettu {at} (UTC)"),
    ident_title: "Videotunnistus",
    ident_intro: "Lyhyessä videopuhelussa asiantuntija tarkistaa henkilöllisyystodistuksesi ja varmistaa, että kyse on sinusta.",
    ident_ready: "Pidä valmiina",
    ident_ready_items: [
        "Voimassa oleva henkilökorttisi tai passisi",
        "Matkapuhelimesi, jotta voit vastaanottaa koodin tekstiviestillä",
        "Rauhallinen ja hyvin valaistu paikka",
    ],
    waiting_time: |plural, n| match plural {
        Plural::One => format!("Arvioitu odotusaika: noin {n} minuutti"),
        _ => format!("Arvioitu odotusaika: noin {n} minuuttia"),
    },
    ident_frame_title: "Videotunnistus",
    ident_finished: "Olen lopettanut puhelun",
    ident_starting: "Videotunnistus käynnistyy…",
    ident_start_failed: "Videotunnistusta ei voitu käynnistää.",
    status_waiting: "Odotetaan tulosta",
    status_waiting_lead: "Tarkistamme tunnistuksesi. Sivu päivittyy itsestään.",
    status_verified: "Tunnistus onnistui",
    status_verified_lead: "Kiitos. Henkilöllisyytesi on vahvistettu.",
    status_under_review_lead: "Tunnistustasi tarkistetaan. Voit jo jatkaa.",
    status_interrupted: "Tunnistus keskeytyi",
    status_failed: "Tunnistus epäonnistui",
    status_failed_lead: "Emme voineet todentaa henkilöllisyyttäsi. Jos sinulla on kysyttävää, ota yhteyttä asiakastukeen.",
    status_expired: "Tunnistuslinkki on vanhentunut",
    status_expired_lead: "Videotunnistuksesi linkki ei ole enää voimassa. Aloita alusta.",
    status_check_failed: "Emme voineet tarkistaa tulosta juuri nyt. Yritämme uudelleen.",
    status_referred: "Hakemuksesi vaatii tarkempaa tarkistusta",
    status_referred_lead: "Tiimimme tarkistaa tietosi ja ottaa sinuun yhteyttä. Sinun ei tarvitse aloittaa alusta.",
    status_referred_detail: "Sinun ei tarvitse tehdä mitään juuri nyt. Pidä henkilöllisyystodistuksesi saatavilla: jos tarvitsemme lisää tietoja, kirjoitamme antamaasi sähköpostiosoitteeseen.",
    topic: |topic| match topic {
        Topic::DataMismatch => "Antamasi tiedot eivät vastaa henkilöllisyystodistustasi.",
        Topic::Document => "Henkilöllisyystodistuksessasi oli ongelma: se voi olla vanhentunut tai vahingoittunut, tai sitä ei hyväksytä.",
        Topic::Video => "Kuva ei ollut riittävän selkeä, esimerkiksi huonon valaistuksen vuoksi.",
        Topic::Audio => "Ääni ei ollut riittävän selkeä.",
        Topic::Connection => "Yhteys katkesi tai oli liian hidas.",
        Topic::IdentCode => "Sinulle tekstiviestillä lähetetyssä koodissa oli ongelma.",
        Topic::UserEnded => "Puhelu päättyi ennen kuin tunnistus oli valmis.",
        Topic::Timeout => "Tunnistus kesti liian kauan ja keskeytettiin.",
        Topic::Technical => "Meillä tapahtui tekninen virhe.",
        Topic::Other => "Tunnistusta ei voitu suorittaa loppuun.",
    },
    guidance: |guidance| match guidance {
        Guidance::RetryNow => "Voit yrittää uudelleen nyt.",
        Guidance::RetryOtherDocument => "Yritä uudelleen toisella voimassa olevalla henkilöllisyystodistuksella.",
        Guidance::ContactSupport => "Uusi yritys ei ratkaise tätä. Ota yhteyttä asiakastukeen.",
    },
    docs_heading: "Asiakirjat, joita voit käyttää",
    docs_loading: "Ladataan hyväksyttyjä asiakirjoja…",
    doc_kind: |kind| match kind {
        DocumentKind::IdCard => "Henkilökortti",
        DocumentKind::DriversLicense => "Ajokortti",
        DocumentKind::Passport => "Passi",
    },
    // The elative singular follows every number: both categories read the same.
    doc_countries: |plural, n| match plural {
        Plural::One => format!("Hyväksytään {n} maasta"),
        _ => format!("Hyväksytään {n} maasta"),
    },
    doc_choice_legend: "Minkä asiakirjan näytät?",
    issuing_country: "Myöntäjämaa",
    proof_legend: "Osoitetodiste",
    proof_intro: "Tässä asiakirjassa ei näy osoitettasi. Pidä valmiina osoitetodiste, joka on enintään 6 kuukautta vanha; asiantuntija pyytää sitä.",
    proof_intro_unconfirmed: "Emme voineet vahvistaa osoitettasi. Valitse osoitetodiste, jonka näytät asiantuntijalle (enintään 6 kuukautta vanha): tieto lähetetään tunnistuksesi mukana.",
    proof_type_label: "Todisteen tyyppi",
    proof_type: |kind| match kind {
        ProofOfAddressType::BankAccountStatement => "Tiliote",
        ProofOfAddressType::CertificateOfRegistration => "Virkatodistus",
        ProofOfAddressType::ElectricityBill => "Sähkölasku",
        ProofOfAddressType::GasBill => "Kaasulasku",
        ProofOfAddressType::HeatingBill => "Lämmityslasku",
        ProofOfAddressType::InternetBill => "Internetlasku",
        ProofOfAddressType::TelephoneBill => "Puhelinlasku",
        ProofOfAddressType::WaterBill => "Vesilasku",
    },
    proof_issued_label: "Päiväys",
    start_call: "Aloita videopuhelu",
    corrections_heading: "Asiakirjan perusteella korjatut tiedot",
    corrections_entered: "Syötit",
    corrections_verified: "Vahvistettu",
    address_corrected: |official| format!("Löysimme osoitteesi muodossa: {official}."),
    address_not_found: "Emme voineet vahvistaa tätä osoitetta. Voit jatkaa, mutta sinun on myöhemmin lähetettävä meille osoitetodiste (esimerkiksi sähkölasku).",
    bank_title: "Vahvista henkilöllisyytesi pankkisi kautta",
    bank_how: |scheme| {
        let with = scheme.map(|s| format!(" palvelun {s} kautta")).unwrap_or_default();
        format!("Kirjaudut omaan pankkiisi{with}. Pankkisi vahvistaa meille nimesi, syntymäaikasi ja osoitteesi; pankkitunnuksesi pysyvät vain pankkisi tiedossa.")
    },
    bank_go: "Jatka pankkiisi",
    bank_canceled: "Kirjautuminen pankkiisi peruttiin. Voit yrittää uudelleen.",
    bank_failed: "Pankkisi ei voinut vahvistaa henkilöllisyyttäsi. Voit yrittää uudelleen.",
    bank_popup: "Kirjaudu pankkiisi avautuneessa ikkunassa. Tämä sivu siirtyy eteenpäin itsestään, kun olet valmis.",
    bank_popup_blocked: "Selaimesi esti pankin ikkunan. Salli ponnahdusikkunat tälle sivulle ja yritä uudelleen.",
    checks_heading: "Tietojesi vertailu",
    checks_field: "Tieto",
    evidence: |evidence| match evidence {
        Evidence::Bank => "Pankkisi",
        Evidence::Document => "Henkilöllisyystodistuksesi",
    },
    agreement: |agreement| match agreement {
        Agreement::Match => "Täsmää",
        Agreement::Similar => "Lähes sama",
        Agreement::Mismatch => "Ei täsmää",
    },
};
