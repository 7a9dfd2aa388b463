//! Norwegian Bokmål texts of the steps after the personal data (informal "du", as banks write).

use super::RestTextsSource;
use kyc_core::api::{Agreement, Evidence};
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::reason::{Guidance, Topic};
use kyc_core::ConsentKind;
use kyc_core::Plural;

pub(super) const TEXTS: RestTextsSource = RestTextsSource {
    back: "Tilbake",
    phone_title: "Bekreft på mobilen",
    phone_sent: |phone| format!("Vi har sendt en SMS med en lenke til {phone}."),
    phone_how: "Åpne lenken på den mobilen. La denne siden være åpen: den går videre av seg selv når lenken er åpnet.",
    phone_waiting: "Venter på at du åpner lenken…",
    consents_title: "Ditt samtykke",
    consents_intro: "Før videoidentifiseringen trenger vi ditt samtykke til følgende.",
    consent_missing: |kind| match kind {
        ConsentKind::TermsConditions => "Godta vilkårene for å fortsette",
        ConsentKind::DataProcessing => "Samtykk til behandlingen av personopplysningene dine for å fortsette",
    },
    consent_save_failed: "Valget ditt kunne ikke lagres.",
    given_at: |at| format!("Gitt {at} (UTC)"),
    ident_title: "Videoidentifisering",
    ident_intro: "I en kort videosamtale sjekker en saksbehandler ID-dokumentet ditt og bekrefter at det er deg.",
    ident_ready: "Ha dette klart",
    ident_ready_items: [
        "Gyldig ID-kort eller pass",
        "Mobilen din, for å motta en kode på SMS",
        "Et rolig sted med godt lys",
    ],
    waiting_time: |plural, n| match plural {
        Plural::One => format!("Forventet ventetid: ca. {n} minutt"),
        _ => format!("Forventet ventetid: ca. {n} minutter"),
    },
    ident_frame_title: "Videoidentifisering",
    ident_finished: "Jeg har avsluttet samtalen",
    ident_starting: "Starter videoidentifiseringen…",
    ident_start_failed: "Vi kunne ikke starte videoidentifiseringen.",
    status_waiting: "Venter på resultatet",
    status_waiting_lead: "Vi sjekker identifiseringen din. Siden oppdateres automatisk.",
    status_verified: "Du er verifisert",
    status_verified_lead: "Takk. Identiteten din er bekreftet.",
    status_under_review_lead: "Identifiseringen din blir gjennomgått. Du kan allerede fortsette.",
    status_interrupted: "Identifiseringen ble avbrutt",
    status_failed: "Identifiseringen mislyktes",
    status_failed_lead: "Vi kunne ikke bekrefte identiteten din. Kontakt kundestøtte hvis du har spørsmål.",
    status_expired: "Identifiseringslenken er utløpt",
    status_expired_lead: "Lenken til videoidentifiseringen din er ikke lenger gyldig. Start på nytt.",
    status_check_failed: "Vi kunne ikke sjekke resultatet akkurat nå. Vi fortsetter å prøve.",
    status_referred: "Søknaden din må undersøkes nærmere",
    status_referred_lead: "Teamet vårt går gjennom opplysningene dine og kontakter deg. Du trenger ikke starte på nytt.",
    status_referred_detail: "Du trenger ikke gjøre noe mer nå. Ha ID-dokumentet ditt for hånden: trenger vi mer, skriver vi til e-postadressen du har oppgitt.",
    topic: |topic| match topic {
        Topic::DataMismatch => "Opplysningene du fylte inn, stemmer ikke med ID-dokumentet ditt.",
        Topic::Document => "Det var et problem med ID-dokumentet ditt: det kan være utløpt, skadet eller ikke godkjent.",
        Topic::Video => "Bildet var ikke tydelig nok, for eksempel på grunn av dårlig lys.",
        Topic::Audio => "Lyden var ikke tydelig nok.",
        Topic::Connection => "Forbindelsen ble brutt eller var for treg.",
        Topic::IdentCode => "Det var et problem med koden du fikk på SMS.",
        Topic::UserEnded => "Samtalen ble avsluttet før identifiseringen var fullført.",
        Topic::Timeout => "Identifiseringen tok for lang tid og ble stoppet.",
        Topic::Technical => "Det oppstod et teknisk problem hos oss.",
        Topic::Other => "Identifiseringen kunne ikke fullføres.",
    },
    guidance: |guidance| match guidance {
        Guidance::RetryNow => "Du kan prøve igjen nå.",
        Guidance::RetryOtherDocument => "Prøv igjen med et annet gyldig ID-dokument.",
        Guidance::ContactSupport => "Et nytt forsøk løser ikke dette. Kontakt kundestøtte.",
    },
    docs_heading: "Dokumenter du kan bruke",
    docs_loading: "Laster inn godkjente dokumenter…",
    doc_kind: |kind| match kind {
        DocumentKind::IdCard => "ID-kort",
        DocumentKind::DriversLicense => "Førerkort",
        DocumentKind::Passport => "Pass",
    },
    // "land" is the same in the singular and the indefinite plural.
    doc_countries: |plural, n| match plural {
        Plural::One => format!("Godkjent fra {n} land"),
        _ => format!("Godkjent fra {n} land"),
    },
    doc_choice_legend: "Hvilket dokument skal du vise?",
    issuing_country: "Utstedende land",
    proof_legend: "Adressebekreftelse",
    proof_intro: "Dette dokumentet viser ikke adressen din. Ha en adressebekreftelse klar som ikke er eldre enn 6 måneder; saksbehandleren vil spørre etter den.",
    proof_intro_unconfirmed: "Vi kunne ikke bekrefte adressen din. Oppgi hvilken adressebekreftelse du vil vise saksbehandleren (ikke eldre enn 6 måneder): den sendes sammen med identifiseringen din.",
    proof_type_label: "Type bekreftelse",
    proof_type: |kind| match kind {
        ProofOfAddressType::BankAccountStatement => "Kontoutskrift",
        ProofOfAddressType::CertificateOfRegistration => "Bostedsattest",
        ProofOfAddressType::ElectricityBill => "Strømregning",
        ProofOfAddressType::GasBill => "Gassregning",
        ProofOfAddressType::HeatingBill => "Varmeregning",
        ProofOfAddressType::InternetBill => "Internettregning",
        ProofOfAddressType::TelephoneBill => "Telefonregning",
        ProofOfAddressType::WaterBill => "Vannregning",
    },
    proof_issued_label: "Utstedelsesdato",
    start_call: "Start videosamtale",
    corrections_heading: "Opplysninger rettet etter ID-dokumentet ditt",
    corrections_entered: "Du fylte inn",
    corrections_verified: "Bekreftet",
    address_corrected: |official| format!("Vi fant adressen din som: {official}."),
    address_not_found: "Vi kunne ikke bekrefte denne adressen. Du kan fortsette, men du må sende oss en adressebekreftelse senere (for eksempel en strømregning).",
    bank_title: "Bekreft hvem du er med banken din",
    bank_how: |scheme| {
        let with = scheme.map(|s| format!(" med {s}")).unwrap_or_default();
        format!("Du logger inn i din egen bank{with}. Banken bekrefter navnet, fødselsdatoen og adressen din overfor oss; innloggingsopplysningene dine blir værende hos banken.")
    },
    bank_go: "Fortsett til banken din",
    bank_canceled: "Innloggingen i banken ble avbrutt. Du kan prøve igjen.",
    bank_failed: "Banken din kunne ikke bekrefte identiteten din. Du kan prøve igjen.",
    bank_popup: "Logg inn i banken din i vinduet som har åpnet seg. Denne siden går videre av seg selv når du er ferdig.",
    bank_popup_blocked: "Nettleseren din blokkerte vinduet til banken. Tillat popup-vinduer for denne siden, og prøv igjen.",
    checks_heading: "Slik stemmer opplysningene dine",
    checks_field: "Opplysning",
    evidence: |evidence| match evidence {
        Evidence::Bank => "Banken din",
        Evidence::Document => "ID-dokumentet ditt",
    },
    agreement: |agreement| match agreement {
        Agreement::Match => "Stemmer",
        Agreement::Similar => "Stemmer nesten",
        Agreement::Mismatch => "Stemmer ikke",
    },
};
