//! Irish texts of the capture step (singular "tú" with "le do thoil").

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Cén doiciméad a nglacfaidh tú grianghraf de?",
    document_why:
        "Glactar grianghraf den dá thaobh de chárta aitheantais, agus de leathanach an ghrianghraif i bpas. Bíodh sé in aice láimhe agat; tiocfaidh féinín ina dhiaidh sin.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Glac grianghraf d'aghaidh do dhoiciméid aitheantais",
        CaptureSlot::DocumentBack => "Glac grianghraf de chúl do dhoiciméid aitheantais",
        CaptureSlot::Selfie => "Glac féinín",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Leag an doiciméad ar dhromchla dorcha simplí agus cuir taobh istigh den fhráma é. Ba cheart na ceithre chúinne a bheith le feiceáil."
        }
        CaptureSlot::Selfie => {
            "Féach díreach isteach sa cheamara, d'aghaidh ar fad taobh istigh den fhráma agus gan aon rud á clúdach."
        }
    },
    photo_of: |n, total| format!("Grianghraf {n} as {total}"),
    camera_starting: "An ceamara á thosú…",
    camera_label: "Íomhá an cheamara",
    shutter: "Glac grianghraf",
    preview_label: "Do ghrianghraf",
    retake: "Glac arís",
    use_photo: "Úsáid an grianghraf seo",
    looks_good: "Seiceáil go bhfuil gach mionsonra géar agus inléite, ansin úsáid an grianghraf.",
    quality_refused: "Ní féidir an grianghraf seo a úsáid",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Tá sé ródhorcha. Téigh go háit níos gile nó las solas, agus seachain scáthanna.",
        QualityIssue::Blurred => "Tá sé doiléir. Coinnigh an ceamara socair agus fan go mbeidh an téacs géar.",
        QualityIssue::Glare => {
            "Tá frithchaitheamh ag ceilt cuid de. Claon an doiciméad beagán nó bog ón solas díreach."
        }
    },
    uploading: "An grianghraf á uaslódáil",
    upload_failed: "Níorbh fhéidir an grianghraf a uaslódáil. Seiceáil do cheangal agus bain triail eile as.",
    upload_refused: "Níor glacadh leis an ngrianghraf. Glac nó roghnaigh ceann eile, le do thoil.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Níl cead an ceamara a úsáid",
        CameraProblem::NoCamera => "Níor aimsíodh aon cheamara",
        CameraProblem::Busy => "Tá an ceamara in úsáid",
        CameraProblem::Insecure => "Teastaíonn ceangal slán ón gceamara",
        CameraProblem::Blocked => "Ní féidir leis an suíomh seo an ceamara a úsáid anseo",
        CameraProblem::InAppBrowser => "Ní féidir le brabhsálaí na haipe seo an ceamara a úsáid",
        CameraProblem::Virtual => "Tá ceamara fíorúil roghnaithe",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Níor thug tú cead don leathanach seo an ceamara a úsáid. Tabhair cead leis an tsiombail ceamara sa bharra seoltaí agus bain triail eile as, nó uaslódáil grianghraf ina ionad."
        }
        CameraProblem::NoCamera => "Níl aon cheamara ar an ngléas seo is féidir linn a úsáid. Uaslódáil grianghraf, nó lean ar aghaidh ar do ghuthán.",
        CameraProblem::Busy => {
            "Tá aip eile ag úsáid an cheamara, glao físe mar shampla. Dún í agus bain triail eile as, nó uaslódáil grianghraf."
        }
        CameraProblem::Insecure => {
            "Ní thugann brabhsálaithe an ceamara ach do leathanaigh ar cheangal slán (https). Uaslódáil grianghraf, nó lean ar aghaidh ar do ghuthán."
        }
        CameraProblem::Blocked => {
            "Ní ligeann an suíomh gréasáin a thaispeánann an leathanach seo dó an ceamara a úsáid. Uaslódáil grianghraf, nó lean ar aghaidh ar do ghuthán."
        }
        CameraProblem::InAppBrowser => "D'oscail tú an leathanach seo taobh istigh d'aip eile, agus de ghnáth ní thaispeánann a brabhsálaí ionsuite aon phictiúr ceamara. Oscail i do bhrabhsálaí féin é (Chrome, Safari, Firefox…) leis an nasc thíos, uaslódáil grianghraf, nó lean ar aghaidh ar ghuthán eile.",
        CameraProblem::Virtual => "Tá an brabhsálaí ag úsáid ceamara fíorúil (bogearraí ar nós OBS nó ManyCam) in ionad fíorcheamara. Roghnaigh fíorcheamara do ghléis i socruithe an bhrabhsálaí agus bain triail eile as, nó uaslódáil grianghraf.",
    }
    },
    camera_retry: "Bain triail eile as an gceamara",
    use_upload: "Uaslódáil grianghraf ina ionad",
    use_camera: "Úsáid an ceamara ina ionad",
    file_label: "Roghnaigh grianghraf",
    file_hint: "Pictiúr JPEG nó PNG, 25 MB ar a mhéad.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Ní pictiúr JPEG ná PNG é an comhad seo. Roghnaigh grianghraf, le do thoil.",
        FileProblem::TooLarge => "Tá an comhad seo níos mó ná 25 MB. Roghnaigh grianghraf níos lú, le do thoil.",
        FileProblem::Unreadable => "Ní féidir an comhad seo a oscailt mar phictiúr. Roghnaigh grianghraf eile, le do thoil.",
    },
    handoff_heading: "Lean ar aghaidh ar do ghuthán",
    handoff_intro: "Glac na grianghraif le ceamara do ghutháin. Bogfaidh an leathanach seo ar aghaidh leis féin nuair a bheidh siad tagtha.",
    handoff_show: "Taispeáin cód QR do mo ghuthán",
    qr_label: "Cód QR leis an nasc do do ghuthán",
    handoff_once: "Scan é le ceamara do ghutháin. Oibríonn an nasc uair amháin, ar feadh 10 nóiméad.",
    sms_send: "Seol an nasc chuig m'uimhir fóin phóca",
    sms_sent: "Seoladh an teachtaireacht téacs. Oscail an nasc ar do ghuthán.",
    handoff_failed: "Níorbh fhéidir an nasc do do ghuthán a chruthú. Bain triail eile as, le do thoil.",
    sms_limit: "Ní féidir a thuilleadh teachtaireachtaí téacs a sheoladh don seisiún seo inniu. Taispeáin an cód QR agus scan é le do ghuthán ina ionad.",
    waiting_phone: "Ag fanacht leis na grianghraif ó do ghuthán…",
    all_received: "Fuarthas na grianghraif ar fad.",
    phone_title: "Grianghraif do do shainaithint",
    phone_done: "Is féidir leat leanúint ar aghaidh ar do ríomhaire.",
    phone_link_expired: "Tá an nasc seo imithe in éag nó úsáideadh cheana é. Taispeáin cód QR nua ar do ríomhaire.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Chun cead a thabhairt: cliceáil siombail an cheamara nó na socruithe ar chlé an bharra seoltaí, socraigh Camera go Allow, agus ansin bain triail eile as.",
        BrowserFamily::ChromeAndroid => "Chun cead a thabhairt: tapáil siombail na socruithe ar chlé an bharra seoltaí, ansin Permissions, agus cas air Camera. Ansin bain triail eile as.",
        BrowserFamily::SafariIos => "Chun cead a thabhairt: tapáil aA sa bharra seoltaí, ansin Website Settings, agus socraigh Camera go Allow. Má fhanann sé múchta, oscail Settings, roghnaigh do bhrabhsálaí agus cas air Camera.",
        BrowserFamily::SafariMac => "Chun cead a thabhairt: i roghchlár Safari roghnaigh Settings for This Website, socraigh Camera go Allow, agus ansin bain triail eile as.",
        BrowserFamily::Firefox => "Chun cead a thabhairt: cliceáil siombail an cheamara trasnaithe sa bharra seoltaí, bain an bac, agus ansin bain triail eile as.",
        BrowserFamily::Other => "Chun cead a thabhairt: oscail socruithe do bhrabhsálaí don suíomh gréasáin seo, ceadaigh an ceamara, agus ansin bain triail eile as.",
    },
    browser_link: "Faigh nasc le hoscailt i mo bhrabhsálaí",
    browser_link_label: "Nasc do do bhrabhsálaí",
    browser_link_hint: "Cóipeáil é, oscail do bhrabhsálaí agus greamaigh sa bharra seoltaí é. Oibríonn sé uair amháin, ar feadh 10 nóiméad.",
    copy_link: "Cóipeáil an nasc",
    link_copied: "Cóipeáladh an nasc.",
    open_in_chrome: "Oscail in Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Coinnigh an doiciméad socair taobh istigh den fhráma.",
        Hold::Mrz => "Coinnigh an doiciméad ar fad taobh istigh den fhráma, na línte litreacha agus siombailí ag an mbun san áireamh.",
    },
    countdown_started: "Ná bog: glacfar an grianghraf go huathoibríoch i gceann 3 soicind.",
    countdown: |n| format!("Grianghraf i gceann {n}"),
    mrz_expired_title: "Tá an doiciméad seo as dáta",
    mrz_expired_text: "Tá a dháta bailíochta caite, agus ní ghlactar le doiciméid atá as dáta. Glac grianghraf de dhoiciméad aitheantais bailí, le do thoil.",
    mrz_differs_title: "Ní mheaitseálann an doiciméad le do shonraí",
    mrz_differs_text: "Tá an méid atá ar an doiciméad difriúil leis an méid a chlóscríobh tú sna réimsí seo. Glac an grianghraf arís mura bhfuil sé soiléir, nó ceartaigh do shonraí.",
    mrz_field: |field| match field {
        MrzField::LastName => "Sloinne",
        MrzField::FirstName => "Céadainmneacha",
        MrzField::BirthDate => "Dáta breithe",
        MrzField::Nationality => "Náisiúntacht",
        MrzField::DocumentNumber => "Uimhir an doiciméid",
    },
    correct_details: "Ceartaigh mo shonraí",
};
