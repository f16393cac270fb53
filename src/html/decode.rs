//! A page's bytes to text: a byte-order mark first, then the charset its `<meta charset>` or
//! `<meta http-equiv="Content-Type">` declares in the first 1024 bytes (HTML5's prescan, in
//! short), else UTF-8 with the cp1252 fallback used for copy (`normalize::decode`).

use crate::warning::{code, plain};
use encoding_rs::{Encoding, UTF_8};

/// How far the prescan looks for a declaration, as in HTML5.
const PRESCAN_BYTES: usize = 1024;

/// The decoded page and a warning when bytes had to be guessed at.
pub(crate) fn decode(bytes: &[u8]) -> (String, Option<String>) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), None);
    }
    if let Some(encoding) = declared(bytes).filter(|e| *e != UTF_8) {
        // UTF-16 is never declared honestly in markup that parses as ASCII (HTML5 says so).
        if encoding.is_single_byte() || !encoding.name().starts_with("UTF-16") {
            let (text, _, had_errors) = encoding.decode(bytes);
            let warning = had_errors.then(|| {
                plain(
                    code::INVALID_CHARSET_BYTES,
                    &format!("some bytes were not valid {}", encoding.name()),
                )
            });
            return (text.into_owned(), warning);
        }
    }
    // Most pages are valid UTF-8: std's validator (word-at-a-time over ASCII) is much faster
    // than decoding chunk by chunk, which only pages with bad bytes need.
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_owned(), None);
    }
    let decoded = crate::normalize::decode::decode_bytes(bytes);
    let warning = (decoded.fallback > 0).then(|| {
        plain(
            code::CP1252_FALLBACK,
            &format!(
                "decoded {} byte(s) that were not valid UTF-8 as cp1252",
                decoded.fallback
            ),
        )
    });
    (decoded.text, warning)
}

/// The encoding a `<meta>` in the first 1024 bytes declares.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let mut at = 0;
    while let Some(found) = memchr::memmem::find(&head[at..], b"<meta") {
        let start = at + found;
        let end = memchr::memchr(b'>', &head[start..]).map_or(head.len(), |i| start + i);
        if let Some(label) = charset_in(&head[start..end]) {
            if let Some(encoding) = Encoding::for_label(label) {
                return Some(encoding);
            }
        }
        at = start + 5;
    }
    None
}

/// The value after `charset=` in one meta tag's bytes (either form of the declaration).
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let lower: Vec<u8> = tag.to_ascii_lowercase();
    let at = memchr::memmem::find(&lower, b"charset")? + 7;
    let rest = &tag[at..];
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
        .unwrap_or(rest.len());
    Some(&rest[..end]).filter(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_declared_charset() {
        let page =
            b"<html><head><meta charset=\"windows-1251\"></head><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        assert!(decode(page).0.contains("Привет"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>caf\xe9</p>";
        assert!(decode(page).0.contains("café"));
    }

    #[test]
    fn bom_wins_and_utf8_falls_back() {
        let mut page = vec![0xFF, 0xFE];
        for unit in "<p>é</p>".encode_utf16() {
            page.extend(unit.to_le_bytes());
        }
        assert_eq!(decode(&page).0, "<p>é</p>");
        let (text, warning) = decode(b"<p>caf\xe9</p>");
        assert_eq!(text, "<p>café</p>");
        assert!(warning.is_some());
    }
}
