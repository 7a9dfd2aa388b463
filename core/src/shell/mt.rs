//! Maltese texts of the page frame and the text message (second person singular with "jekk jogħġbok", as Maltese institutions write).

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Verifika tal-identità",
    language: "Lingwa (Language)",
    loading: "Qed jitgħabba…",
    load_failed: "Il-paġna ma setgħetx titgħabba.",
    load_slow: "Dan qed jieħu aktar żmien milli suppost.",
    load_help: "Iċċekkja l-konnessjoni tal-internet tiegħek u erġa' għabbi l-paġna. Jekk xorta ma titgħabbiex, iftaħ din il-link f'browser ieħor, bħal verżjoni riċenti ta' Chrome, Firefox, Safari jew Edge.",
    reload: "Erġa' għabbi l-paġna",
    step_of: |n, total| format!("Pass {n} minn {total}"),
    step_name: |step| match step {
        Step::Risk => "Verifika tal-apparat",
        Step::PhoneCheck => "Konferma bil-mowbajl",
        Step::BankLogin => "Aċċess għall-bank",
        Step::Capture => "Ritratti tad-dokument",
        Step::PersonalData => "Dettalji personali",
        Step::Consents => "Kunsens",
        Step::Identification => "Identifikazzjoni vidjo",
        Step::Identity => "Identità",
        Step::Declaration => "Id-dettalji tiegħek",
        Step::Tax => "Residenza għat-taxxa",
        Step::Terms => "Termini tal-kont",
        Step::Status => "Riżultat",
    },
    person_title: "Id-dettalji personali tiegħek",
    person_intro: "Jekk jogħġbok daħħal id-dettalji tiegħek eżatt kif jidhru fuq id-dokument tal-identità tiegħek. Il-kaxxi mmarkati bħala fakultattivi jistgħu jibqgħu vojta.",
    sms_handoff: |url| format!("Kompli ħu r-ritratti tad-dokument tal-identità tiegħek bil-mowbajl: {url} (validu għal 10 minuti)"),
    ident_ended: "Is-sejħa bil-vidjo tiegħek intemmet",
    bank_finished: "Id-dħul fil-bank tiegħek tlesta",
    one_moment: "Mument wieħed…",
    close_window: "Tista' tagħlaq din it-tieqa.",
};
