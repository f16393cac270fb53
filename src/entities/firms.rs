//! Companies named by what is said around them: "a spokesman for Netflix", "workers at Lidl",
//! "Tesco shoppers", "Pfizer's chief executive", and a sentence that opens with a proper noun
//! doing what firms do ("Centrica said"). The tagger learned from 1996 wire copy and has never
//! seen most of today's brands: a one-word brand gets the label the word before it suggests (a
//! place after "at", a people after "for"), or none at the start of a sentence.
//!
//! Only one-word names change, and never one the lexicon or the word knowledge knows as a
//! place, a people, a title or a common personal name: "a spokesman for Moscow" is the
//! government, "Smith's founder" a person's.

use super::casing::capitalised;
use super::credits::CLAUSE_OPENERS;
use super::gates::Gates;
use super::knowledge::{
    is_county, is_legal_form, is_lowercase_legal_form, is_personal_name, is_place,
    opens_listed_company,
};
use super::label::Label;
use super::lexicon::cues::{is_cue, is_cue_word, known_name, Cue};
use super::lexicon::{is_title_phrase, lists_of_tokens, List, PLACES_AND_PEOPLES};
use super::numeric::is_calendar_word;
use super::repair::{insert_name, label_token, name_at, Span};
use super::sport::is_score;
use super::tagger::clusters::ClusterTable;
use super::tagger::hash::lower_hash;

/// What a firm's books show, after its "'s" ("Caterpillar's backlog"); without the "'s" they
/// follow any word ("Its profits", "Operating profits").
const FIRMS_BOOKS: &[&str] = &[
    "backlog",
    "earnings",
    "revenue",
    "revenues",
    "turnover",
    "profits",
    "workforce",
];

/// Verbs of what firms do, after a sentence's first word: "Centrica said", "Lidl announced".
const FIRM_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "reported",
    "posted",
    "confirmed",
    "warned",
    "unveiled",
    "launched",
    "released",
    "plans",
    "agreed",
];

/// Verbs of buying a company, before its name: "would buy Seagen for $43 billion".
const TAKEOVER_VERBS: &[&str] = &[
    "buy",
    "buys",
    "buying",
    "bought",
    "acquire",
    "acquires",
    "acquiring",
    "acquired",
];

/// Verbs of a count of customers won or lost, after a sentence's first word.
const CUSTOMERS_VERBS: &[&str] = &["lost", "added", "gained", "shed", "signed", "attracted"];

/// Those a firm counts: "Hotstar lost 700,000 subscribers".
const CUSTOMERS: &[&str] = &[
    "subscribers",
    "customers",
    "users",
    "members",
    "passengers",
    "accounts",
    "shoppers",
];

/// "Hotstar lost 700,000 subscribers", "Monzo added 1.2 million customers": a sentence that
/// opens with a name, a verb of gaining or losing and a count of customers (within two words
/// of the number: "1.2 million new customers").
fn counts_customers(words: &[&str]) -> bool {
    let counted = words
        .get(2)
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    counted
        && words.get(1).is_some_and(|v| CUSTOMERS_VERBS.contains(v))
        && words
            .get(3..words.len().min(6))
            .is_some_and(|rest| rest.iter().any(|w| CUSTOMERS.contains(w)))
}

/// Words that may follow the kind of firm that ends an apposition: "the Altoona-based chain
/// that", "a maker of ciders", "the carrier owned by", "the charity for older people".
const KIND_FOLLOWERS: &[&str] = &[
    "of",
    "for",
    "that",
    "which",
    "whose",
    "based",
    "in",
    "with",
    "behind",
    "owned",
    "founded",
    "known",
    "listed",
    "valued",
    "run",
    "controlled",
    "headquartered",
    "backed",
    "best",
];

/// Kinds of organisation that no person is: "Greene King, the pub chain" (but "Jane Lee, a
/// maker of quilts", "Jo Lee, a senior broadcaster").
const FIRMS_ONLY: &[&str] = &[
    "band",
    "chain",
    "group",
    "company",
    "firm",
    "retailer",
    "lender",
    "bank",
    "supermarket",
    "airline",
    "insurer",
    "housebuilder",
    "homebuilder",
    "conglomerate",
    "drugmaker",
    "carmaker",
    "automaker",
    "chipmaker",
    "planemaker",
    "steelmaker",
    "shipbuilder",
    "startup",
    "start-up",
    "utility",
    "wholesaler",
    "telco",
    "manufacturer",
    "fintech",
    "consultancy",
    "brewery",
    "bakery",
];

/// Words after a kind of firm that say only a firm is meant: "the brewer owned by".
const FIRMS_RELATIONS: &[&str] = &["owned", "listed", "valued", "headquartered", "controlled"];

/// Words that end the modifiers of an apposition's head: what comes after one is not the head.
const LINKS: &[&str] = &[
    "of", "with", "for", "at", "in", "behind", "to", "from", "by", "on", "and", "or", "who",
    "which", "that", "than", "as", "'s", "’s",
];

/// "Sheetz, the Altoona-based convenience chain,", "Distell, the Stellenbosch-based maker of
/// ciders": a name, a comma, "the", "a" or "an" and a kind of firm within six words (no comma
/// between) with nothing hanging on it ("the chain's founder", "a company director") is a
/// firm, whatever the tagger called it. A person whose name opens with a personal name keeps
/// that label ("Jane Lee, a maker of quilts"). "Fast Retailing, owner of Uniqlo" takes no
/// article. A name the tagger left out is one when it opens the sentence or follows a
/// country's "'s" ("Prosus, the Amsterdam investor", "Japan's Fast Retailing, owner of").
pub fn firms_in_apposition(words: &[&str], names: &mut Vec<Span>, clusters: &ClusterTable) {
    for c in 1..words.len().saturating_sub(2) {
        if words[c] != "," {
            continue;
        }
        let article = matches!(words[c + 1], "the" | "a" | "an");
        let relation =
            |j: usize| matches!(words[j], "owner" | "parent") && words.get(j + 1) == Some(&"of");
        if !article && !relation(c + 1) {
            continue;
        }
        let tagged = names.iter().position(|s| s.1 == c);
        // "a sale of Boots, the pharmacy chain": one word inside the sentence, the tagger's
        // or not, is a firm only by a kind no person or place is (asked below).
        let inside = tagged.is_none() && untagged_word_inside(words, c, names);
        let (a, label) = match tagged {
            Some(k) => (names[k].0, names[k].2),
            None if inside => (c - 1, Label::Org),
            None => match untagged_firm_start(words, c, names, clusters) {
                Some(a) => (a, Label::Org),
                None => continue,
            },
        };
        // A known place stays one ("France, the flag carrier of cinema"), unless the kind is
        // a firm's alone ("Iceland, the frozen food retailer": asked below).
        let retypable = matches!(
            label,
            Label::Person
                | Label::Norp
                | Label::Facility
                | Label::Event
                | Label::Org
                | Label::Gpe
                | Label::Loc
        );
        if !retypable {
            continue;
        }
        let known_place =
            matches!(label, Label::Gpe | Label::Loc) && is_place(&words[a..c], clusters);
        // (An untagged name's words were tested by `untagged_firm_start`.)
        let personal = tagged.is_some() && is_personal_name(words[a], clusters);
        // "Brennagh, the Irish owner of Fenlow": a firm's relation to another, for a name no
        // person is known by.
        let owner =
            |j: usize| relation(j) && !personal && (a == 0 || !is_title_phrase(&words[a - 1..a]));
        // The kind heads the apposition: only its modifiers come before it ("the Altoona-based
        // convenience chain"), no preposition ("an analyst with the bank", "the godfather of
        // the group") and no owner ("the group's chairman").
        // "Sheetz, the Altoona, Pennsylvania, convenience chain": a town and its state hold
        // commas of their own.
        let place_comma = |j: usize| {
            names
                .iter()
                .any(|s| s.1 == j && s.2 == Label::Gpe && s.0 > c + 1)
        };
        // "the shoe-repair and key-cutting chain": an "and" between two modifiers links no
        // other noun phrase.
        let modifiers_linked = |j: usize| {
            words[j] == "and"
                && words[j - 1].contains('-')
                && words.get(j + 1).is_some_and(|w| w.contains('-'))
        };
        let from = if article { c + 2 } else { c + 1 };
        let kind = (from..words.len().min(c + 10))
            .take_while(|&j| {
                (words[j] != "," || place_comma(j))
                    && (!LINKS.contains(&words[j]) || modifiers_linked(j))
            })
            .find(|&j| {
                // ("Meanwhile, the International Monetary Fund": a kind is a lowercase word.)
                let kind = words[j].starts_with(char::is_lowercase)
                    && (is_cue_word(Cue::OrgCue, words.get(j)) || producer_of_goods(words, j));
                // ("the Bodmin bakery chain": a kind before another is its modifier.)
                let modifier = words
                    .get(j + 1)
                    .is_some_and(|w| is_cue_word(Cue::OrgCue, Some(w)));
                kind && !modifier || owner(j)
            });
        let Some(kind) = kind else {
            continue;
        };
        let next = words.get(kind + 1);
        let head = next.is_none_or(|w| {
            *w != "'s" && (!w.starts_with(char::is_lowercase) || KIND_FOLLOWERS.contains(w))
        });
        // A name that opens with a personal name is a firm only by a kind no person is ("Greene
        // King, the pub chain") or a firm's relation ("the brewer owned by"): "Jane Lee, a
        // maker of quilts" is a person.
        // ("Wang Donghai, the New York-based pressure group Human Rights in China said": a
        // kind before a name is that name's.)
        let firm_only = (FIRMS_ONLY.contains(&words[kind]) || supplier_of_goods(words, kind))
            && !next.is_some_and(|w| capitalised(w))
            || next.is_some_and(|w| FIRMS_RELATIONS.contains(w));
        if label == Label::Person && c > a + 1 && personal && !firm_only {
            continue;
        }
        // ("Chile, the biggest copper producer": a country produces goods too.)
        let firms_kind = FIRMS_ONLY.contains(&words[kind]);
        if known_place && !firms_kind || inside && !(firms_kind || supplier_of_goods(words, kind)) {
            continue;
        }
        match tagged {
            Some(k) if head => names[k].2 = Label::Org,
            None if head => {
                insert_name(names, (a, c, Label::Org));
            }
            _ => {}
        }
    }
}

/// "the gas producer", "the energy supplier", "the failed supplier": a trade that is a
/// firm's only after goods or a state no person is in ("the film producer" is a person).
fn supplier_of_goods(words: &[&str], j: usize) -> bool {
    matches!(words[j], "producer" | "supplier" | "exporter")
        && j > 0
        && is_cue_word(Cue::FirmsGoods, words.get(j - 1))
}

/// A producer of goods as a kind of firm: "producer" is as often a person's trade, so it is
/// no `OrgCue` of its own.
fn producer_of_goods(words: &[&str], j: usize) -> bool {
    words[j] == "producer" && supplier_of_goods(words, j)
}

/// Whether the word before the comma `c` is one capitalised word of letters inside a
/// sentence, after a lowercase word, that no name holds: "a sale of Boots, the chain".
fn untagged_word_inside(words: &[&str], c: usize, names: &[Span]) -> bool {
    c >= 2
        && words[c - 2].starts_with(char::is_lowercase)
        && capitalised(words[c - 1])
        && words[c - 1].chars().all(char::is_alphabetic)
        && lists_of_tokens(&words[c - 1..c]) & (PLACES_AND_PEOPLES | List::Title.bit()) == 0
        && !names.iter().any(|s| s.0 < c && s.1 >= c)
}

/// Where a name the tagger left out ends at the comma `c`: one to three capitalised words of
/// letters that open the sentence or follow a country's "'s" ("Japan's Fast Retailing"), with
/// no name of their own, none a title or a people, and no personal name last.
fn untagged_firm_start(
    words: &[&str],
    c: usize,
    names: &[Span],
    clusters: &ClusterTable,
) -> Option<usize> {
    let a = (c.saturating_sub(3)..c).find(|&a| a == 0 || matches!(words[a - 1], "'s" | "’s"))?;
    let country = a >= 2 && lists_of_tokens(&words[a - 2..a - 1]) & List::Country.bit() != 0;
    let plain = words[a..c].iter().all(|w| {
        capitalised(w)
            && w.chars()
                .all(|ch| ch.is_alphabetic() || ch == '-' || ch == '&')
            && lists_of_tokens(&[w]) & (PLACES_AND_PEOPLES | List::Title.bit()) == 0
    });
    let untagged = !names.iter().any(|s| s.0 < c && s.1 > a);
    // ("However, the firm": a word the web mostly writes in lowercase is no brand.)
    // "Card Factory, the Wakefield greetings card chain": two or three words that open the
    // sentence, none a clause's opener ("After Christmas, the chain").
    // "Shelter, the housing charity, said": an apposition closed by a second comma leaves a
    // common word no other reading, unless it is an adverb that takes a comma ("Meanwhile,").
    let clause_opener =
        || CLAUSE_OPENERS.contains(&words[0]) || is_cue(Cue::SentenceAdverb, &words[..1]);
    let closed = || {
        words.get(c + 1) == Some(&"the")
            && (c + 3..words.len().min(c + 11)).any(|j| words[j] == ",")
            && !clause_opener()
            && !words[0].ends_with("ly")
    };
    let opens = a == 0
        && match c {
            1 => {
                may_be_company(words[0], clusters) && proper(words[0], clusters)
                    || closed() && may_be_firm_though_common(words[0], clusters)
            }
            _ => {
                !clause_opener()
                    && words[..c]
                        .iter()
                        .all(|w| !is_calendar_word(w) && !is_place(&[w], clusters))
            }
        };
    // A surname ends a person's name: "Fast Retailing" opens with one, "Taro Kono" ends.
    (plain && untagged && (opens || country) && !is_personal_name(words[c - 1], clusters))
        .then_some(a)
}

/// Whether the word at `j`, after a verb of buying, is what was bought: not an owner ("buying
/// Jay-Z's label") nor a people's adjective ("buy Californian wine company Chalone").
fn bought_whole(words: &[&str], j: usize) -> bool {
    let w = words[j];
    let adjective = ["ian", "ese", "ish"].iter().any(|end| w.ends_with(end));
    words.get(j + 1) != Some(&"'s") && !adjective
}

/// Whether a word is a web address that names its firm: "Daft.ie", "Booking.com".
fn web_address(w: &str) -> bool {
    [".com", ".ie", ".co.uk", ".org", ".net", ".io", ".ai"]
        .iter()
        .any(|end| w.len() > end.len() + 1 && w.ends_with(end))
}

/// Words that open a result's sentence but name no team: "They drew 1-1", "Both lost".
pub(super) const RESULT_SUBJECTS: &[&str] = &[
    "They", "We", "He", "She", "It", "I", "You", "Both", "All", "Neither", "Each", "Who", "This",
    "That", "These", "Those", "Everyone",
];

/// Verbs of a result, after a team's name.
const RESULT_VERBS: &[&str] = &["won", "lost", "drew", "beat"];

/// How often the web corpus writes a word capitalised (0 never ..= 4 always) for it to count
/// as a proper noun.
const PROPER: u8 = 3;

/// "General Mills Inc (GIS.N)", "Toyota (7203.T)": a code in brackets of the company's shares
/// and their exchange ("N" New York, "L" London, "T" Tokyo), as wire copy writes it.
fn is_exchange_code(w: &str) -> bool {
    let Some((code, exchange)) = w.rsplit_once('.') else {
        return false;
    };
    (2..=6).contains(&code.len())
        && code
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && (1..=3).contains(&exchange.len())
        && exchange.bytes().all(|c| c.is_ascii_uppercase())
}

/// Share codes in brackets are the companies'.
fn exchange_codes(words: &[&str], names: &mut Vec<Span>) {
    for j in 1..words.len().saturating_sub(1) {
        if words[j - 1] != "(" || words[j + 1] != ")" || !is_exchange_code(words[j]) {
            continue;
        }
        label_token(names, j, Label::Org);
    }
}

pub fn companies_in_context(
    words: &[&str],
    names: &mut Vec<Span>,
    clusters: &ClusterTable,
    gates: Gates,
) {
    // A share code closes in brackets.
    if gates.bracket {
        exchange_codes(words, names);
    }
    // Every firm here opens with a capital: only the capitalised words are walked.
    for j in gates.maybe_capitalised(words.len()) {
        let w = words[j];
        if !w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        // One word alone: not part of a longer name the tagger left ("Foreign Ministry").
        let alone = (j == 0 || !capitalised(words[j - 1]))
            && !words.get(j + 1).is_some_and(|v| capitalised(v));
        if !alone {
            continue;
        }
        // Cheap tests of the neighbours before the phrase look-ups: every "before" cue ends
        // with one of these prepositions, and every "after" cue is a lowercase word.
        let before = (j >= 2
            && matches!(words[j - 1], "for" | "at" | "of" | "in" | "by" | "with")
            && is_cue(Cue::FirmBefore, &words[j - 2..j]))
            || (j >= 1 && TAKEOVER_VERBS.contains(&words[j - 1]) && bought_whole(words, j));
        let lower_next = |k: usize| {
            words
                .get(k)
                .is_some_and(|v| v.starts_with(|c: char| c.is_ascii_lowercase()))
        };
        let after = (lower_next(j + 1) && is_cue_word(Cue::FirmAfter, words.get(j + 1)))
            || (words.get(j + 1) == Some(&"'s")
                && (is_cue_word(Cue::FirmAfter, words.get(j + 2))
                    || words.get(j + 2).is_some_and(|w| FIRMS_BOOKS.contains(w))));
        let opens = j == 0
            && (words.get(1).is_some_and(|v| FIRM_VERBS.contains(v)) || counts_customers(words));
        // "Japan's Diet", "Germany's BASF": a country's own body or company (not a person,
        // whom the tagger names: "Germany's Merkel").
        // The name ends its noun phrase ("Russia's Siberian coast" is an adjective's).
        let national = j >= 2
            && matches!(words[j - 1], "'s" | "’s")
            && (!lower_next(j + 1)
                || FIRM_VERBS.contains(&words[j + 1])
                || matches!(words[j + 1], "is" | "was" | "has" | "had" | "will" | "and"))
            && lists_of_tokens(&words[j - 2..j - 1]) & List::Country.bit() != 0;
        // "Wolves lost 2-0 to Brentford": a sentence that opens with a result names a team,
        // whatever else its word means.
        let team = j == 0
            && words.get(1).is_some_and(|v| RESULT_VERBS.contains(v))
            && words.iter().any(|v| is_score(v))
            && name_at(names, 0).is_none()
            && w.chars().all(char::is_alphabetic)
            && !RESULT_SUBJECTS.contains(&w)
            && lists_of_tokens(&[w]) & (List::Nationality.bit() | List::Title.bit()) == 0;
        if team {
            insert_name(names, (0, 1, Label::Org));
            continue;
        }
        // "Rentfinder.ie": a web address the tagger left out names its firm.
        if web_address(w) && name_at(names, j).is_none() {
            insert_name(names, (j, j + 1, Label::Org));
            continue;
        }
        // "OpenAI", "WorldCom": a capital inside a word marks a brand, not a person's name or
        // a people's.
        let person_or_people = |s: Span| s.2 == Label::Person || s.2 == Label::Norp;
        if let Some(k) = name_at(names, j)
            .filter(|&k| (names[k].0, names[k].1) == (j, j + 1) && person_or_people(names[k]))
        {
            if camel_case_brand(w) || web_address(w) {
                names[k].2 = Label::Org;
                continue;
            }
        }
        if !(before || after || opens || national) || !may_be_company(w, clusters) {
            continue;
        }
        match name_at(names, j) {
            Some(k) => {
                let (a, b, label) = names[k];
                let cued = before || after || opens;
                // "the Eurosceptic party": a people's or a creed's word describes a party.
                let party = words.get(j + 1) == Some(&"party");
                let relabel = matches!(label, Label::Gpe | Label::Loc)
                    || (label == Label::Norp && !party)
                    || (label == Label::Person && cued && !is_personal_name(w, clusters));
                if (a, b) == (j, j + 1) && relabel && !opens {
                    names[k].2 = Label::Org;
                }
            }
            // At a sentence's start only a word the web mostly capitalises or a listed
            // company's ("Accor said"): "Officials said" is no firm.
            None if !opens || proper(w, clusters) || opens_listed_company(w, clusters) => {
                insert_name(names, (j, j + 1, Label::Org));
            }
            None => {}
        }
    }
}

/// "Fratelli Bertolucci SpA", "Van der Linde Verpakkingen BV", "Wrenfield plc": a name
/// followed by a company's legal form is the company's, whatever the tagger took its words
/// for, and the form is part of the name ("Hanbit Semicon Co Ltd" takes two). A form ends a
/// name the tagger ran on past it (`split_after_legal_forms`), and capitalised words it left
/// out before one are a firm too (`untagged_names_with_legal_forms`; `capitals`: the positions
/// of the words that may be capitalised).
pub fn names_with_legal_forms(
    words: &[&str],
    names: &mut Vec<Span>,
    clusters: &ClusterTable,
    capitals: impl IntoIterator<Item = usize>,
) {
    split_after_legal_forms(words, names, clusters);
    let mut k = 0;
    while k < names.len() {
        let (mut a, mut b, label) = names[k];
        // "Cafetera del Cauca" + "SAS": a form the tagger named alone joins the name.
        if names
            .get(k + 1)
            .is_some_and(|s| s.0 == b && s.1 == b + 1 && is_legal_form(words[b], clusters))
        {
            names.remove(k + 1);
        }
        let next_start = names.get(k + 1).map_or(words.len(), |s| s.0);
        while b < next_start && words.get(b).is_some_and(|w| is_legal_form(w, clusters)) {
            b += 1;
        }
        // The tagger may have taken the form in already ("Lintas Nusantara Tbk" a person).
        // Two-letter forms inside ("Kenzaburo Oe") are too often a name's own word.
        let inside = b > a + 1 && words[b - 1].len() > 2 && is_legal_form(words[b - 1], clusters);
        let formed = b > names[k].1 || inside;
        // ("Bates v Post Office Ltd": a case against a firm stays the case.)
        if formed
            && !matches!(
                label,
                Label::Date | Label::Time | Label::Product | Label::Law
            )
        {
            // "PT Lintas Nusantara Tbk": Indonesia's form opens the name too.
            let before = if k == 0 { 0 } else { names[k - 1].1 };
            if a > before && words[a - 1] == "PT" {
                a -= 1;
            }
            names[k] = (a, b, Label::Org);
        }
        k += 1;
    }
    untagged_names_with_legal_forms(words, names, clusters, capitals);
}

/// "Kestrel Media Holdings Ltd and Paxton Inc": a legal form ends its firm's name, so a name
/// the tagger ran on past one and "and" is two firms.
fn split_after_legal_forms(words: &[&str], names: &mut Vec<Span>, clusters: &ClusterTable) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, _) = names[k];
        let split = (a + 2..b.saturating_sub(1)).find(|&i| {
            matches!(words[i], "and" | "&")
                && words[i - 1].len() >= 3
                && capitalised(words[i + 1])
                && is_legal_form(words[i - 1], clusters)
                // ("Unilever Plc and NV", "GmbH and Co": one firm's forms.)
                && !is_legal_form(words[i + 1], clusters)
        });
        if let Some(i) = split {
            names[k] = (a, i, Label::Org);
            names.insert(k + 1, (i + 1, b, Label::Org));
        }
        k += 1;
    }
}

/// "owned by Reach plc": capitalised words the tagger left out, before a legal form of three
/// letters or more, are the company's name (up to three of them, after a lowercase word or
/// the sentence's start). A form is sought only after the words of `capitals`
/// (`Gates::maybe_capitalised`).
fn untagged_names_with_legal_forms(
    words: &[&str],
    names: &mut Vec<Span>,
    clusters: &ClusterTable,
    capitals: impl IntoIterator<Item = usize>,
) {
    let mut found = Vec::new();
    // The first name not ending before the word at hand (names are in order).
    let mut k = 0;
    for p in capitals {
        let j = p + 1;
        let Some(&w) = words.get(j) else {
            continue;
        };
        // (Cheapest tests first: a form is capitalised or one of the few written small.)
        let shaped = w.len() >= 3
            && (w.starts_with(|c: char| c.is_ascii_uppercase()) || is_lowercase_legal_form(w));
        if !shaped || !capitalised(words[p]) {
            continue;
        }
        while names.get(k).is_some_and(|n| n.1 <= p) {
            k += 1;
        }
        if names.get(k).is_some_and(|n| n.0 <= j) || !is_legal_form(w, clusters) {
            continue;
        }
        let previous_end = if k == 0 { 0 } else { names[k - 1].1 };
        let start = (j.saturating_sub(3).max(previous_end)..j)
            .find(|&a| words[a..j].iter().all(|w| capitalised(w)))
            .unwrap_or(j);
        let opens = start == 0 || words[start - 1].starts_with(char::is_lowercase);
        if start < j && opens {
            found.push((start, j + 1, Label::Org));
        }
    }
    for name in found {
        insert_name(names, name);
    }
}

/// Words after "AI" that leave it the end of a firm's name ("Clearview AI said"), where any
/// other lowercase word makes it a word of what the firm makes ("Google AI tools").
const AFTER_A_NAME: &[&str] = &[
    "said",
    "says",
    "has",
    "have",
    "had",
    "is",
    "was",
    "will",
    "would",
    "for",
    "to",
    "and",
    "or",
    "in",
    "on",
    "with",
    "which",
    "that",
    "released",
    "launched",
    "raised",
    "announced",
    "agreed",
    "of",
    "after",
    "over",
];

/// "Clearview AI", "Sarvam AI", "Mistral AI": an organisation right before "AI" takes it into
/// its name when the phrase ends there.
pub fn firms_named_ai(words: &[&str], names: &mut [Span]) {
    for k in 0..names.len() {
        let (_, b, label) = names[k];
        let free = names.get(k + 1).is_none_or(|n| n.0 > b);
        if label != Label::Org || words.get(b) != Some(&"AI") || !free {
            continue;
        }
        let ends = words
            .get(b + 1)
            .is_none_or(|w| !w.starts_with(char::is_lowercase) || AFTER_A_NAME.contains(w));
        if ends {
            names[k].1 = b + 1;
        }
    }
}

/// A capitalised word of letters that no list calls a place, a people, a title or a first
/// name, and that the word knowledge does not call a place, a common personal name or a
/// common word.
pub(super) fn may_be_company(w: &str, clusters: &ClusterTable) -> bool {
    may_be_firm_though_common(w, clusters)
        && clusters
            .get(lower_hash(w))
            .is_none_or(|c| c.capitalised > 0 || c.logprob == 0)
}

/// `may_be_company`, for a common word too ("Shelter", "Crisis", "Next").
pub(super) fn may_be_firm_though_common(w: &str, clusters: &ClusterTable) -> bool {
    let known = PLACES_AND_PEOPLES
        | List::ReligiousOrPolitical.bit()
        | List::Title.bit()
        | List::FirstName.bit();
    // "Rolls-Royce", but not "London-based".
    w.split('-').all(capitalised)
        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '&')
        && lists_of_tokens(&[w]) & known == 0
        && !is_calendar_word(w)
        && !is_place(&[w], clusters)
        && !is_county(&[w])
        && !is_personal_name(w, clusters)
}

/// Openings of surnames with a capital inside ("McCarthy", "DiMaggio", "LeBlanc").
const SURNAME_PREFIXES: &[&str] = &[
    "Mc", "Mac", "O'", "De", "Di", "Da", "Du", "Del", "La", "Le", "Van", "Von", "Fitz", "St",
];

/// A word of letters with a capital after a lowercase letter, other than at a surname's
/// prefix: "OpenAI", "PayPal", "EgyptAir".
fn camel_case_brand(w: &str) -> bool {
    let b = w.as_bytes();
    let inner = (1..b.len()).find(|&i| b[i].is_ascii_uppercase() && b[i - 1].is_ascii_lowercase());
    inner.is_some_and(|i| !SURNAME_PREFIXES.contains(&&w[..i]))
        && w.chars().all(|c| c.is_ascii_alphabetic())
}

/// Whether a word alone may be a company's name, and the web mostly writes it capitalised
/// or does not know it: "Vonovia", not "However" or "Leeds".
pub fn may_be_brand(w: &str, clusters: &ClusterTable) -> bool {
    may_be_company(w, clusters) && proper(w, clusters)
}

/// Whether the web corpus mostly capitalises the word, or does not know it.
pub(super) fn proper(w: &str, clusters: &ClusterTable) -> bool {
    clusters
        .get(lower_hash(w))
        .is_none_or(|c| c.capitalised >= PROPER || c.logprob == 0)
}

/// "Toyota Motor and Mitsubishi UFJ": an organisation's name the tagger ran on over "and"
/// is two firms when each half has two words or more and opens with a listed company's word
/// (`opens_company`); "Procter and Gamble" and "Marks and Spencer" are one firm of one word
/// a side.
pub fn firms_in_pairs(words: &[&str], names: &mut Vec<Span>, opens_company: impl Fn(&str) -> bool) {
    let mut k = 0;
    while k < names.len() {
        let (a, b, label) = names[k];
        let and = (a + 2..b.saturating_sub(2)).find(|&j| words[j] == "and");
        if let Some(j) = and.filter(|_| label == Label::Org) {
            // ("Economic Commission for Latin America and the Caribbean" is one body.)
            let capitals = words[a..b].iter().all(|w| *w == "and" || capitalised(w));
            let whole = known_name(&words[a..b]).is_some() || !capitals;
            if !whole && opens_company(words[a]) && opens_company(words[j + 1]) {
                names[k] = (a, j, Label::Org);
                names.insert(k + 1, (j + 1, b, Label::Org));
                k += 1;
            }
        }
        k += 1;
    }
}

/// "Coles and Woolworths face action": a one-word "person" paired by "and" with a firm the
/// lists know, alone on its side (no title or other capitalised word before it) and no first
/// name, is the other firm's rival: a surname alone beside a firm is rare in news. So is a
/// capitalised word the tagger left at the sentence's start ("Shell and TotalEnergies are
/// bidding") that `may_be_firm` allows.
pub fn firms_beside_firms(
    words: &[&str],
    names: &mut Vec<Span>,
    may_be_firm: impl Fn(&str) -> bool,
    opens_listed: impl Fn(&str) -> bool,
) {
    // A firm the lists know by its whole name, not a band ("The Streets") or a party.
    let firm = |n: &Span| {
        let name = &words[n.0..n.1];
        n.2 == Label::Org
            && name[0] != "The"
            && known_name(name) == Some(Label::Org)
            && lists_of_tokens(name) & List::ReligiousOrPolitical.bit() == 0
    };
    for k in 0..names.len() {
        let (a, b, label) = names[k];
        if label != Label::Person || b != a + 1 || a > 0 && capitalised(words[a - 1]) {
            continue;
        }
        let after = names
            .get(k + 1)
            .filter(|n| n.0 == b + 1 && words[b] == "and");
        let before = k
            .checked_sub(1)
            .map(|j| &names[j])
            .filter(|n| n.1 + 1 == a && words[n.1] == "and");
        let paired = after.or(before).is_some_and(firm);
        // ("UKIP and Kilroy-Silk": a double-barrelled surname is a person's.)
        let first_name = lists_of_tokens(&[words[a]]) & List::FirstName.bit() != 0;
        if paired && !first_name && !words[a].contains('-') {
            names[k].2 = Label::Org;
        }
    }
    // The rest asks of a capitalised word the tagger left at the start, before "and".
    let opening = names.first().is_some_and(|n| n.0 == 0);
    if opening || words.get(1) != Some(&"and") || !capitalised(words[0]) {
        return;
    }
    // At the start the partner may be any one-word firm the tagger found, before a verb
    // ("TotalEnergies are"; "World and Commonwealth 100m champion" are titles).
    let one_word_firm = |n: &Span| {
        n.2 == Label::Org
            && n.1 == n.0 + 1
            && words
                .get(n.1)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
            && lists_of_tokens(&words[n.0..n.1]) & List::ReligiousOrPolitical.bit() == 0
    };
    // ... when the word opens a listed company's name ("Economy and Labour Minister" does not).
    let partner = names
        .first()
        .is_some_and(|n| n.0 == 2 && (firm(n) || one_word_firm(n) && opens_listed(words[0])));
    // "Crisis and the Simon Community said": a body of several words after "the", beside a
    // word that is no kind of body itself ("Police and the Fire Service") nor a plural of
    // people ("Ministers and the BMA").
    let plural = || {
        let w = words[0];
        w.ends_with('s') && !["ss", "is", "us"].iter().any(|end| w.ends_with(end))
    };
    let body = names
        .first()
        .is_some_and(|n| n.0 == 3 && words[2] == "the" && n.2 == Label::Org && n.1 > n.0 + 1)
        && !plural()
        && lists_of_tokens(&words[..1]) & List::OrgWord.bit() == 0;
    if (partner || body) && may_be_firm(words[0]) {
        insert_name(names, (0, 1, Label::Org));
    }
}

/// "Consumer group Which? found", "Which?, the consumer group, said": the magazine and
/// campaign group's name holds its question mark, which the tokenizer splits off. It is the
/// name where a kind of organisation names it before (the tagger's ORG "Which") or after it
/// in apposition; the question "Which?" is neither.
pub fn which_with_its_mark(words: &[&str], names: &mut Vec<Span>) {
    let Some(i) = words.windows(2).position(|pair| pair == ["Which", "?"]) else {
        return;
    };
    let tagged = names.iter().position(|n| *n == (i, i + 1, Label::Org));
    let kind_after = words.get(i + 2) == Some(&",")
        && words.get(i + 3) == Some(&"the")
        && (i + 4..words.len().min(i + 7)).any(|j| is_cue_word(Cue::OrgCue, words.get(j)));
    match tagged {
        Some(k) => names[k].1 = i + 2,
        None if kind_after && name_at(names, i).is_none() => {
            insert_name(names, (i, i + 2, Label::Org));
        }
        None => {}
    }
}

/// Verbs of putting a work out, before "by" and the firm that does it.
const PUBLISHING: &[&str] = &["published", "republished", "distributed", "printed"];

/// "published by Faber", "distributed by Altitude": a one-word "person" after a verb of
/// publishing and "by" is the firm (a person named in full may be an author publishing
/// themselves, or a firm named for one: "John Murray" stays).
pub fn publishers(words: &[&str], names: &mut [Span]) {
    for span in names.iter_mut() {
        let (a, b, label) = *span;
        let published = a > 1 && words[a - 1] == "by" && PUBLISHING.contains(&words[a - 2]);
        if label == Label::Person && b == a + 1 && published {
            span.2 = Label::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::companies_in_context;
    use crate::entities::gates::Gates;
    use crate::entities::{Label, Model};

    fn run(text: &str, names: &[(usize, usize, Label)]) -> Vec<(String, Label)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        let clusters = &Model::default_model().tagger.clusters;
        companies_in_context(&words, &mut names, clusters, Gates::OPEN);
        names
            .iter()
            .map(|&(a, b, l)| (words[a..b].join(" "), l))
            .collect()
    }

    #[test]
    fn which_keeps_its_question_mark() {
        let run = |text: &str, names: &[(usize, usize, Label)]| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = names.to_vec();
            super::which_with_its_mark(&words, &mut names);
            names
        };
        let group = [(2, 3, Label::Org)];
        assert_eq!(
            run("Consumer group Which ? found", &group),
            [(2, 4, Label::Org)]
        );
        assert_eq!(
            run("Which ? , the consumer group , said", &[]),
            [(0, 2, Label::Org)]
        );
        assert!(run("Which ? That one .", &[]).is_empty());
    }

    #[test]
    fn a_surname_beside_a_known_firm_is_a_firm() {
        let run = |text: &str, names: &[(usize, usize, Label)]| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut names = names.to_vec();
            super::firms_beside_firms(&words, &mut names, |w| w != "Both", |w| w == "Shell");
            (names[0].0, names[0].2)
        };
        let pair = [(0, 1, Label::Person), (2, 3, Label::Org)];
        assert_eq!(
            run("Coles and Woolworths face action", &pair),
            (0, Label::Org)
        );
        // Not beside a firm no list knows, nor a double-barrelled surname or a first name.
        assert_eq!(run("Blair and Brownfield met", &pair), (0, Label::Person));
        assert_eq!(
            run("Kilroy-Silk and Woolworths met", &pair),
            (0, Label::Person)
        );
        assert_eq!(run("Michael and Woolworths met", &pair), (0, Label::Person));
        // An untagged opener beside a known firm is one; "Both" is not.
        let partner = [(2, 3, Label::Org)];
        assert_eq!(run("Shell and Woolworths met", &partner), (0, Label::Org));
        assert_eq!(run("Both and Woolworths met", &partner), (2, Label::Org));
        // Beside a firm only the tagger found, only a listed company's word.
        assert_eq!(run("Shell and Fenwora met", &partner), (0, Label::Org));
        assert_eq!(run("Shell and Fenwora 100m", &partner), (2, Label::Org));
        let body = [(3, 5, Label::Org)];
        assert_eq!(
            run("Crisis and the Simon Community said", &body),
            (0, Label::Org)
        );
        assert_eq!(run("Economy and Fenwora met", &partner), (2, Label::Org));
    }

    #[test]
    fn legal_forms_end_companies_names() {
        let words: Vec<&str> = "in Wrenfield plc as Smith at , Bertolucci SpA and Hanbit Co Ltd ."
            .split(' ')
            .collect();
        let mut names = vec![
            (1, 2, Label::Gpe),
            (4, 5, Label::Person),
            (7, 8, Label::Person),
            (10, 11, Label::Gpe),
        ];
        let clusters = &Model::default_model().tagger.clusters;
        super::names_with_legal_forms(&words, &mut names, clusters, 0..words.len());
        let got: Vec<(String, Label)> = names
            .iter()
            .map(|&(a, b, l)| (words[a..b].join(" "), l))
            .collect();
        let org = |s: &str| (s.to_string(), Label::Org);
        let expected = [
            org("Wrenfield plc"),
            ("Smith".to_string(), Label::Person),
            org("Bertolucci SpA"),
            org("Hanbit Co Ltd"),
        ];
        assert_eq!(got, expected);
    }

    #[test]
    fn a_brand_after_a_firm_cue_is_a_company() {
        let got = run("Workers at Lidl will strike .", &[(2, 3, Label::Gpe)]);
        assert_eq!(got, [("Lidl".to_string(), Label::Org)]);
        let got = run("A spokesman for Netflix declined", &[(3, 4, Label::Norp)]);
        assert_eq!(got, [("Netflix".to_string(), Label::Org)]);
        let got = run("Pfizer 's chief executive said", &[]);
        assert_eq!(got, [("Pfizer".to_string(), Label::Org)]);
    }

    #[test]
    fn places_peoples_and_people_stay() {
        let got = run("A spokesman for Moscow said", &[(3, 4, Label::Gpe)]);
        assert_eq!(got, [("Moscow".to_string(), Label::Gpe)]);
        let got = run("Workers at Smith 's", &[(2, 3, Label::Person)]);
        assert_eq!(got, [("Smith".to_string(), Label::Person)]);
        assert!(run("Officials said it was over .", &[]).is_empty());
        assert!(run("the Foreign Ministry spokesman", &[]).is_empty());
        assert!(run("A London-based spokesman", &[]).is_empty());
    }

    #[test]
    fn every_firm_cue_passes_the_quick_tests() {
        let mut section = "";
        for line in include_str!("../../data/lexicon/cues.txt").lines() {
            if let Some(name) = line.strip_prefix('[') {
                section = name.trim_end_matches(']');
            } else if section == "firm_before" {
                let last = line.rsplit(' ').next().unwrap();
                assert!(
                    matches!(last, "for" | "at" | "of" | "in" | "by" | "with"),
                    "{line}"
                );
            } else if section == "firm_after" {
                assert!(line.starts_with(|c: char| c.is_ascii_lowercase()), "{line}");
            }
        }
    }

    #[test]
    fn a_company_is_bought() {
        assert_eq!(
            run("would buy Seagen for", &[(2, 3, Label::Norp)])[0].1,
            Label::Org
        );
        assert_eq!(
            run("bought Britain", &[(1, 2, Label::Gpe)])[0].1,
            Label::Gpe
        );
    }

    #[test]
    fn a_capital_inside_a_word_is_a_brand() {
        assert_eq!(
            run("OpenAI said", &[(0, 1, Label::Person)])[0].1,
            Label::Org
        );
        assert_eq!(
            run("with EgyptAir .", &[(1, 2, Label::Person)])[0].1,
            Label::Org
        );
        assert_eq!(
            run("said McCarthy .", &[(1, 2, Label::Person)])[0].1,
            Label::Person
        );
        assert_eq!(
            run("said DiMaggio .", &[(1, 2, Label::Person)])[0].1,
            Label::Person
        );
    }

    #[test]
    fn a_result_names_a_team() {
        let got = run("Wolves lost 2-0 to Brentford .", &[(4, 5, Label::Org)]);
        assert_eq!(got[0], ("Wolves".to_string(), Label::Org));
        assert!(run("Officials won the vote .", &[]).is_empty());
    }

    #[test]
    fn a_proper_noun_opening_a_firm_sentence_is_a_company() {
        let got = run("Centrica said profits rose .", &[]);
        assert_eq!(got, [("Centrica".to_string(), Label::Org)]);
    }

    #[test]
    fn an_untagged_firm_before_its_kind() {
        let words: Vec<&str> = "Japan 's Fast Retailing , owner of the Uniqlo chain"
            .split(' ')
            .collect();
        let mut names = vec![(0, 1, Label::Gpe)];
        super::firms_in_apposition(&words, &mut names, &Model::default_model().tagger.clusters);
        assert_eq!(names, [(0, 1, Label::Gpe), (2, 4, Label::Org)]);
    }
}
