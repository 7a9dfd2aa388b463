//! Hungarian (formal "Ön") texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Személyazonosítás",
    language: "Nyelv (Language)",
    loading: "Betöltés…",
    load_failed: "Az oldalt nem sikerült betölteni.",
    load_slow: "Ez a szokásosnál tovább tart.",
    load_help: "Ellenőrizze az internetkapcsolatát, és töltse be újra az oldalt. Ha továbbra sem töltődik be, nyissa meg ezt a linket egy másik böngészőben, például a Chrome, a Firefox, a Safari vagy az Edge aktuális verziójában.",
    reload: "Oldal újratöltése",
    step_of: |n, total| format!("{n}. lépés (összesen {total})"),
    step_name: |step| match step {
        Step::Risk => "Eszközellenőrzés",
        Step::PhoneCheck => "Telefonos megerősítés",
        Step::BankLogin => "Banki bejelentkezés",
        Step::Capture => "Fotók az okmányról",
        Step::PersonalData => "Személyes adatok",
        Step::Consents => "Hozzájárulás",
        Step::Identification => "Videós azonosítás",
        Step::Identity => "Személyazonosság",
        Step::Declaration => "Az Ön adatai",
        Step::Tax => "Adóügyi illetőség",
        Step::Terms => "Számlafeltételek",
        Step::Status => "Eredmény",
    },
    person_title: "Az Ön személyes adatai",
    person_intro: "Kérjük, adatait pontosan úgy adja meg, ahogy azok a személyazonosító okmányában szerepelnek. A nem kötelezőként jelölt mezők üresen hagyhatók.",
    sms_handoff: |url| format!("Folytassa okmánya fényképezését a telefonján: {url} (10 percig érvényes)"),
    ident_ended: "Az Ön videohívása véget ért",
    bank_finished: "A banki bejelentkezés befejeződött",
    one_moment: "Egy pillanat…",
    close_window: "Bezárhatja ezt az ablakot.",
};
