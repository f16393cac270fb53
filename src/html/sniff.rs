//! Is this document a web page? For `format="auto"`: a document is HTML only when it starts
//! (after a byte-order mark, whitespace and comments) the way a page does: a doctype, or an
//! `<html>`, `<head>` or `<body>` tag, or an XML declaration followed by one of those. Copy
//! that merely begins with markup ("<b>WASHINGTON</b> - ...") stays text.

/// Whether `text` starts like an HTML page.
pub fn looks_like_html(text: &str) -> bool {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    // Comments and an XML declaration may come first; skip a few.
    for _ in 0..8 {
        if let Some(after) = rest.strip_prefix("<!--") {
            let Some(end) = after.find("-->") else {
                return false;
            };
            rest = after[end + 3..].trim_start();
        } else if starts_with_ignore_case(rest, "<?xml") {
            let Some(end) = rest.find("?>") else {
                return false;
            };
            rest = rest[end + 2..].trim_start();
        } else {
            break;
        }
    }
    if starts_with_ignore_case(rest, "<!doctype") {
        return rest[9..]
            .trim_start()
            .get(..4)
            .is_some_and(|n| n.eq_ignore_ascii_case("html"));
    }
    ["<html", "<head", "<body"].iter().any(|tag| {
        starts_with_ignore_case(rest, tag)
            && rest[tag.len()..]
                .chars()
                .next()
                .is_some_and(|c| c == '>' || c.is_ascii_whitespace())
    })
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_html() {
        assert!(looks_like_html("\u{feff}  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<!-- cms v2 -->\n<html lang=\"en\">"));
        assert!(looks_like_html(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">"
        ));
        assert!(looks_like_html("<HEAD><title>x</title>"));
    }

    #[test]
    fn copy_is_not() {
        assert!(!looks_like_html("<b>WASHINGTON</b> - The Senate voted."));
        assert!(!looks_like_html("Ministers met <html> on Monday."));
        assert!(!looks_like_html("<headline>Fares rise</headline>"));
        assert!(!looks_like_html("<!-- unterminated"));
        assert!(!looks_like_html(""));
    }
}
