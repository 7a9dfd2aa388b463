//! One form field, rendered by the control its kind asks for (`kyc_core::person::Widget`):
//! the step knows no field by name beyond the hints and the street's suggestions.

use crate::components::select::{Choice, Select, YesNo};
use crate::components::text_field::{Control, TextField};
use crate::i18n::{use_i18n, I18n, Texts};
use kyc_core::person::{ChoiceList, Field, Widget};
use kyc_core::subdivision;
use leptos::prelude::*;

/// The hint callback of `field`: its own hint, and for a locked field why it cannot change.
pub(super) fn hint_text(i18n: I18n, field: Field, locked: bool) -> Option<Callback<(), &'static str>> {
    match (Texts::field_hint(field), locked) {
        (_, true) => Some(Callback::new(move |()| i18n.t().locked_hint)),
        (Some(pick), false) => Some(Callback::new(move |()| pick(i18n.t()))),
        (None, false) => None,
    }
}

/// The options of a choice list in the current language; states keep their official names.
fn choices(i18n: I18n, list: ChoiceList, country: Memo<String>) -> Memo<Vec<Choice>> {
    Memo::new(move |_| {
        let t = i18n.t();
        match list {
            ChoiceList::Salutation => kyc_core::person::keys::<kyc_core::person::Salutation>()
                .into_iter()
                .map(|k| (k, t.option_label.of(k).to_owned()))
                .collect(),
            ChoiceList::Title => kyc_core::person::keys::<kyc_core::person::Title>()
                .into_iter()
                .map(|k| (k, t.option_label.of(k).to_owned()))
                .collect(),
            ChoiceList::State => {
                country.with(|c| subdivision::of(c).iter().map(|&(code, name)| (code, name.to_owned())).collect())
            }
        }
    })
}

/// The control for `field`.
pub(super) fn render(field: Field, control: Control, countries: Memo<Vec<Choice>>, country: Memo<String>) -> AnyView {
    let i18n = use_i18n();
    let text = |input_type: &'static str, auto: &'static str| {
        let autocomplete = (!auto.is_empty()).then_some(auto);
        // The street offers the address lookup's suggestions.
        let list = (field == Field::Street).then_some("street-suggestions");
        view! { <TextField control input_type autocomplete list/> }.into_any()
    };
    match field.widget() {
        Widget::Text(auto) => text("text", auto),
        Widget::Date(auto) => text("date", auto),
        Widget::Tel(auto) => text("tel", auto),
        Widget::Email(auto) => text("email", auto),
        Widget::Country(auto) => {
            let placeholder = Callback::new(move |()| i18n.t().choose_country);
            let autocomplete = if auto.is_empty() { "off" } else { auto };
            view! { <Select control options=countries placeholder autocomplete/> }.into_any()
        }
        Widget::Choice(list) => {
            let placeholder = match list {
                ChoiceList::State => Callback::new(move |()| i18n.t().choose_option),
                _ => Callback::new(move |()| i18n.t().option_label.of("")),
            };
            let autocomplete = if list == ChoiceList::State { "address-level1" } else { "off" };
            view! { <Select control options=choices(i18n, list, country) placeholder autocomplete/> }.into_any()
        }
        Widget::YesNo => {
            let yes = Callback::new(move |()| i18n.t().option_label.of("yes"));
            let no = Callback::new(move |()| i18n.t().option_label.of("no"));
            view! { <YesNo control yes no/> }.into_any()
        }
    }
}
