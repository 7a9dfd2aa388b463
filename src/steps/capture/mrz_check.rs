//! The document's zone against the typed personal data (`kyc_core::mrz::cross_check`), before
//! the picture is used: an expired document is refused with the reason; a differing field is
//! named, with "Retake" and "Correct my details" (the personal-data step, the typed data kept
//! by the proxy). It runs when the MRZ reader (see `mrz_gate`) has read the picture.

use crate::i18n::capture::trc;
use crate::i18n::use_i18n;
use crate::router::Router;
use crate::session::Session;
use kyc_core::mrz::{cross_check, MrzData, MrzField, MrzFinding, TypedIdentity};
use kyc_core::Step;
use leptos::prelude::*;

/// What the comparison means for the picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Verdict {
    /// Nothing against it.
    Clear,
    /// The document expired: refused, whatever else.
    Expired,
    /// These fields differ from the typed data.
    Differs(Vec<MrzField>),
}

impl Verdict {
    /// The verdict of `findings`.
    pub(super) fn of(findings: &[MrzFinding]) -> Self {
        if findings.contains(&MrzFinding::Expired) {
            return Self::Expired;
        }
        let fields: Vec<MrzField> = findings
            .iter()
            .filter_map(|f| if let MrzFinding::Differs(field) = f { Some(*field) } else { None })
            .collect();
        if fields.is_empty() {
            Self::Clear
        } else {
            Self::Differs(fields)
        }
    }

    /// Whether the picture may still be used.
    pub(super) fn usable(&self) -> bool {
        *self == Self::Clear
    }
}

/// The verdict on `zone` against the session's saved personal data on `today`; `Clear` where
/// there is no session (the phone's capture-only token cannot read it) or no valid data.
pub(super) fn verdict(zone: &MrzData) -> Verdict {
    let Some(session) = use_context::<Session>() else { return Verdict::Clear };
    let today = crate::steps::personal_data::today();
    let findings = session
        .with_untracked(|v| TypedIdentity::of_input(&v.person, None).map(|typed| cross_check(zone, &typed, today)))
        .flatten();
    findings.map_or(Verdict::Clear, |f| Verdict::of(&f))
}

/// The refusal or the differences of `verdict`, with the ways on.
#[component]
pub(super) fn MrzVerdict(verdict: Signal<Verdict>, retake: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let router = use_context::<Router>();
    let t = move || i18n.capture();
    let fields = move || match verdict.get() {
        Verdict::Differs(fields) => {
            fields.into_iter().map(|f| view! { <li>{t().mrz_field.of(f)}</li> }).collect_view().into_any()
        }
        _ => ().into_any(),
    };
    view! {
        <div class="problem" role="alert" hidden=move || verdict.with(|v| *v != Verdict::Expired)>
            <h2 class="problem__lead">{trc(|t| t.mrz_expired_title)}</h2>
            <p>{trc(|t| t.mrz_expired_text)}</p>
        </div>
        <div class="problem" role="alert" hidden=move || !matches!(verdict.get(), Verdict::Differs(_))>
            <h2 class="problem__lead">{trc(|t| t.mrz_differs_title)}</h2>
            <p>{trc(|t| t.mrz_differs_text)}</p>
            <ul>{fields}</ul>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| retake.run(())>{trc(|t| t.retake)}</button>
                {router.map(|router| view! {
                    <button type="button" class="button button--secondary" on:click=move |_| router.go(Step::PersonalData)>
                        {trc(|t| t.correct_details)}
                    </button>
                })}
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_expired_document_is_refused_whatever_else_differs() {
        let findings = [MrzFinding::Differs(MrzField::BirthDate), MrzFinding::Expired];
        assert_eq!(Verdict::of(&findings), Verdict::Expired);
        assert!(!Verdict::of(&findings).usable());
    }

    #[test]
    fn differing_fields_are_listed_in_order_and_none_is_clear() {
        let findings = [MrzFinding::Differs(MrzField::LastName), MrzFinding::Differs(MrzField::BirthDate)];
        assert_eq!(Verdict::of(&findings), Verdict::Differs(vec![MrzField::LastName, MrzField::BirthDate]));
        assert_eq!(Verdict::of(&[]), Verdict::Clear);
        assert!(Verdict::of(&[]).usable());
    }
}
