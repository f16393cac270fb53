//! Towns are clubs only in sports copy. The tagger learned from wire copy heavy with results,
//! where "Hull" and "Bristol" are mostly teams, so it can call a town an organisation in any
//! story ("The archbishop visited Hull."). A one-word organisation that can be a place is the
//! place unless the sentence reads like sport: a score, a results table's numbers, or a word
//! only sport uses. The other way round, in a sports story a city that wins, loses or has a
//! player is its team ("Seattle won", "a win over Los Angeles", "Atlanta's Tom Glavine"),
//! though a country stays a place there, as CoNLL marks national sides.

use super::casing::{capitalised, starts_with_digit};
use super::label::Label;
use std::sync::LazyLock;

use super::lexicon::cues::{is_cue_hashed, is_cue_one, known_name, one_word_cues, Cue};
use super::lexicon::{is_people_word, lists_of_tokens, List};
use super::repair::Span;
use super::tagger::hash::lower_hash;
use crate::hashed::HashFilter;

/// Words before a town's name that make it the place.
const PLACE_LEADS: &[&str] = &[
    "in",
    "at",
    "to",
    "from",
    "on",
    "near",
    "across",
    "around",
    "into",
    "outside",
    "of",
    "between",
    "off",
    "visited",
    "visit",
    "visiting",
    "toured",
    "reached",
    "left",
    "link",
    "links",
    "linking",
    "connect",
    "connecting",
    // Weather and strikes that hit a place: "Storms hit Devon", "gales battered Orkney".
    "hit",
    "hits",
    "battered",
    "lashed",
    "swept",
    // A part of town: "in downtown Cleveland".
    "downtown",
    "uptown",
];

/// Whether a lowercase word is one of the cue list's (the first byte spares most words).
fn in_list(w: &str, cue: Cue) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase()) && is_cue_one(cue, w)
}

/// A score: "2-1", "6-3", "1-0".
pub(super) fn is_score(w: &str) -> bool {
    // Its first side's digits open the word: most words are spared the search for the hyphen.
    starts_with_digit(w)
        && w.split_once('-').is_some_and(|(a, b)| {
            let digits =
                |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
            digits(a) && digits(b)
        })
}

/// Whether the story reads like sport: two words only sport uses, or one and a score (a score
/// alone may be a range: "prices of 12-15"). `lowers`: each word's `lower_hash` (the
/// tagger's), by which the words are looked up.
pub fn sports_story(words: &[&str], lowers: &[u64]) -> bool {
    debug_assert_eq!(words.len(), lowers.len());
    let (mut seen, mut scored) = (0, false);
    for (w, &lower) in words.iter().zip(lowers) {
        let first = w.as_bytes().first().copied().unwrap_or(0);
        if first.is_ascii_digit() && is_score(w) {
            scored = true;
        } else if first.is_ascii_lowercase() && is_sport_story_word(lower) {
            seen += 1;
        }
        if seen >= 2 || (seen == 1 && scored) {
            return true;
        }
    }
    false
}

/// The `lower_hash`es of the one-word entries of the sport_story cue list, as a filter.
static SPORT_STORY_WORDS: LazyLock<HashFilter> = LazyLock::new(|| {
    let mut filter = HashFilter::default();
    for w in one_word_cues(Cue::SportStory) {
        filter.insert(lower_hash(w));
    }
    filter
});

/// Whether the word of this `lower_hash` is a one-word entry of the sport_story cue list
/// (`in_list` of a lowercase word). Asked of every lowercase word of a story that is not
/// sport, nearly none of which is: the filter answers for most of them in a bit test, where
/// the word itself would be checked and hashed again.
fn is_sport_story_word(lower: u64) -> bool {
    SPORT_STORY_WORDS.may_hold(lower) && is_cue_hashed(Cue::SportStory, &[lower])
}

/// Builds the filter now rather than on first use (see `crate::warm_up`).
pub(super) fn warm_up() {
    LazyLock::force(&SPORT_STORY_WORDS);
}

/// A bare count of up to three digits, as a results line prints goals and points.
fn bare_count(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit())
}

/// Whether the sentence reads like sport: a sports word, a score or a bare count (a results
/// line), which news outside sport rarely puts beside a club's town.
pub(super) fn sporting(words: &[&str]) -> bool {
    // "won a £1.1bn contract", "lost the vote": a prize outside sport, within four words.
    let prize_after = |k: usize| {
        words
            .iter()
            .skip(k + 1)
            .take(4)
            .any(|w| in_list(w, Cue::PrizeOutsideSport))
    };
    words.iter().enumerate().any(|(k, w)| {
        // A results line's count stands beside names or at the end ("Hull 3 Derby 1"); "300
        // jobs", "3 per cent" and "3 %" count something else, and "£ 2" is money.
        let counted = || {
            words
                .get(k + 1)
                .is_some_and(|n| n.starts_with(char::is_lowercase) || *n == "%")
        };
        let previous = k.checked_sub(1).map(|p| words[p]);
        // "ruled 8-1", "voted 5-4": a court's or a chamber's split, no score.
        let split_vote = matches!(previous, Some("ruled" | "voted" | "vote" | "majority"));
        // "expected to draw 40,000 people": the verb of attracting crowds.
        let attracting = *w == "draw" && previous == Some("to");
        (is_score(w) && !split_vote)
            || (bare_count(w) && !counted() && !matches!(previous, Some("£" | "$" | "€" | "¥")))
            || (in_list(w, Cue::SportSentence)
                && !attracting
                && !(VERBS_OF_RESULT.contains(w) && prize_after(k)))
    })
}

/// What a side plays or wins at home or away: "a home game", "an away win".
const HOME_OR_AWAY_THINGS: &[&str] = &[
    "game", "games", "match", "matches", "win", "wins", "defeat", "defeats", "draw", "tie", "leg",
    "fixture", "fixtures", "form", "record",
];

/// Verbs of a result that business and politics use too ("won a contract"), and of a
/// signing, which is sport's too ("signed a $1.5bn deal", "signed a partnership").
const VERBS_OF_RESULT: &[&str] = &[
    "won", "win", "wins", "lost", "lose", "loses", "beat", "signed", "signs", "sign",
];

/// "visited Hull", "fell on Bristol": in a story that is not sport, a one-word organisation
/// written in lower case (not a headline's or a table's capitals) that `is_place` says can be
/// a place is one, unless its sentence reads like sport.
///
/// `story_is_sport` (`sports_story` over the whole story, asked at most once per story by the
/// caller) is called only when a sentence has such a name.
pub fn towns_outside_sport(
    words: &[&str],
    names: &mut [Span],
    story_is_sport: impl FnOnce() -> bool,
    is_place: impl Fn(&[&str], bool) -> bool,
) {
    // A town named after a preposition of place or a verb of travel; a firm named after a
    // town ("lead Santander", "France's Suez") has other words before it. "between Cardiff
    // and Swansea", "across Somerset, Devon and Cornwall": each of a list is placed by the one
    // before it.
    // A comma only in a list: "In Argentina, Suez's subsidiary" is no list.
    let after_place = |names: &[Span], k: usize| {
        if k < 2 {
            return false;
        }
        let joined = match words[k - 1] {
            "and" | "or" => true,
            "," => names
                .iter()
                .find(|n| n.0 == k)
                .is_some_and(|n| matches!(words.get(n.1), Some(&("," | "and" | "or")))),
            _ => false,
        };
        // ("between Manchester Airport and Newcastle": a place may be a building.)
        joined
            && names
                .iter()
                .any(|n| n.1 == k - 1 && matches!(n.2, Label::Gpe | Label::Facility))
    };
    let placed = |names: &[Span], k: usize| {
        k > 0 && (PLACE_LEADS.contains(&words[k - 1]) || after_place(names, k))
    };
    let lower = |j: usize| {
        words
            .get(j)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    // A firm's word, or a word for a firm named by what it makes ("producer").
    let trade = |w: &&str| in_list(w, Cue::OrgCue) || GOODS_TRADES.contains(w);
    // "its Derby site", "the Newcastle baker": a town between a determiner and a firm's word
    // or a word for its premises says where the firm or its site is; "the Hull meat
    // producer", "a Timaru engineering company": so does one before a word or two for the
    // firm's goods and its trade.
    let sited = |n: &Span| {
        let site = |w: &&str| {
            PREMISES.contains(w)
                || PLACES_PARTS.contains(w)
                || in_list(w, Cue::OrgCue) && !NAMING_KINDS.contains(w)
                || GOODS_TRADES.contains(w)
        };
        let at = |j: usize, is: &dyn Fn(&&str) -> bool| words.get(j).is_some_and(is);
        let goods = |j: usize| lower(j) && (at(j + 1, &site) || lower(j + 1) && at(j + 2, &trade));
        n.0 > 0 && DETERMINERS.contains(&words[n.0 - 1]) && (at(n.1, &site) || goods(n.1))
    };
    // "Galway medical device maker Aerogen", "the Hokitika dairy processor Westland": a town
    // before the words for a firm's kind, and the firm's name after them.
    let describes = |n: &Span| {
        (n.0 == 0 || DETERMINERS.contains(&words[n.0 - 1]))
            && (n.1..words.len().min(n.1 + 3))
                .take_while(|&j| lower(j))
                .any(|j| trade(&words[j]) && words.get(j + 1).is_some_and(|w| capitalised(w)))
    };
    // "Naas, County Kildare", "Tuam, Co Galway": a town before its county.
    let countied = |n: &Span| {
        words.get(n.1) == Some(&",")
            && words
                .get(n.1 + 1)
                .is_some_and(|w| matches!(*w, "County" | "Co" | "Co."))
    };
    // "a Mesa man", "a Penrith woman", "a 34-year-old Frankston man": a person is known by
    // the town they live in.
    let resident = |n: &Span| {
        let article = |j: usize| matches!(words[j], "a" | "an" | "A" | "An");
        let aged = |j: usize| j > 0 && words[j].ends_with("-year-old") && article(j - 1);
        n.0 > 0
            && (article(n.0 - 1) || aged(n.0 - 1))
            && words.get(n.1).is_some_and(|w| RESIDENTS.contains(w))
    };
    // "a man from Bristol", "a singer from Kendal": a person is known by the town they come
    // from, as a firm's spokesman is not ("a spokesman from Halifax").
    let resident = |n: &Span| {
        resident(n)
            || n.0 > 1
                && words[n.0 - 1] == "from"
                && (RESIDENTS.contains(&words[n.0 - 2]) || ARTISTS.contains(&words[n.0 - 2]))
    };
    // "the Rotherham singer", "a Belfast poet": an artist is known by their home town.
    let artist = |n: &Span| {
        n.0 > 0
            && matches!(words[n.0 - 1], "the" | "The" | "a" | "A" | "an")
            && words.get(n.1).is_some_and(|w| ARTISTS.contains(w))
    };
    // "Toledo officials said", "Louisville residents": a town's people, named after it.
    let townsfolk = |n: &Span| words.get(n.1).is_some_and(|w| TOWNSFOLK.contains(w));
    // "Leicester's Hindu community", "Houston's firefighters": outside sport, a town owns
    // what follows its "'s".
    // A firm's own things ("Halifax's findings", "Santander's board") say it is the firm.
    let owner = |n: &Span| {
        matches!(words.get(n.1), Some(&("'s" | "’s")))
            && !words
                .get(n.1 + 1)
                .is_some_and(|w| in_list(w, Cue::FirmAfter) || FIRMS_OWN.contains(w))
    };
    // "the Pottsville brewery": a people's word the lists do not know may be a town's before a
    // firm's word.
    let candidate = |names: &[Span], n: &Span| {
        // Asked first: a name of a kind below, of up to three words ("Greater Manchester
        // mayor": only a county's name has more than one word here), with a lowercase letter
        // in its first (not a table's or a headline's capitals). Most names are ruled out, and
        // spared the look at their neighbours.
        let kind = matches!(
            n.2,
            Label::Org | Label::Norp | Label::Loc | Label::Event | Label::Product
        );
        if !kind || n.1 > n.0 + 3 || !words[n.0].chars().skip(1).any(char::is_lowercase) {
            return false;
        }
        let other = match n.2 {
            Label::Norp => !is_people_word(&words[n.0..n.1]) && (sited(n) || townsfolk(n)),
            // "West Midlands mayor": a region's word before the mayor is the county.
            // ("the Cork coroner": the tagger's event.)
            Label::Loc | Label::Event => townsfolk(n),
            // ("the Clonakilty bypass": the tagger's product.)
            Label::Product => sited(n),
            _ => false,
        };
        (n.2 == Label::Org || other)
            && (placed(names, n.0)
                || sited(n)
                || owner(n)
                || resident(n)
                || artist(n)
                || townsfolk(n)
                || describes(n)
                || countied(n))
    };
    if !names.iter().any(|n| candidate(names, n)) || sporting(words) || story_is_sport() {
        return;
    }
    for k in 0..names.len() {
        let n = names[k];
        // Beside another place or before a site's word, a small town is one too.
        let relaxed = after_place(names, n.0)
            || sited(&n)
            || resident(&n)
            || artist(&n)
            || countied(&n)
            || describes(&n)
            || townsfolk(&n);
        if candidate(names, &n) && is_place(&words[n.0..n.1], relaxed) {
            names[k].2 = Label::Gpe;
        }
    }
}

/// Firms named by what they make, after the goods ("the Hull meat producer"); alone, the
/// cue list leaves them out, as they are people's trades as often.
const GOODS_TRADES: &[&str] = &["producer", "processor", "exporter", "importer", "company"];

/// Kinds of organisation that a firm's own name comes before as often as a town does ("the
/// Sterling group").
const NAMING_KINDS: &[&str] = &[
    "group", "giant", "chain", "club", "team", "band", "union", "agency", "operator",
];

/// What a firm has, after its "'s", beside the cue list's words ("Pfizer's chief").
const FIRMS_OWN: &[&str] = &[
    "own",
    "board",
    "subsidiary",
    "findings",
    "figures",
    "survey",
    "index",
    "profits",
    "sales",
    "results",
    "bid",
    "offer",
    "takeover",
    "staff",
    "executives",
    "lawyers",
    "owner",
];

const DETERMINERS: &[&str] = &["its", "their", "the", "a", "his", "her", "our"];

/// People that local copy names by their town: "a Mesa man", "a Penrith teenager".
const RESIDENTS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "teenager",
    "teen",
    "couple",
    "family",
    "mother",
    "father",
    "pensioner",
    "resident",
    "grandmother",
    "grandfather",
    "farmer",
    "landowner",
    "motorist",
    "driver",
    "cyclist",
];

/// Artists, after the town they come from: "the Rotherham singer".
const ARTISTS: &[&str] = &[
    "singer",
    "singer-songwriter",
    "songwriter",
    "poet",
    "novelist",
    "author",
    "writer",
    "playwright",
    "artist",
    "painter",
    "sculptor",
    "photographer",
    "musician",
    "rapper",
    "comedian",
    "actor",
    "actress",
    "chef",
    "designer",
    "architect",
    "fiddler",
    "piper",
];

/// Parts of a place, after its name: "the Cheshire seat of Runcorn", "the Cumbria coast".
const PLACES_PARTS: &[&str] = &[
    "seat",
    "constituency",
    "ward",
    "suburb",
    "suburbs",
    "countryside",
    "coast",
    "coastline",
    "border",
    "town",
    "village",
    // "the Clonakilty bypass": a road named for the town it goes round.
    "bypass",
    "flyover",
    "roundabout",
];

/// A town's people and officers, after its name: "Toledo officials".
const TOWNSFOLK: &[&str] = &[
    "mayor",
    "lord",
    "coroner",
    "sheriff",
    "council",
    "police",
    "officials",
    "residents",
    "voters",
    "councillors",
    "councilors",
    "commuters",
    "homeowners",
    "taxpayers",
];

/// A firm's premises, after the town they are in: "its Derby site" (kinds of firm that are
/// premises too, "bakery" and "brewery", are the cue list's).
const PREMISES: &[&str] = &[
    "site",
    "wharf",
    "harbour",
    "harbor",
    "pier",
    "quay",
    "jetty",
    "sites",
    "plant",
    "factory",
    "works",
    "headquarters",
    "office",
    "offices",
    "depot",
    "warehouse",
    "store",
    "branch",
    "campus",
    "mill",
    "refinery",
    "smelter",
    "shipyard",
    "yard",
    "facility",
    "hub",
    "base",
    "restaurant",
    "bistro",
    "pub",
    "cafe",
    "café",
    "hotel",
    "shop",
    "distillery",
    // "its Padstow lifeboat", "the Stornoway station".
    "lifeboat",
    "lifeboats",
    "station",
    "hospital",
    // "its Peterborough distribution centre", "the Felixstowe terminal".
    "centre",
    "center",
    "terminal",
    "laboratory",
    "lab",
    "studios",
];

/// Verbs of a result after a team's name.
pub(super) const TEAM_AFTER: &[&str] = &[
    "won",
    "beat",
    "beats",
    "defeated",
    "tied",
    "edged",
    "routed",
    "blanked",
    "rallied",
    "lost",
    "drew",
    "clinched",
    "swept",
    "trailed",
    "scored",
    "eased",
    "cruised",
    "thrashed",
    "hammered",
    "overcame",
    "stunned",
    "outlasted",
    "outplayed",
    "downed",
    "trounced",
];

/// What a team has, after its name and "'s": "Texas's lead", "Boston's manager".
pub(super) const TEAM_THINGS: &[&str] = &[
    "lead",
    "win",
    "victory",
    "defeat",
    "loss",
    "manager",
    "coach",
    "pitcher",
    "starter",
    "streak",
    "bullpen",
    "offense",
    "defense",
    "goalkeeper",
    "captain",
    "striker",
    "defence",
    "midfield",
    "shape",
];

/// Words before a team's name.
const TEAM_BEFORE: &[&str] = &[
    "over",
    "against",
    "beat",
    "beats",
    "beaten",
    "beating",
    "defeated",
    "face",
    "faces",
    "facing",
    "host",
    "hosts",
    "hosting",
    "v",
    "vs",
    "vs.",
    "past",
    "thrashed",
    "hammered",
    "edged",
    "routed",
    "stunned",
    "overcame",
    "outlasted",
    "outplayed",
    "downed",
    "trounced",
];

/// Verbs of a coming match after a team's name and "will": "Kerry will face Dublin".
pub(super) const TEAM_WILL: &[&str] = &["face", "play", "meet", "visit", "travel"];

/// Words of a match's grounds that end their names ("the Aviva Stadium", "Fraher Field").
const GROUND_ENDS: &[&str] = &[
    "Stadium", "Park", "Field", "Ground", "Arena", "Oval", "Road", "Lane", "Bowl",
];

/// Whether the name at `a` follows "at" or "at the".
fn after_at(words: &[&str], a: usize) -> bool {
    a > 0 && words[a - 1] == "at" || a > 1 && words[a - 1] == "the" && words[a - 2] == "at"
}

/// Whether one sentence, with no story around it, reads as a match report: a word of sport
/// (`sporting`) and either a ground after "at" ("at the Aviva Stadium") or a club the tagger
/// knows after an opponent's word ("home game against Wrexham"); beside a ground, a verb of
/// a result is enough.
pub fn match_report(words: &[&str], names: &[Span]) -> bool {
    let at_ground = |&(a, b, label): &Span| {
        after_at(words, a) && label == Label::Facility && GROUND_ENDS.contains(&words[b - 1])
    };
    let opposed = |&(a, _, label): &Span| {
        label == Label::Org && a > 0 && matches!(words[a - 1], "against" | "over" | "v" | "vs")
            || away_side(words, a)
    };
    // "they thrashed Munster at the Aviva Stadium": a verb of a result is sport's beside a
    // ground.
    let played = || {
        words.iter().any(|w| {
            TEAM_BEFORE.contains(w) || TEAM_AFTER.contains(w) || in_list(w, Cue::SportStory)
        })
    };
    let grounded = names.iter().any(at_ground);
    (grounded
        || names.iter().any(opposed)
        || sides_of_a_result(words, names)
        || scored_result(words))
        && (sporting(words) || grounded && played())
}

/// "after a 3-0 win over", "a 2-1 defeat by": a score before a word of a result is a match's,
/// not a range's or a vote's.
fn scored_result(words: &[&str]) -> bool {
    words.windows(2).any(|pair| {
        matches!(pair[1], "win" | "victory" | "defeat" | "loss" | "draw") && is_score(pair[0])
    })
}

/// Whether the name at `a` is the other side of a home or an away match ("their home game
/// against Barrow", "an away fixture at Bury"): a club, not a player, whatever the name.
fn away_side(words: &[&str], a: usize) -> bool {
    a > 2
        && matches!(words[a - 1], "against" | "at" | "with" | "to")
        && HOME_OR_AWAY_THINGS.contains(&words[a - 2])
        && matches!(words[a - 3], "home" | "away")
}

/// Verbs of a result before "to" or "with" and the other side: "lost to Exeter", "drew with
/// Hibs".
const RESULT_BEFORE_TO: &[&str] = &["lost", "lose", "loses", "losing"];
const RESULT_BEFORE_WITH: &[&str] = &["drew", "draw", "draws", "drawn"];

/// Whether the name at `a` is an opponent: "beat Dublin", "lost to Exeter", "drew with Hibs",
/// "drew 1-1 with Alloa".
pub(super) fn opposed_at(words: &[&str], a: usize) -> bool {
    // The result's verb, before its score if one stands between.
    let verb = |k: usize| match k.checked_sub(1) {
        Some(j) if is_score(words[k]) => words[j],
        _ => words[k],
    };
    // ("a win over the Bulls": a team named with its article is a plural; "over the London
    // interbank rate", "against the Baghdad government" name places.)
    let plural_side =
        a > 1 && words[a - 1] == "the" && words.get(a).is_some_and(|w| w.ends_with('s'));
    let a = if plural_side { a - 1 } else { a };
    a > 0 && TEAM_BEFORE.contains(&words[a - 1])
        || a > 1
            && (words[a - 1] == "to" && RESULT_BEFORE_TO.contains(&verb(a - 2))
                || words[a - 1] == "with" && RESULT_BEFORE_WITH.contains(&verb(a - 2))
                // "Kerry held off Dublin", "saw off Galway".
                || words[a - 1] == "off" && HELD_OFF.contains(&words[a - 2]))
}

/// Verbs before "off" and a beaten opponent.
const HELD_OFF: &[&str] = &[
    "held", "holds", "hold", "saw", "sees", "see", "fought", "fends",
];

/// "Kerry beat Dublin", "Saracens lost to Exeter", "Mayo will face Galway": two names, one the
/// subject of a result or a fixture and the other its opponent.
fn sides_of_a_result(words: &[&str], names: &[Span]) -> bool {
    let side = |l: Label| matches!(l, Label::Gpe | Label::Org | Label::Person | Label::Norp);
    names.windows(2).any(|pair| {
        let (n, m) = (pair[0], pair[1]);
        let v = after_comeback(words, n.1);
        let verb = words.get(v).copied().unwrap_or("");
        // "Mayo will face Galway".
        let fixture = verb == "will" && words.get(n.1 + 1).is_some_and(|w| TEAM_WILL.contains(w));
        side(n.2)
            && side(m.2)
            && (m.0 == v + 1 || m.0 == v + 2)
            && (fixture
                || (TEAM_AFTER.contains(&verb)
                    || RESULT_BEFORE_TO.contains(&verb)
                    || RESULT_BEFORE_WITH.contains(&verb))
                    && opposed_at(words, m.0))
    })
}

/// Whether the name `k` and a club (ORG) are the two sides of one result, either way round:
/// "Geelong thrashed Carlton", "Carlton lost to Geelong".
fn facing_a_club(words: &[&str], names: &[Span], k: usize, is_club: impl Fn(Span) -> bool) -> bool {
    let result = |n: Span, m: Span| {
        let v = after_comeback(words, n.1);
        let verb = words.get(v).copied().unwrap_or("");
        (m.0 == v + 1 || m.0 == v + 2)
            && (TEAM_AFTER.contains(&verb)
                || RESULT_BEFORE_TO.contains(&verb)
                || RESULT_BEFORE_WITH.contains(&verb))
            && opposed_at(words, m.0)
    };
    let before = k.checked_sub(1).map(|j| names[j]);
    let after = names.get(k + 1).copied();
    let club = |c: Span| c.2 == Label::Org && is_club(c);
    before.is_some_and(|c| club(c) && result(c, names[k]))
        || after.is_some_and(|c| club(c) && result(names[k], c))
}

/// "Bradford moved up after a 3-0 win over Crewe": the name at `a` after "a win over" (or
/// "victory over") in a sentence that a club of a town opens is the club it beat, not a
/// player ("Sinner's win over Alcaraz" opens with a person).
fn beaten_by_opening_club(
    words: &[&str],
    before: &[Span],
    a: usize,
    is_club: impl Fn(Span) -> bool,
) -> bool {
    a > 1
        && words[a - 1] == "over"
        && matches!(words[a - 2], "win" | "victory")
        && before
            .first()
            .is_some_and(|&c| c.0 == 0 && c.2 == Label::Org && is_club(c))
}

/// Ways of coming back to win, before the result's verb: "came from behind to beat".
const COMEBACKS: &[&[&str]] = &[
    &["came", "from", "behind", "to"],
    &["fought", "back", "to"],
    &["hit", "back", "to"],
    &["bounced", "back", "to"],
    &["rallied", "to"],
    &["recovered", "to"],
    &["held", "on", "to"],
];

/// The position of the result's verb when a comeback stands at `k` ("Wrexham came from
/// behind to beat Stockport"), else `k`.
pub(super) fn after_comeback(words: &[&str], k: usize) -> usize {
    let rest = words.get(k..).unwrap_or(&[]);
    if let Some(n) = deficit_overturned(rest) {
        return k + n;
    }
    COMEBACKS
        .iter()
        .find(|c| rest.starts_with(c))
        .map_or(k, |c| k + c.len())
}

/// Units of a deficit: "came from 12 points down to beat".
const DEFICITS: &[&str] = &[
    "points", "goals", "runs", "shots", "strokes", "sets", "games", "tries",
];

/// The length of "came from 12 points down to" (or "two goals behind to") at `rest`'s start.
fn deficit_overturned(rest: &[&str]) -> Option<usize> {
    let ["came", "from", amount, more @ ..] = rest else {
        return None;
    };
    let number = amount.bytes().all(|b| b.is_ascii_digit())
        || matches!(
            *amount,
            "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        );
    let unit = usize::from(more.first().is_some_and(|w| DEFICITS.contains(w)));
    let tail = more.get(unit..unit + 2)?;
    (number && matches!(tail[0], "down" | "behind") && tail[1] == "to").then_some(3 + unit + 2)
}

/// "Portsmouth took the lead", "should have taken the lead", "had taken the lead": a side's
/// words, from position `k` after its name.
fn took_the_lead(words: &[&str], k: usize) -> bool {
    let w = |j: usize| words.get(j).copied().unwrap_or("");
    // A modal and "have", or "had", before the verb.
    let k = match (w(k), w(k + 1)) {
        ("should" | "could" | "would" | "might" | "must", "have") => k + 2,
        ("had" | "have" | "has", _) => k + 1,
        _ => k,
    };
    matches!(
        w(k),
        "took" | "taken" | "take" | "takes" | "retook" | "regained"
    ) && w(k + 1) == "the"
        && w(k + 2) == "lead"
}

/// Words of a player's transfer, before "from" and the club he leaves.
const TRANSFERS: &[&str] = &[
    "signed",
    "signs",
    "signing",
    "joined",
    "joins",
    "loan",
    "move",
    "transfer",
    "recruited",
];

/// Words for a match before "with" and a team's name: "Sunday's clash with Clare".
const MATCHES_WITH: &[&str] = &[
    "clash", "draw", "tie", "game", "match", "meeting", "showdown",
];

/// "Seattle won", "a win over Los Angeles", "Atlanta's Tom Glavine", "they face Derry", "Kerry
/// eased past Galway", "Sunday's clash with Clare": in a sports story (or a sentence that
/// reads as a match report), a place that `is_home_town` calls a city, state or county (not a
/// country) and that plays is a team. Its flag says the tagger took the name for a person's, which asks
/// more of the place ("beat Murray" names a player).
pub fn teams_in_sport(
    words: &[&str],
    names: &mut [Span],
    story_is_sport: impl FnOnce() -> bool,
    is_home_town: impl Fn(&[&str], bool) -> bool,
) {
    let next = |k: usize| words.get(k).copied().unwrap_or("");
    let person_at =
        |names: &[Span], k: usize| names.iter().any(|p| p.0 == k && p.2 == Label::Person);
    // "against Barrow", "Sunday's clash with Clare": an opponent's word before position `a`.
    // "signed the striker from Lyon", "on loan from Celtic": the club a player moves from.
    let moved_from = |a: usize| {
        a > 1
            && words[a - 1] == "from"
            && words[a.saturating_sub(7)..a - 1]
                .iter()
                .any(|w| TRANSFERS.contains(w))
    };
    let faced = |a: usize| {
        opposed_at(words, a)
            || a > 1 && words[a - 1] == "with" && MATCHES_WITH.contains(&words[a - 2])
            || moved_from(a)
            || away_side(words, a)
    };
    let plays = |names: &[Span], n: &Span| {
        let (a, b) = (n.0, n.1);
        // Only a place or a one-word person plays: most names are neither, and are spared the
        // look at the words around them.
        if !(n.2 == Label::Gpe || n.2 == Label::Person && b == a + 1) {
            return false;
        }
        // "Atlanta's Tom Glavine", "Texas's lead over Seattle".
        let owns =
            next(b) == "'s" && (person_at(names, b + 1) || TEAM_THINGS.contains(&next(b + 1)));
        // "Seattle won", "Milwaukee has won 10 of", "Bath came from behind to beat".
        let result = TEAM_AFTER.contains(&next(after_comeback(words, b)))
            || (matches!(next(b), "has" | "have" | "had") && TEAM_AFTER.contains(&next(b + 1)))
            || took_the_lead(words, b)
            || (next(b) == "will" && TEAM_WILL.contains(&next(b + 1)));
        // "against Barrow", "face Derry": a town the tagger took for a person's name is one
        // only where an opponent stands.
        let opponent = faced(a);
        (n.2 == Label::Gpe || n.2 == Label::Person && b == a + 1 && (opponent || result))
            && b - a <= 3
            // Not a table's or a headline's capitals.
            && words[a].chars().skip(1).any(char::is_lowercase)
            && (result || owns || opponent)
    };
    // "drew 1-1 with Bohemians", "Hibernian visit": a one-word "people" the lists do not know
    // as one is a club where a team plays ("the Spaniards" are listed).
    let club = |n: &Span| {
        let (a, b) = (n.0, n.1);
        // Only a one-word people is a club here (asked first: most names are not).
        if n.2 != Label::Norp || b != a + 1 {
            return false;
        }
        // ("drew 1-1 with", "drew with": a result's "with" too.)
        let opponent = faced(a)
            || a > 1
                && words[a - 1] == "with"
                && (TEAM_AFTER.contains(&words[a - 2]) || is_score(words[a - 2]));
        let result = TEAM_AFTER.contains(&next(b)) || matches!(next(b), "visit" | "host");
        // ("the Spaniards": a listed people's plural with its article; "Bohemians beat
        // Shamrock Rovers" names a club; "IP": an acronym.)
        let plural_people = a > 0
            && matches!(words[a - 1], "the" | "The")
            && words[a]
                .strip_suffix('s')
                .is_some_and(|stem| is_people_word(&[stem]));
        (opponent || result)
            && words[a].chars().skip(1).any(char::is_lowercase)
            && !is_people_word(&words[a..b])
            && !plural_people
    };
    let plays_or_club = |names: &[Span], n: &Span| plays(names, n) || club(n);
    if !names.iter().any(|n| plays_or_club(names, n))
        || !(match_report(words, names) || story_is_sport())
    {
        return;
    }
    for k in 0..names.len() {
        let n = names[k];
        let home = || {
            is_home_town(
                &words[n.0..n.1],
                n.2 == Label::Person && !away_side(words, n.0),
            )
        };
        // "Geelong thrashed Carlton": a person's name on one side of a result whose other
        // side is a club is a club too.
        // (The club is a town's, as its name shows: "Federer beat Nadal" are players; and
        // "Smith's side" is a manager's.)
        let against_club = || {
            n.2 == Label::Person
                && n.1 == n.0 + 1
                && next(n.1) != "'s"
                && (facing_a_club(words, names, k, |c: Span| {
                    is_home_town(&words[c.0..c.1], true)
                }) || beaten_by_opening_club(words, &names[..k], n.0, |c: Span| {
                    is_home_town(&words[c.0..c.1], false)
                }))
        };
        if club(&n) || plays(names, &n) && (home() || against_club()) {
            names[k].2 = Label::Org;
        }
    }
}

/// Words after a ground's name that end its phrase.
const AFTER_A_GROUND: &[&str] = &[
    "on", "in", "last", "this", "next", "and", "for", "to", "with", "where", "after", "before",
    "against", "when", "was", "is", "since", "until", "of", "as", "while",
];

/// "a 5-0 win at Tannadice", "the opener at the Gabba": in sports copy (a sports story, or a
/// sentence with a score), one word after "at"
/// (or "at the") that the tagger took for a place and no gazetteer knows as one is the ground.
pub fn grounds_in_sport(
    words: &[&str],
    names: &mut [Span],
    story_is_sport: impl FnOnce() -> bool,
    known_place: impl Fn(&[&str]) -> bool,
) {
    let at = |a: usize| after_at(words, a);
    // "at Euro progress" (a headline's) names no ground: one ends its phrase.
    let phrase_end = |b: usize| {
        words
            .get(b)
            .is_none_or(|w| !w.starts_with(char::is_lowercase) || AFTER_A_GROUND.contains(w))
    };
    // "at the Brandywell", "at the Olivier", "at the Rec": after "at the", one word the
    // tagger took for a firm, a person or a people that no list knows is the ground or the
    // hall too ("at Arsenal" is the club, "at the FA" an acronym's body, "at the Irishman" a
    // people's).
    let at_the = |a: usize, b: usize| {
        a > 1
            && words[a - 1] == "the"
            && words[a - 2] == "at"
            && known_name(&words[a..b]).is_none()
            && lists_of_tokens(&words[a..b]) & List::Organisation.bit() == 0
            && !is_people_word(&words[a..b])
    };
    // A plural is a club ("at Rangers", "at Spurs", "at the Blues").
    let ground = |&(a, b, label): &Span| {
        b == a + 1
            && match label {
                Label::Gpe | Label::Loc => at(a),
                Label::Org | Label::Person | Label::Norp => at_the(a, b),
                _ => false,
            }
            && words[a].chars().skip(1).any(char::is_lowercase)
            && !words[a].ends_with('s')
            && !words[a].contains('.')
            && phrase_end(b)
            && !known_place(&words[a..b])
    };
    let report = || words.iter().any(|w| is_score(w)) || match_report(words, names);
    if !names.iter().any(ground) || !(report() || story_is_sport()) {
        return;
    }
    for span in names.iter_mut() {
        if ground(span) {
            span.2 = Label::Facility;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_side_that_took_the_lead() {
        let words: Vec<&str> = "Leeds should have taken the lead on 34 minutes"
            .split(' ')
            .collect();
        assert!(took_the_lead(&words, 1));
        let words: Vec<&str> = "Leeds took the lead".split(' ').collect();
        assert!(took_the_lead(&words, 1));
        let words: Vec<&str> = "Leeds took the train".split(' ').collect();
        assert!(!took_the_lead(&words, 1));
    }

    fn run(text: &str, names: &[Span]) -> Vec<Label> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut names = names.to_vec();
        let towns = |n: &[&str], _beside: bool| matches!(n, ["Hull"] | ["Bristol"]);
        towns_outside_sport(&words, &mut names, || false, towns);
        names.iter().map(|n| n.2).collect()
    }

    #[test]
    fn a_town_is_a_place_outside_sport() {
        assert_eq!(
            run("The archbishop visited Hull .", &[(3, 4, Label::Org)]),
            [Label::Gpe]
        );
        assert_eq!(
            run(
                "trains between Bristol and Hull stopped",
                &[(2, 3, Label::Gpe), (4, 5, Label::Org)]
            ),
            [Label::Gpe, Label::Gpe]
        );
        assert_eq!(
            run(
                "Hailstones 5cm across fell on Bristol .",
                &[(5, 6, Label::Org)]
            ),
            [Label::Gpe]
        );
    }

    #[test]
    fn a_city_that_plays_is_its_team_in_sport() {
        let words: Vec<&str> = "Seattle won and Japan beat Fiji , a win over Los Angeles"
            .split(' ')
            .collect();
        let mut names = vec![
            (0, 1, Label::Gpe),
            (3, 4, Label::Gpe),
            (5, 6, Label::Gpe),
            (10, 12, Label::Gpe),
        ];
        let cities = |n: &[&str], person: bool| {
            matches!(n, ["Seattle"] | ["Los", "Angeles"]) || person && n == ["Derry"]
        };
        teams_in_sport(&words, &mut names, || true, cities);
        let labels: Vec<Label> = names.iter().map(|n| n.2).collect();
        assert_eq!(labels, [Label::Org, Label::Gpe, Label::Gpe, Label::Org]);
        let mut names = vec![(0, 1, Label::Gpe)];
        teams_in_sport(&words, &mut names, || false, cities);
        assert_eq!(names[0].2, Label::Gpe);
        let words: Vec<&str> = "Seattle 's lead grew as Seattle has won six"
            .split(' ')
            .collect();
        let mut names = vec![(0, 1, Label::Gpe), (5, 6, Label::Gpe)];
        teams_in_sport(&words, &mut names, || true, cities);
        assert!(names.iter().all(|n| n.2 == Label::Org));
        // A town the tagger took for a person's name, as an opponent only.
        let words: Vec<&str> = "they face Derry , and Derry said".split(' ').collect();
        let mut names = vec![(2, 3, Label::Person), (5, 6, Label::Person)];
        teams_in_sport(&words, &mut names, || true, cities);
        assert_eq!(names[0].2, Label::Org);
        assert_eq!(names[1].2, Label::Person);
    }

    #[test]
    fn every_sports_word_is_found_as_one_token() {
        let mut section = "";
        for line in include_str!("../../data/lexicon/cues.txt").lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[') {
                section = name.trim_end_matches(']');
            } else if section == "sport_sentence" {
                assert!(in_list(line, Cue::SportSentence), "{line}");
            } else if section == "sport_story" {
                assert!(in_list(line, Cue::SportStory), "{line}");
                assert!(is_sport_story_word(lower_hash(line)), "{line}");
            }
        }
    }

    #[test]
    fn a_score_or_two_sports_words_make_a_sports_story() {
        let sports_story = |words: &[&str]| {
            let lowers: Vec<u64> = words.iter().map(|w| lower_hash(w)).collect();
            super::sports_story(words, &lowers)
        };
        assert!(sports_story(&["Hull", "played", "and", "won", "2-1", "."]));
        assert!(!sports_story(&["prices", "of", "12-15", "."]));
        assert!(sports_story(&["the", "striker", "left", "the", "league"]));
        assert!(!sports_story(&[
            "He", "won", "the", "vote", "in", "1997-98"
        ]));
        // A capitalised sports word counts for nothing, as a word of no list.
        assert!(!sports_story(&["Striker", "League", "2-1"]));
    }

    #[test]
    fn a_town_is_a_club_in_sport() {
        assert_eq!(
            run("Hull beat Leeds .", &[(0, 1, Label::Org)]),
            [Label::Org]
        );
        assert_eq!(run("Hull 2 Leeds 1", &[(0, 1, Label::Org)]), [Label::Org]);
        assert_eq!(
            run("Hull were forced out", &[(0, 1, Label::Org)]),
            [Label::Org]
        );
        // A firm named like no town stays a firm.
        assert_eq!(
            run(
                "Tesco visited Hull .",
                &[(0, 1, Label::Org), (2, 3, Label::Org)]
            ),
            [Label::Org, Label::Gpe]
        );
    }
}
