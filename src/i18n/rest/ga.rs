//! Irish texts of the steps after the personal data (singular "tú" with "le do thoil").

use super::RestTextsSource;
use kyc_core::api::{Agreement, Evidence};
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::reason::{Guidance, Topic};
use kyc_core::ConsentKind;
use kyc_core::Plural;

pub(super) const TEXTS: RestTextsSource = RestTextsSource {
    back: "Siar",
    phone_title: "Deimhnigh ar do ghuthán",
    phone_sent: |phone| format!("Sheolamar teachtaireacht téacs le nasc chuig {phone}."),
    phone_how: "Oscail an nasc ar an bhfón sin. Coinnigh an leathanach seo oscailte: bogfaidh sé ar aghaidh leis féin nuair a osclófar an nasc.",
    phone_waiting: "Ag fanacht go n-osclóidh tú an nasc…",
    consents_title: "Do thoiliú",
    consents_intro: "Roimh an tsainaithint físe, teastaíonn do thoiliú uainn don mhéid seo a leanas.",
    consent_missing: |kind| match kind {
        ConsentKind::TermsConditions => "Glac leis na téarmaí agus coinníollacha chun leanúint ar aghaidh",
        ConsentKind::DataProcessing => "Toiligh le próiseáil do shonraí pearsanta chun leanúint ar aghaidh",
    },
    consent_save_failed: "Níorbh fhéidir do rogha a shábháil.",
    given_at: |at| format!("Tugtha ar {at} (UTC)"),
    ident_title: "Sainaithint físe",
    ident_intro: "I nglao físe gearr, seiceálann gníomhaire do dhoiciméad aitheantais agus deimhníonn sé gur tusa atá ann.",
    ident_ready: "Bíodh na nithe seo réidh agat",
    ident_ready_items: [
        "Do chárta aitheantais nó do phas bailí",
        "Do ghuthán póca, chun cód a fháil i dteachtaireacht téacs",
        "Áit chiúin a bhfuil solas maith inti",
    ],
    // "nóiméad" keeps the same form after every number.
    waiting_time: |plural, n| match plural {
        Plural::One => format!("Am feithimh measta: thart ar {n} nóiméad"),
        _ => format!("Am feithimh measta: thart ar {n} nóiméad"),
    },
    ident_frame_title: "Sainaithint físe",
    ident_finished: "Tá an glao críochnaithe agam",
    ident_starting: "An tsainaithint físe á tosú…",
    ident_start_failed: "Níorbh fhéidir linn an tsainaithint físe a thosú.",
    status_waiting: "Ag fanacht leis an toradh",
    status_waiting_lead: "Táimid ag seiceáil do shainaitheanta. Nuashonraíonn an leathanach seo leis féin.",
    status_verified: "Tá do chéannacht fíoraithe",
    status_verified_lead: "Go raibh maith agat. Deimhníodh do chéannacht.",
    status_under_review_lead: "Tá do shainaithint á hathbhreithniú. Is féidir leat leanúint ar aghaidh cheana féin.",
    status_interrupted: "Cuireadh isteach ar an tsainaithint",
    status_failed: "Theip ar an tsainaithint",
    status_failed_lead: "Níorbh fhéidir linn do chéannacht a fhíorú. Má tá aon cheist agat, déan teagmháil leis an bhfoireann tacaíochta.",
    status_expired: "Tá nasc na sainaitheanta imithe in éag",
    status_expired_lead: "Níl an nasc don tsainaithint físe bailí a thuilleadh. Tosaigh arís, le do thoil.",
    status_check_failed: "Níorbh fhéidir linn an toradh a sheiceáil díreach anois. Leanfaimid orainn ag iarraidh.",
    status_referred: "Tá scrúdú níos mine de dhíth ar d'iarratas",
    status_referred_lead: "Déanfaidh ár bhfoireann do chuid sonraí a athbhreithniú agus déanfaidh siad teagmháil leat. Ní gá duit tosú arís.",
    status_referred_detail: "Níl aon rud eile le déanamh agat faoi láthair. Coinnigh do dhoiciméad aitheantais in aice láimhe: má bhíonn tuilleadh uainn, scríobhfaimid chuig an seoladh ríomhphoist a thug tú dúinn.",
    topic: |topic| match topic {
        Topic::DataMismatch => "Ní mheaitseálann na sonraí a chuir tú isteach le do dhoiciméad aitheantais.",
        Topic::Document => "Bhí fadhb le do dhoiciméad aitheantais: d'fhéadfadh sé a bheith as dáta, damáistithe nó gan a bheith inghlactha.",
        Topic::Video => "Ní raibh an pictiúr soiléir go leor, mar shampla mar gheall ar dhrochsholas.",
        Topic::Audio => "Ní raibh an fhuaim soiléir go leor.",
        Topic::Connection => "Cailleadh an ceangal nó bhí sé rómhall.",
        Topic::IdentCode => "Bhí fadhb leis an gcód a seoladh chugat i dteachtaireacht téacs.",
        Topic::UserEnded => "Chríochnaigh an glao sula raibh an tsainaithint críochnaithe.",
        Topic::Timeout => "Thóg an tsainaithint rófhada agus stopadh í.",
        Topic::Technical => "Tharla fadhb theicniúil ar ár dtaobh.",
        Topic::Other => "Níorbh fhéidir an tsainaithint a chríochnú.",
    },
    guidance: |guidance| match guidance {
        Guidance::RetryNow => "Is féidir leat triail eile a bhaint as anois.",
        Guidance::RetryOtherDocument => "Bain triail eile as le doiciméad aitheantais bailí eile, le do thoil.",
        Guidance::ContactSupport => "Ní réiteoidh triail eile é seo. Déan teagmháil leis an bhfoireann tacaíochta, le do thoil.",
    },
    docs_heading: "Doiciméid is féidir leat a úsáid",
    docs_loading: "Na doiciméid inghlactha á lódáil…",
    doc_kind: |kind| match kind {
        DocumentKind::IdCard => "Cárta aitheantais",
        DocumentKind::DriversLicense => "Ceadúnas tiomána",
        DocumentKind::Passport => "Pas",
    },
    // After a number "tír" is lenited for 2 to 6 and eclipsed for 7 to 10.
    doc_countries: |plural, n| match plural {
        Plural::One => format!("Glactar leis ó {n} tír"),
        Plural::Two | Plural::Few => format!("Glactar leis ó {n} thír"),
        Plural::Many => format!("Glactar leis ó {n} dtír"),
        _ => format!("Glactar leis ó {n} tír"),
    },
    doc_choice_legend: "Cén doiciméad a thaispeánfaidh tú?",
    issuing_country: "Tír eisiúna",
    proof_legend: "Cruthúnas seolta",
    proof_intro: "Ní thaispeánann an doiciméad seo do sheoladh. Bíodh cruthúnas seolta réidh agat nach bhfuil níos sine ná 6 mhí; iarrfaidh an gníomhaire é.",
    proof_intro_unconfirmed: "Níorbh fhéidir linn do sheoladh a dheimhniú. Ainmnigh an cruthúnas seolta a thaispeánfaidh tú don ghníomhaire (nach bhfuil níos sine ná 6 mhí): seolfar é le do shainaithint.",
    proof_type_label: "Cineál cruthúnais",
    proof_type: |kind| match kind {
        ProofOfAddressType::BankAccountStatement => "Ráiteas bainc",
        ProofOfAddressType::CertificateOfRegistration => "Teastas cláraithe",
        ProofOfAddressType::ElectricityBill => "Bille leictreachais",
        ProofOfAddressType::GasBill => "Bille gáis",
        ProofOfAddressType::HeatingBill => "Bille téimh",
        ProofOfAddressType::InternetBill => "Bille idirlín",
        ProofOfAddressType::TelephoneBill => "Bille teileafóin",
        ProofOfAddressType::WaterBill => "Bille uisce",
    },
    proof_issued_label: "Dáta eisiúna",
    start_call: "Tosaigh an glao físe",
    corrections_heading: "Sonraí a ceartaíodh ó do dhoiciméad aitheantais",
    corrections_entered: "A chuir tú isteach",
    corrections_verified: "Fíoraithe",
    address_corrected: |official| format!("Fuaireamar do sheoladh mar seo: {official}."),
    address_not_found: "Níorbh fhéidir linn an seoladh seo a dheimhniú. Is féidir leat leanúint ar aghaidh, ach beidh ort cruthúnas seolta (bille fóntais, mar shampla) a sheoladh chugainn níos déanaí.",
    bank_title: "Deimhnigh cé thú le do bhanc",
    bank_how: |scheme| {
        let with = scheme.map(|s| format!(" le {s}")).unwrap_or_default();
        format!("Logálann tú isteach i do bhanc féin{with}. Deimhníonn do bhanc d'ainm, do dháta breithe agus do sheoladh dúinn; fanann do shonraí logála isteach bainc ag do bhanc.")
    },
    bank_go: "Ar aghaidh chuig do bhanc",
    bank_canceled: "Cealaíodh an logáil isteach ag do bhanc. Is féidir leat triail eile a bhaint as.",
    bank_failed: "Níorbh fhéidir le do bhanc do chéannacht a dheimhniú. Is féidir leat triail eile a bhaint as.",
    bank_popup: "Logáil isteach i do bhanc san fhuinneog a osclaíodh. Bogfaidh an leathanach seo ar aghaidh leis féin nuair a bheidh tú críochnaithe.",
    bank_popup_blocked: "Chuir do bhrabhsálaí bac ar fhuinneog do bhainc. Ceadaigh fuinneoga aníos don leathanach seo, agus ansin bain triail eile as.",
    checks_heading: "Conas a chuirtear do chuid sonraí i gcomparáid",
    checks_field: "Sonra",
    evidence: |evidence| match evidence {
        Evidence::Bank => "Do bhanc",
        Evidence::Document => "Do dhoiciméad aitheantais",
    },
    agreement: |agreement| match agreement {
        Agreement::Match => "Meaitseálann",
        Agreement::Similar => "Meaitseálann beagnach",
        Agreement::Mismatch => "Ní mheaitseálann",
    },
};
