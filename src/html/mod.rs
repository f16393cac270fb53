//! Web pages in: article extraction from HTML. A page is decoded (`decode`), its raw-text
//! elements blanked (`rawtext`), parsed by `tl`, walked into text blocks (`walk`, iterative),
//! the article's blocks chosen (`score`, with class words from `classes`), and its metadata
//! read from `<meta>` tags and JSON-LD (`meta`, `jsonld`). The result is plain text ready for
//! the copy pipeline: headline, byline and paragraphs separated by blank lines.
//!
//! Why `tl`: on the Zyte benchmark pages it parses about six times faster than html5ever, and
//! extraction needs the page's blocks, not a conforming tree; its one dangerous shortcut (no
//! raw-text states for `<script>`) is closed by `rawtext` before parsing.

mod classes;
mod decode;
mod jsonld;
mod meta;
mod rawtext;
mod score;
mod sniff;
mod text;
mod walk;

use crate::warning::{code, plain};
pub use meta::Metadata;
pub use sniff::looks_like_html;

/// An article extracted from a web page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub metadata: Metadata,
    /// The article's paragraphs (headings included), in order.
    pub paragraphs: Vec<String>,
    pub warnings: Vec<String>,
}

impl Page {
    /// The article body: its paragraphs separated by blank lines.
    pub fn body(&self) -> String {
        self.paragraphs.join("\n\n")
    }

    /// The plain text the copy pipeline reads: headline, byline, then the body.
    pub fn text(&self) -> String {
        let head = [&self.metadata.headline, &self.metadata.byline];
        let parts: Vec<&str> = head
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain(self.paragraphs.iter().map(String::as_str))
            .collect();
        parts.join("\n\n")
    }
}

/// Prose below this many characters is not an article (an index page, a login wall).
const MIN_ARTICLE_CHARS: usize = 200;

/// Extract the article from a page given as text.
pub fn extract(html: &str) -> Page {
    let blanked = rawtext::blank_raw_text(html);
    let linked = jsonld::read(&blanked.json_ld);
    let mut page = Page::default();
    let Ok(dom) = tl::parse(&blanked.html, tl::ParserOptions::default()) else {
        page.warnings
            .push("the page could not be parsed as HTML".to_string());
        return page;
    };
    let mut walked = walk::walk(&blanked.html, dom.parser(), dom.children());
    page.metadata = meta::read(&walked, &linked);
    let selection = score::select(&mut walked);
    if selection.prose_chars < MIN_ARTICLE_CHARS {
        page.warnings.push(plain(
            code::NO_ARTICLE,
            "no article found on the page (an index or navigation page?): the body is empty",
        ));
        return page;
    }
    let blocks = selection
        .blocks
        .iter()
        .map(|&i| walked.blocks[i as usize].text.as_str());
    page.paragraphs = paragraphs(blocks);
    // A page that states its whole articleBody in JSON-LD, much longer than what the markup
    // showed (a body split across widgets, or behind a script), is taken at its word.
    if let Some(body) = &linked.body {
        let words = |t: &str| t.split_whitespace().count();
        let shown: usize = page.paragraphs.iter().map(|p| words(p)).sum();
        if words(body) as f64 > shown as f64 * LINKED_BODY_RATIO {
            page.paragraphs = paragraphs(std::iter::once(text::clean_lines(body).as_str()));
        }
    }
    page
}

/// How much longer JSON-LD's articleBody must be than the extracted body to replace it.
const LINKED_BODY_RATIO: f64 = 1.5;

/// Paragraphs from block texts: each line of each block, whitespace collapsed.
fn paragraphs<'a>(blocks: impl Iterator<Item = &'a str>) -> Vec<String> {
    blocks
        .flat_map(str::lines)
        .map(|line| {
            let mut collapsed = String::with_capacity(line.len());
            for word in line.split_whitespace() {
                if !collapsed.is_empty() {
                    collapsed.push(' ');
                }
                collapsed.push_str(word);
            }
            collapsed
        })
        .filter(|line| !line.is_empty())
        .collect()
}

/// Extract the article from a page given as bytes, decoded by its BOM or declared charset.
pub fn extract_bytes(bytes: &[u8]) -> Page {
    let (html, warning) = decode::decode(bytes);
    let mut page = extract(&html);
    page.warnings.splice(0..0, warning);
    page
}

/// Development aid: one line per text block of the page (owner tag, depth, furniture depth,
/// link characters, a clip of the text), to see why extraction chose what it chose.
#[doc(hidden)]
pub fn explain(html: &str) -> Vec<String> {
    let blanked = rawtext::blank_raw_text(html);
    let Ok(dom) = tl::parse(&blanked.html, tl::ParserOptions::default()) else {
        return Vec::new();
    };
    let mut walked = walk::walk(&blanked.html, dom.parser(), dom.children());
    let selection = score::select(&mut walked);
    walked
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let e = &walked.elements[b.owner as usize];
            let clip: String = b.text.chars().take(70).collect();
            format!(
                "{} {:?} d{} f{} l{}/{} {clip:?}",
                if selection.blocks.contains(&(i as u32)) {
                    "+"
                } else {
                    " "
                },
                e.tag,
                e.depth,
                e.furniture_depth,
                b.link_chars,
                b.text.len()
            )
        })
        .collect()
}

/// Builds extraction's tables now rather than on first use (see `crate::warm_up`).
pub(crate) fn warm_up() {
    classes::warm_up();
}
