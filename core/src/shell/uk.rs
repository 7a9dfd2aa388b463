//! Ukrainian texts of the page frame and the text message (formal "Ви").

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Верифікація особи",
    language: "Мова (Language)",
    loading: "Завантаження…",
    load_failed: "Не вдалося завантажити сторінку.",
    load_slow: "Це триває довше, ніж зазвичай.",
    load_help: "Перевірте підключення до інтернету та перезавантажте сторінку. Якщо вона й далі не завантажується, відкрийте це посилання в іншому браузері, наприклад в актуальній версії Chrome, Firefox, Safari або Edge.",
    reload: "Перезавантажити сторінку",
    step_of: |n, total| format!("Крок {n} з {total}"),
    step_name: |step| match step {
        Step::Risk => "Перевірка пристрою",
        Step::PhoneCheck => "Підтвердження телефоном",
        Step::BankLogin => "Вхід до банку",
        Step::Capture => "Фото документа",
        Step::PersonalData => "Особисті дані",
        Step::Consents => "Згода",
        Step::Identification => "Відеоверифікація",
        Step::Identity => "Підтвердження особи",
        Step::Declaration => "Ваші дані",
        Step::Tax => "Податкове резидентство",
        Step::Terms => "Умови рахунку",
        Step::Status => "Результат",
    },
    person_title: "Ваші особисті дані",
    person_intro: "Введіть свої дані точно так, як їх зазначено у Вашому документі, що посвідчує особу. Поля з позначкою «необов’язково» можна залишити порожніми.",
    sms_handoff: |url| format!("Продовжіть фотографування документа на телефоні: {url} (посилання дійсне 10 хвилин)"),
    ident_ended: "Ваш відеодзвінок завершено",
    bank_finished: "Вхід до банку завершено",
    one_moment: "Хвилинку…",
    close_window: "Ви можете закрити це вікно.",
};
