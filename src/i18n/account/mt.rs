//! Maltese texts of the account steps (second person singular with "jekk jogħġbok").

use super::AccountTextsSource;
use kyc_core::account::{AccountStatus, DiligenceKind, DiligenceState};
use kyc_core::Plural;

pub(super) const TEXTS: AccountTextsSource = AccountTextsSource {
    identity_title: "Ikkonferma l-identità tiegħek",
    identity_intro: "Agħżel kif trid tikkonferma min int. Tista' tkompli bil-passi l-oħra waqt li aħna niċċekkjaw.",
    method_legend: "Kif trid tikkonferma l-identità tiegħek?",
    method_facial: "Rikonoxximent tal-wiċċ",
    method_facial_hint: "Uri d-dokument tal-identità tiegħek u rreġistra vidjo selfie qasir. Il-verifika tieħu minn 3 sa 6 minuti.",
    method_transfer: "Trasferiment immedjat",
    method_transfer_hint: "Ibgħat ammont żgħir minn kont f'ismek għal IBAN li nirriżervaw għalik.",
    frame_title: "Rikonoxximent tal-wiċċ",
    frame_closed: "Grazzi. Lestejt ir-rikonoxximent tal-wiċċ; ir-riżultat tiegħu se jidher fl-aħħar paġna.",
    transfer_intro: "Ibgħat trasferiment immedjat minn kont f'ismek stess lil:",
    iban: "IBAN",
    bic: "BIC",
    // "ewro" keeps the same form after every number.
    max_amount: |plural, euros| match plural {
        Plural::One => format!("Ibgħat mhux aktar minn {euros} ewro: trasferimenti akbar jiġu miċħuda."),
        _ => format!("Ibgħat mhux aktar minn {euros} ewro: trasferimenti akbar jiġu miċħuda."),
    },
    activation_heading: "Kompli fuq il-mowbajl tiegħek",
    activation_intro: "Ir-rikonoxximent tal-wiċċ isir fuq il-mowbajl tiegħek: skennja dan il-kodiċi QR bl-app tal-bank tiegħek jew bl-app Xpollens Authenticator, jew ikteb il-kodiċi tal-attivazzjoni fl-app. Imbagħad segwi l-istruzzjonijiet tal-app.",
    qr_label: "Kodiċi QR bil-kodiċi tal-attivazzjoni tiegħek",
    activation_code: "Kodiċi tal-attivazzjoni",
    activation_waiting: "Il-kodiċi tal-attivazzjoni tiegħek qed jiġi ppreparat; se jidher hawn fi ftit mumenti.",
    declaration_title: "Ikkonferma d-dettalji tiegħek",
    declaration_intro: "Nibagħtu d-dettalji li daħħalt (kuntatt u indirizz) lill-bank li jiftaħlek il-kont.",
    declaration_send: "Ikkonferma u ibgħat id-dettalji tiegħi",
    tax_title: "Residenza għat-taxxa",
    tax_intro: "Il-bank irid ikun jaf fejn tħallas it-taxxa u jekk intix persuna Amerikana (US person).",
    us_person: "Għandek iċ-ċittadinanza Amerikana jew residenza għall-finijiet tat-taxxa fl-Istati Uniti?",
    yes: "Iva",
    no: "Le",
    tax_country: "Pajjiż tar-residenza għat-taxxa",
    tin: "Numru tal-identifikazzjoni tat-taxxa",
    tin_hint: "Ħallih vojt biss jekk pajjiżek ma joħroġx wieħed.",
    tin_required: "Daħħal in-numru tal-identifikazzjoni tat-taxxa tiegħek: dan il-pajjiż joħroġ wieħed u l-bank għandu bżonnu.",
    tax_send: "Ibgħat id-dettalji tat-taxxa tiegħi",
    terms_title: "Termini tal-kont",
    terms_intro: "Aqra t-termini u l-kundizzjonijiet tal-kont tal-pagamenti qabel ma taċċettahom.",
    terms_checkbox: "Qrajt u naċċetta t-termini u l-kundizzjonijiet tal-kont tal-pagamenti.",
    terms_accept: "Aċċetta t-termini",
    terms_required: "Jekk jogħġbok immarka l-kaxxa biex taċċetta t-termini.",
    status_title: "Il-kont tiegħek",
    status_lead: |status| match status {
        AccountStatus::Open => "Il-kont tiegħek huwa miftuħ. Grazzi!",
        AccountStatus::Refused => "Ma nistgħux niftħulek il-kont. Jekk għandek mistoqsijiet, jekk jogħġbok ikkuntattja s-servizz tal-klijenti.",
        AccountStatus::NotStarted | AccountStatus::InProgress => {
            "Il-kont tiegħek jinfetaħ ladarba jgħaddu l-verifiki kollha. Din il-paġna tiġġedded waħedha."
        }
    },
    status_name: |status| match status {
        AccountStatus::NotStarted => "Għadu ma bediex",
        AccountStatus::InProgress => "Għaddej",
        AccountStatus::Open => "Miftuħ",
        AccountStatus::Refused => "Miċħud",
    },
    overall: "Status tal-kont",
    diligences_heading: "Verifiki tal-identità",
    diligences_none: "Għad m'hemm l-ebda riżultat.",
    diligence_kind: |kind| match kind {
        DiligenceKind::IdDocument => "Dokument tal-identità",
        DiligenceKind::Selfie => "Vidjo selfie",
        DiligenceKind::Transfer => "Trasferiment bankarju",
        DiligenceKind::Other => "Dokument ta' sostenn",
    },
    diligence_state: |state| match state {
        DiligenceState::Validated => "Aċċettata",
        DiligenceState::Refused => "Miċħuda",
        DiligenceState::InReview => "Qed tiġi riveduta",
    },
    steps_heading: "Il-passi tiegħek",
    step_done: "Lest",
    step_open: "Pendenti",
    tax_documents: "Il-bank għandu bżonn dokumenti dwar is-sitwazzjoni tat-taxxa tiegħek u se jikkuntattjak.",
    identity_again: "Erġa' kkonferma l-identità tiegħek",
    identity_checking: "L-identità tiegħek qed tiġi ċċekkjata. Din il-paġna tiġġedded waħedha, u sadanittant tista' tkompli bil-passi l-oħra.",
    identity_validated: "L-identità tiegħek hija kkonfermata.",
    identity_refused: "L-identità tiegħek ma setgħetx tiġi kkonfermata. Jekk jogħġbok erġa' kkonfermaha, bir-rikonoxximent tal-wiċċ jew bi trasferiment bankarju.",
    sca_tax: "Bgħatna talba lill-app fuq il-mowbajl tiegħek: approvaha hemmhekk biex tiffirma d-dettalji tat-taxxa tiegħek. Imbagħad kompli.",
    sca_terms: "Bgħatna talba lill-app fuq il-mowbajl tiegħek: approvaha hemmhekk biex tiffirma l-aċċettazzjoni tat-termini. Imbagħad kompli.",
};
