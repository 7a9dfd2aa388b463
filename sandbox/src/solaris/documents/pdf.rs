//! A minimal PDF 1.4 writer: one A4 page of text lines in Helvetica, with a correct
//! cross-reference table, so every PDF reader opens it. Written by hand to avoid a PDF crate.

use crate::latin::without_diacritics;

/// One line on the page.
pub(crate) struct Line<'a> {
    /// Font size in points.
    pub size: u8,
    pub text: &'a str,
}

/// Left margin and the baseline of the first line, in points from the bottom-left corner.
const LEFT: u32 = 72;
const TOP: u32 = 770;

/// A one-page PDF with `lines` from the top, and `title` and `subject` in the document
/// information (kept exactly, in UTF-16, where the page itself is limited to WinAnsi letters).
pub(crate) fn one_page(title: &str, subject: &str, lines: &[Line]) -> Vec<u8> {
    let mut content = format!("BT\n{LEFT} {TOP} Td\n");
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            // Leading of 1.5 times the size of the line being placed.
            content.push_str(&format!("0 -{} Td\n", u32::from(line.size) * 3 / 2));
        }
        content.push_str(&format!("/F1 {} Tf\n({}) Tj\n", line.size, win_ansi(line.text)));
    }
    content.push_str("ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> \
         /Contents 5 0 R >>"
            .to_owned(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        format!("<< /Title {} /Subject {} /Producer (kyc-sandbox) >>", utf16(title), utf16(subject)),
    ];
    // The second line tells transfer tools the file is binary, as the PDF specification advises.
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref_at = out.len();
    let size = objects.len() + 1;
    // Every entry is exactly 20 bytes, the final space before the newline included.
    let mut xref = format!("xref\n0 {size}\n0000000000 65535 f \n");
    for offset in offsets {
        xref.push_str(&format!("{offset:010} 00000 n \n"));
    }
    xref.push_str(&format!("trailer\n<< /Size {size} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref_at}\n%%EOF\n"));
    out.extend_from_slice(xref.as_bytes());
    out
}

/// The WinAnsi code of `c`, for the characters outside ASCII that the encoding has.
fn win_ansi_code(c: char) -> Option<u8> {
    match c {
        '\u{a0}'..='\u{ff}' => u8::try_from(u32::from(c)).ok(),
        'Š' => Some(0x8a),
        'Œ' => Some(0x8c),
        'Ž' => Some(0x8e),
        'š' => Some(0x9a),
        'œ' => Some(0x9c),
        'ž' => Some(0x9e),
        'Ÿ' => Some(0x9f),
        '–' => Some(0x96),
        '—' => Some(0x97),
        '€' => Some(0x80),
        _ => None,
    }
}

/// `text` as the body of a PDF literal string in WinAnsi: ASCII as is (delimiters escaped),
/// other WinAnsi characters as octal escapes so the stream stays ASCII, any other letter
/// without its diacritics (`Ł` → `L`), and the rest as `?`.
fn win_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '(' | ')' | '\\' => out.extend(['\\', c]),
            ' '..='~' => out.push(c),
            _ => match (win_ansi_code(c), c.to_lowercase().next().and_then(without_diacritics)) {
                (Some(code), _) => out.push_str(&format!("\\{code:03o}")),
                (None, Some(base)) if c.is_uppercase() => out.push_str(&base.to_uppercase()),
                (None, Some(base)) => out.push_str(base),
                (None, None) => out.push('?'),
            },
        }
    }
    out
}

/// A PDF text string in UTF-16BE with byte order mark, written as a hex string.
fn utf16(text: &str) -> String {
    let hex: String = text.encode_utf16().map(|unit| format!("{unit:04X}")).collect();
    format!("<FEFF{hex}>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cross_reference_table_points_at_every_object() {
        let pdf = one_page("T", "S", &[Line { size: 18, text: "Hello (world)" }, Line { size: 12, text: "x" }]);
        let text = String::from_utf8_lossy(&pdf).into_owned();
        assert!(pdf.starts_with(b"%PDF-1.4\n") && pdf.ends_with(b"%%EOF\n"));
        let startxref: usize = text.rsplit("startxref\n").next().unwrap().lines().next().unwrap().parse().unwrap();
        assert!(pdf[startxref..].starts_with(b"xref\n0 7\n"));
        let entries: Vec<&str> = text[text.find("xref\n0 7\n").unwrap()..].lines().skip(3).take(6).collect();
        for (i, entry) in entries.iter().enumerate() {
            assert_eq!(entry.len() + 1, 20, "{entry:?}");
            let offset: usize = entry[..10].parse().unwrap();
            assert!(pdf[offset..].starts_with(format!("{} 0 obj\n", i + 1).as_bytes()), "object {}", i + 1);
        }
        assert!(text.contains("(Hello \\(world\\)) Tj"));
    }

    #[test]
    fn the_stream_length_is_exact() {
        let pdf = String::from_utf8_lossy(&one_page("T", "S", &[Line { size: 12, text: "Łódź" }])).into_owned();
        let length: usize = pdf.split("/Length ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
        let start = pdf.find(">>\nstream\n").unwrap() + ">>\nstream\n".len();
        assert_eq!(&pdf[start + length..start + length + 10], "\nendstream");
    }

    #[test]
    fn text_outside_win_ansi_loses_diacritics() {
        assert_eq!(win_ansi("Ørsted-Núñez"), "\\330rsted-N\\372\\361ez");
        assert_eq!(win_ansi("Ǆemila Łucja Šťastná"), "DZemila Lucja \\212tastn\\341");
        assert_eq!(win_ansi("李"), "?");
        assert_eq!(utf16("Ł"), "<FEFF0141>");
    }
}
