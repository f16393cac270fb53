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
mod hashed;
pub mod html;
pub mod link;
pub mod normalize;
mod offsets;
mod packed;
pub mod parse;
mod pipeline;
pub mod pool;
#[cfg(feature = "python")]
mod python;
pub mod quotes;
pub mod rows;
pub mod segment;
pub mod warning;

/// A story allocates a few hundred small strings and vectors (tokens, spans, names) and frees
/// them at once; glibc's allocator spent about 9% of the pipeline's time on them, mimalloc's
/// thread-local free lists a fraction of that. Every allocation copydesk makes is freed by
/// copydesk (Python gets copies), so the allocator never crosses the binding boundary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub use article::{Article, Entity, Quote, Span};
pub use batch::{analyze_batch, analyze_here, Input};
pub use error::CoreError;
pub use html::Page;
pub use normalize::{NormalizeOptions, UnicodeForm};
pub use pipeline::{Findings, Prepared};
use std::borrow::Cow;

/// Builds now every table the pipeline otherwise builds on first use: the bundled entity model,
/// the lexicons and the compiled patterns. Each is built once per process either way.
///
/// The Python binding calls this once while it holds the GIL. `os.fork` holds the GIL as well, so
/// a child process never starts with one of these half-built by a thread it does not have (it
/// would wait for it forever). A table added to the pipeline belongs here too.
pub fn warm_up() {
    parse::warm_up();
    html::warm_up();
    entities::warm_up();
    link::warm_up();
    quotes::warm_up();
    segment::warm_up();
}

/// The largest input accepted, in bytes of UTF-8. Larger inputs are refused with
/// `CoreError::InputTooLarge`, never truncated.
pub const MAX_INPUT_BYTES: usize = 1 << 30;

/// What an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// News copy as text.
    Text,
    /// A web page: the article is extracted from the HTML first.
    Html,
    /// HTML when the document starts like a page (`html::looks_like_html`), else text.
    #[default]
    Auto,
}

impl std::str::FromStr for Format {
    type Err = CoreError;

    fn from_str(name: &str) -> Result<Self, CoreError> {
        match name.to_ascii_lowercase().as_str() {
            "text" => Ok(Self::Text),
            "html" => Ok(Self::Html),
            "auto" => Ok(Self::Auto),
            _ => Err(CoreError::InvalidOption {
                name: "format",
                reason: format!("expected 'auto', 'text' or 'html', not {name:?}"),
            }),
        }
    }
}

/// Options that apply to a whole analysis run: normalization and the entity model.
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    pub normalize: NormalizeOptions,
    /// What the inputs are: copy, web pages, or either (sniffed per document).
    pub format: Format,
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
        Ok(self.analyze_decoded(self.decode_text(text)?))
    }

    /// Analyse one story given as bytes: UTF-8 (a leading byte-order mark dropped), with a
    /// cp1252 fallback for invalid sequences; UTF-16 or UTF-32 when a byte-order mark says so.
    /// The article's `text` is the decoded text, which its offsets index.
    pub fn analyze_bytes(&self, bytes: &[u8]) -> Result<Article, CoreError> {
        Ok(self.analyze_decoded(self.decode_bytes(bytes)?))
    }

    /// The cheap half of [`Analyzer::analyze`]: decode, extract a page's article, parse the
    /// layout and normalize. The article has every field but `sentences`, `entities` and
    /// `quotes` (and the warnings those add); `prepared.finish(&article.text, analyzer)`
    /// gives them, and `Findings::complete` fills them in, exactly as `analyze` would have.
    /// Whatever can fail fails here; finishing cannot.
    ///
    /// ```
    /// let analyzer = copydesk::Analyzer::new();
    /// let (mut article, prepared) = analyzer.prepare("Taro Kono spoke in Tokyo.").unwrap();
    /// assert!(article.entities.is_empty());
    /// prepared.finish(&article.text, &analyzer).complete(&mut article);
    /// assert_eq!(article, analyzer.analyze("Taro Kono spoke in Tokyo.").unwrap());
    /// ```
    pub fn prepare(&self, text: &str) -> Result<(Article, Prepared), CoreError> {
        Ok(self.prepare_decoded(self.decode_text(text)?))
    }

    /// [`Analyzer::prepare`] for bytes, decoded as [`Analyzer::analyze_bytes`] decodes them.
    pub fn prepare_bytes(&self, bytes: &[u8]) -> Result<(Article, Prepared), CoreError> {
        Ok(self.prepare_decoded(self.decode_bytes(bytes)?))
    }

    fn analyze_decoded(&self, input: Decoded<'_>) -> Article {
        let mut article = pipeline::analyze(&input.text, self, input.warnings);
        if let Some(page) = input.page {
            keep_page(&mut article, page);
        }
        article
    }

    fn prepare_decoded(&self, input: Decoded<'_>) -> (Article, Prepared) {
        let (mut article, prepared) = pipeline::prepare(&input.text, self, input.warnings);
        if let Some(page) = input.page {
            keep_page(&mut article, page);
        }
        (article, prepared)
    }

    fn is_html(&self, start: &[u8]) -> bool {
        match self.format {
            Format::Text => false,
            Format::Html => true,
            Format::Auto => {
                // A page declares itself in its first bytes; an odd cut mid-character is fine.
                let head = &start[..start.len().min(4096)];
                // Nearly every head is valid UTF-8 (text always is, but for a cut character),
                // and checking that is several times cheaper than the lossy copy.
                match std::str::from_utf8(head) {
                    Ok(head) => html::looks_like_html(head),
                    Err(_) => html::looks_like_html(&String::from_utf8_lossy(head)),
                }
            }
        }
    }

    /// A story given as text, ready for the copy pipeline.
    fn decode_text<'a>(&self, text: &'a str) -> Result<Decoded<'a>, CoreError> {
        check_size(text.len())?;
        if self.is_html(text.as_bytes()) {
            return Ok(Decoded::page(html::extract(text)));
        }
        Ok(Decoded {
            text: Cow::Borrowed(text),
            warnings: Vec::new(),
            page: None,
        })
    }

    /// A story given as bytes, decoded and ready for the copy pipeline.
    fn decode_bytes(&self, bytes: &[u8]) -> Result<Decoded<'static>, CoreError> {
        use warning::{code, plain};
        check_size(bytes.len())?;
        if self.is_html(bytes) {
            return Ok(Decoded::page(html::extract_bytes(bytes)));
        }
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
        Ok(Decoded {
            text: Cow::Owned(text),
            warnings,
            page: None,
        })
    }
}

/// An input ready for the copy pipeline: its text, the warnings so far and, for a web page,
/// the extracted page whose metadata and body the article keeps.
struct Decoded<'a> {
    text: Cow<'a, str>,
    warnings: Vec<String>,
    page: Option<html::Page>,
}

impl Decoded<'_> {
    fn page(mut page: html::Page) -> Self {
        Self {
            text: Cow::Owned(page.text()),
            warnings: std::mem::take(&mut page.warnings),
            page: Some(page),
        }
    }
}

/// A web page's article keeps the page's metadata and its extracted body.
fn keep_page(article: &mut Article, page: html::Page) {
    article.body = page.body();
    let meta = page.metadata;
    article.headline = meta.headline;
    article.byline = meta.byline;
    article.date = meta.date;
    article.published = meta.published;
    article.source = meta.source;
    article.url = meta.url;
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
