//! Natively only: the translators' tables ([`super::TextsSource`]) written as files
//! ([`super::file`]). Keyed texts are evaluated over all their keys, formatted ones with
//! sentinel arguments that then become their places `{0}`, `{1}`.

use super::file::VERSION;
use super::kinds::{Coded, Codes, Key, Keyed, Template};
use super::Lang;

/// Numbers no text contains, standing for a template's first and second number.
const NUMBERS: [usize; 2] = [7919, 7927];
/// A private-use character, standing for a template's text argument.
const TEXT: &str = "\u{E000}";

/// A text of the source table, added to the file's lines as the runtime table `R` reads it.
pub(crate) trait Encode<R> {
    /// Appends its lines; an error names what is wrong with the text.
    fn encode(&self, lines: &mut Vec<String>) -> Result<(), String>;
}

/// A text as one line: never empty, never holding a line break, nor a sentinel.
fn line(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err("an empty text".to_owned());
    }
    if text.contains(['\n', '\r']) {
        return Err(format!("a line break in {text:?}"));
    }
    Ok(text.to_owned())
}

impl Encode<&'static str> for &'static str {
    fn encode(&self, lines: &mut Vec<String>) -> Result<(), String> {
        lines.push(line(self)?);
        Ok(())
    }
}

impl<K: Key> Encode<Keyed<K>> for fn(K) -> &'static str {
    fn encode(&self, lines: &mut Vec<String>) -> Result<(), String> {
        for &key in K::all() {
            lines.push(line(self(key))?);
        }
        Ok(())
    }
}

impl<C: Codes> Encode<Coded<C>> for fn(&str) -> &'static str {
    fn encode(&self, lines: &mut Vec<String>) -> Result<(), String> {
        for code in C::codes() {
            lines.push(line(self(code))?);
        }
        Ok(())
    }
}

impl<C: Codes> Encode<Coded<C>> for fn(&str) -> Option<&'static str> {
    fn encode(&self, lines: &mut Vec<String>) -> Result<(), String> {
        for code in C::codes() {
            lines.push(line(self(code).ok_or_else(|| format!("no text for {code:?}"))?)?);
        }
        Ok(())
    }
}

/// `text` with each sentinel replaced by its place, refused when a sentinel is not there once.
fn template(text: &str, sentinels: &[&str]) -> Result<String, String> {
    if text.contains('{') {
        return Err(format!("a brace in {text:?}"));
    }
    let mut out = line(text)?;
    for (n, sentinel) in sentinels.iter().enumerate() {
        if out.matches(sentinel).count() != 1 {
            return Err(format!("argument {n} not once in {text:?}"));
        }
        out = out.replace(sentinel, &format!("{{{n}}}"));
    }
    Ok(out)
}

impl Encode<Template> for fn(usize, usize) -> String {
    fn encode(&self, lines: &mut Vec<String>) -> Result<(), String> {
        let [first, second] = NUMBERS;
        lines.push(template(&self(first, second), &[&first.to_string(), &second.to_string()])?);
        Ok(())
    }
}

impl Encode<Template> for fn(&str) -> String {
    fn encode(&self, lines: &mut Vec<String>) -> Result<(), String> {
        lines.push(template(&self(TEXT), &[TEXT])?);
        Ok(())
    }
}

/// The file of `lang` holding `lines`.
pub(crate) fn file(lang: Lang, lines: &[String]) -> Result<String, String> {
    let mut file = format!("kyc-texts {VERSION} {} {}\n", lang.code(), lines.len());
    for text in lines {
        file.push_str(text);
        file.push('\n');
    }
    Ok(file)
}
