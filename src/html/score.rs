//! Block scoring: find the element that holds the article. Each text block long enough to be
//! prose, outside furniture and not mostly links, scores its owner's ancestors (the way
//! readability does: commas and length, halving per level); a container's score is then
//! discounted by its own link density and nudged by its class words. The best container and
//! its qualifying siblings hold the article; inside them, furniture and link lists are dropped.

use super::walk::{Block, Element, Tag, Walked};

/// Shortest block (in chars) that counts as prose when scoring.
const MIN_PROSE_CHARS: usize = 25;
/// Blocks with more of their text in links than this are navigation, not prose.
const MAX_LINK_DENSITY: f64 = 0.5;
/// How far up a block's score travels.
const LEVELS: usize = 5;

/// The chosen article: the blocks to keep, in document order.
#[derive(Debug, Default)]
pub(crate) struct Selection {
    pub blocks: Vec<u32>,
    /// Characters of prose in the selection (blocks that scored).
    pub prose_chars: usize,
}

fn chars(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

fn link_density(block: &Block) -> f64 {
    block.link_chars as f64 / block.text.len().max(1) as f64
}

/// Whether a block reads as prose on its own.
fn is_prose(block: &Block, elements: &[Element]) -> bool {
    let owner = &elements[block.owner as usize];
    owner.furniture_depth == 0
        && !matches!(owner.tag, Tag::Title | Tag::Heading(_))
        && chars(&block.text) >= MIN_PROSE_CHARS
        && link_density(block) <= MAX_LINK_DENSITY
}

fn block_score(block: &Block) -> f64 {
    let commas = block.text.matches([',', '，', '、']).count() as f64;
    let length = (chars(&block.text) as f64 / 100.0).min(3.0);
    1.0 + commas + length
}

/// A furniture element holding more than this share of the page's prose is not furniture: a
/// menu left unclosed in broken markup swallows the article after it.
const MAX_FURNITURE_SHARE: f64 = 0.5;

/// Settle which elements are furniture, now that each one's prose is known.
fn settle_furniture(page: &mut Walked) {
    let mut prose = vec![0usize; page.blocks.len() + 1];
    for (i, b) in page.blocks.iter().enumerate() {
        let owner = &page.elements[b.owner as usize];
        let counts = !matches!(owner.tag, Tag::Title | Tag::Heading(_))
            && chars(&b.text) >= MIN_PROSE_CHARS
            && link_density(b) <= MAX_LINK_DENSITY;
        prose[i + 1] = prose[i] + if counts { b.text.len() } else { 0 };
    }
    let total = prose[page.blocks.len()] as f64;
    // Pre-order: a parent is settled before its children.
    for i in 0..page.elements.len() {
        let e = &page.elements[i];
        let own = (e.cues.furniture || e.tag == Tag::Furniture)
            && ((prose[e.end_block as usize] - prose[e.first_block as usize]) as f64)
                <= total * MAX_FURNITURE_SHARE;
        let inherited = e
            .parent
            .map_or(0, |p| page.elements[p as usize].furniture_depth);
        let depth = e.depth;
        page.elements[i].furniture_depth = if own { depth + 1 } else { inherited };
    }
}

/// Pick the article's blocks out of a walked page.
pub(crate) fn select(page: &mut Walked) -> Selection {
    settle_furniture(page);
    let page = &*page;
    let elements = &page.elements;
    let mut scores = vec![0.0f64; elements.len()];
    for block in page.blocks.iter().filter(|b| is_prose(b, elements)) {
        let score = block_score(block);
        let owner = &elements[block.owner as usize];
        // A paragraph scores its container; text sitting straight in a div scores the div.
        let mut at = if matches!(owner.tag, Tag::Text) {
            owner.parent
        } else {
            Some(block.owner)
        };
        for level in 0..LEVELS {
            let Some(index) = at else { break };
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f64 * 3.0,
            };
            scores[index as usize] += score / divider;
            at = elements[index as usize].parent;
        }
    }
    // Link density and furniture per container, from prefix sums over the blocks.
    let mut text_sum = vec![0usize; page.blocks.len() + 1];
    let mut link_sum = vec![0usize; page.blocks.len() + 1];
    for (i, b) in page.blocks.iter().enumerate() {
        text_sum[i + 1] = text_sum[i] + b.text.len();
        link_sum[i + 1] = link_sum[i] + b.link_chars;
    }
    let density = |e: &Element| {
        let (a, b) = (e.first_block as usize, e.end_block as usize);
        (link_sum[b] - link_sum[a]) as f64 / (text_sum[b] - text_sum[a]).max(1) as f64
    };
    let adjusted = |i: usize| {
        let e = &elements[i];
        let mut s = scores[i] * (1.0 - density(e));
        if e.cues.article {
            s *= 1.25;
        }
        if e.furniture_depth > 0 {
            s *= 0.2;
        }
        s
    };
    let Some(top) = (0..elements.len())
        .filter(|&i| scores[i] > 0.0)
        .max_by(|&a, &b| adjusted(a).total_cmp(&adjusted(b)))
    else {
        return Selection::default();
    };
    // Climb while the parent adds at least as much prose as other text: an article split
    // over sibling divs, or paragraphs in bare divs, is held by a container further up.
    // Prose counts only in blocks of the kind the candidate's prose is in (paragraph tags or
    // bare divs): teaser lists in divs beside an article in <p>s are not more of it.
    let in_paragraphs = |e: &Element| {
        let (mut p, mut d) = (0usize, 0usize);
        for b in &page.blocks[e.first_block as usize..e.end_block as usize] {
            if is_prose(b, elements) {
                match elements[b.owner as usize].tag {
                    Tag::Text => p += b.text.len(),
                    _ => d += b.text.len(),
                }
            }
        }
        p >= d
    };
    let paragraph_kind = in_paragraphs(&elements[top]);
    let mut prose_sum = vec![0usize; page.blocks.len() + 1];
    let mut other_sum = vec![0usize; page.blocks.len() + 1];
    for (i, b) in page.blocks.iter().enumerate() {
        let owner = &elements[b.owner as usize];
        let (prose, other) = if is_prose(b, elements) {
            if (owner.tag == Tag::Text) == paragraph_kind {
                (b.text.len(), 0)
            } else {
                (0, b.text.len())
            }
        } else if owner.furniture_depth == 0 && !matches!(owner.tag, Tag::Title | Tag::Heading(1)) {
            (0, b.text.len())
        } else {
            (0, 0)
        };
        prose_sum[i + 1] = prose_sum[i] + prose;
        other_sum[i + 1] = other_sum[i] + other;
    }
    let sum = |v: &[usize], e: &Element| v[e.end_block as usize] - v[e.first_block as usize];
    let mut top = top;
    while let Some(parent) = elements[top].parent {
        let (e, p) = (&elements[top], &elements[parent as usize]);
        let added_prose = sum(&prose_sum, p) - sum(&prose_sum, e);
        let added_other = sum(&other_sum, p) - sum(&other_sum, e);
        if added_prose < 2 * added_other || p.furniture_depth > 0 || p.tag == Tag::Title {
            break;
        }
        top = parent as usize;
    }
    let top_score = adjusted(top);
    // Siblings that score well, or read as a prose paragraph, belong to the article too.
    let mut roots = vec![top as u32];
    if let Some(parent) = elements[top].parent {
        roots.clear();
        let threshold = (top_score * 0.2).max(10.0);
        let mut child = parent as usize + 1;
        while child < elements[parent as usize].end_element as usize {
            let e = &elements[child];
            let keep = child == top
                || (e.furniture_depth == 0 && adjusted(child) >= threshold)
                || (matches!(e.tag, Tag::Text)
                    && e.first_block + 1 == e.end_block
                    && sibling_paragraph(&page.blocks[e.first_block as usize], elements));
            if keep {
                roots.push(child as u32);
            }
            child = e.end_element as usize;
        }
    }
    let mut selection = Selection::default();
    for root in roots {
        let r = &elements[root as usize];
        for i in r.first_block..r.end_block {
            let block = &page.blocks[i as usize];
            let owner = &elements[block.owner as usize];
            if owner.furniture_depth > r.depth + 1
                || matches!(owner.tag, Tag::Title | Tag::Heading(1))
                || link_density(block) > MAX_LINK_DENSITY
            {
                continue;
            }
            if is_prose(block, elements) {
                selection.prose_chars += chars(&block.text);
            }
            selection.blocks.push(i);
        }
    }
    selection
}

/// readability's test for a lone sibling paragraph: long with few links, or short, link-free
/// and ending a sentence.
fn sibling_paragraph(block: &Block, elements: &[Element]) -> bool {
    let len = chars(&block.text);
    let density = link_density(block);
    elements[block.owner as usize].furniture_depth == 0
        && ((len > 80 && density < 0.25)
            || (len > 0 && density == 0.0 && block.text.trim_end().ends_with(['.', '!', '?'])))
}
