//! Spanish texts of the capture step (formal "usted").

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "¿Qué documento va a fotografiar?",
    document_why:
        "El documento de identidad se fotografía por las dos caras; el pasaporte, por la página de la foto. Téngalo a mano; después se hará un selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Fotografíe el anverso de su documento de identidad",
        CaptureSlot::DocumentBack => "Fotografíe el reverso de su documento de identidad",
        CaptureSlot::Selfie => "Hágase un selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Coloque el documento sobre una superficie oscura y lisa y encájelo dentro del marco. Deben verse las cuatro esquinas."
        }
        CaptureSlot::Selfie => {
            "Mire directamente a la cámara, con toda la cara dentro del marco y sin nada que la cubra."
        }
    },
    photo_of: |n, total| format!("Foto {n} de {total}"),
    camera_starting: "Iniciando la cámara…",
    camera_label: "Imagen de la cámara",
    shutter: "Hacer la foto",
    preview_label: "Su foto",
    retake: "Repetir",
    use_photo: "Usar esta foto",
    looks_good: "Compruebe que todos los detalles se ven nítidos y legibles y, a continuación, use la foto.",
    quality_refused: "Esta foto no se puede utilizar",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Está demasiado oscura. Vaya a un lugar más iluminado o encienda una luz, y evite las sombras.",
        QualityIssue::Blurred => "Está borrosa. Sujete la cámara sin moverla y espere a que el texto se vea nítido.",
        QualityIssue::Glare => {
            "Un reflejo tapa una parte. Incline un poco el documento o aléjese de la luz directa."
        }
    },
    uploading: "Subiendo la foto",
    upload_failed: "No se ha podido subir la foto. Compruebe su conexión e inténtelo de nuevo.",
    upload_refused: "La foto no se ha aceptado. Haga o elija otra.",
    problem_title: |p| match p {
        CameraProblem::Denied => "La cámara no está permitida",
        CameraProblem::NoCamera => "No se ha encontrado ninguna cámara",
        CameraProblem::Busy => "La cámara está en uso",
        CameraProblem::Insecure => "La cámara necesita una conexión segura",
        CameraProblem::Blocked => "Este sitio web no puede usar la cámara aquí",
        CameraProblem::InAppBrowser => "El navegador de esta aplicación no puede usar la cámara",
        CameraProblem::Virtual => "Hay una cámara virtual seleccionada",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "No ha permitido que esta página use la cámara. Permítalo con el símbolo de la cámara en la barra de direcciones e inténtelo de nuevo, o suba una foto."
        }
        CameraProblem::NoCamera => "Este dispositivo no tiene ninguna cámara que podamos usar. Suba una foto o continúe en su móvil.",
        CameraProblem::Busy => {
            "Otra aplicación está usando la cámara, por ejemplo una videollamada. Ciérrela e inténtelo de nuevo, o suba una foto."
        }
        CameraProblem::Insecure => {
            "Los navegadores solo dan acceso a la cámara a las páginas con conexión segura (https). Suba una foto o continúe en su móvil."
        }
        CameraProblem::Blocked => {
            "El sitio web que muestra esta página no le permite usar la cámara. Suba una foto o continúe en su móvil."
        }
        CameraProblem::InAppBrowser => "Ha abierto esta página dentro de otra aplicación, cuyo navegador integrado no suele mostrar la imagen de la cámara. Ábrala en su navegador (Chrome, Safari, Firefox…) con el enlace de abajo, suba una foto o continúe en otro móvil.",
        CameraProblem::Virtual => "El navegador está usando una cámara virtual (un programa como OBS o ManyCam) en lugar de una real. Elija la cámara real de su dispositivo en los ajustes del navegador e inténtelo de nuevo, o suba una foto.",
    }
    },
    camera_retry: "Volver a probar la cámara",
    use_upload: "Subir una foto en su lugar",
    use_camera: "Usar la cámara en su lugar",
    file_label: "Elegir una foto",
    file_hint: "Una imagen JPEG o PNG de 25 MB como máximo.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Este archivo no es una imagen JPEG o PNG. Elija una foto.",
        FileProblem::TooLarge => "Este archivo ocupa más de 25 MB. Elija una foto más pequeña.",
        FileProblem::Unreadable => "Este archivo no se puede abrir como imagen. Elija otra foto.",
    },
    handoff_heading: "Continuar en su móvil",
    handoff_intro: "Haga las fotos con la cámara de su móvil. Esta página avanzará sola en cuanto lleguen.",
    handoff_show: "Mostrar un código QR para mi móvil",
    qr_label: "Código QR con el enlace para su móvil",
    handoff_once: "Escanéelo con la cámara de su móvil. El enlace funciona una sola vez, durante 10 minutos.",
    sms_send: "Enviar el enlace a mi número de móvil",
    sms_sent: "SMS enviado. Abra el enlace en su móvil.",
    handoff_failed: "No se ha podido crear el enlace para su móvil. Inténtelo de nuevo.",
    sms_limit: "Hoy no se pueden enviar más SMS para esta sesión. Muestre el código QR y escanéelo con su móvil.",
    waiting_phone: "Esperando las fotos de su móvil…",
    all_received: "Se han recibido todas las fotos.",
    phone_title: "Fotos para su identificación",
    phone_done: "Puede continuar en su ordenador.",
    phone_link_expired: "Este enlace ha caducado o ya se ha utilizado. Muestre un nuevo código QR en su ordenador.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Para permitirlo: haga clic en el símbolo de la cámara o de configuración a la izquierda de la barra de direcciones, ponga Cámara en Permitir e inténtelo de nuevo.",
        BrowserFamily::ChromeAndroid => "Para permitirlo: toque el símbolo de configuración a la izquierda de la barra de direcciones, luego Permisos, y active Cámara. Después, inténtelo de nuevo.",
        BrowserFamily::SafariIos => "Para permitirlo: toque aA en la barra de direcciones, luego Ajustes del sitio web, y ponga Cámara en Permitir. Si sigue desactivada, abra Ajustes, elija su navegador y active Cámara.",
        BrowserFamily::SafariMac => "Para permitirlo: en el menú de Safari, elija Ajustes para este sitio web, ponga Cámara en Permitir e inténtelo de nuevo.",
        BrowserFamily::Firefox => "Para permitirlo: haga clic en el símbolo de la cámara tachada en la barra de direcciones, quite el bloqueo e inténtelo de nuevo.",
        BrowserFamily::Other => "Para permitirlo: abra los ajustes de su navegador para este sitio web, permita la cámara e inténtelo de nuevo.",
    },
    browser_link: "Obtener un enlace para abrirlo en mi navegador",
    browser_link_label: "Enlace para su navegador",
    browser_link_hint: "Cópielo, abra su navegador y péguelo en la barra de direcciones. Funciona una sola vez, durante 10 minutos.",
    copy_link: "Copiar el enlace",
    link_copied: "Enlace copiado.",
    open_in_chrome: "Abrir en Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Mantenga el documento quieto dentro del marco.",
        Hold::Mrz => "Mantenga todo el documento dentro del marco, incluidas las líneas de letras y signos angulares de la parte inferior.",
    },
    countdown_started: "No se mueva: la foto se hará automáticamente en 3 segundos.",
    countdown: |n| format!("Foto en {n}"),
    mrz_expired_title: "Este documento ha caducado",
    mrz_expired_text: "Su fecha de validez ya ha pasado y no se aceptan documentos caducados. Fotografíe un documento de identidad válido.",
    mrz_differs_title: "El documento no coincide con sus datos",
    mrz_differs_text: "Lo que indica el documento no coincide con lo que ha escrito en estos campos. Repita la foto si no se ve bien o corrija sus datos.",
    mrz_field: |field| match field {
        MrzField::LastName => "Apellidos",
        MrzField::FirstName => "Nombre",
        MrzField::BirthDate => "Fecha de nacimiento",
        MrzField::Nationality => "Nacionalidad",
        MrzField::DocumentNumber => "Número de documento",
    },
    correct_details: "Corregir mis datos",
};
