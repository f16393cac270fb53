//! The public entity labels: the 18 OntoNotes names spaCy uses, and nothing else (CoNLL's MISC
//! is always resolved to one of them by `finer`).

use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Person,
    /// Nationalities, religious and political groups.
    Norp,
    Facility,
    Org,
    /// Countries, cities, states.
    Gpe,
    /// Non-GPE locations: seas, mountains, regions.
    Loc,
    Product,
    Event,
    WorkOfArt,
    Law,
    Language,
    Date,
    Time,
    Percent,
    Money,
    Quantity,
    Ordinal,
    Cardinal,
}

impl Label {
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Norp => "NORP",
            Label::Facility => "FAC",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Product => "PRODUCT",
            Label::Event => "EVENT",
            Label::WorkOfArt => "WORK_OF_ART",
            Label::Law => "LAW",
            Label::Language => "LANGUAGE",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Percent => "PERCENT",
            Label::Money => "MONEY",
            Label::Quantity => "QUANTITY",
            Label::Ordinal => "ORDINAL",
            Label::Cardinal => "CARDINAL",
        }
    }

    /// Every label, in OntoNotes order.
    pub const ALL: [Label; 18] = [
        Label::Person,
        Label::Norp,
        Label::Facility,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Product,
        Label::Event,
        Label::WorkOfArt,
        Label::Law,
        Label::Language,
        Label::Date,
        Label::Time,
        Label::Percent,
        Label::Money,
        Label::Quantity,
        Label::Ordinal,
        Label::Cardinal,
    ];

    /// The label with this OntoNotes name ("WORK_OF_ART").
    pub fn from_name(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == name)
    }

    /// Whether this is a name (from the tagger) rather than a number or time expression.
    pub fn is_name(self) -> bool {
        !matches!(
            self,
            Label::Date
                | Label::Time
                | Label::Percent
                | Label::Money
                | Label::Quantity
                | Label::Ordinal
                | Label::Cardinal
        )
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_ontonotes_name() {
        assert_eq!(serde_json::to_string(&Label::Gpe).unwrap(), "\"GPE\"");
        assert_eq!(Label::WorkOfArt.to_string(), "WORK_OF_ART");
        assert!(Label::Norp.is_name());
        assert!(!Label::Percent.is_name());
        assert!(Label::ALL
            .iter()
            .all(|&l| Label::from_name(l.as_str()) == Some(l)));
        assert_eq!(Label::from_name("MISC"), None);
    }
}
