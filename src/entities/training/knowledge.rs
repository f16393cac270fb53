//! Reading the word-knowledge file that `scripts/build_word_knowledge.py` writes from
//! permissively licensed sources (see NOTICE) into the table the model stores.
//!
//! Format: `#` header lines (the command and source package versions), then one line per
//! lowercase word: `word cluster cased-cluster logprob capitalised acronym gazetteer-bits(hex)`, tab-separated.

use crate::entities::tagger::clusters::{ClusterTable, WordClass};
use crate::entities::tagger::hash::lower_hash;

/// The table and what the file's header says about where it came from.
#[derive(Debug, Default)]
pub struct Knowledge {
    pub table: ClusterTable,
    /// The header lines, without their `# `.
    pub header: Vec<String>,
}

/// Parses the file; a malformed line is an error naming its number.
pub fn parse(text: &str) -> Result<Knowledge, String> {
    let mut out = Knowledge::default();
    let lines: Vec<&str> = text.lines().collect();
    out.table = ClusterTable::with_capacity(lines.len());
    for (n, line) in lines.iter().enumerate() {
        if let Some(h) = line.strip_prefix('#') {
            out.header.push(h.trim().to_string());
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let bad = || format!("word knowledge line {}: {line:?}", n + 1);
        let f: Vec<&str> = line.split('\t').collect();
        let [word, cluster, cased_cluster, logprob, capitalised, acronym, gazetteer] = f[..] else {
            return Err(bad());
        };
        let class = WordClass {
            cluster: cluster.parse().map_err(|_| bad())?,
            cased_cluster: cased_cluster.parse().map_err(|_| bad())?,
            logprob: logprob.parse().map_err(|_| bad())?,
            capitalised: capitalised.parse().map_err(|_| bad())?,
            acronym: acronym == "1",
            gazetteer: u32::from_str_radix(gazetteer, 16).map_err(|_| bad())?,
        };
        if !class.fits() {
            return Err(bad());
        }
        out.table.insert(lower_hash(word), class);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_and_header() {
        let k = parse("# from: x==1\nkessington\t678\t0\t14\t4\t0\t3\nqrx\t38\t38\t16\t0\t1\t0\n")
            .unwrap();
        assert_eq!(k.header, ["from: x==1"]);
        let c = k.table.get(lower_hash("Kessington")).unwrap();
        assert_eq!(
            (c.cluster, c.logprob, c.capitalised, c.gazetteer),
            (678, 14, 4, 3)
        );
        assert!(k.table.get(lower_hash("QRX")).unwrap().acronym);
        assert!(parse("a\tb\n").is_err());
        assert!(parse("a\t1\t0\t99\t0\t0\t0\n").is_err());
    }
}
