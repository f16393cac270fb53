//! The probe set: short news sentences written for this project (never taken from a corpus) in
//! the formats real copy uses, British and wire money, companies whose first word looks like a
//! title, works, laws, events, products, languages, holidays, quantities, scores, lists of
//! names and hard-wrapped names, each with the entities it must (or must not) yield. The whole
//! pipeline (`copydesk::analyze`) runs on each; at least 95% must pass, and every failure is
//! printed so a rule change shows what it fixed and what it broke.
//!
//! `tests/fixtures/probes.tsv`: one probe a line, `sentence<TAB>expectations`, expectations
//! separated by ` | `. `\n` in a sentence or an expectation is a newline (a hard wrap).
//! - `TEXT=L1/L2`: an entity whose text is exactly TEXT, labelled L1 or L2;
//! - `TEXT=L>CANON`: the same, with canonical name CANON; `*=L>CANON`: any text;
//! - `!TEXT=L`: no entity with this text and label; `!TEXT`: none with this text at all;
//! - `!>CANON`: no entity has this canonical name;
//! - `nolist`: no name entity runs across ", " (a list of names is several entities).
//!
//! Every probe also fails if any label falls outside the 18 OntoNotes labels.

const PROBES: &str = include_str!("../fixtures/probes.tsv");

const ONTONOTES: [&str; 18] = [
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
];

const NUMERIC: [&str; 7] = [
    "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
];

fn unescape(s: &str) -> String {
    s.replace("\\n", "\n")
}

/// Why a probe fails, or None when it passes.
fn check(entities: &[copydesk::Entity], expectation: &str) -> Option<String> {
    let has = |text: Option<&str>, labels: &[&str], canon: Option<&str>| {
        entities.iter().any(|e| {
            text.is_none_or(|t| e.text == t)
                && (labels.is_empty() || labels.contains(&e.label.as_str()))
                && canon.is_none_or(|c| e.canonical == c)
        })
    };
    if expectation == "nolist" {
        return entities
            .iter()
            .find(|e| !NUMERIC.contains(&e.label.as_str()) && e.text.contains(", "))
            .map(|e| format!("{:?} spans a list", e.text));
    }
    if let Some(canon) = expectation.strip_prefix("!>") {
        let canon = unescape(canon);
        return has(None, &[], Some(&canon)).then(|| format!("canonical {canon:?} present"));
    }
    let (negated, rest) = match expectation.strip_prefix('!') {
        Some(r) => (true, r),
        None => (false, expectation),
    };
    let (text, rest) = match rest.rsplit_once('=') {
        Some((t, r))
            if !r.is_empty() && r.chars().next().is_some_and(|c| c.is_ascii_uppercase()) =>
        {
            (t, Some(r))
        }
        _ => (rest, None),
    };
    let (labels, canon) = match rest {
        Some(r) => match r.split_once('>') {
            Some((l, c)) => (l, Some(unescape(c))),
            None => (r, None),
        },
        None => ("", None),
    };
    let labels: Vec<&str> = labels.split('/').filter(|l| !l.is_empty()).collect();
    let text = (text != "*").then(|| unescape(text));
    let found = has(text.as_deref(), &labels, canon.as_deref());
    match (negated, found) {
        (false, false) => Some(format!("missing {expectation}")),
        (true, true) => Some(format!("unwanted {expectation}")),
        _ => None,
    }
}

#[test]
fn probes_pass() {
    let mut total = 0;
    let mut failures = Vec::new();
    let mut labels_seen = std::collections::BTreeSet::new();
    for (n, line) in PROBES.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (sentence, expectations) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("line {}: no tab", n + 1));
        let sentence = unescape(sentence);
        total += 1;
        let article = copydesk::analyze(&sentence).expect("analyze");
        let mut why: Vec<String> = expectations
            .split(" | ")
            .filter_map(|x| check(&article.entities, x.trim()))
            .collect();
        for e in &article.entities {
            if !ONTONOTES.contains(&e.label.as_str()) {
                why.push(format!("label {} on {:?}", e.label, e.text));
            }
        }
        for x in expectations.split(" | ") {
            if let Some((_, l)) = x.rsplit_once('=') {
                let l = l.split('>').next().unwrap_or("");
                if !x.starts_with('!') && !l.contains('/') {
                    labels_seen.insert(l.to_string());
                }
            }
        }
        if !why.is_empty() {
            let got: Vec<String> = article
                .entities
                .iter()
                .map(|e| format!("{:?}={}>{:?}", e.text, e.label, e.canonical))
                .collect();
            failures.push(format!(
                "line {}: {sentence:?}\n    {}\n    got {}",
                n + 1,
                why.join("; "),
                got.join(", ")
            ));
        }
    }
    for f in &failures {
        println!("{f}");
    }
    let passed = total - failures.len();
    println!("probes passed: {passed}/{total}");
    assert!(total >= 150, "only {total} probes");
    for l in ONTONOTES {
        assert!(labels_seen.contains(l), "no probe expects {l}");
    }
    assert!(
        passed * 100 >= total * 95,
        "{passed}/{total} probes passed, fewer than 95%"
    );
}

/// The probes' sentences reshaped as copy arrives mangled: every word capitalised (a headline),
/// all in capitals or in lowercase, the words rotated (a sentence cut mid-way, its end first)
/// and reversed. Each must analyse without a panic, its entities pointing into the text: a
/// rule that looks past a sentence's first or last word shows here.
#[test]
fn reshaped_probes_analyse() {
    let mut count = 0;
    for line in PROBES.lines() {
        let Some((sentence, _)) = line.split_once('\t') else {
            continue;
        };
        let sentence = unescape(sentence);
        let words: Vec<&str> = sentence.split(' ').collect();
        let mid = words.len() / 2;
        let rotated = [&words[mid..], &words[..mid]].concat().join(" ");
        let reversed: Vec<&str> = words.iter().rev().copied().collect();
        let headline: Vec<String> = words
            .iter()
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
            })
            .collect();
        for text in [
            headline.join(" "),
            sentence.to_uppercase(),
            sentence.to_lowercase(),
            rotated,
            reversed.join(" "),
        ] {
            let article = copydesk::analyze(&text).expect("analyze");
            // (Offsets count characters, as Python's `str` does.)
            let chars: Vec<char> = article.text.chars().collect();
            for e in &article.entities {
                let slice: Option<String> = chars.get(e.start..e.end).map(|c| c.iter().collect());
                assert_eq!(slice.as_deref(), Some(e.text.as_str()), "{text:?}");
            }
            count += 1;
        }
    }
    assert!(count > 0);
}
