//! Everything the IDnow pages say, in English and German (the two languages of the call).

/// The texts of the pages in one language.
pub(crate) struct Texts {
    pub lang: &'static str,
    pub heading: &'static str,
    pub intro: &'static str,
    pub mobile_label: &'static str,
    pub mobile_hint: &'static str,
    pub mobile_error: &'static str,
    pub terms_label: &'static str,
    pub terms_error: &'static str,
    pub document_label: &'static str,
    pub document_error: &'static str,
    pub start_button: &'static str,
    pub call_heading: &'static str,
    pub call_steps: [&'static str; 3],
    pub code_hint: &'static str,
    pub code_label: &'static str,
    pub code_error: &'static str,
    pub confirm_button: &'static str,
    pub auto_status: &'static str,
    pub auto_progress: &'static str,
    pub finish_button: &'static str,
    pub finished_heading: &'static str,
    pub finished_text: &'static str,
    pub expired_heading: &'static str,
    pub expired_text: &'static str,
    pub not_found_heading: &'static str,
    pub not_found_text: &'static str,
}

/// English.
pub(crate) const EN: Texts = Texts {
    lang: "en",
    heading: "IDnow video identification (sandbox)",
    intro: "This page simulates the IDnow test environment on your own machine. \
            No real video call takes place and no data is sent anywhere else.",
    mobile_label: "Mobile number",
    mobile_hint: "In this sandbox, any number starting with 0 works, as does +15550101.",
    mobile_error: "Enter a mobile number that starts with 0, or +15550101.",
    terms_label: "I accept the IDnow terms and conditions",
    terms_error: "Accept the terms and conditions to continue.",
    document_label: "I have my valid ID document at hand",
    document_error: "Confirm that your ID document is at hand to continue.",
    start_button: "Start identification",
    call_heading: "Video call with an agent (simulated)",
    call_steps: [
        "An agent has joined the call and greets you.",
        "You show the front and the back of your ID document to the camera.",
        "The agent sends an ident code to your mobile number by SMS.",
    ],
    code_hint: "In this sandbox the ident code is always 123456.",
    code_label: "Ident code",
    code_error: "This ident code is not correct. Enter the code from the SMS.",
    confirm_button: "Confirm",
    auto_status: "An automated test call is running: the simulated user and agent complete it on their own.",
    auto_progress: "Finishing in about one second…",
    finish_button: "Finish now",
    finished_heading: "This identification is finished",
    finished_text: "This link cannot be used for another attempt. You can close this page.",
    expired_heading: "This identification link has expired",
    expired_text: "Links are valid for 14 days. Ask for a new identification to continue.",
    not_found_heading: "Identification not found",
    not_found_text: "There is no open identification at this address. Check the link.",
};

/// German.
pub(crate) const DE: Texts = Texts {
    lang: "de",
    heading: "IDnow-Videoidentifizierung (Sandbox)",
    intro: "Diese Seite simuliert die IDnow-Testumgebung auf Ihrem eigenen Rechner. \
            Es findet kein echter Videoanruf statt, und es werden keine Daten weitergegeben.",
    mobile_label: "Mobilfunknummer",
    mobile_hint: "In dieser Sandbox funktioniert jede Nummer, die mit 0 beginnt, sowie +15550101.",
    mobile_error: "Geben Sie eine Mobilfunknummer ein, die mit 0 beginnt, oder +15550101.",
    terms_label: "Ich akzeptiere die Nutzungsbedingungen von IDnow",
    terms_error: "Akzeptieren Sie die Nutzungsbedingungen, um fortzufahren.",
    document_label: "Ich habe mein gültiges Ausweisdokument zur Hand",
    document_error: "Bestätigen Sie, dass Sie Ihr Ausweisdokument zur Hand haben, um fortzufahren.",
    start_button: "Identifizierung starten",
    call_heading: "Videoanruf mit einem Agenten (simuliert)",
    call_steps: [
        "Ein Agent ist dem Anruf beigetreten und begrüßt Sie.",
        "Sie zeigen die Vorder- und Rückseite Ihres Ausweisdokuments in die Kamera.",
        "Der Agent schickt Ihnen einen Ident-Code per SMS an Ihre Mobilfunknummer.",
    ],
    code_hint: "In dieser Sandbox lautet der Ident-Code immer 123456.",
    code_label: "Ident-Code",
    code_error: "Dieser Ident-Code ist nicht korrekt. Geben Sie den Code aus der SMS ein.",
    confirm_button: "Bestätigen",
    auto_status: "Ein automatischer Testanruf läuft: Nutzer und Agent werden simuliert und schließen ihn selbst ab.",
    auto_progress: "Abschluss in etwa einer Sekunde …",
    finish_button: "Jetzt abschließen",
    finished_heading: "Diese Identifizierung ist abgeschlossen",
    finished_text: "Mit diesem Link ist kein weiterer Versuch möglich. Sie können diese Seite schließen.",
    expired_heading: "Dieser Identifizierungslink ist abgelaufen",
    expired_text: "Links sind 14 Tage gültig. Fordern Sie eine neue Identifizierung an, um fortzufahren.",
    not_found_heading: "Identifizierung nicht gefunden",
    not_found_text: "Unter dieser Adresse gibt es keine offene Identifizierung. Prüfen Sie den Link.",
};

/// The texts for an identification's `language` (`DE` or `EN`; English otherwise).
pub(crate) fn for_language(language: Option<&str>) -> &'static Texts {
    match language {
        Some(l) if l.eq_ignore_ascii_case("DE") => &DE,
        _ => &EN,
    }
}
