//! Bulgarian texts of the page frame and the text message (formal plural "Вие", capitalised).

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Проверка на самоличността",
    language: "Език (Language)",
    loading: "Зареждане…",
    load_failed: "Страницата не можа да се зареди.",
    load_slow: "Това отнема повече време от обичайното.",
    load_help: "Проверете интернет връзката си и презаредете страницата. Ако все още не се зарежда, отворете тази връзка в друг браузър, например в актуална версия на Chrome, Firefox, Safari или Edge.",
    reload: "Презаредете страницата",
    step_of: |n, total| format!("Стъпка {n} от {total}"),
    step_name: |step| match step {
        Step::Risk => "Проверка на устройство",
        Step::PhoneCheck => "Потвърждение с телефон",
        Step::BankLogin => "Вход в банката",
        Step::Capture => "Снимки на документа",
        Step::PersonalData => "Лични данни",
        Step::Consents => "Съгласия",
        Step::Identification => "Видеоидентификация",
        Step::Identity => "Самоличност",
        Step::Declaration => "Вашите данни",
        Step::Tax => "Данъчна резидентност",
        Step::Terms => "Условия на сметката",
        Step::Status => "Резултат",
    },
    person_title: "Вашите лични данни",
    person_intro: "Моля, въведете данните си точно както са посочени в документа Ви за самоличност. Полетата, отбелязани като незадължителни, може да останат празни.",
    sms_handoff: |url| format!("Продължете заснемането на документа си с телефона: {url} (връзката е валидна 10 минути)"),
    ident_ended: "Видеоразговорът Ви приключи",
    bank_finished: "Входът Ви в банката приключи",
    one_moment: "Един момент…",
    close_window: "Можете да затворите този прозорец.",
};
