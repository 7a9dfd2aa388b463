//! French (formal "vous") texts of the page frame and the text message.

use super::ShellTexts;
use crate::Step;

pub(super) const TEXTS: ShellTexts = ShellTexts {
    product: "Vérification d’identité",
    language: "Langue (Language)",
    loading: "Chargement…",
    load_failed: "La page n’a pas pu être chargée.",
    load_slow: "Le chargement prend plus de temps que prévu.",
    load_help: "Vérifiez votre connexion Internet et rechargez la page. Si elle ne se charge toujours pas, ouvrez ce lien dans un autre navigateur, par exemple une version récente de Chrome, Firefox, Safari ou Edge.",
    reload: "Recharger la page",
    step_of: |n, total| format!("Étape {n} sur {total}"),
    step_name: |step| match step {
        Step::Risk => "Vérification de l’appareil",
        Step::PhoneCheck => "Confirmation par téléphone",
        Step::BankLogin => "Connexion bancaire",
        Step::Capture => "Photos de la pièce",
        Step::PersonalData => "Informations personnelles",
        Step::Consents => "Consentement",
        Step::Identification => "Identification vidéo",
        Step::Identity => "Identité",
        Step::Declaration => "Vos informations",
        Step::Tax => "Résidence fiscale",
        Step::Terms => "Conditions du compte",
        Step::Status => "Résultat",
    },
    person_title: "Vos informations personnelles",
    person_intro: "Veuillez saisir vos données exactement comme elles figurent sur votre pièce d’identité. Les champs marqués facultatifs peuvent rester vides.",
    sms_handoff: |url| format!("Continuez la prise de photos sur votre téléphone : {url} (valable 10 minutes)"),
    ident_ended: "Votre appel vidéo est terminé",
    bank_finished: "Votre connexion à la banque est terminée",
    one_moment: "Un instant…",
    close_window: "Vous pouvez fermer cette fenêtre.",
};
