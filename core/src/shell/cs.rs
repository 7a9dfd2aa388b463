//! Czech texts of the page frame and the text message (formal vykání).

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Ověření totožnosti",
    language: "Jazyk (Language)",
    loading: "Načítání…",
    load_failed: "Stránku se nepodařilo načíst.",
    load_slow: "Trvá to déle, než by mělo.",
    load_help: "Zkontrolujte připojení k internetu a načtěte stránku znovu. Pokud se stále nenačte, otevřete tento odkaz v jiném prohlížeči, například v aktuální verzi Chrome, Firefox, Safari nebo Edge.",
    reload: "Načíst stránku znovu",
    step_of: |n, total| format!("Krok {n} z {total}"),
    step_name: |step| match step {
        Step::Risk => "Kontrola zařízení",
        Step::PhoneCheck => "Potvrzení telefonem",
        Step::BankLogin => "Přihlášení do banky",
        Step::Capture => "Fotografie dokladu",
        Step::PersonalData => "Osobní údaje",
        Step::Consents => "Souhlasy",
        Step::Identification => "Videoidentifikace",
        Step::Identity => "Totožnost",
        Step::Declaration => "Vaše údaje",
        Step::Tax => "Daňová rezidence",
        Step::Terms => "Podmínky účtu",
        Step::Status => "Výsledek",
    },
    person_title: "Vaše osobní údaje",
    person_intro: "Zadejte prosím své údaje přesně tak, jak jsou uvedeny ve vašem dokladu totožnosti. Pole označená jako nepovinná můžete nechat prázdná.",
    sms_handoff: |url| format!("Pokračujte ve fotografování dokladu na telefonu: {url} (platnost 10 minut)"),
    ident_ended: "Váš videohovor skončil",
    bank_finished: "Přihlášení do banky je dokončeno",
    one_moment: "Okamžik…",
    close_window: "Toto okno můžete zavřít.",
};
