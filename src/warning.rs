//! Warnings about one story. Each rendered warning starts with a stable code that users can
//! filter on (`unbalanced-quote: ...`), and gives positions as code-point offsets into the
//! text the user passed, like every span. Core stages note positions in the analysis text;
//! the pipeline maps them to the input when it renders the warning.

/// The codes, one per kind of warning. They are part of the public surface: renaming one
/// breaks users' filters.
pub mod code {
    /// A quotation mark without its partner; the quote runs to the end of its paragraph, or a
    /// closing mark had no opening one.
    pub const UNBALANCED_QUOTE: &str = "unbalanced-quote";
    /// Bytes that were not valid UTF-8 were read as cp1252.
    pub const CP1252_FALLBACK: &str = "cp1252-fallback";
    /// UTF-8 that had been read as cp1252 ("CafÃ©") was repaired.
    pub const MOJIBAKE_REPAIRED: &str = "mojibake-repaired";
    /// The bytes began with a UTF-16 or UTF-32 byte-order mark and were decoded as such.
    pub const BYTE_ORDER_MARK: &str = "byte-order-mark";
    /// A UTF-16 or UTF-32 input held code units that are not characters.
    pub const INVALID_CODE_UNITS: &str = "invalid-code-units";
}

/// A warning whose message may name a position of the analysis text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub code: &'static str,
    /// Where in the analysis text (a byte offset); the message shows it where it says `{at}`.
    pub at: Option<usize>,
    pub message: String,
}

impl Warning {
    /// A warning about the position `at` of the analysis text; `message` says `{at}` where the
    /// position goes.
    pub fn at(code: &'static str, at: usize, message: String) -> Self {
        Self {
            code,
            at: Some(at),
            message,
        }
    }

    /// The text users see, with `char_offset` giving the input position of `at`.
    pub fn render(&self, char_offset: impl Fn(usize) -> usize) -> String {
        let message = match self.at {
            Some(at) => self
                .message
                .replace("{at}", &format!("character {}", char_offset(at))),
            None => self.message.clone(),
        };
        format!("{}: {message}", self.code)
    }
}

/// A rendered warning with no position to map.
pub fn plain(code: &'static str, message: &str) -> String {
    format!("{code}: {message}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Analyzer;

    #[test]
    fn renders_code_first_and_the_mapped_position() {
        let w = Warning::at(code::UNBALANCED_QUOTE, 10, "mark at {at}: runs on".into());
        assert_eq!(
            w.render(|b| b - 2),
            "unbalanced-quote: mark at character 8: runs on"
        );
    }

    #[test]
    fn quote_warnings_give_input_character_offsets() {
        // Two-byte characters and a hard wrap before the mark: byte offsets of the input or of
        // the normalized text would both be off.
        let text = "Zoë Ålund spoke in Malmö on\nMonday. “We will stay, she said.";
        let article = crate::analyze(text).unwrap();
        let mark = text.chars().position(|c| c == '“').unwrap();
        let expected = format!("at character {mark}");
        assert!(
            article
                .warnings
                .iter()
                .any(|w| w.starts_with("unbalanced-quote: ") && w.contains(&expected)),
            "{:?}",
            article.warnings
        );
    }

    #[test]
    fn byte_warnings_have_codes_and_character_offsets() {
        let analyzer = Analyzer::new();
        let article = analyzer
            .analyze_bytes(b"Caf\xc3\xa9 owners \x93met\x94.")
            .unwrap();
        assert_eq!(article.text, "Café owners “met”.");
        assert_eq!(
            article.warnings,
            vec![
                "cp1252-fallback: decoded 2 byte(s) that were not valid UTF-8 as cp1252, the \
                 first at character 12"
            ]
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "Tony Blair met Kono."
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        let article = analyzer.analyze_bytes(&utf16).unwrap();
        assert_eq!(article.text, "Tony Blair met Kono.");
        assert!(article.warnings[0].starts_with("byte-order-mark: decoded as UTF-16LE"));
        assert!(article.entities.iter().any(|e| e.text == "Tony Blair"));
        let bom8 = analyzer
            .analyze_bytes(b"\xEF\xBB\xBFTony Blair met Kono.")
            .unwrap();
        assert_eq!(bom8.text, "Tony Blair met Kono.");
        assert!(bom8.warnings.is_empty());
    }
}
