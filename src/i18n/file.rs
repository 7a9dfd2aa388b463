//! A language's file of texts of one part: a first line
//! `kyc-texts <version> <part> <language> <count>`, then one text per line in the order of the
//! part's table ([`super::declare`]), keyed texts over all their keys.
//! Plain text, so that the wasm needs no JSON reader for it; a text never holds a line break
//! (the encoder refuses one).

use super::declare::Part;
use super::kinds::{Coded, Codes, Counted, Key, Keyed, Template, WithOrWithout};
use super::Lang;
use std::marker::PhantomData;

/// The format's version: a file of another version is refused, not misread.
pub(crate) const VERSION: u32 = 2;

/// Why a file was not read.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refused {
    /// Not a texts file, or one of another version, part or language.
    Header,
    /// Fewer or more texts than the table has.
    Count,
}

/// The texts of a file, read one after the other.
pub(crate) struct Lines {
    lang: Lang,
    texts: std::str::Split<'static, char>,
}

impl Lines {
    /// Reads the header of `file`, checking its version and that it holds as many texts as it says.
    pub(crate) fn open(file: &'static str, part: Part) -> Result<Self, Refused> {
        let body = file.strip_suffix('\n').ok_or(Refused::Count)?;
        let (header, texts) = body.split_once('\n').ok_or(Refused::Count)?;
        let mut words = header.split(' ');
        let (Some("kyc-texts"), Some(version), Some(named), Some(code), Some(count), None) =
            (words.next(), words.next(), words.next(), words.next(), words.next(), words.next())
        else {
            return Err(Refused::Header);
        };
        if version.parse() != Ok(VERSION) || Part::named(named) != Some(part) {
            return Err(Refused::Header);
        }
        let lang = Lang::ALL.into_iter().find(|l| l.code() == code).ok_or(Refused::Header)?;
        if count.parse() != Ok(texts.split('\n').count()) {
            return Err(Refused::Count);
        }
        Ok(Self { lang, texts: texts.split('\n') })
    }

    /// The language the file says it is in.
    pub(crate) fn lang(&self) -> Lang {
        self.lang
    }

    /// The next text.
    pub(crate) fn next_text(&mut self) -> Result<&'static str, Refused> {
        self.texts.next().ok_or(Refused::Count)
    }

    /// Checks that every text was read.
    pub(crate) fn finish(mut self) -> Result<(), Refused> {
        match self.texts.next() {
            None => Ok(()),
            Some(_) => Err(Refused::Count),
        }
    }
}

/// A text of the table as read from the file.
pub(crate) trait Decode: Sized {
    /// Takes its lines.
    fn decode(lines: &mut Lines) -> Result<Self, Refused>;
}

impl<K: Key> Decode for Keyed<K> {
    fn decode(lines: &mut Lines) -> Result<Self, Refused> {
        let texts = K::all().iter().map(|_| lines.next_text()).collect::<Result<_, _>>()?;
        Ok(Keyed { texts, key: PhantomData })
    }
}

impl<C: Codes> Decode for Coded<C> {
    fn decode(lines: &mut Lines) -> Result<Self, Refused> {
        let codes = C::codes();
        let texts = codes.iter().map(|_| lines.next_text()).collect::<Result<_, _>>()?;
        Ok(Coded { codes, texts, list: PhantomData })
    }
}

impl Decode for Template {
    fn decode(lines: &mut Lines) -> Result<Self, Refused> {
        lines.next_text().map(Template)
    }
}

impl<const N: usize> Decode for [&'static str; N] {
    fn decode(lines: &mut Lines) -> Result<Self, Refused> {
        let mut texts = [""; N];
        for text in &mut texts {
            *text = lines.next_text()?;
        }
        Ok(texts)
    }
}

impl Decode for Counted {
    fn decode(lines: &mut Lines) -> Result<Self, Refused> {
        let mut forms = [""; 6];
        for form in &mut forms {
            *form = lines.next_text()?;
        }
        Ok(Counted(forms))
    }
}

impl Decode for WithOrWithout {
    fn decode(lines: &mut Lines) -> Result<Self, Refused> {
        Ok(WithOrWithout { without: lines.next_text()?, with: Template(lines.next_text()?) })
    }
}
