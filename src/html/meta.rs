//! The page's metadata: headline, byline, publication date, site name and canonical URL, from
//! Open Graph and other `<meta>` tags first, then JSON-LD, then the page's `<h1>` and `<title>`.

use super::jsonld::LinkedData;
use super::walk::{HeadData, Tag, Walked};

/// The metadata of one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub headline: Option<String>,
    pub byline: Option<String>,
    /// The publication date as the page gives it.
    pub date: Option<String>,
    /// The same date in ISO 8601 (`2031-03-02` or `2031-03-02T08:00:00+00:00`).
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
}

fn meta<'a>(head: &'a HeadData, keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|key| {
        head.meta
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
    })
}

/// The text of the first block owned by an element with tag `tag`.
fn first_text(walked: &Walked, tag: Tag) -> Option<String> {
    walked
        .blocks
        .iter()
        .find(|b| walked.elements[b.owner as usize].tag == tag)
        .map(|b| b.text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Read the metadata of a walked page.
pub(crate) fn read(walked: &Walked, linked: &LinkedData) -> Metadata {
    let head = &walked.head;
    let headline = meta(head, &["og:title", "twitter:title"])
        .map(str::to_string)
        .or_else(|| linked.headline.clone())
        .or_else(|| first_text(walked, Tag::Heading(1)))
        .or_else(|| first_text(walked, Tag::Title));
    let authors: Vec<String> = match meta(
        head,
        &[
            "author",
            "byl",
            "dc.creator",
            "sailthru.author",
            "parsely-author",
            "article:author",
        ],
    ) {
        Some(a) if !a.starts_with("http") => vec![a.to_string()],
        _ => linked.authors.clone(),
    };
    let byline = match authors.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    };
    let date = meta(
        head,
        &[
            "article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "dc.date",
            "og:published_time",
            "sailthru.date",
            "parsely-pub-date",
        ],
    )
    .map(str::to_string)
    .or_else(|| linked.published.clone())
    .or_else(|| head.times.first().cloned());
    let published = date.as_deref().and_then(iso_date);
    let source = meta(head, &["og:site_name", "application-name"])
        .map(str::to_string)
        .or_else(|| linked.publisher.clone());
    let url = head
        .canonical
        .clone()
        .filter(|u| !u.is_empty())
        .or_else(|| meta(head, &["og:url"]).map(str::to_string))
        .or_else(|| linked.url.clone());
    Metadata {
        headline,
        byline,
        date,
        published,
        source,
        url,
    }
}

/// `value` as ISO 8601 when it starts with a calendar date: `YYYY-MM-DD`, then an optional
/// time, with a `+0000`-style offset given its colon. Anything else has no ISO form here.
pub(crate) fn iso_date(value: &str) -> Option<String> {
    let v = value.trim();
    let b = v.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if !(digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10))
    {
        return None;
    }
    let date = &v[..10];
    let rest = &v[10..];
    let Some(time) = rest.strip_prefix(['T', ' ']) else {
        return Some(date.to_string());
    };
    let tb = time.as_bytes();
    let clock_len = tb
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == b':' || **c == b'.')
        .count();
    if clock_len < 5 {
        return Some(date.to_string());
    }
    let clock = &time[..clock_len];
    let zone = time[clock_len..].trim();
    let zone = match zone.as_bytes() {
        [] => String::new(),
        [b'Z' | b'z'] => "Z".to_string(),
        [s @ (b'+' | b'-'), h1, h2, m1, m2]
            if [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()) =>
        {
            format!(
                "{}{}{}:{}{}",
                *s as char, *h1 as char, *h2 as char, *m1 as char, *m2 as char
            )
        }
        [b'+' | b'-', _, _, b':', _, _] => zone.to_string(),
        _ => String::new(),
    };
    Some(format!("{date}T{clock}{zone}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms() {
        assert_eq!(iso_date("2031-03-02").as_deref(), Some("2031-03-02"));
        assert_eq!(
            iso_date("2031-03-02T08:00:00Z").as_deref(),
            Some("2031-03-02T08:00:00Z")
        );
        assert_eq!(
            iso_date("2031-03-02T08:00:00.000+0100").as_deref(),
            Some("2031-03-02T08:00:00.000+01:00")
        );
        assert_eq!(
            iso_date("2031-03-02 08:00 -05:00").as_deref(),
            Some("2031-03-02T08:00-05:00")
        );
        assert_eq!(iso_date("March 2, 2031"), None);
    }
}
