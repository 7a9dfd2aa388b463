//! Natively only: the translators' tables (`…Source`, [`super::declare`]) written as files
//! ([`super::file`]). Keyed texts are evaluated over all their keys, formatted ones with
//! sentinel arguments that then become their places `{0}`, `{1}`.

use super::declare::Part;
use super::file::VERSION;
use super::kinds::{Coded, Codes, Counted, Key, Keyed, Template, WithOrWithout};
use super::Lang;
use kyc_core::Plural;

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

impl Encode<Template> for fn(u32) -> String {
    fn encode(&self, lines: &mut Vec<String>) -> Result<(), String> {
        let first = NUMBERS[0];
        lines.push(template(&self(first as u32), &[&first.to_string()])?);
        Ok(())
    }
}

impl<const N: usize> Encode<[&'static str; N]> for [&'static str; N] {
    fn encode(&self, lines: &mut Vec<String>) -> Result<(), String> {
        for text in self {
            lines.push(line(text)?);
        }
        Ok(())
    }
}

/// A counted text: one template per plural category, the count its place `{0}`.
impl Encode<Counted> for fn(Plural, &str) -> String {
    fn encode(&self, lines: &mut Vec<String>) -> Result<(), String> {
        for plural in Plural::ALL {
            lines.push(template(&self(plural, TEXT), &[TEXT])?);
        }
        Ok(())
    }
}

/// A text with or without a name in it: first without, then with the name's place `{0}`.
impl Encode<WithOrWithout> for fn(Option<&str>) -> String {
    fn encode(&self, lines: &mut Vec<String>) -> Result<(), String> {
        lines.push(line(&self(None))?);
        lines.push(template(&self(Some(TEXT)), &[TEXT])?);
        Ok(())
    }
}

/// The file of `part` in `lang` holding `lines`.
pub(crate) fn file(part: Part, lang: Lang, lines: &[String]) -> Result<String, String> {
    let mut file = format!("kyc-texts {VERSION} {} {} {}\n", part.name(), lang.code(), lines.len());
    for text in lines {
        file.push_str(text);
        file.push('\n');
    }
    Ok(file)
}
