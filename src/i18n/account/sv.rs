//! Swedish texts of the account steps (informal "du", as Swedish banks write).

use super::AccountTextsSource;
use kyc_core::account::{AccountStatus, DiligenceKind, DiligenceState};
use kyc_core::Plural;

pub(super) const TEXTS: AccountTextsSource = AccountTextsSource {
    identity_title: "Styrk din identitet",
    identity_intro: "Välj hur du vill styrka vem du är. Du kan fortsätta med de andra stegen medan vi kontrollerar.",
    method_legend: "Hur vill du styrka din identitet?",
    method_facial: "Ansiktsigenkänning",
    method_facial_hint: "Visa din ID-handling och spela in en kort selfievideo. Kontrollen tar 3 till 6 minuter.",
    method_transfer: "Omedelbar överföring",
    method_transfer_hint: "Skicka ett litet belopp från ett konto i ditt namn till ett IBAN som vi reserverar åt dig.",
    frame_title: "Ansiktsigenkänning",
    frame_closed: "Tack. Du har slutfört ansiktsigenkänningen; resultatet visas på den sista sidan.",
    transfer_intro: "Skicka en omedelbar överföring från ett konto i ditt eget namn till:",
    iban: "IBAN",
    bic: "BIC",
    // "euro" has no plural form in Swedish: both categories read the same.
    max_amount: |plural, euros| match plural {
        Plural::One => format!("Skicka högst {euros} euro: större överföringar avvisas."),
        _ => format!("Skicka högst {euros} euro: större överföringar avvisas."),
    },
    activation_heading: "Fortsätt i mobilen",
    activation_intro: "Ansiktsigenkänningen sker i din mobil: skanna den här QR-koden med din banks app eller appen Xpollens Authenticator, eller skriv in aktiveringskoden i appen. Följ sedan appens instruktioner.",
    qr_label: "QR-kod med din aktiveringskod",
    activation_code: "Aktiveringskod",
    activation_waiting: "Din aktiveringskod förbereds; den visas här om en liten stund.",
    declaration_title: "Bekräfta dina uppgifter",
    declaration_intro: "Vi skickar uppgifterna du har angett (kontakt och adress) till banken som öppnar ditt konto.",
    declaration_send: "Bekräfta och skicka mina uppgifter",
    tax_title: "Skatterättslig hemvist",
    tax_intro: "Banken måste veta var du betalar skatt och om du är en amerikansk person (US person).",
    us_person: "Är du amerikansk medborgare eller skattskyldig i USA?",
    yes: "Ja",
    no: "Nej",
    tax_country: "Land för skatterättslig hemvist",
    tin: "Skatteregistreringsnummer",
    tin_hint: "Lämna tomt bara om ditt land inte utfärdar något.",
    tin_required: "Ange ditt skatteregistreringsnummer: det här landet utfärdar sådana och banken behöver det.",
    tax_send: "Skicka mina skatteuppgifter",
    terms_title: "Kontovillkor",
    terms_intro: "Läs villkoren för betalkontot innan du godkänner dem.",
    terms_checkbox: "Jag har läst och godkänner villkoren för betalkontot.",
    terms_accept: "Godkänn villkoren",
    terms_required: "Kryssa i rutan för att godkänna villkoren.",
    status_title: "Ditt konto",
    status_lead: |status| match status {
        AccountStatus::Open => "Ditt konto är öppnat. Tack!",
        AccountStatus::Refused => "Vi kan inte öppna ditt konto. Kontakta supporten om du har frågor.",
        AccountStatus::NotStarted | AccountStatus::InProgress => {
            "Ditt konto öppnas när alla kontroller är klara. Sidan uppdateras automatiskt."
        }
    },
    status_name: |status| match status {
        AccountStatus::NotStarted => "Inte påbörjat",
        AccountStatus::InProgress => "Pågår",
        AccountStatus::Open => "Öppet",
        AccountStatus::Refused => "Avslaget",
    },
    overall: "Kontostatus",
    diligences_heading: "Identitetskontroller",
    diligences_none: "Inget resultat än.",
    diligence_kind: |kind| match kind {
        DiligenceKind::IdDocument => "ID-handling",
        DiligenceKind::Selfie => "Selfievideo",
        DiligenceKind::Transfer => "Banköverföring",
        DiligenceKind::Other => "Kompletterande handling",
    },
    diligence_state: |state| match state {
        DiligenceState::Validated => "Godkänd",
        DiligenceState::Refused => "Avslagen",
        DiligenceState::InReview => "Granskas",
    },
    steps_heading: "Dina steg",
    step_done: "Klart",
    step_open: "Att göra",
    tax_documents: "Banken behöver handlingar om din skattestatus och kontaktar dig.",
    identity_again: "Styrk din identitet igen",
    identity_checking: "Din identitet kontrolleras. Sidan uppdateras automatiskt, och du kan fortsätta med de andra stegen under tiden.",
    identity_validated: "Din identitet är bekräftad.",
    identity_refused: "Din identitet kunde inte bekräftas. Styrk den igen, med ansiktsigenkänning eller banköverföring.",
    sca_tax: "Vi har skickat en begäran till appen i din mobil: godkänn den där för att signera dina skatteuppgifter. Fortsätt sedan.",
    sca_terms: "Vi har skickat en begäran till appen i din mobil: godkänn den där för att signera att du godkänner villkoren. Fortsätt sedan.",
};
