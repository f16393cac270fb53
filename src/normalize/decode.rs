//! Bytes to text: UTF-8, with each invalid byte read as cp1252 (the usual culprit in news
//! archives) instead of being replaced by U+FFFD. A byte-order mark decides otherwise: UTF-16
//! and UTF-32 (either byte order) are decoded as such, and a UTF-8 mark is dropped, so that
//! `"Tony Blair".encode("utf-16")` is not read as "ÿþT\0o\0...".

use super::mojibake::cp1252_char;

/// Decoded bytes and what the decoding had to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Bytes (or UTF-16/32 code units) that were not valid and were read as cp1252 or U+FFFD.
    pub fallback: usize,
    /// The byte offset in `text` of the first such character.
    pub first_fallback: Option<usize>,
    /// The encoding named by a UTF-16 or UTF-32 byte-order mark, if the bytes had one.
    pub bom_encoding: Option<&'static str>,
}

/// Decode `bytes`, following a byte-order mark if there is one, else as UTF-8 with the cp1252
/// fallback per invalid byte.
pub fn decode_bytes(bytes: &[u8]) -> Decoded {
    // UTF-32 LE's mark starts with UTF-16 LE's, so it is tested first.
    let marks: [(&[u8], &'static str); 4] = [
        (&[0xFF, 0xFE, 0, 0], "UTF-32LE"),
        (&[0, 0, 0xFE, 0xFF], "UTF-32BE"),
        (&[0xFF, 0xFE], "UTF-16LE"),
        (&[0xFE, 0xFF], "UTF-16BE"),
    ];
    for (mark, name) in marks {
        if let Some(rest) = bytes.strip_prefix(mark) {
            let mut decoded = if name.starts_with("UTF-32") {
                utf32(rest, name.ends_with("BE"))
            } else {
                utf16(rest, name.ends_with("BE"))
            };
            decoded.bom_encoding = Some(name);
            return decoded;
        }
    }
    utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
}

fn utf8(bytes: &[u8]) -> Decoded {
    let mut out = Builder::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.text.push_str(chunk.valid());
        for &b in chunk.invalid() {
            out.push_fallback(cp1252_char(b).unwrap_or('\u{fffd}'));
        }
    }
    out.finish()
}

fn utf16(bytes: &[u8], big_endian: bool) -> Decoded {
    let mut out = Builder::with_capacity(bytes.len());
    let units = bytes.chunks_exact(2).map(|u| {
        let pair = [u[0], u[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    for ch in char::decode_utf16(units) {
        match ch {
            Ok(c) => out.text.push(c),
            Err(_) => out.push_fallback('\u{fffd}'),
        }
    }
    if bytes.len() % 2 == 1 {
        out.push_fallback('\u{fffd}');
    }
    out.finish()
}

fn utf32(bytes: &[u8], big_endian: bool) -> Decoded {
    let mut out = Builder::with_capacity(bytes.len() / 2);
    for unit in bytes.chunks(4) {
        let code = match <[u8; 4]>::try_from(unit) {
            Ok(quad) if big_endian => u32::from_be_bytes(quad),
            Ok(quad) => u32::from_le_bytes(quad),
            Err(_) => u32::MAX, // a truncated last unit
        };
        match char::from_u32(code) {
            Some(c) => out.text.push(c),
            None => out.push_fallback('\u{fffd}'),
        }
    }
    out.finish()
}

struct Builder {
    text: String,
    fallback: usize,
    first_fallback: Option<usize>,
}

impl Builder {
    fn with_capacity(n: usize) -> Self {
        Self {
            text: String::with_capacity(n),
            fallback: 0,
            first_fallback: None,
        }
    }

    fn push_fallback(&mut self, c: char) {
        self.first_fallback.get_or_insert(self.text.len());
        self.text.push(c);
        self.fallback += 1;
    }

    fn finish(self) -> Decoded {
        Decoded {
            text: self.text,
            fallback: self.fallback,
            first_fallback: self.first_fallback,
            bom_encoding: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_cp1252_per_invalid_byte() {
        let d = decode_bytes(b"caf\xe9 \x93ok\x94 \xe2\x80\x94 fine");
        assert_eq!(d.text, "café “ok” — fine");
        assert_eq!(d.fallback, 3);
        assert_eq!(decode_bytes(b"ab\xe9").first_fallback, Some(2));
    }

    #[test]
    fn byte_order_marks_choose_the_encoding() {
        let text = "Tony Blair \u{201c}met\u{201d} Kono \u{1F600}";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        let le32: Vec<u8> = [0xFF, 0xFE, 0, 0]
            .into_iter()
            .chain(text.chars().flat_map(|c| u32::from(c).to_le_bytes()))
            .collect();
        let be32: Vec<u8> = [0, 0, 0xFE, 0xFF]
            .into_iter()
            .chain(text.chars().flat_map(|c| u32::from(c).to_be_bytes()))
            .collect();
        for (bytes, name) in [
            (le, "UTF-16LE"),
            (be, "UTF-16BE"),
            (le32, "UTF-32LE"),
            (be32, "UTF-32BE"),
        ] {
            let d = decode_bytes(&bytes);
            assert_eq!((d.text.as_str(), d.bom_encoding), (text, Some(name)));
            assert_eq!(d.fallback, 0);
        }
        let utf8 = decode_bytes(b"\xEF\xBB\xBFTony");
        assert_eq!((utf8.text.as_str(), utf8.bom_encoding), ("Tony", None));
    }

    #[test]
    fn broken_utf16_is_replaced_not_fatal() {
        // A lone high surrogate and an odd trailing byte.
        let d = decode_bytes(&[0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0, 7]);
        assert_eq!(d.text, "a\u{fffd}b\u{fffd}");
        assert_eq!((d.fallback, d.first_fallback), (2, Some(1)));
    }
}
