//! Maltese texts of the capture step (second person singular with "jekk jogħġbok").

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Liema dokument se tieħu ritratt tiegħu?",
    document_why:
        "Tal-karta tal-identità jittieħdu ritratti taż-żewġ naħat, tal-passaport tal-paġna bir-ritratt. Żommu fil-qrib; wara jkun hemm selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Ħu ritratt tal-quddiem tad-dokument tal-identità tiegħek",
        CaptureSlot::DocumentBack => "Ħu ritratt tal-wara tad-dokument tal-identità tiegħek",
        CaptureSlot::Selfie => "Ħu selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Poġġi d-dokument fuq wiċċ skur u ċatt u daħħlu ġewwa l-qafas. L-erba' kantunieri kollha għandhom ikunu jidhru."
        }
        CaptureSlot::Selfie => {
            "Ħares dritt lejn il-kamera, b'wiċċek kollu ġewwa l-qafas u b'xejn ma jgħattih."
        }
    },
    photo_of: |n, total| format!("Ritratt {n} minn {total}"),
    camera_starting: "Qed tinxtegħel il-kamera…",
    camera_label: "Stampa tal-kamera",
    shutter: "Ħu ritratt",
    preview_label: "Ir-ritratt tiegħek",
    retake: "Erġa' ħudu",
    use_photo: "Uża dan ir-ritratt",
    looks_good: "Iċċekkja li kull dettall huwa ċar u jinqara, imbagħad uża r-ritratt.",
    quality_refused: "Dan ir-ritratt ma jistax jintuża",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Huwa skur wisq. Mur f'post b'aktar dawl jew ixgħel dawl, u evita d-dellijiet.",
        QualityIssue::Blurred => "Huwa mċajpar. Żomm il-kamera soda u stenna sakemm it-test jidher ċar.",
        QualityIssue::Glare => {
            "Rifless qed jaħbi parti minnu. Imejjel ftit id-dokument jew tbiegħed mid-dawl dirett."
        }
    },
    uploading: "Qed jittella' r-ritratt",
    upload_failed: "Ir-ritratt ma setax jittella'. Jekk jogħġbok iċċekkja l-konnessjoni tiegħek u erġa' pprova.",
    upload_refused: "Ir-ritratt ma ġiex aċċettat. Jekk jogħġbok ħu jew agħżel ieħor.",
    problem_title: |p| match p {
        CameraProblem::Denied => "Il-kamera mhix permessa",
        CameraProblem::NoCamera => "Ma nstabet l-ebda kamera",
        CameraProblem::Busy => "Il-kamera qed tintuża",
        CameraProblem::Insecure => "Il-kamera teħtieġ konnessjoni sigura",
        CameraProblem::Blocked => "Dan is-sit ma jistax juża l-kamera hawn",
        CameraProblem::InAppBrowser => "Il-browser ta' din l-app ma jistax juża l-kamera",
        CameraProblem::Virtual => "Intgħażlet kamera virtwali",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Ma ppermettejtx lil din il-paġna tuża l-kamera. Ippermettiha bis-simbolu tal-kamera fil-bar tal-indirizz u erġa' pprova, jew tella' ritratt minflok."
        }
        CameraProblem::NoCamera => "Dan l-apparat m'għandux kamera li nistgħu nużaw. Tella' ritratt, jew kompli fuq il-mowbajl tiegħek.",
        CameraProblem::Busy => {
            "App oħra qed tuża l-kamera, pereżempju sejħa bil-vidjo. Agħlaqha u erġa' pprova, jew tella' ritratt."
        }
        CameraProblem::Insecure => {
            "Il-browsers jagħtu l-kamera biss lil paġni b'konnessjoni sigura (https). Tella' ritratt, jew kompli fuq il-mowbajl tiegħek."
        }
        CameraProblem::Blocked => {
            "Is-sit web li qed juri din il-paġna ma jħallihiex tuża l-kamera. Tella' ritratt, jew kompli fuq il-mowbajl tiegħek."
        }
        CameraProblem::InAppBrowser => "Ftaħt din il-paġna ġewwa app oħra, li l-browser integrat tagħha normalment ma juri l-ebda stampa tal-kamera. Iftaħha fil-browser tiegħek (Chrome, Safari, Firefox…) bil-link hawn taħt, tella' ritratt, jew kompli fuq mowbajl ieħor.",
        CameraProblem::Virtual => "Il-browser qed juża kamera virtwali (softwer bħal OBS jew ManyCam) minflok waħda vera. Agħżel il-kamera vera tal-apparat tiegħek fis-settings tal-browser u erġa' pprova, jew tella' ritratt.",
    }
    },
    camera_retry: "Erġa' pprova l-kamera",
    use_upload: "Tella' ritratt minflok",
    use_camera: "Uża l-kamera minflok",
    file_label: "Agħżel ritratt",
    file_hint: "Stampa JPEG jew PNG, massimu ta' 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Dan il-fajl mhuwiex stampa JPEG jew PNG. Jekk jogħġbok agħżel ritratt.",
        FileProblem::TooLarge => "Dan il-fajl huwa akbar minn 25 MB. Jekk jogħġbok agħżel ritratt iżgħar.",
        FileProblem::Unreadable => "Dan il-fajl ma jistax jinfetaħ bħala stampa. Jekk jogħġbok agħżel ritratt ieħor.",
    },
    handoff_heading: "Kompli fuq il-mowbajl tiegħek",
    handoff_intro: "Ħu r-ritratti bil-kamera tal-mowbajl tiegħek. Din il-paġna timxi 'l quddiem waħedha ladarba jaslu.",
    handoff_show: "Uri kodiċi QR għall-mowbajl tiegħi",
    qr_label: "Kodiċi QR bil-link għall-mowbajl tiegħek",
    handoff_once: "Skennjah bil-kamera tal-mowbajl tiegħek. Il-link taħdem darba biss, għal 10 minuti.",
    sms_send: "Ibgħat il-link fuq in-numru tal-mowbajl tiegħi",
    sms_sent: "L-SMS intbagħat. Iftaħ il-link fuq il-mowbajl tiegħek.",
    handoff_failed: "Il-link għall-mowbajl tiegħek ma setgħetx tinħoloq. Jekk jogħġbok erġa' pprova.",
    sms_limit: "Illum ma jistgħux jintbagħtu aktar SMS għal din is-sessjoni. Minflok, uri l-kodiċi QR u skennjah bil-mowbajl tiegħek.",
    waiting_phone: "Qed nistennew ir-ritratti mill-mowbajl tiegħek…",
    all_received: "Waslu r-ritratti kollha.",
    phone_title: "Ritratti għall-identifikazzjoni tiegħek",
    phone_done: "Tista' tkompli fuq il-kompjuter tiegħek.",
    phone_link_expired: "Din il-link skadiet jew diġà ntużat. Uri kodiċi QR ġdid fuq il-kompjuter tiegħek.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Biex tippermettiha: ikklikkja s-simbolu tal-kamera jew tas-settings fuq ix-xellug tal-bar tal-indirizz, issettja Camera għal Allow, imbagħad erġa' pprova.",
        BrowserFamily::ChromeAndroid => "Biex tippermettiha: ittappja s-simbolu tas-settings fuq ix-xellug tal-bar tal-indirizz, imbagħad Permissions, u ixgħel Camera. Imbagħad erġa' pprova.",
        BrowserFamily::SafariIos => "Biex tippermettiha: ittappja aA fil-bar tal-indirizz, imbagħad Website Settings, u issettja Camera għal Allow. Jekk tibqa' mitfija, iftaħ Settings, agħżel il-browser tiegħek u ixgħel Camera.",
        BrowserFamily::SafariMac => "Biex tippermettiha: fil-menu ta' Safari agħżel Settings for This Website, issettja Camera għal Allow, imbagħad erġa' pprova.",
        BrowserFamily::Firefox => "Biex tippermettiha: ikklikkja s-simbolu tal-kamera maqsuma fil-bar tal-indirizz, neħħi l-imblukkar, imbagħad erġa' pprova.",
        BrowserFamily::Other => "Biex tippermettiha: iftaħ is-settings tal-browser tiegħek għal dan is-sit web, ippermetti l-kamera, imbagħad erġa' pprova.",
    },
    browser_link: "Ikseb link biex niftaħha fil-browser tiegħi",
    browser_link_label: "Link għall-browser tiegħek",
    browser_link_hint: "Ikkopjaha, iftaħ il-browser tiegħek u waħħalha fil-bar tal-indirizz. Taħdem darba biss, għal 10 minuti.",
    copy_link: "Ikkopja l-link",
    link_copied: "Il-link ġiet ikkopjata.",
    open_in_chrome: "Iftaħ f'Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Żomm id-dokument wieqaf ġewwa l-qafas.",
        Hold::Mrz => "Żomm id-dokument kollu ġewwa l-qafas, inklużi l-linji tal-ittri u s-simboli fil-qiegħ.",
    },
    countdown_started: "Tiċċaqlaqx: ir-ritratt jittieħed awtomatikament fi 3 sekondi.",
    countdown: |n| format!("Ritratt fi {n}"),
    mrz_expired_title: "Dan id-dokument skada",
    mrz_expired_text: "Id-data tal-validità tiegħu għaddiet, u d-dokumenti skaduti mhumiex aċċettati. Jekk jogħġbok ħu ritratt ta' dokument tal-identità validu.",
    mrz_differs_title: "Id-dokument ma jaqbilx mad-dettalji tiegħek",
    mrz_differs_text: "Dak li jgħid id-dokument huwa differenti minn dak li ktibt f'dawn il-kaxxi. Erġa' ħu r-ritratt jekk mhux ċar, jew ikkoreġi d-dettalji tiegħek.",
    mrz_field: |field| match field {
        MrzField::LastName => "Kunjom",
        MrzField::FirstName => "Ismijiet",
        MrzField::BirthDate => "Data tat-twelid",
        MrzField::Nationality => "Nazzjonalità",
        MrzField::DocumentNumber => "Numru tad-dokument",
    },
    correct_details: "Ikkoreġi d-dettalji tiegħi",
};
