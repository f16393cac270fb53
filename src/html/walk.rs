//! The DOM walk: one iterative pass (no recursion, so 100k levels of nesting cannot overflow
//! the stack) over the parsed page that turns it into text blocks, each owned by its nearest
//! block-level element, and the elements' tree with what their tags and classes say. Metadata
//! tags (`<meta>`, `<link rel=canonical>`, `<title>`, `<time>`) are collected on the way.

use super::classes::{cues, Cues};
use super::text::{clean, push_text};
use std::borrow::Cow;
use tl::{Node, NodeHandle, Parser};

/// What a tag is, for extraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// A block whose text is article-like: p, li, blockquote, pre, td ...
    Text,
    /// A heading, h1-h6.
    Heading(u8),
    /// A container: div, section, article, main, body ...
    Container,
    /// Navigation, footer, aside, figure captions, forms' furniture: never article text.
    Furniture,
    /// `<title>`.
    Title,
    /// Inline: a, span, b, em ... (no element record).
    Inline,
    /// Not shown: script, style, svg, buttons, form controls.
    Hidden,
}

fn classify(name: &[u8]) -> Tag {
    let mut lower = [0u8; 12];
    if name.len() > lower.len() {
        return Tag::Inline;
    }
    for (l, b) in lower.iter_mut().zip(name) {
        *l = b.to_ascii_lowercase();
    }
    match &lower[..name.len()] {
        b"p" | b"li" | b"blockquote" | b"pre" | b"td" | b"th" | b"dd" | b"dt" | b"address"
        | b"summary" | b"center" => Tag::Text,
        b"h1" => Tag::Heading(1),
        b"h2" => Tag::Heading(2),
        b"h3" => Tag::Heading(3),
        b"h4" => Tag::Heading(4),
        b"h5" => Tag::Heading(5),
        b"h6" => Tag::Heading(6),
        b"div" | b"section" | b"article" | b"main" | b"body" | b"html" | b"ul" | b"ol" | b"dl"
        | b"table" | b"tbody" | b"thead" | b"tfoot" | b"tr" | b"figure" | b"details" | b"form"
        | b"fieldset" | b"hgroup" | b"head" | b"hr" | b"header" => Tag::Container,
        b"nav" | b"footer" | b"aside" | b"figcaption" | b"menu" | b"dialog" | b"caption"
        | b"label" | b"legend" => Tag::Furniture,
        b"title" => Tag::Title,
        b"script" | b"style" | b"noscript" | b"template" | b"svg" | b"math" | b"iframe"
        | b"object" | b"embed" | b"button" | b"select" | b"option" | b"textarea" | b"input"
        | b"video" | b"audio" | b"canvas" | b"map" | b"picture" => Tag::Hidden,
        _ => Tag::Inline,
    }
}

/// A block-level element.
#[derive(Debug, Clone)]
pub(crate) struct Element {
    pub parent: Option<u32>,
    pub depth: u32,
    pub tag: Tag,
    pub cues: Cues,
    /// Depth + 1 of the deepest furniture element on the path from the root to this one
    /// (itself included), 0 when there is none.
    pub furniture_depth: u32,
    /// The blocks inside this element are `first_block..end_block`.
    pub first_block: u32,
    pub end_block: u32,
    /// The elements inside this one are `index + 1..end_element` (pre-order).
    pub end_element: u32,
}

/// A run of text between block boundaries.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub text: String,
    pub owner: u32,
    /// Characters of text inside links.
    pub link_chars: usize,
}

/// The page's `<meta>` name/property/itemprop -> content pairs and other head data.
#[derive(Debug, Clone, Default)]
pub(crate) struct HeadData {
    pub meta: Vec<(String, String)>,
    pub canonical: Option<String>,
    /// `<time datetime=...>` values in document order.
    pub times: Vec<String>,
}

/// The walked page.
#[derive(Debug, Default)]
pub(crate) struct Walked {
    pub elements: Vec<Element>,
    pub blocks: Vec<Block>,
    pub head: HeadData,
}

enum Step {
    Enter(NodeHandle),
    Exit {
        element: Option<u32>,
        link: bool,
        pre: bool,
    },
}

/// The text of `bytes`, a slice tl took out of `source`: borrowed from `source` as it stands
/// (already valid UTF-8), so no text node or attribute is validated or copied again. Bytes
/// from anywhere else (tl owns none on parsing, but stay safe) are decoded lossily.
fn source_text<'s>(source: &'s str, bytes: &[u8]) -> Cow<'s, str> {
    let start = (bytes.as_ptr() as usize).wrapping_sub(source.as_ptr() as usize);
    match start
        .checked_add(bytes.len())
        .and_then(|end| source.get(start..end))
    {
        Some(text) if text.as_ptr() == bytes.as_ptr() => Cow::Borrowed(text),
        _ => String::from_utf8_lossy(bytes).into_owned().into(),
    }
}

fn bytes_of<'b>(value: Option<&'b tl::Bytes<'_>>) -> &'b [u8] {
    value.map_or(&[], |v| v.as_bytes())
}

/// Walk the page `source`, parsed by `parser`, from its top-level nodes `roots`.
pub(crate) fn walk(source: &str, parser: &Parser<'_>, roots: &[NodeHandle]) -> Walked {
    let mut out = Walked::default();
    let mut buffer = String::new();
    let mut link_chars = 0usize;
    let mut open: Vec<u32> = Vec::new();
    let mut links = 0u32;
    let mut pre = 0u32;
    // A synthetic root owns text outside any block element.
    out.elements.push(Element {
        parent: None,
        depth: 0,
        tag: Tag::Container,
        cues: Cues::default(),
        furniture_depth: 0,
        first_block: 0,
        end_block: 0,
        end_element: 0,
    });
    open.push(0);
    let mut stack: Vec<Step> = roots.iter().rev().map(|h| Step::Enter(*h)).collect();
    while let Some(step) = stack.pop() {
        let handle = match step {
            Step::Enter(handle) => handle,
            Step::Exit {
                element,
                link,
                pre: was_pre,
            } => {
                links -= u32::from(link);
                pre -= u32::from(was_pre);
                if let Some(index) = element {
                    flush(&mut out, &mut buffer, &mut link_chars, &open);
                    open.pop();
                    let end_element = out.elements.len() as u32;
                    let element = &mut out.elements[index as usize];
                    element.end_block = out.blocks.len() as u32;
                    element.end_element = end_element;
                }
                continue;
            }
        };
        let Some(node) = handle.get(parser) else {
            continue;
        };
        let tag = match node {
            Node::Raw(raw) => {
                let before = buffer.len();
                push_text(&mut buffer, &source_text(source, raw.as_bytes()), pre > 0);
                if links > 0 {
                    link_chars += buffer.len() - before;
                }
                continue;
            }
            Node::Comment(_) => continue,
            Node::Tag(tag) => tag,
        };
        let name = tag.name().as_bytes();
        if super::rawtext::is_raw_text(name) {
            continue;
        }
        let kind = classify(name);
        let attributes = tag.attributes();
        let attr = |key: &str| {
            attributes
                .get(key)
                .flatten()
                .map(|v| source_text(source, v.as_bytes()))
        };
        if name.eq_ignore_ascii_case(b"meta") {
            collect_meta(&mut out.head, &attr);
            continue;
        }
        if name.eq_ignore_ascii_case(b"link") {
            if attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) {
                out.head.canonical = attr("href").map(|h| clean(&h));
            }
            continue;
        }
        if name.eq_ignore_ascii_case(b"time") {
            if let Some(when) = attr("datetime") {
                out.head.times.push(clean(&when));
            }
        }
        if name.eq_ignore_ascii_case(b"br") {
            buffer.push('\n');
            continue;
        }
        // Hidden elements are walked as furniture rather than skipped: in markup the parser
        // could not close, an unclosed <svg> or <noscript> may hold the article itself.
        let kind = if kind == Tag::Hidden
            || (!attributes.is_empty() && (attributes.contains("hidden") || is_hidden(&attr)))
        {
            Tag::Furniture
        } else {
            kind
        };
        let is_link = name.eq_ignore_ascii_case(b"a");
        let is_pre = name.eq_ignore_ascii_case(b"pre");
        links += u32::from(is_link);
        pre += u32::from(is_pre);
        let element = (kind != Tag::Inline).then(|| {
            flush(&mut out, &mut buffer, &mut link_chars, &open);
            let parent = *open.last().unwrap_or(&0);
            let up = &out.elements[parent as usize];
            // Page-wide classes on <html>/<body> ("has-sidebar") describe the layout, not text.
            let cues = if name.eq_ignore_ascii_case(b"body") || name.eq_ignore_ascii_case(b"html") {
                Cues::default()
            } else {
                cues(bytes_of(attributes.class()), bytes_of(attributes.id()))
            };
            let depth = up.depth + 1;
            let furniture = cues.furniture || kind == Tag::Furniture;
            let index = out.elements.len() as u32;
            out.elements.push(Element {
                parent: Some(parent),
                depth,
                tag: kind,
                cues,
                furniture_depth: if furniture {
                    depth + 1
                } else {
                    up.furniture_depth
                },
                first_block: out.blocks.len() as u32,
                end_block: out.blocks.len() as u32,
                end_element: index + 1,
            });
            open.push(index);
            index
        });
        stack.push(Step::Exit {
            element,
            link: is_link,
            pre: is_pre,
        });
        stack.extend(
            tag.children()
                .top()
                .as_slice()
                .iter()
                .rev()
                .map(|h| Step::Enter(*h)),
        );
    }
    flush(&mut out, &mut buffer, &mut link_chars, &open);
    let end = out.blocks.len() as u32;
    out.elements[0].end_block = end;
    out.elements[0].end_element = out.elements.len() as u32;
    out
}

/// End the current block: keep its text, owned by the innermost open element.
fn flush(out: &mut Walked, buffer: &mut String, link_chars: &mut usize, open: &[u32]) {
    let text = buffer.trim();
    if !text.is_empty() {
        out.blocks.push(Block {
            text: text.to_string(),
            owner: *open.last().unwrap_or(&0),
            link_chars: (*link_chars).min(text.len()),
        });
    }
    buffer.clear();
    *link_chars = 0;
}

/// `hidden`, `aria-hidden="true"` or an inline `display:none`: not shown to readers.
fn is_hidden<'s>(attr: &impl Fn(&str) -> Option<Cow<'s, str>>) -> bool {
    if attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
        return true;
    }
    attr("style").is_some_and(|s| {
        // Most inline styles say nothing of "none": skip the copy for them.
        let has_none = s
            .as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"none"));
        has_none && {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            s.to_ascii_lowercase().contains("display:none")
        }
    })
}

fn collect_meta<'s>(head: &mut HeadData, attr: &impl Fn(&str) -> Option<Cow<'s, str>>) {
    let Some(content) = attr("content") else {
        return;
    };
    for key in ["property", "name", "itemprop"] {
        if let Some(name) = attr(key) {
            head.meta
                .push((name.trim().to_ascii_lowercase(), clean(&content)));
        }
    }
}
