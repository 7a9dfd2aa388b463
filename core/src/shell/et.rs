//! Estonian (informal "sina", as Estonian banks write) texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Isikutuvastus",
    language: "Keel (Language)",
    loading: "Laadimine…",
    load_failed: "Lehte ei õnnestunud laadida.",
    load_slow: "See võtab tavapärasest kauem aega.",
    load_help: "Kontrolli internetiühendust ja laadi leht uuesti. Kui see ikka ei laadi, ava see link mõnes teises brauseris, näiteks Chrome'i, Firefoxi, Safari või Edge'i uusimas versioonis.",
    reload: "Laadi leht uuesti",
    step_of: |n, total| format!("Samm {n}/{total}"),
    step_name: |step| match step {
        Step::Risk => "Seadme kontroll",
        Step::PhoneCheck => "Kinnitus telefonis",
        Step::BankLogin => "Sisselogimine panka",
        Step::Capture => "Dokumendi fotod",
        Step::PersonalData => "Isikuandmed",
        Step::Consents => "Nõusolek",
        Step::Identification => "Videotuvastus",
        Step::Identity => "Isikusamasus",
        Step::Declaration => "Sinu andmed",
        Step::Tax => "Maksuresidentsus",
        Step::Terms => "Konto tingimused",
        Step::Status => "Tulemus",
    },
    person_title: "Sinu isikuandmed",
    person_intro: "Sisesta oma andmed täpselt nii, nagu need on sinu isikut tõendavas dokumendis. Valikuliseks märgitud väljad võib tühjaks jätta.",
    sms_handoff: |url| format!("Jätka isikut tõendava dokumendi pildistamist telefonis: {url} (kehtib 10 minutit)"),
    ident_ended: "Sinu videokõne on lõppenud",
    bank_finished: "Sisselogimine panka on lõpetatud",
    one_moment: "Üks hetk…",
    close_window: "Võid selle akna sulgeda.",
};
