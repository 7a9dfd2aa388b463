//! Portuguese (Portugal; formal third-person forms) texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Verificação de identidade",
    language: "Idioma (Language)",
    loading: "A carregar…",
    load_failed: "Não foi possível carregar a página.",
    load_slow: "Isto está a demorar mais do que o habitual.",
    load_help: "Verifique a sua ligação à internet e recarregue a página. Se continuar sem carregar, abra este link noutro navegador, por exemplo uma versão atual do Chrome, Firefox, Safari ou Edge.",
    reload: "Recarregar a página",
    step_of: |n, total| format!("Passo {n} de {total}"),
    step_name: |step| match step {
        Step::Risk => "Controlo do dispositivo",
        Step::PhoneCheck => "Confirmação no telemóvel",
        Step::BankLogin => "Acesso ao banco",
        Step::Capture => "Fotos do documento",
        Step::PersonalData => "Dados pessoais",
        Step::Consents => "Consentimento",
        Step::Identification => "Videoidentificação",
        Step::Identity => "Identidade",
        Step::Declaration => "Os seus dados",
        Step::Tax => "Residência fiscal",
        Step::Terms => "Condições da conta",
        Step::Status => "Resultado",
    },
    person_title: "Os seus dados pessoais",
    person_intro: "Introduza os seus dados exatamente como constam do seu documento de identificação. Os campos assinalados como opcionais podem ficar em branco.",
    sms_handoff: |url| format!("Continue a fotografar o seu documento de identificação no telemóvel: {url} (válido durante 10 minutos)"),
    ident_ended: "A sua videochamada terminou",
    bank_finished: "O início de sessão no seu banco está concluído",
    one_moment: "Um momento…",
    close_window: "Pode fechar esta janela.",
};
