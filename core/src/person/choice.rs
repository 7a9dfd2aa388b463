//! The fields answered by picking one of a few options: salutation, academic title and the
//! yes-or-no self-declarations.

use serde::Serialize;

/// How the person is addressed; Solaris's `salutation` (no value means neither).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Salutation {
    /// Mr.
    #[serde(rename = "MR")]
    Mr,
    /// Ms.
    #[serde(rename = "MS")]
    Ms,
}

/// An academic title as Solaris's `title` knows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Title {
    /// Doctor.
    Dr,
    /// Magister (Austria).
    Magister,
    /// Professor.
    Prof,
    /// Professor and doctor.
    ProfDr,
}

/// A choice field's options: wire value and the enum.
pub trait Choice: Sized + Copy + 'static {
    /// Every option, in the order a form lists them.
    const OPTIONS: &'static [(&'static str, Self)];

    /// The option for a wire value, ignoring case.
    fn parse(raw: &str) -> Option<Self> {
        Self::OPTIONS.iter().find(|(key, _)| key.eq_ignore_ascii_case(raw.trim())).map(|&(_, v)| v)
    }
}

impl Choice for Salutation {
    const OPTIONS: &'static [(&'static str, Self)] = &[("MR", Salutation::Mr), ("MS", Salutation::Ms)];
}

impl Choice for Title {
    const OPTIONS: &'static [(&'static str, Self)] =
        &[("DR", Title::Dr), ("MAGISTER", Title::Magister), ("PROF", Title::Prof), ("PROF_DR", Title::ProfDr)];
}

impl Choice for bool {
    const OPTIONS: &'static [(&'static str, Self)] = &[("yes", true), ("no", false)];
}

/// The wire values of a choice, for a select or a radio group.
pub fn keys<T: Choice>() -> Vec<&'static str> {
    T::OPTIONS.iter().map(|(key, _)| *key).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse_by_their_wire_value_in_any_case() {
        assert_eq!(Salutation::parse("ms"), Some(Salutation::Ms));
        assert_eq!(Title::parse("PROF_DR"), Some(Title::ProfDr));
        assert_eq!(bool::parse(" No "), Some(false));
        assert_eq!(Title::parse("Sir"), None);
        assert_eq!(keys::<bool>(), ["yes", "no"]);
    }
}
