//! Italian texts of the capture step (formal "Lei").

use super::{CameraProblem, CaptureTextsSource, FileProblem};
use kyc_core::browser::BrowserFamily;
use kyc_core::capture::auto::Hold;
use kyc_core::capture::{CaptureSlot, QualityIssue};
use kyc_core::mrz::MrzField;

pub(super) const TEXTS: CaptureTextsSource = CaptureTextsSource {
    document_question: "Quale documento fotograferà?",
    document_why:
        "La carta d'identità si fotografa su entrambi i lati, il passaporto sulla pagina con la foto. Lo tenga a portata di mano; dopo seguirà un selfie.",
    slot_title: |slot| match slot {
        CaptureSlot::DocumentFront => "Fotografi il fronte del suo documento d'identità",
        CaptureSlot::DocumentBack => "Fotografi il retro del suo documento d'identità",
        CaptureSlot::Selfie => "Scatti un selfie",
    },
    slot_instruction: |slot| match slot {
        CaptureSlot::DocumentFront | CaptureSlot::DocumentBack => {
            "Appoggi il documento su una superficie scura e uniforme e lo inquadri all'interno della cornice. Devono essere visibili tutti e quattro gli angoli."
        }
        CaptureSlot::Selfie => {
            "Guardi dritto nella fotocamera, con tutto il viso all'interno della cornice e senza nulla che lo copra."
        }
    },
    photo_of: |n, total| format!("Foto {n} di {total}"),
    camera_starting: "Avvio della fotocamera…",
    camera_label: "Immagine della fotocamera",
    shutter: "Scatta la foto",
    preview_label: "La sua foto",
    retake: "Ripeti",
    use_photo: "Usa questa foto",
    looks_good: "Controlli che ogni dettaglio sia nitido e leggibile, poi utilizzi la foto.",
    quality_refused: "Questa foto non può essere utilizzata",
    issue: |issue| match issue {
        QualityIssue::TooDark => "È troppo scura. Si sposti in un luogo più luminoso o accenda una luce, ed eviti le ombre.",
        QualityIssue::Blurred => "È sfocata. Tenga ferma la fotocamera e attenda che il testo sia nitido.",
        QualityIssue::Glare => {
            "Un riflesso ne copre una parte. Inclini leggermente il documento o si allontani dalla luce diretta."
        }
    },
    uploading: "Caricamento della foto",
    upload_failed: "Non è stato possibile caricare la foto. Controlli la connessione e riprovi.",
    upload_refused: "La foto non è stata accettata. Ne scatti o ne scelga un'altra.",
    problem_title: |p| match p {
        CameraProblem::Denied => "La fotocamera non è autorizzata",
        CameraProblem::NoCamera => "Nessuna fotocamera trovata",
        CameraProblem::Busy => "La fotocamera è in uso",
        CameraProblem::Insecure => "La fotocamera richiede una connessione sicura",
        CameraProblem::Blocked => "Questo sito non può usare la fotocamera qui",
        CameraProblem::InAppBrowser => "Il browser di questa app non può usare la fotocamera",
        CameraProblem::Virtual => "È selezionata una fotocamera virtuale",
    },
    problem_text: |p| {
        match p {
        CameraProblem::Denied => {
            "Non ha autorizzato questa pagina a usare la fotocamera. La autorizzi con il simbolo della fotocamera nella barra degli indirizzi e riprovi, oppure carichi una foto."
        }
        CameraProblem::NoCamera => "Questo dispositivo non ha una fotocamera utilizzabile. Carichi una foto oppure prosegua sul suo telefono.",
        CameraProblem::Busy => {
            "Un'altra app sta usando la fotocamera, ad esempio per una videochiamata. La chiuda e riprovi, oppure carichi una foto."
        }
        CameraProblem::Insecure => {
            "I browser consentono l'uso della fotocamera solo alle pagine con connessione sicura (https). Carichi una foto oppure prosegua sul suo telefono."
        }
        CameraProblem::Blocked => {
            "Il sito web che mostra questa pagina non le consente di usare la fotocamera. Carichi una foto oppure prosegua sul suo telefono."
        }
        CameraProblem::InAppBrowser => "Ha aperto questa pagina all'interno di un'altra app, il cui browser integrato di solito non mostra l'immagine della fotocamera. La apra nel suo browser (Chrome, Safari, Firefox…) con il link qui sotto, carichi una foto oppure prosegua su un altro telefono.",
        CameraProblem::Virtual => "Il browser sta usando una fotocamera virtuale (un software come OBS o ManyCam) invece di una reale. Scelga la fotocamera reale del suo dispositivo nelle impostazioni del browser e riprovi, oppure carichi una foto.",
    }
    },
    camera_retry: "Riprova con la fotocamera",
    use_upload: "Carica invece una foto",
    use_camera: "Usa invece la fotocamera",
    file_label: "Scegli una foto",
    file_hint: "Un'immagine JPEG o PNG di massimo 25 MB.",
    file_problem: |p| match p {
        FileProblem::WrongType => "Questo file non è un'immagine JPEG o PNG. Scelga una foto.",
        FileProblem::TooLarge => "Questo file supera i 25 MB. Scelga una foto più piccola.",
        FileProblem::Unreadable => "Questo file non può essere aperto come immagine. Scelga un'altra foto.",
    },
    handoff_heading: "Prosegua sul suo telefono",
    handoff_intro: "Scatti le foto con la fotocamera del suo telefono. Questa pagina proseguirà da sola non appena saranno arrivate.",
    handoff_show: "Mostra un codice QR per il mio telefono",
    qr_label: "Codice QR con il link per il suo telefono",
    handoff_once: "Lo scansioni con la fotocamera del telefono. Il link funziona una sola volta, per 10 minuti.",
    sms_send: "Invia il link al mio numero di cellulare",
    sms_sent: "SMS inviato. Apra il link sul suo telefono.",
    handoff_failed: "Non è stato possibile creare il link per il suo telefono. Riprovi.",
    sms_limit: "Oggi non è possibile inviare altri SMS per questa sessione. Mostri invece il codice QR e lo scansioni con il suo telefono.",
    waiting_phone: "In attesa delle foto dal suo telefono…",
    all_received: "Tutte le foto sono state ricevute.",
    phone_title: "Foto per la sua identificazione",
    phone_done: "Può proseguire sul suo computer.",
    phone_link_expired: "Questo link è scaduto o è già stato utilizzato. Mostri un nuovo codice QR sul suo computer.",
    reallow: |family| match family {
        BrowserFamily::ChromiumDesktop => "Per consentirlo: faccia clic sul simbolo della fotocamera o delle impostazioni a sinistra della barra degli indirizzi, imposti Fotocamera su Consenti e riprovi.",
        BrowserFamily::ChromeAndroid => "Per consentirlo: tocchi il simbolo delle impostazioni a sinistra della barra degli indirizzi, poi Autorizzazioni, e attivi Fotocamera. Quindi riprovi.",
        BrowserFamily::SafariIos => "Per consentirlo: tocchi aA nella barra degli indirizzi, poi Impostazioni sito web, e imposti Fotocamera su Consenti. Se resta disattivata, apra Impostazioni, scelga il suo browser e attivi Fotocamera.",
        BrowserFamily::SafariMac => "Per consentirlo: nel menu Safari scelga Impostazioni per questo sito web, imposti Fotocamera su Consenti e riprovi.",
        BrowserFamily::Firefox => "Per consentirlo: faccia clic sul simbolo della fotocamera barrata nella barra degli indirizzi, rimuova il blocco e riprovi.",
        BrowserFamily::Other => "Per consentirlo: apra le impostazioni del browser per questo sito web, consenta la fotocamera e riprovi.",
    },
    browser_link: "Ottieni un link da aprire nel mio browser",
    browser_link_label: "Link per il suo browser",
    browser_link_hint: "Lo copi, apra il browser e lo incolli nella barra degli indirizzi. Funziona una sola volta, per 10 minuti.",
    copy_link: "Copia il link",
    link_copied: "Link copiato.",
    open_in_chrome: "Apri in Chrome",
    hold: |hold| match hold {
        Hold::Quality(issue) => (TEXTS.issue)(issue),
        Hold::Still => "Tenga fermo il documento all'interno della cornice.",
        Hold::Mrz => "Tenga tutto il documento all'interno della cornice, comprese le righe di lettere e parentesi angolari in basso.",
    },
    countdown_started: "Non si muova: la foto verrà scattata automaticamente tra 3 secondi.",
    countdown: |n| format!("Foto tra {n}"),
    mrz_expired_title: "Questo documento è scaduto",
    mrz_expired_text: "La data di validità è superata e i documenti scaduti non sono accettati. Fotografi un documento d'identità valido.",
    mrz_differs_title: "Il documento non corrisponde ai suoi dati",
    mrz_differs_text: "Quanto riportato sul documento differisce da quanto ha inserito in questi campi. Ripeta la foto se non è nitida, oppure corregga i suoi dati.",
    mrz_field: |field| match field {
        MrzField::LastName => "Cognome",
        MrzField::FirstName => "Nomi",
        MrzField::BirthDate => "Data di nascita",
        MrzField::Nationality => "Cittadinanza",
        MrzField::DocumentNumber => "Numero del documento",
    },
    correct_details: "Correggi i miei dati",
};
