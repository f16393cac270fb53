//! copydesk: raw news copy in, structured data out.
//!
//! The pure-Rust API. Data flows one way: raw text -> normalized text with an offset map ->
//! article structure -> sentences and tokens -> entities -> mention clusters -> quotes ->
//! results in the input's own offsets.
//!
//! ```
//! let article = copydesk::analyze("TOKYO, Sept. 4 Kyodo - Ministers met on Monday.").unwrap();
//! assert_eq!(article.dateline.as_deref(), Some("TOKYO, Sept. 4 Kyodo -"));
//! ```

pub mod article;
pub mod batch;
pub mod doc;
pub mod entities;
pub mod error;
pub mod link;
pub mod normalize;
mod offsets;
pub mod parse;
mod pipeline;
pub mod pool;
#[cfg(feature = "python")]
mod python;
pub mod quotes;
pub mod rows;
pub mod segment;
pub mod warning;

pub use article::{Article, Entity, Quote, Span};
pub use batch::{analyze_batch, Input};
pub use error::CoreError;
pub use normalize::{NormalizeOptions, UnicodeForm};

/// The largest input accepted, in bytes of UTF-8. Larger inputs are refused with
/// `CoreError::InputTooLarge`, never truncated.
pub const MAX_INPUT_BYTES: usize = 1 << 30;

/// Options that apply to a whole analysis run: normalization and the entity model.
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    pub normalize: NormalizeOptions,
    /// The entity model; `None` uses the model bundled with the library.
    pub model: Option<std::sync::Arc<entities::Model>>,
}

impl Analyzer {
    /// An analyzer with the default options and the bundled model.
    pub fn new() -> Self {
        Self::default()
    }

    /// An analyzer whose entity tagger is loaded from a model file trained by
    /// `copydesk-train-ner` (for example on the user's own CoNLL-format data).
    pub fn with_model_file(path: &std::path::Path) -> Result<Self, CoreError> {
        let model = entities::Model::load(path)
            .map_err(|e| CoreError::Model(format!("{}: {e}", path.display())))?;
        Ok(Self {
            model: Some(std::sync::Arc::new(model)),
            ..Self::default()
        })
    }

    /// The entity model in use.
    pub fn entity_model(&self) -> &entities::Model {
        self.model
            .as_deref()
            .unwrap_or_else(|| entities::Model::default_model())
    }

    /// The story's structure only: normalized analysis text, blocks, sentences and tokens,
    /// without entities or quotes.
    pub fn segment(&self, text: &str) -> Result<doc::Doc, CoreError> {
        check_size(text.len())?;
        Ok(pipeline::segment_only(text, &self.normalize))
    }

    /// Analyse one story given as text.
    pub fn analyze(&self, text: &str) -> Result<Article, CoreError> {
        check_size(text.len())?;
        Ok(pipeline::analyze(text, self, Vec::new()))
    }

    /// Analyse one story given as bytes: UTF-8 (a leading byte-order mark dropped), with a
    /// cp1252 fallback for invalid sequences; UTF-16 or UTF-32 when a byte-order mark says so.
    /// The article's `text` is the decoded text, which its offsets index.
    pub fn analyze_bytes(&self, bytes: &[u8]) -> Result<Article, CoreError> {
        use warning::{code, plain};
        check_size(bytes.len())?;
        let decoded = normalize::decode::decode_bytes(bytes);
        let text = decoded.text;
        let mut warnings = Vec::new();
        if let Some(encoding) = decoded.bom_encoding {
            warnings.push(plain(
                code::BYTE_ORDER_MARK,
                &format!("decoded as {encoding}, which its byte-order mark names"),
            ));
        }
        if let Some(first) = decoded.first_fallback {
            let at = text[..first].chars().count();
            let n = decoded.fallback;
            warnings.push(match decoded.bom_encoding {
                None => plain(
                    code::CP1252_FALLBACK,
                    &format!(
                        "decoded {n} byte(s) that were not valid UTF-8 as cp1252, the first at \
                         character {at}"
                    ),
                ),
                Some(encoding) => plain(
                    code::INVALID_CODE_UNITS,
                    &format!(
                        "replaced {n} invalid {encoding} code unit(s) with U+FFFD, the first at \
                         character {at}"
                    ),
                ),
            });
        }
        Ok(pipeline::analyze(&text, self, warnings))
    }
}

fn check_size(size: usize) -> Result<(), CoreError> {
    if size > MAX_INPUT_BYTES {
        return Err(CoreError::InputTooLarge {
            size,
            limit: MAX_INPUT_BYTES,
        });
    }
    Ok(())
}

/// Analyse one story with the default options.
pub fn analyze(text: &str) -> Result<Article, CoreError> {
    Analyzer::new().analyze(text)
}

/// Normalize text with the default options: NFC, whitespace and control characters, HTML
/// entities, soft hyphens, hard wraps, mojibake. Paragraphs stay separated by a blank line.
pub fn normalize(text: &str) -> String {
    normalize::normalize(text, &NormalizeOptions::default())
}
