//! HTML character references: `&amp;`, `&#8220;`, `&#x2014;` and the named entities that turn
//! up in news feeds. Decoding runs to a fixed point, so doubly escaped text ("&amp;quot;")
//! comes out clean and normalizing twice changes nothing.

use super::unit::Unit;

/// The longest reference we look back for, in characters ("&thinsp;" and numeric forms fit).
const MAX_REFERENCE: usize = 12;

/// Decode every character reference in `units`; returns whether any was decoded.
pub fn decode_references(units: &mut Vec<Unit>) -> bool {
    if !units.iter().any(|u| u.ch == '&') {
        return false;
    }
    let before = units.len();
    let mut out: Vec<Unit> = Vec::with_capacity(units.len());
    for &u in units.iter() {
        out.push(u);
        // A reference ends with ';': look back for its '&' and decode, repeatedly, since the
        // decoded character may itself complete an outer reference ("&amp;amp;").
        while out.last().is_some_and(|l| l.ch == ';') {
            let tail_start = out.len().saturating_sub(MAX_REFERENCE);
            let Some(amp) = out[tail_start..].iter().rposition(|x| x.ch == '&') else {
                break;
            };
            let amp = tail_start + amp;
            let name: String = out[amp + 1..out.len() - 1].iter().map(|x| x.ch).collect();
            let Some(ch) = lookup(&name) else { break };
            let start = out[amp].start;
            let end = out[out.len() - 1].end;
            out.truncate(amp);
            out.push(Unit { ch, start, end });
        }
    }
    *units = out;
    units.len() != before
}

/// The character a reference names (`name` is what stands between '&' and ';').
pub(crate) fn lookup(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return numeric(code);
    }
    let ch = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "shy" => '\u{ad}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "sect" => '§',
        "para" => '¶',
        "times" => '×',
        "divide" => '÷',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "thinsp" => '\u{2009}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "zwj" => '\u{200d}',
        "zwnj" => '\u{200c}',
        "aacute" => 'á',
        "eacute" => 'é',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "agrave" => 'à',
        "egrave" => 'è',
        "ograve" => 'ò',
        "acirc" => 'â',
        "ecirc" => 'ê',
        "ocirc" => 'ô',
        "auml" => 'ä',
        "euml" => 'ë',
        "iuml" => 'ï',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "Eacute" => 'É',
        "szlig" => 'ß',
        "ccedil" => 'ç',
        "Ccedil" => 'Ç',
        "ntilde" => 'ñ',
        "Ntilde" => 'Ñ',
        "atilde" => 'ã',
        "otilde" => 'õ',
        "aring" => 'å',
        "oslash" => 'ø',
        "aelig" => 'æ',
        _ => return None,
    };
    Some(ch)
}

/// Numeric references in 128..=159 name cp1252 characters, as browsers read them.
fn numeric(code: u32) -> Option<char> {
    if (0x80..=0x9f).contains(&code) {
        return super::mojibake::cp1252_char(code as u8);
    }
    if code == 0 {
        return None;
    }
    char::from_u32(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::unit::units_of;

    fn decode(s: &str) -> String {
        let mut units = Vec::new();
        units_of(s, 0, s.len(), &mut units);
        decode_references(&mut units);
        units.iter().map(|u| u.ch).collect()
    }

    #[test]
    fn decodes_named_and_numeric_references() {
        assert_eq!(decode("AT&amp;T &#8220;hi&#x201D; &#151;"), "AT&T “hi” —");
    }

    #[test]
    fn decodes_double_escapes_to_a_fixed_point() {
        assert_eq!(decode("&amp;quot;x&amp;amp;amp;"), "\"x&");
    }

    #[test]
    fn leaves_unknown_and_bare_ampersands() {
        assert_eq!(
            decode("R&D; Q&A &bogus; &#0; &#99999999;"),
            "R&D; Q&A &bogus; &#0; &#99999999;"
        );
    }
}
