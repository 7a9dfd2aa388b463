//! A labelled input with an optional hint and its error under it.

use crate::i18n::tr;
use leptos::prelude::*;

/// A text in the current language (reading it tracks the language).
pub(crate) type Text = Callback<(), &'static str>;

/// What every form control shares: id, label, hint, value, error. Concrete reactive types
/// rather than `Signal<T>`: each `Signal` type brings every kind of signal into the wasm.
#[derive(Clone, Copy)]
pub(crate) struct Control {
    /// The control's id; `<id>-hint` and `<id>-error` name its hint and error.
    pub id: &'static str,
    pub label: Text,
    pub hint: Option<Text>,
    pub value: Memo<String>,
    /// Called with the new value on every edit.
    pub on_input: Callback<String>,
    /// The translated error to show, if any.
    pub error: Callback<(), Option<String>>,
    /// Whether the field must be filled in (optional ones say so in their label).
    pub required: bool,
    /// Fixed by the product team: shown, not editable.
    pub locked: bool,
}

impl Control {
    /// `aria-describedby`: the hint, then the error. The error element always exists (empty
    /// when there is nothing to say) so that the reference never dangles.
    pub(crate) fn described_by(&self) -> String {
        match self.hint {
            Some(_) => format!("{0}-hint {0}-error", self.id),
            None => format!("{}-error", self.id),
        }
    }

    pub(crate) fn invalid(&self) -> impl Fn() -> &'static str + Send + Sync + 'static {
        let error = self.error;
        move || if error.run(()).is_some() { "true" } else { "false" }
    }

    /// The label and hint, above the control.
    pub(crate) fn head(&self) -> impl IntoView {
        let (id, label, required) = (self.id, self.label, self.required);
        let optional = tr(|t| t.optional);
        view! {
            <label class="field__label" for=id>
                {move || label.run(())}
                {(!required).then(|| view! { <span class="field__optional">{optional}</span> })}
            </label>
            {self.hint.map(|hint| view! { <p class="field__hint" id=format!("{id}-hint")>{move || hint.run(())}</p> })}
        }
    }

    /// The error, below the control, inside a polite live region so that it is heard as it
    /// appears and disappears while the user types.
    pub(crate) fn error_slot(&self) -> impl IntoView {
        let error = self.error;
        view! {
            <div aria-live="polite">
                <p class="field__error" id=format!("{}-error", self.id)>{move || error.run(())}</p>
            </div>
        }
    }
}

/// An `<input>` for `control`.
#[component]
pub(crate) fn TextField(
    control: Control,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = None)] autocomplete: Option<&'static str>,
    /// The id of a `<datalist>` of suggestions.
    #[prop(default = None)]
    list: Option<&'static str>,
) -> impl IntoView {
    let Control { id, value, on_input, error, required, locked, .. } = control;
    view! {
        <div class="field" class:field--invalid=move || error.run(()).is_some()>
            {control.head()}
            <input
                class="field__input"
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                list=list
                required=required
                readonly=locked
                aria-describedby=control.described_by()
                aria-invalid=control.invalid()
                prop:value=value
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            {control.error_slot()}
        </div>
    }
}
