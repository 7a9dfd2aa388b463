//! Street suggestions from the proxy's address lookup, offered through a native `<datalist>`
//! (keyboard and screen-reader support come with it); picking one fills postal code and city.

use crate::api;
use crate::session::Session;
use kyc_core::api::AddressSuggestion;
use kyc_core::PersonalDataInput;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The current suggestions and what they answer.
#[derive(Clone, Copy)]
pub(super) struct Suggestions {
    session: Session,
    input: RwSignal<PersonalDataInput>,
    list: RwSignal<Vec<AddressSuggestion>>,
}

pub(super) fn suggestions(session: Session, input: RwSignal<PersonalDataInput>) -> Suggestions {
    Suggestions { session, input, list: RwSignal::new(Vec::new()) }
}

/// Asks for suggestions for the street as typed in the chosen country; answers to an older
/// query are dropped.
pub(super) fn ask(s: Suggestions) {
    let (country, query) = s.input.with_untracked(|i| (i.country.clone(), i.street.clone()));
    if country.is_empty() || query.trim().chars().count() < 2 {
        s.list.set(Vec::new());
        return;
    }
    spawn_local(async move {
        let Ok(found) = api::address_suggestions(&s.session.token(), &country, &query).await else { return };
        if s.input.try_with_untracked(|i| i.street == query) == Some(true) {
            s.list.set(found);
        }
    });
}

/// When the street typed is exactly a suggestion, fills the empty postal code and city with it.
pub(super) fn picked(input: RwSignal<PersonalDataInput>, s: Suggestions) {
    let street = input.with_untracked(|i| i.street.clone());
    let Some(hit) = s.list.with_untracked(|l| l.iter().find(|a| a.street == street).cloned()) else { return };
    input.update(|i| {
        if i.postal_code.trim().is_empty() {
            i.postal_code = hit.postal_code;
        }
        if i.city.trim().is_empty() {
            i.city = hit.city;
        }
    });
}

/// The `<option>`s of the datalist.
pub(super) fn options(s: Suggestions) -> impl IntoView {
    s.list.with(|list| {
        list.iter()
            .map(|a| view! { <option value=a.street.clone()>{format!("{}, {} {}", a.street, a.postal_code, a.city)}</option> })
            .collect_view()
    })
}
