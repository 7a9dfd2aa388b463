//! Estonian texts of the steps after the personal data (informal "sina", as Estonian banks write).

use super::RestTextsSource;
use kyc_core::api::{Agreement, Evidence};
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::reason::{Guidance, Topic};
use kyc_core::ConsentKind;
use kyc_core::Plural;

pub(super) const TEXTS: RestTextsSource = RestTextsSource {
    back: "Tagasi",
    phone_title: "Kinnita oma telefonis",
    phone_sent: |phone| format!("Saatsime lingiga SMS-i numbrile {phone}."),
    phone_how: "Ava link selles telefonis. Hoia see leht avatuna: see liigub ise edasi, kui link on avatud.",
    phone_waiting: "Ootame, kuni avad lingi…",
    consents_title: "Sinu nõusolek",
    consents_intro: "Enne videotuvastust vajame sinu nõusolekut järgmisele.",
    consent_missing: |kind| match kind {
        ConsentKind::TermsConditions => "Jätkamiseks nõustu tingimustega",
        ConsentKind::DataProcessing => "Jätkamiseks anna nõusolek oma isikuandmete töötlemiseks",
    },
    consent_save_failed: "Sinu valikut ei õnnestunud salvestada.",
    given_at: |at| format!("Antud {at} (UTC)"),
    ident_title: "Videotuvastus",
    ident_intro: "Lühikese videokõne ajal kontrollib klienditeenindaja sinu isikut tõendavat dokumenti ja veendub, et see oled sina.",
    ident_ready: "Hoia valmis",
    ident_ready_items: [
        "Kehtiv ID-kaart või pass",
        "Mobiiltelefon, et saada SMS-iga kood",
        "Vaikne ja hästi valgustatud koht",
    ],
    waiting_time: |plural, n| match plural {
        Plural::One => format!("Eeldatav ooteaeg: umbes {n} minut"),
        _ => format!("Eeldatav ooteaeg: umbes {n} minutit"),
    },
    ident_frame_title: "Videotuvastus",
    ident_finished: "Lõpetasin kõne",
    ident_starting: "Videotuvastuse käivitamine…",
    ident_start_failed: "Videotuvastust ei õnnestunud käivitada.",
    status_waiting: "Ootame tulemust",
    status_waiting_lead: "Kontrollime sinu tuvastamist. See leht uueneb ise.",
    status_verified: "Oled tuvastatud",
    status_verified_lead: "Aitäh. Sinu isik on kinnitatud.",
    status_under_review_lead: "Sinu tuvastamine on läbivaatamisel. Võid juba jätkata.",
    status_interrupted: "Tuvastamine katkes",
    status_failed: "Tuvastamine ebaõnnestus",
    status_failed_lead: "Me ei suutnud sinu isikut tuvastada. Küsimuste korral võta ühendust klienditoega.",
    status_expired: "Tuvastamise link on aegunud",
    status_expired_lead: "Sinu videotuvastuse link ei kehti enam. Alusta uuesti.",
    status_check_failed: "Me ei saanud tulemust praegu kontrollida. Proovime edasi.",
    status_referred: "Sinu taotlus vajab täpsemat kontrolli",
    status_referred_lead: "Meie meeskond vaatab sinu andmed üle ja võtab sinuga ühendust. Sul ei ole vaja uuesti alustada.",
    status_referred_detail: "Praegu ei pea sa midagi muud tegema. Hoia isikut tõendav dokument käepärast: kui vajame rohkem, kirjutame sinu antud e-posti aadressile.",
    topic: |topic| match topic {
        Topic::DataMismatch => "Sisestatud andmed ei vasta sinu isikut tõendavale dokumendile.",
        Topic::Document => "Sinu isikut tõendava dokumendiga oli probleem: see võib olla aegunud või kahjustatud või seda ei aktsepteerita.",
        Topic::Video => "Pilt ei olnud piisavalt selge, näiteks halva valgustuse tõttu.",
        Topic::Audio => "Heli ei olnud piisavalt selge.",
        Topic::Connection => "Ühendus katkes või oli liiga aeglane.",
        Topic::IdentCode => "SMS-iga saadetud koodiga oli probleem.",
        Topic::UserEnded => "Kõne lõppes enne, kui tuvastamine oli lõpetatud.",
        Topic::Timeout => "Tuvastamine võttis liiga kaua aega ja peatati.",
        Topic::Technical => "Meie poolel tekkis tehniline probleem.",
        Topic::Other => "Tuvastamist ei õnnestunud lõpule viia.",
    },
    guidance: |guidance| match guidance {
        Guidance::RetryNow => "Võid kohe uuesti proovida.",
        Guidance::RetryOtherDocument => "Proovi uuesti mõne muu kehtiva isikut tõendava dokumendiga.",
        Guidance::ContactSupport => "Uus katse seda ei lahenda. Võta ühendust klienditoega.",
    },
    docs_heading: "Dokumendid, mida saad kasutada",
    docs_loading: "Aktsepteeritud dokumentide laadimine…",
    doc_kind: |kind| match kind {
        DocumentKind::IdCard => "ID-kaart",
        DocumentKind::DriversLicense => "Juhiluba",
        DocumentKind::Passport => "Pass",
    },
    // The elative singular follows every number: both categories read the same.
    doc_countries: |plural, n| match plural {
        Plural::One => format!("Aktsepteeritud {n} riigist"),
        _ => format!("Aktsepteeritud {n} riigist"),
    },
    doc_choice_legend: "Millist dokumenti näitad?",
    issuing_country: "Väljaandnud riik",
    proof_legend: "Aadressi tõend",
    proof_intro: "Sellel dokumendil ei ole sinu aadressi. Hoia valmis aadressi tõend, mis ei ole vanem kui 6 kuud; klienditeenindaja küsib seda.",
    proof_intro_unconfirmed: "Me ei suutnud sinu aadressi kinnitada. Vali aadressi tõend, mida näitad klienditeenindajale (mitte vanem kui 6 kuud): see teave saadetakse koos sinu tuvastamisega.",
    proof_type_label: "Tõendi liik",
    proof_type: |kind| match kind {
        ProofOfAddressType::BankAccountStatement => "Pangakonto väljavõte",
        ProofOfAddressType::CertificateOfRegistration => "Rahvastikuregistri tõend",
        ProofOfAddressType::ElectricityBill => "Elektriarve",
        ProofOfAddressType::GasBill => "Gaasiarve",
        ProofOfAddressType::HeatingBill => "Küttearve",
        ProofOfAddressType::InternetBill => "Internetiarve",
        ProofOfAddressType::TelephoneBill => "Telefoniarve",
        ProofOfAddressType::WaterBill => "Veearve",
    },
    proof_issued_label: "Väljaandmise kuupäev",
    start_call: "Alusta videokõnet",
    corrections_heading: "Isikut tõendava dokumendi järgi parandatud andmed",
    corrections_entered: "Sinu sisestus",
    corrections_verified: "Kinnitatud",
    address_corrected: |official| format!("Leidsime sinu aadressi kujul: {official}."),
    address_not_found: "Me ei suutnud seda aadressi kinnitada. Võid jätkata, kuid pead meile hiljem saatma aadressi tõendi (näiteks kommunaalarve).",
    bank_title: "Kinnita oma isik panga kaudu",
    bank_how: |scheme| {
        let with = scheme.map(|s| format!(" teenusega {s}")).unwrap_or_default();
        format!("Logid sisse oma panka{with}. Pank kinnitab meile sinu nime, sünniaja ja aadressi; sinu panga sisselogimisandmed jäävad panka.")
    },
    bank_go: "Edasi oma panka",
    bank_canceled: "Sisselogimine panka katkestati. Võid uuesti proovida.",
    bank_failed: "Sinu pank ei saanud sinu isikut kinnitada. Võid uuesti proovida.",
    bank_popup: "Logi oma panka sisse avanenud aknas. See leht liigub ise edasi, kui oled valmis.",
    bank_popup_blocked: "Sinu brauser blokeeris panga akna. Luba selle lehe jaoks hüpikaknad ja proovi uuesti.",
    checks_heading: "Sinu andmete võrdlus",
    checks_field: "Andmed",
    evidence: |evidence| match evidence {
        Evidence::Bank => "Sinu pank",
        Evidence::Document => "Sinu isikut tõendav dokument",
    },
    agreement: |agreement| match agreement {
        Agreement::Match => "Ühtib",
        Agreement::Similar => "Peaaegu ühtib",
        Agreement::Mismatch => "Ei ühti",
    },
};
