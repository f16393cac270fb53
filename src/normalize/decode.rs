//! Bytes to text: UTF-8, with each invalid byte read as cp1252 (the usual culprit in news
//! archives) instead of being replaced by U+FFFD.

use super::mojibake::cp1252_char;

/// Decode `bytes`; also returns how many bytes needed the cp1252 fallback.
pub fn decode(bytes: &[u8]) -> (String, usize) {
    let mut text = String::with_capacity(bytes.len());
    let mut fallback = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        for &b in chunk.invalid() {
            text.push(cp1252_char(b).unwrap_or('\u{fffd}'));
            fallback += 1;
        }
    }
    (text, fallback)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_cp1252_per_invalid_byte() {
        let (text, n) = decode(b"caf\xe9 \x93ok\x94 \xe2\x80\x94 fine");
        assert_eq!(text, "café “ok” — fine");
        assert_eq!(n, 3);
    }
}
