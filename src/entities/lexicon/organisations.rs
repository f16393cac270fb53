//! Hand-written organisation cues: words that end or head organisation names ("Ministry",
//! "Corp", "Party") and a few organisations famous enough to name outright.

pub const ORG_WORDS: &[&str] = &[
    "Ministry", "Council", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Co",
    "Co.", "Company", "Party", "Bank", "Group", "Association", "Union", "Committee",
    "Commission", "Agency", "Institute", "University", "College", "Club", "Federation", "League",
    "Organisation", "Organization", "Authority", "Department", "Office", "Board", "Fund", "Army",
    "Court", "Parliament", "Assembly", "Airlines", "Airways", "Holdings", "plc", "PLC", "AG",
    "SA", "S.A.", "NV", "N.V.", "GmbH", "Industries", "Systems", "Motors", "Exchange", "Front",
    "Movement", "Alliance", "Congress", "Senate", "Cabinet", "Police", "Service", "Services",
    "Foundation", "Trust", "Securities", "Bancorp", "Partners", "Television", "Radio",
    "Journal", "Times", "Post", "News", "Press", "Force", "Forces", "Navy", "Guard", "Church",
    "Society", "Network", "Telecom", "Petroleum", "Oil", "Energy", "Electric", "Chemical",
    "Chemicals", "Pharmaceuticals", "Insurance", "Investment", "Investments", "Capital",
    "Financial", "Communications", "Technologies", "Technology", "Brothers", "Bros", "Bros.",
    "Stores", "Mining", "Steel", "Resources", "Railways", "Railway", "Ministries", "Secretariat",
    "Directorate", "Tribunal", "Council's", "FC", "United", "City", "Rovers", "Wanderers",
];

pub const ORGANISATIONS: &[&str] = &[
    "United Nations", "U.N.", "UN", "NATO", "EU", "European Union", "European Commission",
    "Reuters", "IMF", "International Monetary Fund", "World Bank", "OPEC", "WTO",
    "World Trade Organisation", "World Trade Organization", "FIFA", "UEFA", "IOC", "OSCE",
    "ASEAN", "APEC", "G7", "G8", "G20", "PLO", "Hamas", "Hezbollah", "Taleban", "Taliban",
    "IRA", "Sinn Fein", "Interfax", "Xinhua", "Kyodo", "Kyodo News", "BBC", "CNN", "AFP",
    "Associated Press", "Bundesbank", "Federal Reserve", "Fed", "Pentagon", "Kremlin",
    "White House", "Congress", "Senate", "FBI", "CIA", "NASA", "Security Council",
    "U.N. Security Council", "Red Cross", "Greenpeace", "Amnesty International", "Microsoft",
    "IBM", "Intel", "Apple", "Google", "Toyota", "Sony", "Boeing", "Airbus", "Nasdaq", "Nikkei",
    "Communist Party", "Labour", "Labour Party", "Conservative Party", "Democratic Party",
    "Republican Party", "Tories", "Knesset", "Duma", "Bundestag", "Politburo", "Vatican",
    "Interpol", "Europol", "OECD", "African Union", "Arab League", "Mossad", "KGB",
];
