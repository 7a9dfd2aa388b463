//! French texts (vouvoiement; a no-break space `\u{a0}` before `:` as French typography wants).

use super::Texts;
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::person::Field;
use kyc_core::reason::{Guidance, Topic};
use kyc_core::{ConsentKind, Step};

pub(super) const TEXTS: Texts = Texts {
    native_name: "Français",
    product: "Vérification d’identité",
    language: "Langue (Language)",
    step_of: |n, total| format!("Étape {n} sur {total}"),
    step_name: |step| match step {
        Step::PersonalData => "Informations personnelles",
        Step::Consents => "Consentement",
        Step::Identification => "Identification vidéo",
        Step::Status => "Résultat",
    },
    loading: "Chargement…",
    start_failed_title: "Le service est injoignable",
    continue_: "Continuer",
    back: "Retour",
    try_again: "Réessayer",
    start_again: "Recommencer",
    saving: "Enregistrement…",
    summary_heading: "Veuillez vérifier vos informations",
    err_network: "Impossible de joindre le serveur. Vérifiez votre connexion Internet et réessayez.",
    err_expired: "Votre session a expiré. Veuillez recommencer.",
    err_conflict: "Cette action n’est pas possible à cette étape. Veuillez recharger la page.",
    err_provider: "Le service d’identification est momentanément indisponible. Veuillez réessayer dans quelques minutes.",
    err_internal: "Une erreur s’est produite de notre côté. Veuillez réessayer.",
    person_title: "Vos informations personnelles",
    person_intro: "Saisissez vos informations exactement comme elles figurent sur votre pièce d’identité. Tous les champs sont obligatoires.",
    group_you: "Vous concernant",
    group_address: "Votre adresse",
    group_contact: "Coordonnées",
    field_label: |field| match field {
        Field::FirstName => "Prénom(s)",
        Field::LastName => "Nom",
        Field::BirthDate => "Date de naissance",
        Field::Nationality => "Nationalité",
        Field::Street => "Rue",
        Field::HouseNumber => "Numéro",
        Field::PostalCode => "Code postal",
        Field::City => "Ville",
        Field::Country => "Pays de résidence",
        Field::MobileNumber => "Numéro de mobile",
        Field::Email => "Adresse e-mail",
    },
    hint_id_document: "Tel qu’indiqué sur votre pièce d’identité",
    hint_phone: "Au format international, p. ex. +33 6 12 34 56 78",
    choose_country: "Choisir un pays",
    required_choice: "Veuillez choisir un pays.",
    field_error: |code| {
        Some(match code {
            "required" => "Veuillez remplir ce champ.",
            "name_too_long" => "Veuillez utiliser 50 caractères au maximum.",
            "name_leading_space" => "Veuillez supprimer l’espace au début.",
            "name_symbol" => "Veuillez utiliser uniquement des lettres, des traits d’union, des apostrophes et des espaces.",
            "name_separator" => "Les traits d’union, apostrophes et espaces ne sont autorisés qu’entre deux lettres.",
            "date_invalid" => "Veuillez saisir une date valide.",
            "date_future" => "La date de naissance ne peut pas être dans le futur.",
            "age_under_18" => "Vous devez avoir au moins 18 ans.",
            "date_too_old" => "Veuillez vérifier l’année de naissance.",
            "country_unknown" => "Veuillez choisir un pays dans la liste.",
            "postal_code_format" => "Ce code postal ne correspond pas au format du pays de résidence.",
            "phone_format" => "Veuillez saisir le numéro au format international, p. ex. +33 6 12 34 56 78.",
            "email_format" => "Veuillez saisir une adresse e-mail valide, p. ex. nom@exemple.fr.",
            "too_long" => "Cette saisie est trop longue.",
            "text_invalid" => "Cette saisie contient des caractères non autorisés.",
            "phone_invalid" => "Ce numéro de téléphone n’est pas valide pour son pays.",
            "phone_not_mobile" => "Veuillez indiquer un numéro de mobile : nous vous enverrons un code par SMS.",
            "phone_length" => "Ce numéro a trop peu ou trop de chiffres pour son pays.",
            "provider_rejected" => "Le service d’identification n’a pas accepté cette saisie. Veuillez la vérifier.",
            "proof_too_old" => "Le justificatif de domicile ne doit pas dater de plus de 6 mois.",
            _ => return None,
        })
    },
    check_field: "Veuillez vérifier ce champ.",
    consents_title: "Votre consentement",
    consents_intro: "Avant l’identification vidéo, nous avons besoin de votre accord sur les points suivants.",
    consent_label: |kind| match kind {
        ConsentKind::TermsConditions => "J’accepte les conditions générales",
        ConsentKind::DataProcessing => {
            "J’accepte le traitement de mes données personnelles tel que décrit dans la politique de confidentialité"
        }
    },
    consent_text: |kind| match kind {
        ConsentKind::TermsConditions => {
            "Les conditions générales régissent le service d’identification et son utilisation."
        }
        ConsentKind::DataProcessing => {
            "Vos informations, votre pièce d’identité et l’appel vidéo servent uniquement à vérifier votre identité et sont conservés aussi longtemps que la loi l’exige."
        }
    },
    consent_missing: |kind| match kind {
        ConsentKind::TermsConditions => "Acceptez les conditions générales pour continuer",
        ConsentKind::DataProcessing => "Acceptez le traitement de vos données personnelles pour continuer",
    },
    given_at: |at| format!("Donné le {at} (UTC)"),
    consent_save_failed: "Votre choix n’a pas pu être enregistré.",
    ident_title: "Identification vidéo",
    ident_intro: "Lors d’un court appel vidéo, un conseiller vérifie votre pièce d’identité et confirme qu’il s’agit bien de vous.",
    ident_ready: "Munissez-vous de",
    ident_ready_items: [
        "Votre carte d’identité ou passeport en cours de validité",
        "Votre téléphone mobile, pour recevoir un code par SMS",
        "Un endroit calme et bien éclairé",
    ],
    waiting_time: |minutes| match minutes {
        1 => "Temps d’attente estimé\u{a0}: environ 1 minute".to_owned(),
        n => format!("Temps d’attente estimé\u{a0}: environ {n} minutes"),
    },
    ident_frame_title: "Identification vidéo",
    ident_finished: "J’ai terminé l’appel",
    ident_starting: "Démarrage de l’identification vidéo…",
    ident_start_failed: "L’identification vidéo n’a pas pu démarrer.",
    status_waiting: "En attente du résultat",
    status_waiting_lead: "Nous vérifions votre identification. Cette page se met à jour automatiquement.",
    status_verified: "Votre identité est vérifiée",
    status_verified_lead: "Merci. Votre identité a été confirmée.",
    status_under_review_lead: "Votre identification est en cours de contrôle. Vous pouvez déjà continuer.",
    status_interrupted: "Identification interrompue",
    status_failed: "Échec de l’identification",
    status_failed_lead: "Nous n’avons pas pu vérifier votre identité. Pour toute question, veuillez contacter le service client.",
    status_expired: "Le lien d’identification a expiré",
    status_expired_lead: "Le lien de votre identification vidéo n’est plus valide. Veuillez recommencer.",
    status_check_failed: "Le résultat n’a pas pu être consulté pour le moment. Nous continuons d’essayer.",
    topic: |topic| match topic {
        Topic::DataMismatch => "Les informations saisies ne correspondent pas à votre pièce d’identité.",
        Topic::Document => {
            "Votre pièce d’identité pose problème\u{a0}: elle est peut-être expirée, endommagée ou non acceptée."
        }
        Topic::Video => "L’image n’était pas assez nette, par exemple à cause d’un mauvais éclairage.",
        Topic::Audio => "Le son n’était pas assez clair.",
        Topic::Connection => "La connexion a été interrompue ou était trop lente.",
        Topic::IdentCode => "Un problème est survenu avec le code envoyé par SMS.",
        Topic::UserEnded => "L’appel s’est terminé avant la fin de l’identification.",
        Topic::Timeout => "L’identification a pris trop de temps et a été interrompue.",
        Topic::Technical => "Un problème technique est survenu de notre côté.",
        Topic::Other => "L’identification n’a pas pu être terminée.",
    },
    guidance: |guidance| match guidance {
        Guidance::RetryNow => "Vous pouvez réessayer dès maintenant.",
        Guidance::RetryOtherDocument => "Veuillez réessayer avec une autre pièce d’identité valide.",
        Guidance::ContactSupport => {
            "Une nouvelle tentative ne résoudra pas ce problème. Veuillez contacter le service client."
        }
    },
    err_details_refused: "Le service d’identification n’a pas accepté certaines de vos informations. Veuillez revenir à vos informations personnelles pour les vérifier.",
    err_link_expired: "Ce lien a expiré ou a déjà été utilisé. Veuillez revenir au service qui vous a envoyé ici pour obtenir un nouveau lien.",
    err_refused: "Le service d’identification ne peut pas effectuer d’identification pour vous. Veuillez contacter le support.",
    country_not_allowed: |allowed| format!("Ce service n’est pas disponible pour les résidents de ce pays. Disponible pour : {allowed}."),
    docs_heading: "Documents acceptés",
    docs_loading: "Chargement des documents acceptés…",
    doc_kind: |kind| match kind {
        DocumentKind::IdCard => "Carte d’identité",
        DocumentKind::Passport => "Passeport",
    },
    doc_countries: |n| format!("Accepté de {n} pays"),
    doc_choice_legend: "Quel document allez-vous présenter ?",
    issuing_country: "Pays de délivrance",
    proof_legend: "Justificatif de domicile",
    proof_intro: "Ce document n’indique pas votre adresse. Veuillez préparer un justificatif de domicile de moins de 6 mois ; l’agent vous le demandera.",
    proof_type_label: "Type de justificatif",
    proof_type: |kind| match kind {
        ProofOfAddressType::BankAccountStatement => "Relevé de compte bancaire",
        ProofOfAddressType::CertificateOfRegistration => "Certificat de résidence",
        ProofOfAddressType::ElectricityBill => "Facture d’électricité",
        ProofOfAddressType::GasBill => "Facture de gaz",
        ProofOfAddressType::HeatingBill => "Facture de chauffage",
        ProofOfAddressType::InternetBill => "Facture d’internet",
        ProofOfAddressType::TelephoneBill => "Facture de téléphone",
        ProofOfAddressType::WaterBill => "Facture d’eau",
    },
    proof_issued_label: "Date d’émission",
    choose_option: "Veuillez choisir",
    start_call: "Démarrer l’appel vidéo",
    corrections_heading: "Informations corrigées d’après votre pièce d’identité",
    corrections_entered: "Votre saisie",
    corrections_verified: "Vérifié",
    address_corrected: |official| format!("Nous avons trouvé votre adresse ainsi : {official}."),
    address_not_found: "Nous n’avons pas pu confirmer cette adresse. Vous pouvez continuer, mais vous devrez nous envoyer plus tard un justificatif de domicile (par exemple une facture).",
    draft_saved: "Vos saisies sont enregistrées au fur et à mesure.",
};
