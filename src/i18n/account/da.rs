//! Danish texts of the account steps (informal "du", as Danish banks write).

use super::AccountTextsSource;
use kyc_core::account::{AccountStatus, DiligenceKind, DiligenceState};
use kyc_core::Plural;

pub(super) const TEXTS: AccountTextsSource = AccountTextsSource {
    identity_title: "Bevis din identitet",
    identity_intro: "Vælg, hvordan du vil bevise, hvem du er. Du kan fortsætte med de andre trin, mens vi tjekker.",
    method_legend: "Hvordan vil du bevise din identitet?",
    method_facial: "Ansigtsgenkendelse",
    method_facial_hint: "Vis dit ID-dokument, og optag en kort selfievideo. Tjekket tager 3 til 6 minutter.",
    method_transfer: "Straksoverførsel",
    method_transfer_hint: "Send et lille beløb fra en konto i dit navn til et IBAN, som vi reserverer til dig.",
    frame_title: "Ansigtsgenkendelse",
    frame_closed: "Tak. Du har gennemført ansigtsgenkendelsen; resultatet vises på den sidste side.",
    transfer_intro: "Send en straksoverførsel fra en konto i dit eget navn til:",
    iban: "IBAN",
    bic: "BIC",
    // "euro" has no plural form in Danish: both categories read the same.
    max_amount: |plural, euros| match plural {
        Plural::One => format!("Send højst {euros} euro: større overførsler afvises."),
        _ => format!("Send højst {euros} euro: større overførsler afvises."),
    },
    activation_heading: "Fortsæt på din mobil",
    activation_intro: "Ansigtsgenkendelsen foregår på din mobil: scan denne QR-kode med din banks app eller appen Xpollens Authenticator, eller indtast aktiveringskoden i appen. Følg derefter appens instruktioner.",
    qr_label: "QR-kode med din aktiveringskode",
    activation_code: "Aktiveringskode",
    activation_waiting: "Din aktiveringskode bliver klargjort; den vises her om et øjeblik.",
    declaration_title: "Bekræft dine oplysninger",
    declaration_intro: "Vi sender de oplysninger, du har indtastet (kontakt og adresse), til den bank, der opretter din konto.",
    declaration_send: "Bekræft og send mine oplysninger",
    tax_title: "Skattemæssigt hjemsted",
    tax_intro: "Banken skal vide, hvor du betaler skat, og om du er en amerikansk person (US person).",
    us_person: "Er du amerikansk statsborger eller skattemæssigt hjemmehørende i USA?",
    yes: "Ja",
    no: "Nej",
    tax_country: "Land for skattemæssigt hjemsted",
    tin: "Skatteidentifikationsnummer",
    tin_hint: "Lad det kun stå tomt, hvis dit land ikke udsteder et.",
    tin_required: "Indtast dit skatteidentifikationsnummer: dette land udsteder et, og banken har brug for det.",
    tax_send: "Send mine skatteoplysninger",
    terms_title: "Kontovilkår",
    terms_intro: "Læs vilkårene og betingelserne for betalingskontoen, før du accepterer dem.",
    terms_checkbox: "Jeg har læst og accepterer vilkårene og betingelserne for betalingskontoen.",
    terms_accept: "Accepter vilkårene",
    terms_required: "Sæt kryds i feltet for at acceptere vilkårene.",
    status_title: "Din konto",
    status_lead: |status| match status {
        AccountStatus::Open => "Din konto er oprettet. Tak!",
        AccountStatus::Refused => "Vi kan ikke oprette din konto. Kontakt support, hvis du har spørgsmål.",
        AccountStatus::NotStarted | AccountStatus::InProgress => {
            "Din konto oprettes, når alle tjek er godkendt. Denne side opdateres automatisk."
        }
    },
    status_name: |status| match status {
        AccountStatus::NotStarted => "Ikke startet",
        AccountStatus::InProgress => "I gang",
        AccountStatus::Open => "Åben",
        AccountStatus::Refused => "Afvist",
    },
    overall: "Kontostatus",
    diligences_heading: "Identitetstjek",
    diligences_none: "Intet resultat endnu.",
    diligence_kind: |kind| match kind {
        DiligenceKind::IdDocument => "ID-dokument",
        DiligenceKind::Selfie => "Selfievideo",
        DiligenceKind::Transfer => "Bankoverførsel",
        DiligenceKind::Other => "Supplerende dokument",
    },
    diligence_state: |state| match state {
        DiligenceState::Validated => "Godkendt",
        DiligenceState::Refused => "Afvist",
        DiligenceState::InReview => "Under behandling",
    },
    steps_heading: "Dine trin",
    step_done: "Udført",
    step_open: "Mangler",
    tax_documents: "Banken har brug for dokumenter om din skattemæssige status og kontakter dig.",
    identity_again: "Bevis din identitet igen",
    identity_checking: "Din identitet bliver tjekket. Denne side opdateres automatisk, og du kan fortsætte med de andre trin i mellemtiden.",
    identity_validated: "Din identitet er bekræftet.",
    identity_refused: "Din identitet kunne ikke bekræftes. Bevis den igen med ansigtsgenkendelse eller bankoverførsel.",
    sca_tax: "Vi har sendt en anmodning til appen på din mobil: godkend den der for at underskrive dine skatteoplysninger. Fortsæt derefter.",
    sca_terms: "Vi har sendt en anmodning til appen på din mobil: godkend den der for at underskrive din accept af vilkårene. Fortsæt derefter.",
};
