//! Norwegian Bokmål texts of the account steps (informal "du", as Norwegian banks write).

use super::AccountTextsSource;
use kyc_core::account::{AccountStatus, DiligenceKind, DiligenceState};
use kyc_core::Plural;

pub(super) const TEXTS: AccountTextsSource = AccountTextsSource {
    identity_title: "Bekreft identiteten din",
    identity_intro: "Velg hvordan du vil bekrefte hvem du er. Du kan fortsette med de andre stegene mens vi sjekker.",
    method_legend: "Hvordan vil du bekrefte identiteten din?",
    method_facial: "Ansiktsgjenkjenning",
    method_facial_hint: "Vis ID-dokumentet ditt og ta opp en kort selfievideo. Sjekken tar 3 til 6 minutter.",
    method_transfer: "Straksoverføring",
    method_transfer_hint: "Send et lite beløp fra en konto i ditt navn til et IBAN vi reserverer for deg.",
    frame_title: "Ansiktsgjenkjenning",
    frame_closed: "Takk. Du har fullført ansiktsgjenkjenningen; resultatet vises på den siste siden.",
    transfer_intro: "Send en straksoverføring fra en konto i ditt eget navn til:",
    iban: "IBAN",
    bic: "BIC",
    // "euro" has no plural form in Norwegian: both categories read the same.
    max_amount: |plural, euros| match plural {
        Plural::One => format!("Send maks {euros} euro: større overføringer blir avvist."),
        _ => format!("Send maks {euros} euro: større overføringer blir avvist."),
    },
    activation_heading: "Fortsett på mobilen",
    activation_intro: "Ansiktsgjenkjenningen skjer på mobilen: skann denne QR-koden med bankappen din eller appen Xpollens Authenticator, eller skriv inn aktiveringskoden i appen. Følg deretter instruksjonene i appen.",
    qr_label: "QR-kode med aktiveringskoden din",
    activation_code: "Aktiveringskode",
    activation_waiting: "Aktiveringskoden din blir klargjort; den vises her om et øyeblikk.",
    declaration_title: "Bekreft opplysningene dine",
    declaration_intro: "Vi sender opplysningene du har fylt inn (kontakt og adresse), til banken som oppretter kontoen din.",
    declaration_send: "Bekreft og send opplysningene mine",
    tax_title: "Skattemessig bosted",
    tax_intro: "Banken må vite hvor du betaler skatt, og om du er en amerikansk person (US person).",
    us_person: "Er du amerikansk statsborger eller skattemessig bosatt i USA?",
    yes: "Ja",
    no: "Nei",
    tax_country: "Land for skattemessig bosted",
    tin: "Skatteidentifikasjonsnummer",
    tin_hint: "La feltet stå tomt bare hvis landet ditt ikke utsteder et slikt nummer.",
    tin_required: "Skriv inn skatteidentifikasjonsnummeret ditt: dette landet utsteder slike nummer, og banken trenger det.",
    tax_send: "Send skatteopplysningene mine",
    terms_title: "Kontovilkår",
    terms_intro: "Les vilkårene for betalingskontoen før du godtar dem.",
    terms_checkbox: "Jeg har lest og godtar vilkårene for betalingskontoen.",
    terms_accept: "Godta vilkårene",
    terms_required: "Kryss av i boksen for å godta vilkårene.",
    status_title: "Kontoen din",
    status_lead: |status| match status {
        AccountStatus::Open => "Kontoen din er åpnet. Takk!",
        AccountStatus::Refused => "Vi kan ikke åpne kontoen din. Kontakt kundestøtte hvis du har spørsmål.",
        AccountStatus::NotStarted | AccountStatus::InProgress => {
            "Kontoen din åpnes når alle sjekkene er godkjent. Siden oppdateres automatisk."
        }
    },
    status_name: |status| match status {
        AccountStatus::NotStarted => "Ikke startet",
        AccountStatus::InProgress => "Pågår",
        AccountStatus::Open => "Åpen",
        AccountStatus::Refused => "Avslått",
    },
    overall: "Kontostatus",
    diligences_heading: "Identitetssjekker",
    diligences_none: "Ingen resultater ennå.",
    diligence_kind: |kind| match kind {
        DiligenceKind::IdDocument => "ID-dokument",
        DiligenceKind::Selfie => "Selfievideo",
        DiligenceKind::Transfer => "Bankoverføring",
        DiligenceKind::Other => "Tilleggsdokument",
    },
    diligence_state: |state| match state {
        DiligenceState::Validated => "Godkjent",
        DiligenceState::Refused => "Avslått",
        DiligenceState::InReview => "Under behandling",
    },
    steps_heading: "Stegene dine",
    step_done: "Fullført",
    step_open: "Gjenstår",
    tax_documents: "Banken trenger dokumenter om skattestatusen din og kontakter deg.",
    identity_again: "Bekreft identiteten din på nytt",
    identity_checking: "Identiteten din blir sjekket. Siden oppdateres automatisk, og du kan fortsette med de andre stegene i mellomtiden.",
    identity_validated: "Identiteten din er bekreftet.",
    identity_refused: "Identiteten din kunne ikke bekreftes. Bekreft den på nytt med ansiktsgjenkjenning eller bankoverføring.",
    sca_tax: "Vi har sendt en forespørsel til appen på mobilen din: godkjenn den der for å signere skatteopplysningene dine. Fortsett deretter.",
    sca_terms: "Vi har sendt en forespørsel til appen på mobilen din: godkjenn den der for å signere at du godtar vilkårene. Fortsett deretter.",
};
