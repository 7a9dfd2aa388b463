//! Finnish (informal "sinä", as Finnish banks write) texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Henkilöllisyyden todentaminen",
    language: "Kieli (Language)",
    loading: "Ladataan…",
    load_failed: "Sivua ei voitu ladata.",
    load_slow: "Tämä kestää tavallista kauemmin.",
    load_help: "Tarkista internetyhteytesi ja lataa sivu uudelleen. Jos sivu ei vieläkään lataudu, avaa tämä linkki toisessa selaimessa, esimerkiksi Chromen, Firefoxin, Safarin tai Edgen uusimmassa versiossa.",
    reload: "Lataa sivu uudelleen",
    step_of: |n, total| format!("Vaihe {n}/{total}"),
    step_name: |step| match step {
        Step::Risk => "Laitteen tarkistus",
        Step::PhoneCheck => "Vahvistus puhelimella",
        Step::BankLogin => "Kirjautuminen pankkiin",
        Step::Capture => "Asiakirjan kuvat",
        Step::PersonalData => "Henkilötiedot",
        Step::Consents => "Suostumus",
        Step::Identification => "Videotunnistus",
        Step::Identity => "Henkilöllisyys",
        Step::Declaration => "Tietosi",
        Step::Tax => "Verotusmaa",
        Step::Terms => "Tilin ehdot",
        Step::Status => "Tulos",
    },
    person_title: "Henkilötietosi",
    person_intro: "Kirjoita tietosi täsmälleen niin kuin ne ovat henkilöllisyystodistuksessasi. Vapaaehtoisiksi merkityt kentät voi jättää tyhjiksi.",
    sms_handoff: |url| format!("Jatka henkilöllisyystodistuksesi kuvaamista puhelimella: {url} (voimassa 10 minuuttia)"),
    ident_ended: "Videopuhelusi on päättynyt",
    bank_finished: "Kirjautuminen pankkiisi on valmis",
    one_moment: "Hetkinen…",
    close_window: "Voit sulkea tämän ikkunan.",
};
