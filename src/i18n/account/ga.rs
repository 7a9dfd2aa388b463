//! Irish texts of the account steps (singular "tú" with "le do thoil").

use super::AccountTextsSource;
use kyc_core::account::{AccountStatus, DiligenceKind, DiligenceState};
use kyc_core::Plural;

pub(super) const TEXTS: AccountTextsSource = AccountTextsSource {
    identity_title: "Cruthaigh do chéannacht",
    identity_intro: "Roghnaigh conas is mian leat a chruthú cé thú. Is féidir leat leanúint ar aghaidh leis na céimeanna eile fad a bhímid ag seiceáil.",
    method_legend: "Conas is mian leat do chéannacht a chruthú?",
    method_facial: "Aithint aghaidhe",
    method_facial_hint: "Taispeáin do dhoiciméad aitheantais agus taifead físeán gearr féinín. Tógann an tseiceáil 3 go 6 nóiméad.",
    method_transfer: "Aistriú meandarach",
    method_transfer_hint: "Seol suim bheag ó chuntas i d'ainm féin chuig IBAN a chuirimid in áirithe duit.",
    frame_title: "Aithint aghaidhe",
    frame_closed: "Go raibh maith agat. Tá an aithint aghaidhe críochnaithe agat; beidh a toradh ar an leathanach deireanach.",
    transfer_intro: "Seol aistriú meandarach ó chuntas i d'ainm féin chuig:",
    iban: "IBAN",
    bic: "BIC",
    // The amount is written €5, as in Ireland, so no noun follows the number.
    max_amount: |plural, euros| match plural {
        Plural::One => format!("Ná seol níos mó ná €{euros}: diúltaítear d'aistrithe níos mó."),
        _ => format!("Ná seol níos mó ná €{euros}: diúltaítear d'aistrithe níos mó."),
    },
    activation_heading: "Lean ar aghaidh ar do ghuthán",
    activation_intro: "Déantar an aithint aghaidhe ar do ghuthán: scan an cód QR seo le haip do bhainc nó leis an aip Xpollens Authenticator, nó clóscríobh an cód gníomhachtaithe san aip. Ansin lean treoracha na haipe.",
    qr_label: "Cód QR le do chód gníomhachtaithe",
    activation_code: "Cód gníomhachtaithe",
    activation_waiting: "Tá do chód gníomhachtaithe á ullmhú; beidh sé le feiceáil anseo i gceann nóiméid.",
    declaration_title: "Deimhnigh do chuid sonraí",
    declaration_intro: "Seolaimid na sonraí a chuir tú isteach (teagmháil agus seoladh) chuig an mbanc a osclaíonn do chuntas.",
    declaration_send: "Deimhnigh agus seol mo shonraí",
    tax_title: "Cónaitheacht chánach",
    tax_intro: "Caithfidh an banc a fháil amach cá n-íocann tú cáin agus an duine de chuid SAM (US person) thú.",
    us_person: "An saoránach SAM nó cónaitheoir cánach SAM thú?",
    yes: "Is ea",
    no: "Ní hea",
    tax_country: "Tír chónaithe chánach",
    tin: "Uimhir aitheantais chánach",
    tin_hint: "Fág folamh é ach amháin mura n-eisíonn do thír a leithéid.",
    tin_required: "Cuir isteach d'uimhir aitheantais chánach: eisíonn an tír seo ceann agus teastaíonn sé ón mbanc.",
    tax_send: "Seol mo shonraí cánach",
    terms_title: "Téarmaí an chuntais",
    terms_intro: "Léigh téarmaí agus coinníollacha an chuntais íocaíochta sula nglacann tú leo.",
    terms_checkbox: "Léigh mé agus glacaim le téarmaí agus coinníollacha an chuntais íocaíochta.",
    terms_accept: "Glac leis na téarmaí",
    terms_required: "Cuir tic sa bhosca chun glacadh leis na téarmaí, le do thoil.",
    status_title: "Do chuntas",
    status_lead: |status| match status {
        AccountStatus::Open => "Tá do chuntas oscailte. Go raibh maith agat!",
        AccountStatus::Refused => "Ní féidir linn do chuntas a oscailt. Má tá ceisteanna agat, déan teagmháil leis an bhfoireann tacaíochta.",
        AccountStatus::NotStarted | AccountStatus::InProgress => {
            "Osclófar do chuntas nuair a bheidh gach seiceáil glan. Nuashonraíonn an leathanach seo leis féin."
        }
    },
    status_name: |status| match status {
        AccountStatus::NotStarted => "Gan tosú",
        AccountStatus::InProgress => "Ar siúl",
        AccountStatus::Open => "Oscailte",
        AccountStatus::Refused => "Diúltaithe",
    },
    overall: "Stádas an chuntais",
    diligences_heading: "Seiceálacha céannachta",
    diligences_none: "Níl aon toradh fós.",
    diligence_kind: |kind| match kind {
        DiligenceKind::IdDocument => "Doiciméad aitheantais",
        DiligenceKind::Selfie => "Físeán féinín",
        DiligenceKind::Transfer => "Aistriú bainc",
        DiligenceKind::Other => "Doiciméad tacaíochta",
    },
    diligence_state: |state| match state {
        DiligenceState::Validated => "Glactha",
        DiligenceState::Refused => "Diúltaithe",
        DiligenceState::InReview => "Á athbhreithniú",
    },
    steps_heading: "Do chéimeanna",
    step_done: "Déanta",
    step_open: "Le déanamh",
    tax_documents: "Teastaíonn doiciméid ón mbanc faoi do stádas cánach agus déanfaidh sé teagmháil leat.",
    identity_again: "Cruthaigh do chéannacht arís",
    identity_checking: "Tá do chéannacht á seiceáil. Nuashonraíonn an leathanach seo leis féin, agus is féidir leat leanúint ar aghaidh leis na céimeanna eile idir an dá linn.",
    identity_validated: "Tá do chéannacht deimhnithe.",
    identity_refused: "Níorbh fhéidir do chéannacht a dheimhniú. Cruthaigh arís í, le haithint aghaidhe nó le haistriú bainc.",
    sca_tax: "Sheolamar iarratas chuig an aip ar do ghuthán: ceadaigh ansin é chun do shonraí cánach a shíniú. Ansin lean ar aghaidh.",
    sca_terms: "Sheolamar iarratas chuig an aip ar do ghuthán: ceadaigh ansin é chun do ghlacadh leis na téarmaí a shíniú. Ansin lean ar aghaidh.",
};
