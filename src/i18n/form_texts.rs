//! Natively only: the personal-data form's texts for the page frame the proxy writes
//! (`proxy/src/shell/form.rs`), one file per language, `dist/texts/form-<lang>-<hash>.txt`.
//!
//! The frame shows the form before the wasm has run, so that the user can start typing at once;
//! its labels, hints and legends must be the app's, word for word, or the page would change
//! when the app takes over. They are written from the app's own tables, keyed by the wire names
//! of fields and groups, one `key<TAB>text` per line under a `kyc-form-texts 1 <lang>` header.

use super::kinds::{Codes, OptionKeys};
use super::{texts_of, Lang, Texts};
use kyc_core::person::{Field, Group};

/// The file's first line, which the proxy checks before it reads the rest.
pub(super) const HEADER: &str = "kyc-form-texts 1";

/// The form's texts in `lang`; refused when a text holds a tab or a line break.
pub(super) fn encoded(lang: Lang) -> Result<String, String> {
    let t = texts_of(lang);
    let mut entries: Vec<(String, &str)> = Vec::new();
    for &field in Field::ALL {
        entries.push((format!("label.{}", field.key()), t.field_label.of(field)));
        if let Some(hint) = Texts::field_hint(field) {
            entries.push((format!("hint.{}", field.key()), hint(t)));
        }
    }
    for group in Group::ALL {
        entries.push((format!("legend.{}", group.key()), t.group_legend.of(group)));
    }
    for code in OptionKeys::codes() {
        entries.push((format!("option.{code}"), t.option_label.of(code)));
    }
    for (key, text) in [
        ("optional", t.optional),
        ("choose_country", t.choose_country),
        ("choose_option", t.choose_option),
        ("continue", t.continue_),
        ("draft_saved", t.draft_saved),
    ] {
        entries.push((key.to_owned(), text));
    }
    let mut file = format!("{HEADER} {}\n", lang.code());
    for (key, text) in entries {
        if text.contains(['\t', '\n', '\r']) {
            return Err(format!("{key}: a tab or line break cannot be written"));
        }
        file += &format!("{key}\t{text}\n");
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_texts_are_the_apps_keyed_by_wire_names() {
        let file = encoded(Lang::De).unwrap();
        let mut lines = file.lines();
        assert_eq!(lines.next(), Some("kyc-form-texts 1 de"));
        let entries: Vec<(&str, &str)> = lines.filter_map(|l| l.split_once('\t')).collect();
        let text = |key: &str| entries.iter().find(|(k, _)| *k == key).map(|(_, t)| *t);
        assert_eq!(text("label.first_name"), Some(texts_of(Lang::De).field_label.of(Field::FirstName)));
        assert_eq!(text("hint.mobile_number"), Some(texts_of(Lang::De).hint_phone));
        assert_eq!(text("hint.city"), None);
        assert_eq!(text("legend.address"), Some(texts_of(Lang::De).group_legend.of(Group::Address)));
        // Leading spaces are the text's own.
        assert_eq!(text("optional"), Some(texts_of(Lang::De).optional));
        assert!(text("option.").is_some() && text("option.yes").is_some());
        for lang in Lang::ALL {
            assert!(encoded(lang).is_ok(), "{}", lang.code());
        }
    }
}
