//! Raw-text elements. Inside `<script>`, `<style>`, `<textarea>` and friends, HTML5 reads no
//! markup, but a fast non-conforming parser would ("if (a<b)" opens a `<b>` that swallows the
//! rest of the page). Before parsing, their contents are cut down to one space (which the walk
//! collapses as it would the blanked run); JSON-LD scripts are kept aside first, since they
//! carry the article's metadata. Comments go whole, likewise leaving one space. Cutting rather
//! than blanking matters for speed: scripts are often most of a page's bytes, and the parser
//! and the walk would otherwise scan them as text.

/// Elements whose content is raw text in HTML5 (`<title>` is kept: it is text we read).
const RAW_TEXT: [&[u8]; 7] = [
    b"script",
    b"style",
    b"textarea",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
];

/// Whether `name` is a raw-text element, whose content `blank_raw_text` cut: it holds no text
/// for the walk, and no block boundary either (a script inside a paragraph does not split it).
pub(crate) fn is_raw_text(name: &[u8]) -> bool {
    RAW_TEXT.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// The page with raw-text contents blanked, and the JSON-LD blocks found on the way.
pub(crate) struct Blanked {
    pub html: String,
    pub json_ld: Vec<String>,
}

/// Cut every raw-text element's content and every comment out of `html`, one space each.
pub(crate) fn blank_raw_text(html: &str) -> Blanked {
    let bytes = html.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    // `bytes[copied..]` is not yet in `out`.
    let mut copied = 0;
    let mut cut = |out: &mut Vec<u8>, range: std::ops::Range<usize>| {
        out.extend_from_slice(&bytes[copied..range.start]);
        if !range.is_empty() {
            out.push(b' ');
        }
        copied = range.end;
    };
    let mut json_ld = Vec::new();
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let open = at + found;
        at = open + 1;
        if bytes[at..].starts_with(b"!--") {
            // Comments go too, delimiters and all: the parser mishandles some (`<!---->`).
            let end = memchr::memmem::find(&bytes[at + 3..], b"-->")
                .map_or(bytes.len(), |i| at + 3 + i + 3);
            cut(&mut out, open..end);
            at = end;
            continue;
        }
        let Some(name) = RAW_TEXT.iter().find(|n| starts_tag(&bytes[at..], n)) else {
            continue;
        };
        let Some(gt) = memchr::memchr(b'>', &bytes[at..]) else {
            break;
        };
        let content_start = at + gt + 1;
        let content_end =
            find_end_tag(&bytes[content_start..], name).map_or(bytes.len(), |i| content_start + i);
        if *name == b"script" && is_json_ld(&bytes[open..content_start]) {
            json_ld.push(String::from_utf8_lossy(&bytes[content_start..content_end]).into_owned());
        }
        cut(&mut out, content_start..content_end);
        at = content_end;
    }
    out.extend_from_slice(&bytes[copied..]);
    // Every cut starts and ends beside an ASCII byte (or the end): still UTF-8.
    let html = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Blanked { html, json_ld }
}

/// `rest` (just after a '<') opens tag `name`: the name, case-insensitive, then a delimiter.
fn starts_tag(rest: &[u8], name: &[u8]) -> bool {
    rest.len() > name.len()
        && rest[..name.len()].eq_ignore_ascii_case(name)
        && matches!(
            rest[name.len()],
            b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'\x0c'
        )
}

/// Where `</name` starts in `content`, case-insensitive.
fn find_end_tag(content: &[u8], name: &[u8]) -> Option<usize> {
    let mut at = 0;
    while let Some(found) = memchr::memmem::find(&content[at..], b"</") {
        let start = at + found;
        let rest = &content[start + 2..];
        if rest.len() >= name.len() && rest[..name.len()].eq_ignore_ascii_case(name) {
            return Some(start);
        }
        at = start + 2;
    }
    None
}

fn is_json_ld(open_tag: &[u8]) -> bool {
    open_tag
        .windows(7)
        .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_scripts_and_keeps_json_ld() {
        let page = "<p>a</p><script>if (a<b) x()</script><script type=\"application/ld+json\">{\"x\":1}</script><STYLE>p{}</STYLE><p>b</p>";
        let out = blank_raw_text(page);
        assert_eq!(
            out.html,
            "<p>a</p><script> </script><script type=\"application/ld+json\"> </script><STYLE> </STYLE><p>b</p>"
        );
        assert_eq!(out.json_ld, vec!["{\"x\":1}".to_string()]);
    }

    #[test]
    fn comments_are_blanked() {
        let out = blank_raw_text("<p>a<!---->b<!-- <p>c</p> -->d</p>");
        assert_eq!(
            out.html.split_whitespace().collect::<String>(),
            "<p>abd</p>"
        );
    }

    #[test]
    fn an_unclosed_script_blanks_to_the_end() {
        let out = blank_raw_text("<p>a</p><script>var s = '<p>'");
        assert_eq!(out.html, "<p>a</p><script> ");
    }
}
