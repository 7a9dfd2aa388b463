//! Test personas of the facial recognition, chosen like Xpollens's test environment does: by an
//! alias in the prospect's e-mail address (`name+LC_FRAUD@example.com`; order of aliases does
//! not matter).

/// How the simulated back office judges a completed facial recognition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LiveCheck {
    Accepted,
    /// Refused: the diligence that fails (`ID_CARD` or `SELFIE`) and the documented reason.
    Refused(&'static str, &'static str),
}

/// The documented live-check aliases, the diligence each one fails and the documented reason.
const REFUSALS: [(&str, &str, &str); 11] = [
    ("LC_FRAUD", "ID_CARD", "Fraud suspicion"),
    ("LC_EXPIRED", "ID_CARD", "Other reason"),
    ("LC_DOC_EXPIRED", "ID_CARD", "Expired document"),
    ("LC_DOC_QUALITY", "ID_CARD", "Document quality is insufficient"),
    ("LC_BIO_QUALITY", "SELFIE", "Liveness quality is insufficient"),
    ("LC_DOC_RECEIPT", "ID_CARD", "Receipt presented without the document"),
    ("LC_DOC_MISSING", "ID_CARD", "Front or back of the ID document is missing"),
    ("LC_DOC_FRAMED", "ID_CARD", "Truncated document"),
    ("LC_DOC_UNSUPPORTED", "ID_CARD", "Document not supported"),
    ("LC_DOC_UNAUTHORIZED", "ID_CARD", "Document country not supported"),
    ("LC_OTHER", "ID_CARD", "Other reason"),
];

/// The outcome for `email`. `LC_ACCEPTED`, and an address without any live-check alias, pass;
/// a refusing alias wins over `LC_ACCEPTED`.
pub(crate) fn live_check(email: Option<&str>) -> LiveCheck {
    let local = email.and_then(|e| e.split_once('@')).map_or("", |(local, _)| local);
    let aliases: Vec<&str> = local.split('+').skip(1).collect();
    REFUSALS
        .iter()
        .find(|(alias, _, _)| aliases.iter().any(|a| a.eq_ignore_ascii_case(alias)))
        .map_or(LiveCheck::Accepted, |(_, kind, reason)| LiveCheck::Refused(kind, reason))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_choose_the_outcome_in_any_order() {
        assert_eq!(live_check(Some("jo+LC_ACCEPTED@example.com")), LiveCheck::Accepted);
        assert_eq!(live_check(Some("jo@example.com")), LiveCheck::Accepted);
        assert_eq!(live_check(Some("jo+other+LC_FRAUD@example.com")), LiveCheck::Refused("ID_CARD", "Fraud suspicion"));
        assert_eq!(
            live_check(Some("jo+LC_DOC_EXPIRED+x@example.com")),
            LiveCheck::Refused("ID_CARD", "Expired document")
        );
        assert_eq!(
            live_check(Some("jo+LC_BIO_QUALITY@example.com")),
            LiveCheck::Refused("SELFIE", "Liveness quality is insufficient")
        );
        // The alias is part of the local part only.
        assert_eq!(live_check(Some("jo@LC_FRAUD.example.com")), LiveCheck::Accepted);
    }
}
