//! Irish texts of the page frame and the text message (singular "tú" with "le do thoil", as Irish public bodies and banks write; Irish has no T-V form).

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Fíorú céannachta",
    language: "Teanga (Language)",
    loading: "Á lódáil…",
    load_failed: "Níorbh fhéidir an leathanach a lódáil.",
    load_slow: "Tá sé seo ag tógáil níos faide ná mar ba cheart.",
    load_help: "Seiceáil do cheangal idirlín agus athlódáil an leathanach. Mura lódálann sé fós, oscail an nasc seo i mbrabhsálaí eile, mar shampla leagan reatha de Chrome, Firefox, Safari nó Edge.",
    reload: "Athlódáil an leathanach",
    step_of: |n, total| format!("Céim {n} as {total}"),
    step_name: |step| match step {
        Step::Risk => "Seiceáil gléis",
        Step::PhoneCheck => "Deimhniú ar an bhfón",
        Step::BankLogin => "Logáil isteach sa bhanc",
        Step::Capture => "Grianghraif aitheantais",
        Step::PersonalData => "Sonraí pearsanta",
        Step::Consents => "Toiliú",
        Step::Identification => "Sainaithint físe",
        Step::Identity => "Céannacht",
        Step::Declaration => "Do chuid sonraí",
        Step::Tax => "Cónaitheacht chánach",
        Step::Terms => "Téarmaí an chuntais",
        Step::Status => "Toradh",
    },
    person_title: "Do chuid sonraí pearsanta",
    person_intro: "Cuir isteach do chuid sonraí díreach mar atá siad ar do dhoiciméad aitheantais. Is féidir réimsí atá marcáilte roghnach a fhágáil folamh.",
    sms_handoff: |url| format!("Lean ort ag glacadh grianghraf de do dhoiciméad aitheantais ar do ghuthán: {url} (bailí ar feadh 10 nóiméad)"),
    ident_ended: "Tá do ghlao físe críochnaithe",
    bank_finished: "Tá do logáil isteach sa bhanc críochnaithe",
    one_moment: "Nóiméad amháin…",
    close_window: "Is féidir leat an fhuinneog seo a dhúnadh.",
};
