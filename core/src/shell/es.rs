//! Spanish (formal "usted") texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Verificación de identidad",
    language: "Idioma (Language)",
    loading: "Cargando…",
    load_failed: "No se ha podido cargar la página.",
    load_slow: "Esto está tardando más de lo habitual.",
    load_help: "Compruebe su conexión a internet y vuelva a cargar la página. Si sigue sin cargarse, abra este enlace en otro navegador, por ejemplo una versión actual de Chrome, Firefox, Safari o Edge.",
    reload: "Volver a cargar la página",
    step_of: |n, total| format!("Paso {n} de {total}"),
    step_name: |step| match step {
        Step::Risk => "Control del dispositivo",
        Step::PhoneCheck => "Confirmación por móvil",
        Step::BankLogin => "Acceso a su banco",
        Step::Capture => "Fotos del documento",
        Step::PersonalData => "Datos personales",
        Step::Consents => "Consentimiento",
        Step::Identification => "Videoidentificación",
        Step::Identity => "Identidad",
        Step::Declaration => "Sus datos",
        Step::Tax => "Residencia fiscal",
        Step::Terms => "Condiciones de la cuenta",
        Step::Status => "Resultado",
    },
    person_title: "Sus datos personales",
    person_intro: "Introduzca sus datos exactamente como figuran en su documento de identidad. Los campos marcados como opcionales pueden quedar vacíos.",
    sms_handoff: |url| format!("Continúe haciendo las fotos de su documento de identidad en el móvil: {url} (válido durante 10 minutos)"),
    ident_ended: "Su videollamada ha finalizado",
    bank_finished: "El acceso a su banco ha finalizado",
    one_moment: "Un momento…",
    close_window: "Puede cerrar esta ventana.",
};
