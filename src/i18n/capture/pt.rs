//! Portuguese (Portugal) texts of the capture step (formal third-person forms).

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Que documento vai fotografar?",
    document_why:
        "O cartão de identificação é fotografado dos dois lados; o passaporte, na página com a fotografia. Tenha-o à mão; a seguir é tirada uma selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Fotografe a frente do seu documento de identificação",
        CaptureSlot::DocumentBack => "Fotografe o verso do seu documento de identificação",
        CaptureSlot::Selfie => "Tire uma selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Coloque o documento numa superfície escura e lisa e enquadre-o dentro da moldura. Os quatro cantos devem estar visíveis."
        }
        CaptureSlot::Selfie => {
            "Olhe diretamente para a câmara, com todo o rosto dentro da moldura e sem nada a tapá-lo."
        }
    },
    photo_of: |n, total| format!("Fotografia {n} de {total}"),
    camera_starting: "A iniciar a câmara…",
    camera_label: "Imagem da câmara",
    shutter: "Tirar fotografia",
    preview_label: "A sua fotografia",
    retake: "Repetir",
    use_photo: "Usar esta fotografia",
    looks_good: "Verifique se todos os detalhes estão nítidos e legíveis e, depois, use a fotografia.",
    quality_refused: "Esta fotografia não pode ser utilizada",
    issue: |issue| match issue {
        QualityIssue::TooDark => "Está demasiado escura. Vá para um local mais iluminado ou acenda uma luz, e evite sombras.",
        QualityIssue::Blurred => "Está desfocada. Segure a câmara com firmeza e aguarde até o texto ficar nítido.",
        QualityIssue::Glare => {
            "Um reflexo tapa parte dela. Incline ligeiramente o documento ou afaste-se da luz direta."
        }
    },
    uploading: "A carregar a fotografia",
    upload_failed: "Não foi possível carregar a fotografia. Verifique a sua ligação e tente novamente.",
    upload_refused: "A fotografia não foi aceite. Tire ou escolha outra.",
    problem_title: |p| match p {
        CameraProblem::Denied => "A câmara não está autorizada",
        CameraProblem::NoCamera => "Nenhuma câmara encontrada",
        CameraProblem::Busy => "A câmara está a ser utilizada",
        CameraProblem::Insecure => "A câmara requer uma ligação segura",
        CameraProblem::Blocked => "Este site não pode usar a câmara aqui",
        CameraProblem::InAppBrowser => "O navegador desta aplicação não pode usar a câmara",
        CameraProblem::Virtual => "Está selecionada uma câmara virtual",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Não autorizou esta página a usar a câmara. Autorize-a com o símbolo da câmara na barra de endereço e tente novamente, ou carregue uma fotografia."
        }
        CameraProblem::NoCamera => "Este dispositivo não tem nenhuma câmara que possamos usar. Carregue uma fotografia ou continue no seu telemóvel.",
        CameraProblem::Busy => {
            "Outra aplicação está a usar a câmara, por exemplo uma videochamada. Feche-a e tente novamente, ou carregue uma fotografia."
        }
        CameraProblem::Insecure => {
            "Os navegadores só dão acesso à câmara a páginas com ligação segura (https). Carregue uma fotografia ou continue no seu telemóvel."
        }
        CameraProblem::Blocked => {
            "O site que mostra esta página não permite que ela use a câmara. Carregue uma fotografia ou continue no seu telemóvel."
        }
        CameraProblem::InAppBrowser => "Abriu esta página dentro de outra aplicação, cujo navegador integrado normalmente não mostra a imagem da câmara. Abra-a no seu navegador (Chrome, Safari, Firefox…) com o link abaixo, carregue uma fotografia ou continue noutro telemóvel.",
        CameraProblem::Virtual => "O navegador está a usar uma câmara virtual (um programa como o OBS ou o ManyCam) em vez de uma câmara real. Escolha a câmara real do seu dispositivo nas definições do navegador e tente novamente, ou carregue uma fotografia.",
    }
    },
    camera_retry: "Tentar a câmara novamente",
    use_upload: "Carregar antes uma fotografia",
    use_camera: "Usar antes a câmara",
    file_label: "Escolher uma fotografia",
    file_hint: "Uma imagem JPEG ou PNG, com 25 MB no máximo.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Este ficheiro não é uma imagem JPEG ou PNG. Escolha uma fotografia.",
        FileProblem::TooLarge => "Este ficheiro tem mais de 25 MB. Escolha uma fotografia mais pequena.",
        FileProblem::Unreadable => "Não é possível abrir este ficheiro como imagem. Escolha outra fotografia.",
    },
    handoff_heading: "Continuar no seu telemóvel",
    handoff_intro: "Tire as fotografias com a câmara do seu telemóvel. Esta página avança sozinha assim que elas chegarem.",
    handoff_show: "Mostrar um código QR para o meu telemóvel",
    qr_label: "Código QR com o link para o seu telemóvel",
    handoff_once: "Leia-o com a câmara do seu telemóvel. O link funciona uma vez, durante 10 minutos.",
    sms_send: "Enviar o link para o meu número de telemóvel",
    sms_sent: "SMS enviada. Abra o link no seu telemóvel.",
    handoff_failed: "Não foi possível criar o link para o seu telemóvel. Tente novamente.",
    sms_limit: "Hoje já não é possível enviar mais SMS para esta sessão. Em alternativa, mostre o código QR e leia-o com o seu telemóvel.",
    waiting_phone: "A aguardar as fotografias do seu telemóvel…",
    all_received: "Todas as fotografias foram recebidas.",
    phone_title: "Fotografias para a sua identificação",
    phone_done: "Pode continuar no seu computador.",
    phone_link_expired: "Este link expirou ou já foi utilizado. Mostre um novo código QR no seu computador.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Para autorizar: clique no símbolo da câmara ou das definições à esquerda da barra de endereço, defina Câmara como Permitir e tente novamente.",
        BrowserFamily::ChromeAndroid => "Para autorizar: toque no símbolo das definições à esquerda da barra de endereço, depois em Autorizações, e ative Câmara. Depois, tente novamente.",
        BrowserFamily::SafariIos => "Para autorizar: toque em aA na barra de endereço, depois em Definições do site, e defina Câmara como Permitir. Se continuar desativada, abra Definições, escolha o seu navegador e ative Câmara.",
        BrowserFamily::SafariMac => "Para autorizar: no menu Safari, escolha Definições para este site, defina Câmara como Permitir e tente novamente.",
        BrowserFamily::Firefox => "Para autorizar: clique no símbolo da câmara riscada na barra de endereço, remova o bloqueio e tente novamente.",
        BrowserFamily::Other => "Para autorizar: abra as definições do seu navegador para este site, permita a câmara e tente novamente.",
    },
    browser_link: "Obter um link para abrir no meu navegador",
    browser_link_label: "Link para o seu navegador",
    browser_link_hint: "Copie-o, abra o seu navegador e cole-o na barra de endereço. Funciona uma vez, durante 10 minutos.",
    copy_link: "Copiar o link",
    link_copied: "Link copiado.",
    open_in_chrome: "Abrir no Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Mantenha o documento imóvel dentro da moldura.",
        Hold::Mrz => "Mantenha todo o documento dentro da moldura, incluindo as linhas de letras e de sinais angulares na parte inferior.",
    },
    countdown_started: "Não se mexa: a fotografia é tirada automaticamente dentro de 3 segundos.",
    countdown: |n| format!("Fotografia em {n}"),
    mrz_expired_title: "Este documento está caducado",
    mrz_expired_text: "A data de validade já passou e não são aceites documentos caducados. Fotografe um documento de identificação válido.",
    mrz_differs_title: "O documento não corresponde aos seus dados",
    mrz_differs_text: "O que consta do documento difere do que escreveu nestes campos. Repita a fotografia se não estiver nítida ou corrija os seus dados.",
    mrz_field: |field| match field {
        MrzField::LastName => "Apelido(s)",
        MrzField::FirstName => "Nomes próprios",
        MrzField::BirthDate => "Data de nascimento",
        MrzField::Nationality => "Nacionalidade",
        MrzField::DocumentNumber => "Número do documento",
    },
    correct_details: "Corrigir os meus dados",
};
