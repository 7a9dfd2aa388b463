//! French texts of the capture step (vouvoiement).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Quel document allez-vous photographier ?",
    document_why: "Une carte d’identité se photographie des deux côtés, un passeport sur sa page avec la photo. Gardez-le à portée de main ; un selfie suit.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Photographiez le recto de votre pièce d’identité",
        CaptureSlot::DocumentBack => "Photographiez le verso de votre pièce d’identité",
        CaptureSlot::Selfie => "Prenez un selfie",
    },
    slot_instruction: |slot| {
        match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Posez le document sur une surface sombre et unie et placez-le dans le cadre. Les quatre coins doivent être visibles."
        }
        CaptureSlot::Selfie => "Regardez droit vers la caméra, le visage entier dans le cadre et rien ne le cachant.",
    }
    },
    photo_of: |n, total| format!("Photo {n} sur {total}"),
    camera_starting: "Démarrage de la caméra …",
    camera_label: "Image de la caméra",
    shutter: "Prendre la photo",
    preview_label: "Votre photo",
    retake: "Reprendre",
    use_photo: "Utiliser cette photo",
    looks_good: "Vérifiez que chaque détail est net et lisible, puis utilisez la photo.",
    quality_refused: "Cette photo ne peut pas être utilisée",
    issue: |issue| match issue {
        QualityIssue::TooDark => {
            "Elle est trop sombre. Allez dans un endroit plus éclairé ou allumez une lumière, et évitez les ombres."
        }
        QualityIssue::Blurred => "Elle est floue. Tenez la caméra immobile et attendez que le texte soit net.",
        QualityIssue::Glare => {
            "Un reflet en cache une partie. Inclinez légèrement le document ou éloignez-vous de la lumière directe."
        }
    },
    uploading: "Envoi de la photo",
    upload_failed: "La photo n’a pas pu être envoyée. Vérifiez votre connexion et réessayez.",
    upload_refused: "La photo n’a pas été acceptée. Prenez-en ou choisissez-en une autre.",
    problem_title: |p| match p {
        CameraProblem::Denied => "La caméra n’est pas autorisée",
        CameraProblem::NoCamera => "Aucune caméra trouvée",
        CameraProblem::Busy => "La caméra est déjà utilisée",
        CameraProblem::Insecure => "La caméra exige une connexion sécurisée",
        CameraProblem::Blocked => "Ce site ne peut pas utiliser la caméra ici",
        CameraProblem::InAppBrowser => "Le navigateur de cette application ne peut pas utiliser la caméra",
        CameraProblem::Virtual => "Une caméra virtuelle est sélectionnée",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Vous n’avez pas autorisé cette page à utiliser la caméra. Autorisez-la avec le symbole de caméra dans la barre d’adresse et réessayez, ou envoyez une photo."
        }
        CameraProblem::NoCamera => {
            "Cet appareil n’a pas de caméra utilisable. Envoyez une photo, ou continuez sur votre téléphone."
        }
        CameraProblem::Busy => {
            "Une autre application utilise la caméra, par exemple un appel vidéo. Fermez-la et réessayez, ou envoyez une photo."
        }
        CameraProblem::Insecure => {
            "Les navigateurs ne donnent la caméra qu’aux pages en connexion sécurisée (https). Envoyez une photo, ou continuez sur votre téléphone."
        }
        CameraProblem::Blocked => {
            "Le site qui affiche cette page ne lui permet pas d’utiliser la caméra. Envoyez une photo, ou continuez sur votre téléphone."
        }
        CameraProblem::InAppBrowser => "Vous avez ouvert cette page dans une autre application, dont le navigateur intégré n’affiche généralement pas l’image de la caméra. Ouvrez-la dans votre navigateur (Chrome, Safari, Firefox …) avec le lien ci-dessous, importez une photo ou continuez sur un autre téléphone.",
        CameraProblem::Virtual => "Le navigateur utilise une caméra virtuelle (un logiciel comme OBS ou ManyCam) au lieu d’une vraie. Choisissez la vraie caméra de votre appareil dans les réglages du navigateur et réessayez, ou importez une photo.",
    }
    },
    camera_retry: "Réessayer la caméra",
    use_upload: "Envoyer une photo à la place",
    use_camera: "Utiliser la caméra à la place",
    file_label: "Choisir une photo",
    file_hint: "Une image JPEG ou PNG, 25 Mo au plus.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Ce fichier n’est pas une image JPEG ou PNG. Choisissez une photo.",
        FileProblem::TooLarge => "Ce fichier dépasse 25 Mo. Choisissez une photo plus petite.",
        FileProblem::Unreadable => "Ce fichier ne s’ouvre pas comme une image. Choisissez une autre photo.",
    },
    handoff_heading: "Continuer sur votre téléphone",
    handoff_intro:
        "Prenez les photos avec la caméra de votre téléphone. Cette page avance d’elle-même dès qu’elles sont arrivées.",
    handoff_show: "Afficher un code QR pour mon téléphone",
    qr_label: "Code QR avec le lien pour votre téléphone",
    handoff_once: "Scannez-le avec la caméra de votre téléphone. Le lien fonctionne une fois, pendant 10 minutes.",
    sms_send: "Envoyer le lien à mon numéro de mobile",
    sms_sent: "SMS envoyé. Ouvrez le lien sur votre téléphone.",
    handoff_failed: "Le lien pour votre téléphone n’a pas pu être créé. Veuillez réessayer.",
    sms_limit: "Aucun autre SMS ne peut être envoyé pour cette session aujourd’hui. Affichez le code QR et scannez-le plutôt avec votre téléphone.",
    waiting_phone: "En attente des photos de votre téléphone …",
    all_received: "Toutes les photos sont arrivées.",
    phone_title: "Photos pour votre identification",
    phone_done: "Vous pouvez continuer sur votre ordinateur.",
    phone_link_expired: "Ce lien a expiré ou a déjà été utilisé. Affichez un nouveau code QR sur votre ordinateur.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Pour l’autoriser : cliquez sur le symbole de caméra ou de réglages à gauche de la barre d’adresse, réglez Caméra sur Autoriser, puis réessayez.",
        BrowserFamily::ChromeAndroid => "Pour l’autoriser : touchez le symbole de réglages à gauche de la barre d’adresse, puis Autorisations, et activez Caméra. Réessayez ensuite.",
        BrowserFamily::SafariIos => "Pour l’autoriser : touchez aA dans la barre d’adresse, puis Réglages du site web, et réglez Caméra sur Autoriser. Si elle reste désactivée, ouvrez Réglages, choisissez votre navigateur et activez Caméra.",
        BrowserFamily::SafariMac => "Pour l’autoriser : dans le menu Safari, choisissez Réglages pour ce site web, réglez Caméra sur Autoriser, puis réessayez.",
        BrowserFamily::Firefox => "Pour l’autoriser : cliquez sur le symbole de caméra barré dans la barre d’adresse, retirez le blocage, puis réessayez.",
        BrowserFamily::Other => "Pour l’autoriser : ouvrez les réglages de votre navigateur pour ce site, autorisez la caméra, puis réessayez.",
    },
    browser_link: "Obtenir un lien à ouvrir dans mon navigateur",
    browser_link_label: "Lien pour votre navigateur",
    browser_link_hint: "Copiez-le, ouvrez votre navigateur et collez-le dans la barre d’adresse. Il fonctionne une fois, pendant 10 minutes.",
    copy_link: "Copier le lien",
    link_copied: "Lien copié.",
    open_in_chrome: "Ouvrir dans Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Tenez le document immobile dans le cadre.",
        Hold::Mrz => "Gardez tout le document dans le cadre, y compris les lignes de lettres et de chevrons en bas.",
    },
    countdown_started: "Ne bougez plus : la photo est prise automatiquement dans 3 secondes.",
    countdown: |n| format!("Photo dans {n}"),
    mrz_expired_title: "Ce document a expiré",
    mrz_expired_text: "Sa date de validité est dépassée, et les documents expirés ne sont pas acceptés. Veuillez photographier une pièce d’identité valide.",
    mrz_differs_title: "Le document ne correspond pas à vos informations",
    mrz_differs_text: "Le document indique autre chose que ce que vous avez saisi dans ces champs. Reprenez la photo si elle n’est pas nette, ou corrigez vos informations.",
    mrz_field: |field| match field {
        MrzField::LastName => "Nom",
        MrzField::FirstName => "Prénoms",
        MrzField::BirthDate => "Date de naissance",
        MrzField::Nationality => "Nationalité",
        MrzField::DocumentNumber => "Numéro du document",
    },
    correct_details: "Corriger mes informations",
};
