//! JSON-LD (`<script type="application/ld+json">`): the schema.org Article a page describes
//! itself with. It names the headline, authors, publication date and publisher, and often
//! the whole `articleBody`.

use serde_json::Value;

/// What the page's JSON-LD says about its article.
#[derive(Debug, Clone, Default)]
pub(crate) struct LinkedData {
    pub headline: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub publisher: Option<String>,
    pub body: Option<String>,
    pub url: Option<String>,
}

const ARTICLE_TYPES: [&str; 8] = [
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "Report",
    "LiveBlogPosting",
];

/// Read the first article object in any of `scripts`.
pub(crate) fn read(scripts: &[String]) -> LinkedData {
    let mut out = LinkedData::default();
    for script in scripts {
        // serde_json limits nesting itself, so hostile JSON cannot overflow the stack.
        let Ok(value) = serde_json::from_str::<Value>(script.trim()) else {
            continue;
        };
        if let Some(article) = find_article(&value) {
            fill(&mut out, article);
            return out;
        }
    }
    out
}

/// The first object typed as an article, looking through arrays and `@graph` (iteratively).
fn find_article(root: &Value) -> Option<&Value> {
    let mut queue = vec![root];
    let mut seen = 0;
    while let Some(value) = queue.pop() {
        seen += 1;
        if seen > 10_000 {
            return None;
        }
        match value {
            Value::Array(items) => queue.extend(items.iter().rev()),
            Value::Object(map) => {
                if is_article(map.get("@type")) {
                    return Some(value);
                }
                if let Some(graph) = map.get("@graph") {
                    queue.push(graph);
                }
                if let Some(main) = map.get("mainEntity") {
                    queue.push(main);
                }
            }
            _ => {}
        }
    }
    None
}

fn is_article(kind: Option<&Value>) -> bool {
    match kind {
        Some(Value::String(s)) => ARTICLE_TYPES.contains(&s.as_str()),
        Some(Value::Array(items)) => items.iter().any(|i| is_article(Some(i))),
        _ => false,
    }
}

fn string(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => {
            let s = super::text::clean(s);
            (!s.is_empty()).then_some(s)
        }
        Value::Array(items) => items.iter().find_map(|i| string(Some(i))),
        Value::Object(map) => string(map.get("name")),
        _ => None,
    }
}

fn fill(out: &mut LinkedData, article: &Value) {
    out.headline = string(article.get("headline")).or_else(|| string(article.get("name")));
    out.published = string(article.get("datePublished"));
    out.publisher = string(article.get("publisher"));
    out.url = string(article.get("url"));
    out.body = match article.get("articleBody") {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        _ => None,
    };
    out.authors = match article.get("author") {
        Some(Value::Array(items)) => items.iter().filter_map(|i| string(Some(i))).collect(),
        other => string(other).into_iter().collect(),
    };
    out.authors.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_article_in_a_graph() {
        let script = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
            {"@type":["NewsArticle"],"headline":"Ferry &amp; bus fares rise","datePublished":"2031-03-02T08:00:00Z",
             "author":[{"@type":"Person","name":"Ada Reyes"},{"name":"Tom Beck"}],
             "publisher":{"@type":"Organization","name":"The Harbour Times"},
             "articleBody":"Fares rise on Monday."}]}"#;
        let data = read(&[script.to_string()]);
        assert_eq!(data.headline.as_deref(), Some("Ferry & bus fares rise"));
        assert_eq!(data.authors, vec!["Ada Reyes", "Tom Beck"]);
        assert_eq!(data.publisher.as_deref(), Some("The Harbour Times"));
        assert_eq!(data.body.as_deref(), Some("Fares rise on Monday."));
    }

    #[test]
    fn junk_is_ignored() {
        assert!(read(&["{not json".to_string(), "[[[[".to_string()])
            .headline
            .is_none());
    }
}
