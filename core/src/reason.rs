//! IDnow failure and cancellation reasons, and the way on each one leaves the user.
//!
//! The guide's table gives, per reason, whether it is permanent and whether the user caused it;
//! that decides between trying again now, trying with another document, or contacting support.

use serde::{Deserialize, Serialize};

/// What the user can do after an aborted or cancelled call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Guidance {
    /// Start the call again with the same link.
    RetryNow,
    /// Start again, with another identity document.
    RetryOtherDocument,
    /// The problem cannot be solved by retrying: contact support.
    ContactSupport,
}

/// The subject of a reason, for a short explanation in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Data from the application does not match the document.
    DataMismatch,
    /// The document is expired, damaged, unsupported or missing.
    Document,
    /// Picture, lighting or video quality.
    Video,
    /// Audio quality or environment.
    Audio,
    /// Connection or bandwidth.
    Connection,
    /// The SMS ident code.
    IdentCode,
    /// The user ended or left the call.
    UserEnded,
    /// The request stayed open too long.
    Timeout,
    /// A problem on the provider's side.
    Technical,
    /// Anything else.
    Other,
}

/// `(reason, permanent, caused by user, topic)`; `None` where the guide's table says "-".
type Row = (&'static str, bool, Option<bool>, Topic);

const TABLE: &[Row] = {
    use Topic::*;
    &[
        ("DATA_APPLICATION_ADDRESS", true, Some(true), DataMismatch),
        ("DATA_APPLICATION_DATA", true, Some(true), DataMismatch),
        ("DATA_ID_EXPIRED", false, Some(true), Document),
        ("TECH_AUDIO", false, Some(true), Audio),
        ("TECH_DISCONNECTED_VIDEO", false, Some(true), Connection),
        ("TECH_DISCONNECTED_WEBSOCKET", false, Some(true), Connection),
        ("TECH_HOLOGRAM", false, Some(true), Document),
        ("TECH_ID_TYPE", false, Some(true), Document),
        ("TECH_IDENT_CODE_DELIVERY", false, Some(true), IdentCode),
        ("TECH_INTERNAL_SERVER_ERROR", false, Some(false), Technical),
        ("TECH_INTERNET_CONNECTION", false, Some(true), Connection),
        ("TECH_LIGHTING", false, Some(true), Video),
        ("TECH_PHOTO", false, Some(true), Video),
        ("TECH_TIMEOUT", false, Some(true), Timeout),
        ("TECH_VIDEO", false, Some(true), Video),
        ("NO_VIDEO", false, Some(true), Video),
        ("BAD_VIDEO", false, Some(true), Video),
        ("VIDEO_ENVIRONMENT", false, Some(true), Video),
        ("VIDEO_OTHER", false, Some(true), Video),
        ("NO_AUDIO", false, Some(true), Audio),
        ("BAD_AUDIO", false, Some(true), Audio),
        ("BAD_AUDIO_ENVIRONMENT", false, Some(true), Audio),
        ("AUDIO_OTHER", false, Some(true), Audio),
        ("BAD_PHOTO_QUALITY", false, Some(true), Video),
        ("PHOTO_OTHER", false, Some(true), Video),
        ("CONNECTION_LOST", false, Some(true), Connection),
        ("CONNECTION_BAD", false, Some(true), Connection),
        ("NO_CONNECTION", false, Some(true), Connection),
        ("CONNECTION_OTHER", false, Some(true), Connection),
        ("IDENT_CODE_NOT_RECEIVED", false, Some(false), IdentCode),
        ("IDENT_CODE_REPEATEDLY_INCORRECT", false, Some(true), IdentCode),
        ("USER_ABORT_WHILE_WAITING", false, Some(true), UserEnded),
        ("USER_STARTED_NEW_REQUEST", false, Some(true), UserEnded),
        ("USER_CANCELLATION", false, Some(true), UserEnded),
        ("ENROLLED_TO_WAITING_LIST", true, Some(true), Other),
        ("ID_NOT_SUPPORTED", false, Some(true), Document),
        ("ID_DAMAGED", false, Some(true), Document),
        ("ID_OTHER", false, Some(true), Document),
        ("DISAGREE_WITH_VIDEO_RECORDING", false, Some(true), UserEnded),
        ("INCORRECT_ID_NUMBER", false, Some(false), Document),
        ("INCORRECT_NAME_IN_QES", false, Some(false), DataMismatch),
        ("WRONG_PHONE_NUMBER", false, Some(true), IdentCode),
        ("USER_ID_NUMBER", false, Some(true), Document),
        ("USER_IDENT_CODE", false, Some(true), IdentCode),
        ("USER_LANGUAGE", true, Some(true), Other),
        ("USER_NO_ID", false, Some(true), Document),
        ("USER_WRONG_PERSON", false, Some(true), DataMismatch),
        ("INDECENT_BEHAVIOUR", true, Some(true), Other),
        ("OTHER_ABUSE", false, Some(true), Other),
        ("OTHER_MISCELLANEOUS_PERMANENT", true, None, Other),
        ("OTHER_MISCELLANEOUS_TEMPORARY", false, None, Technical),
        ("OTHER_TEST", false, Some(true), Other),
        ("OTHER_ERROR", false, Some(true), Other),
        ("STALLED_TIMEOUT", false, None, Timeout),
        ("NO_SECURITY_QUESTION_ASKED", false, None, Other),
        ("SECURITY_QUESTION_NOT_CORRECT_ANSWERED", false, None, Other),
        ("SECURITY_QUESTION", false, None, Other),
        ("CALL_QUALITY_FAIL", false, Some(true), Connection),
        ("NO_ESIGN_FRAUD", false, Some(true), Other),
    ]
};

/// A failure or cancellation reason from the guide's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason(&'static Row);

impl Reason {
    /// Looks up a reason code; unknown codes yield `None` and are treated as [`Reason::unknown_guidance`].
    pub fn parse(code: &str) -> Option<Self> {
        TABLE.iter().find(|row| row.0 == code).map(Self)
    }

    /// Every reason of the table.
    pub fn all() -> impl Iterator<Item = Reason> {
        TABLE.iter().map(Self)
    }

    /// The reason code.
    pub fn code(self) -> &'static str {
        self.0 .0
    }

    /// What the reason is about.
    pub fn topic(self) -> Topic {
        self.0 .3
    }

    /// The way on: permanent problems need support; document problems another document;
    /// everything else a new attempt with the same link.
    pub fn guidance(self) -> Guidance {
        match (self.0 .1, self.0 .3) {
            (true, _) => Guidance::ContactSupport,
            (false, Topic::Document) if self.0 .2 == Some(true) => Guidance::RetryOtherDocument,
            _ => Guidance::RetryNow,
        }
    }

    /// Guidance for a reason code the table does not know: retrying is harmless.
    pub fn unknown_guidance() -> Guidance {
        Guidance::RetryNow
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permanent_reasons_send_the_user_to_support() {
        for code in
            ["DATA_APPLICATION_ADDRESS", "USER_LANGUAGE", "OTHER_MISCELLANEOUS_PERMANENT", "ENROLLED_TO_WAITING_LIST"]
        {
            assert_eq!(Reason::parse(code).unwrap().guidance(), Guidance::ContactSupport, "{code}");
        }
    }

    #[test]
    fn document_problems_ask_for_another_document_and_the_rest_for_a_retry() {
        assert_eq!(Reason::parse("DATA_ID_EXPIRED").unwrap().guidance(), Guidance::RetryOtherDocument);
        assert_eq!(Reason::parse("ID_DAMAGED").unwrap().guidance(), Guidance::RetryOtherDocument);
        assert_eq!(Reason::parse("TECH_LIGHTING").unwrap().guidance(), Guidance::RetryNow);
        assert_eq!(Reason::parse("TECH_INTERNAL_SERVER_ERROR").unwrap().guidance(), Guidance::RetryNow);
    }

    #[test]
    fn the_table_has_each_reason_once() {
        let mut codes: Vec<_> = Reason::all().map(Reason::code).collect();
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), n);
        assert!(Reason::parse("NOT_A_REASON").is_none());
    }
}
