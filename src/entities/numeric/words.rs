//! Word lists for numbers, units, currencies and calendar words, written for this project.

pub const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "zero",
];

/// Scale words that may follow a number: "5 million", "$1.13 bn".
pub const SCALES: &[&str] = &[
    "hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "trln", "bn", "m", "k",
    "trn", "crore", "crores", "lakh", "lakhs",
];

pub const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "hundredth",
    "thousandth",
    "millionth",
];

/// Words before a number that OntoNotes keeps inside the expression.
pub const MODIFIERS: &[&[&str]] = &[
    &["more", "than"],
    // "shortly after 11pm", "just before midnight".
    &["shortly", "after"],
    &["shortly", "before"],
    &["just", "after"],
    &["just", "before"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["at", "least"],
    &["at", "most"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["about"],
    &["around"],
    &["nearly"],
    &["almost"],
    &["some"],
    &["roughly"],
    &["approximately"],
    &["over"],
    &["under"],
    // "fell below 50 per cent", "above £80": like "under" and "over".
    &["above"],
    &["below"],
    // (Not "just" or "only": "by just six votes", "only 29 per cent" count the number alone,
    // as news annotators mark it.)
    &["an", "estimated"],
    &["close", "to"],
    // "minus 12C": a temperature below zero keeps its sign word.
    &["minus"],
];

/// Verbs whose "up" goes with them, not with the number after "up to": "edged up to 4.3
/// pct", "adds up to £5m".
pub const VERBS_WITH_UP: &[&str] = &[
    "edged",
    "edges",
    "ticked",
    "ticks",
    "inched",
    "inches",
    "crept",
    "creeps",
    "moved",
    "moves",
    "went",
    "goes",
    "shot",
    "climbed",
    "jumped",
    "rose",
    "rallied",
    "bounced",
    "revised",
    "pushed",
    "nudged",
    "picked",
    "stepped",
    "ramped",
    "ratcheted",
    "marked",
    "added",
    "adds",
    "add",
    "adding",
    "sums",
    "summed",
    "totted",
    "came",
    "comes",
];

pub const PERCENT_WORDS: &[&str] = &["percent", "%", "pct", "per-cent", "percentage"];

pub const CURRENCY_SYMBOLS: &[&str] = &[
    "$", "US$", "U.S.$", "C$", "A$", "NZ$", "HK$", "S$", "£", "€", "¥", "Rs", "Rs.", "DM", "Y",
    // Rupee, won, lira, rouble, shekel, peso, naira, hryvnia and dong signs.
    "₹", "₩", "₺", "₽", "₪", "₱", "₦", "₴", "₫",
    // ISO codes written before an amount: "CHF 4.3bn".
    "CHF", "EUR", "GBP", "USD", "JPY", "SEK", "NOK", "DKK", "HKD", "SGD", "AUD", "CAD", "NZD",
    "INR", "CNY", "ZAR", "AED", "SAR", "QAR", "KWD", "BRL", "MXN", "KRW", "RUB", "PLN", "CZK",
    "HUF", "THB", "MYR", "IDR", "NGN", "KES", "EGP", "TWD", "ILS", "RMB",
    // Signs as the copy of their own countries writes them: dirham ("Dh20,000"), ringgit,
    // rupiah, taka, cedi and Egyptian pound. (A glued amount takes the first sign it opens
    // with: "Dhs" before "Dh".)
    "Dhs", "Dh", "RM", "Rp", "Tk", "GH₵", "GH¢", "E£",
];

/// Signs glued to an amount only with its scale: "R9.2bn" (rand), "Sh4 million" (Kenyan
/// shillings), "KSh3bn", "N1.2trn" (naira, as Nigerian copy writes it). Alone ("R2", "Sh5",
/// "N1") they are roads, names and codes as often. Riyals ("QR900m", "SR4bn") the same.
pub const SCALED_ONLY_SYMBOLS: &[&str] = &["R", "Sh", "KSh", "Ksh", "N", "QR", "SR"];

/// Letters written before "$" for other dollars: "US$", "C$", "HK$" (the tokenizer splits
/// them from the sign).
/// Brazil's real is written the same way: "R$9.5 billion".
pub const DOLLAR_COUNTRIES: &[&str] = &["US", "U.S.", "C", "A", "NZ", "HK", "S", "NT", "R"];

pub const CURRENCY_WORDS: &[&str] = &[
    // Wire abbreviations: "84 mln dlrs", "500 mln stg", "15 cts".
    "dlrs",
    "dlr",
    "stg",
    "cts",
    "dollar",
    "dollars",
    "cent",
    "cents",
    "yen",
    "pound",
    "pounds",
    "sterling",
    "euro",
    "euros",
    "mark",
    "marks",
    "d-marks",
    "francs",
    "franc",
    "yuan",
    "renminbi",
    "rupees",
    "rupee",
    "pesos",
    "peso",
    "lire",
    "lira",
    "roubles",
    "rubles",
    "rouble",
    "ruble",
    "crowns",
    "crown",
    "rand",
    "naira",
    "cedis",
    "shillings",
    "dirhams",
    "dirham",
    "hryvnias",
    "hryvnia",
    "reais",
    "taka",
    "won",
    "baht",
    "ringgit",
    "rupiah",
    "dinars",
    "dinar",
    "riyals",
    "riyal",
    "shekels",
    "shekel",
    "guilders",
    "schillings",
    "pesetas",
    "escudos",
    "kronor",
    "kroner",
    "krona",
    "krone",
    "zlotys",
    "zloty",
    "forints",
    "forint",
    "pence",
    "penny",
    "reais",
    "real",
    "drachmas",
    // The hundredths of other currencies: "60 piastres a packet", "50 kobo".
    "piastres",
    "kobo",
    "paise",
    "centavos",
    "centimes",
    "halalas",
    "kopecks",
    "kopeks",
];

pub const TIME_UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "hour", "hours", "mins", "min", "hrs",
];

pub const DATE_UNITS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "weekend",
    "weekends",
    "quarter",
    "quarters",
    "season",
    "seasons",
    "summer",
    "summers",
    "winter",
    "winters",
    "spring",
    "springs",
    "autumn",
    "autumns",
];

pub const QUANTITY_UNITS: &[&str] = &[
    // ("a planet 700 light-years from Earth".)
    "light-years",
    "light-year",
    "parsecs",
    "km",
    "kms",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "metres",
    "meters",
    "metre",
    "meter",
    "feet",
    "foot",
    "inches",
    "inch",
    "cm",
    "mm",
    "kg",
    "kilograms",
    "kilogram",
    "kilos",
    "grams",
    "gram",
    "tonnes",
    "tons",
    "tonne",
    "ton",
    "lbs",
    "barrels",
    "barrel",
    "bpd",
    "ounces",
    "ounce",
    "oz",
    "acres",
    "acre",
    "hectares",
    "hectare",
    "degrees",
    "litres",
    "liters",
    "litre",
    "liter",
    "gallons",
    "gallon",
    "pints",
    "pint",
    "mph",
    "kph",
    "km/h",
    "megawatts",
    "megawatt",
    "mw",
    "kilowatts",
    "kilowatt",
    "gigawatts",
    "gigawatt",
    "gw",
    "kwh",
    "mwh",
    "gwh",
    "twh",
    "millimetres",
    "millimeters",
    "millimetre",
    "millimeter",
    "centimetres",
    "centimeters",
    "centimetre",
    "centimeter",
    "knots",
    "megabytes",
    "gigabytes",
    "terabytes",
    "yards",
    "yard",
    "sq",
    "square",
    "cubic",
    "ft",
    "ft.",
    "points",
    "bushels",
    "bales",
    "carats",
    "carat",
];

/// Superlatives after a rank in one hyphenated word ("third-largest", "second-biggest"):
/// OntoNotes labels the rank alone an ORDINAL.
pub const RANKED_SUPERLATIVE_ENDS: &[&str] = &["est", "most", "least", "worst"];

/// Words after "overnight" that leave it an adverb, a time: "rose overnight and", "closed
/// overnight in".
pub const AFTER_OVERNIGHT: &[&str] = &[
    "and", "or", "but", "in", "on", "at", "to", "from", "after", "before", "while", "as", "when",
    "into", "with",
];

pub const TIME_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night", "overnight"];

/// Words after a clock: "am" and "pm", and the time zones, written in capitals.
pub const CLOCK_SUFFIXES: &[&str] = &[
    "a.m.", "p.m.", "am", "pm", "GMT", "EST", "EDT", "ET", "BST", "UTC", "CET", "CEST", "PST",
    "PDT", "PT", "CST", "CDT", "MST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "IST",
];

pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// "on Thursdays": a weekday that recurs.
pub const WEEKDAYS_RECURRING: &[&str] = &[
    "Mondays",
    "Tuesdays",
    "Wednesdays",
    "Thursdays",
    "Fridays",
    "Saturdays",
    "Sundays",
];

pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Jan",
    "Feb",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// Months that are also ordinary words and need a calendar neighbour.
pub const AMBIGUOUS_MONTHS: &[&str] = &[
    "March", "May", "Jan", "Aug", "Oct", "Nov", "Dec", "Feb", "Sept",
];

/// Words before a bare month that make it a date: "in March", "since May".
pub const MONTH_LEADS: &[&str] = &[
    "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of",
    "during", "from", "through", "before", "after", "end", "between", "and", "to",
];

pub const RELATIVE_DAYS: &[&str] = &["today", "yesterday", "tomorrow"];

/// "last year", "next month", "this week".
pub const RELATIVE_LEADS: &[&str] = &[
    "last",
    "next",
    "this",
    "past",
    "coming",
    "previous",
    "following",
    "same",
    "current",
];

/// Words between "the" and a counted period that OntoNotes keeps in the date: "the next five
/// years", "the past three months".
pub const PERIOD_LEADS: &[&str] = &[
    "next",
    "past",
    "last",
    "coming",
    "previous",
    "following",
    "first",
    "final",
];

/// Parts of a period that make a date of it: "the end of June", "the start of 2027".
pub const PARTS_OF_PERIODS: &[&str] = &["end", "start", "beginning", "middle", "turn", "close"];

pub const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];

pub const DIRECTION_AFTER: &[&str] = &[
    "ago", "earlier", "later", "old", "before", "after", "running",
];

/// Plural units that make a period with no count after "for" ("for hours"): the times first.
pub const BARE_UNITS: &[&str] = &[
    "hours", "minutes", "days", "weeks", "months", "years", "decades",
];
