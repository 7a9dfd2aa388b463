//! French texts of the steps after the personal data.

use super::RestTextsSource;
use kyc_core::api::{Agreement, Evidence};
use kyc_core::document::{DocumentKind, ProofOfAddressType};
use kyc_core::reason::{Guidance, Topic};
use kyc_core::ConsentKind;
use kyc_core::Plural;

pub(super) const TEXTS: RestTextsSource = RestTextsSource {
    back: "Retour",
    phone_title: "Confirmez sur votre téléphone",
    phone_sent: |phone| format!("Nous avons envoyé un SMS avec un lien au {phone}."),
    phone_how: "Ouvrez le lien sur ce téléphone. Gardez cette page ouverte : elle avance d’elle-même dès que le lien a été ouvert.",
    phone_waiting: "En attente de l’ouverture du lien…",
    consents_title: "Votre consentement",
    consents_intro: "Avant l’identification vidéo, nous avons besoin de votre accord sur les points suivants.",
    consent_missing: |kind| match kind {
        ConsentKind::TermsConditions => "Acceptez les conditions générales pour continuer",
        ConsentKind::DataProcessing => "Acceptez le traitement de vos données personnelles pour continuer",
    },
    consent_save_failed: "Votre choix n’a pas pu être enregistré.",
    given_at: |at| format!("Donné le {at} (UTC)"),
    ident_title: "Identification vidéo",
    ident_intro: "Lors d’un court appel vidéo, un conseiller vérifie votre pièce d’identité et confirme qu’il s’agit bien de vous.",
    ident_ready: "Munissez-vous de",
    ident_ready_items: [
        "Votre carte d’identité ou passeport en cours de validité",
        "Votre téléphone mobile, pour recevoir un code par SMS",
        "Un endroit calme et bien éclairé",
    ],
    waiting_time: |plural, n| match plural {
        Plural::One => format!("Temps d’attente estimé\u{a0}: environ {n} minute"),
        _ => format!("Temps d’attente estimé\u{a0}: environ {n} minutes"),
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
    status_referred: "Votre demande nécessite un examen approfondi",
    status_referred_lead: "Notre équipe va examiner vos informations et vous contactera. Vous n’avez pas besoin de recommencer.",
    status_referred_detail: "Vous n’avez rien d’autre à faire pour le moment. Gardez votre pièce d’identité à portée de main : si nous avons besoin d’autre chose, nous vous écrirons à l’adresse e-mail indiquée.",
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
    docs_heading: "Documents acceptés",
    docs_loading: "Chargement des documents acceptés…",
    doc_kind: |kind| match kind {
        DocumentKind::IdCard => "Carte d’identité",
        DocumentKind::DriversLicense => "Permis de conduire",
        DocumentKind::Passport => "Passeport",
    },
    doc_countries: |_, n| format!("Accepté de {n} pays"),
    doc_choice_legend: "Quel document allez-vous présenter ?",
    issuing_country: "Pays de délivrance",
    proof_legend: "Justificatif de domicile",
    proof_intro: "Ce document n’indique pas votre adresse. Veuillez préparer un justificatif de domicile de moins de 6 mois ; l’agent vous le demandera.",
    proof_intro_unconfirmed: "Nous n’avons pas pu confirmer votre adresse. Veuillez indiquer le justificatif de domicile que vous montrerez à l’agent (de moins de 6 mois) : il est transmis avec votre identification.",
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
    start_call: "Démarrer l’appel vidéo",
    corrections_heading: "Informations corrigées d’après votre pièce d’identité",
    corrections_entered: "Votre saisie",
    corrections_verified: "Vérifié",
    address_corrected: |official| format!("Nous avons trouvé votre adresse ainsi : {official}."),
    address_not_found: "Nous n’avons pas pu confirmer cette adresse. Vous pouvez continuer, mais vous devrez nous envoyer plus tard un justificatif de domicile (par exemple une facture).",
    bank_title: "Confirmez votre identité auprès de votre banque",
    bank_how: |scheme| {
        let with = scheme.map(|s| format!(" avec {s}")).unwrap_or_default();
        format!("Vous vous connectez à votre propre banque{with}. Votre banque nous confirme votre nom, votre date de naissance et votre adresse ; vos identifiants bancaires restent chez votre banque.")
    },
    bank_go: "Continuer vers votre banque",
    bank_canceled: "La connexion à votre banque a été annulée. Vous pouvez réessayer.",
    bank_failed: "Votre banque n’a pas pu confirmer votre identité. Vous pouvez réessayer.",
    bank_popup: "Connectez-vous à votre banque dans la fenêtre qui s’est ouverte. Cette page avance d’elle-même quand vous avez terminé.",
    bank_popup_blocked: "Votre navigateur a bloqué la fenêtre de votre banque. Autorisez les fenêtres pop-up pour cette page, puis réessayez.",
    checks_heading: "La comparaison de vos informations",
    checks_field: "Information",
    evidence: |evidence| match evidence {
        Evidence::Bank => "Votre banque",
        Evidence::Document => "Votre pièce d’identité",
    },
    agreement: |agreement| match agreement {
        Agreement::Match => "Concorde",
        Agreement::Similar => "Concorde presque",
        Agreement::Mismatch => "Ne concorde pas",
    },
};
