//! The model file format. Little-endian throughout:
//!
//! ```text
//! "CDNER\x02"                      magic and version (1 held learned word classes)
//! u32 len, JSON                    provenance: command, data files (sha1, size), seed, epochs,
//!                                  dev scores; no dates, so retraining gives the same bytes
//! u32 bits                         the feature table has 2^bits rows of 17 tag weights
//! 18 x 17 i32                      transition scores (last row: sentence start)
//! u32 rows, then per row:          only rows with a non-zero weight are stored
//!   varint bucket delta, varint tag mask, i16 per tag in the mask
//! u32 words, then per word:        the word-knowledge table
//!   u64 lowercase hash, u64 packed `WordClass`
//! ```

use super::clusters::{ClusterTable, WordClass};
use super::tags::NUM_TAGS;
use super::weights::{Weights, MAX_BITS};
use super::{cache::ModelId, TaggerModel};

const MAGIC: &[u8; 6] = b"CDNER\x02";

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("cannot read model file {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("not a valid copydesk NER model: {0}")]
    Format(&'static str),
}

pub fn write(model: &TaggerModel) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(model.provenance.len() as u32).to_le_bytes());
    out.extend_from_slice(model.provenance.as_bytes());
    out.extend_from_slice(&model.bits.to_le_bytes());
    for row in &model.transitions {
        for &v in row {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    let rows: Vec<(u32, &[i16])> = model
        .weights
        .sorted_rows()
        .into_iter()
        .filter(|(_, r)| r.iter().any(|&w| w != 0))
        .collect();
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    let mut prev = 0u32;
    for (bucket, row) in rows {
        put_varint(&mut out, (bucket - prev) as u64);
        prev = bucket;
        let mask = row
            .iter()
            .enumerate()
            .fold(0u64, |m, (k, &w)| m | ((w != 0) as u64) << k);
        put_varint(&mut out, mask);
        for &w in row.iter().filter(|&&w| w != 0) {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    let words = model.clusters.entries();
    out.extend_from_slice(&(words.len() as u32).to_le_bytes());
    for (key, class) in words {
        out.extend_from_slice(&key.to_le_bytes());
        out.extend_from_slice(&class.pack().to_le_bytes());
    }
    out
}

pub fn read(bytes: &[u8]) -> Result<TaggerModel, ModelError> {
    let mut r = Reader { bytes, pos: 0 };
    let magic = r.take(MAGIC.len())?;
    if magic == b"CDNER\x01" {
        return Err(ModelError::Format(
            "a version 1 model (learned word classes): retrain it with this copydesk",
        ));
    }
    if magic != MAGIC {
        return Err(ModelError::Format("bad magic bytes"));
    }
    let len = r.u32()? as usize;
    let provenance = std::str::from_utf8(r.take(len)?)
        .map_err(|_| ModelError::Format("provenance is not UTF-8"))?
        .to_owned();
    let bits = r.u32()?;
    if !(8..=MAX_BITS).contains(&bits) {
        return Err(ModelError::Format("feature table size out of range"));
    }
    let mut transitions = [[0i32; NUM_TAGS]; NUM_TAGS + 1];
    for row in &mut transitions {
        for v in row.iter_mut() {
            *v = r.u32()? as i32;
        }
    }
    let n_buckets = 1usize << bits;
    let rows = r.u32()? as usize;
    if rows > n_buckets || rows > bytes.len() {
        return Err(ModelError::Format("more rows than the file can hold"));
    }
    let mut dense = vec![0i16; rows * NUM_TAGS];
    let mut buckets = Vec::with_capacity(rows);
    let mut bucket = 0usize;
    for k in 0..rows {
        bucket = bucket
            .checked_add(r.varint()? as usize)
            .filter(|&b| b < n_buckets)
            .ok_or(ModelError::Format("feature row out of range"))?;
        let mask = r.varint()?;
        if mask >> NUM_TAGS != 0 {
            return Err(ModelError::Format("bad tag mask"));
        }
        for t in 0..NUM_TAGS {
            if mask >> t & 1 == 1 {
                let b = r.take(2)?;
                dense[k * NUM_TAGS + t] = i16::from_le_bytes([b[0], b[1]]);
            }
        }
        buckets.push(bucket as u32);
    }
    let weights = Weights::from_rows(buckets.iter().copied().zip(dense.chunks_exact(NUM_TAGS)));
    let words = r.u32()? as usize;
    if words > bytes.len() / 16 {
        return Err(ModelError::Format("word table larger than the file"));
    }
    let mut clusters = ClusterTable::with_capacity(words);
    for _ in 0..words {
        let key = r.take(8)?;
        let key = u64::from_le_bytes(key.try_into().map_err(|_| ModelError::Format("short"))?);
        let v = r.take(8)?;
        let v = u64::from_le_bytes(v.try_into().map_err(|_| ModelError::Format("short"))?);
        clusters.insert(key, WordClass::unpack(v));
    }
    if r.pos != bytes.len() {
        return Err(ModelError::Format("trailing bytes"));
    }
    Ok(TaggerModel {
        id: ModelId::fresh(),
        bits,
        weights,
        transitions,
        clusters,
        provenance,
    })
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .pos
            .checked_add(n)
            .ok_or(ModelError::Format("truncated"))?;
        let s = self
            .bytes
            .get(self.pos..end)
            .ok_or(ModelError::Format("truncated"))?;
        self.pos = end;
        Ok(s)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(ModelError::Format("varint too long"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> TaggerModel {
        let bits = 8;
        let mut a = [0i16; NUM_TAGS];
        a[3] = -7;
        let mut b = [0i16; NUM_TAGS];
        b[16] = 1234;
        let weights = Weights::from_rows([(0u32, &a[..]), (200, &b[..])]);
        let mut clusters = ClusterTable::default();
        clusters.insert(
            42,
            WordClass {
                cluster: 9,
                cased_cluster: 11,
                logprob: 12,
                capitalised: 3,
                acronym: true,
                gazetteer: 0b101,
            },
        );
        let mut transitions = [[0; NUM_TAGS]; NUM_TAGS + 1];
        transitions[NUM_TAGS][1] = -99;
        TaggerModel {
            id: ModelId::fresh(),
            bits,
            weights,
            transitions,
            clusters,
            provenance: "{}".into(),
        }
    }

    #[test]
    fn round_trip() {
        let m = tiny();
        let bytes = write(&m);
        let back = read(&bytes).unwrap();
        assert_eq!(back.weights.sorted_rows(), m.weights.sorted_rows());
        assert_eq!(back.transitions, m.transitions);
        assert_eq!(back.clusters.get(42), m.clusters.get(42));
        assert_eq!(write(&back), bytes);
    }

    #[test]
    fn corrupt_files_are_errors_not_panics() {
        let bytes = write(&tiny());
        for cut in 0..bytes.len() {
            assert!(read(&bytes[..cut]).is_err());
        }
        let mut flipped = bytes.clone();
        for i in 0..flipped.len() {
            flipped[i] ^= 0xff;
            let _ = read(&flipped);
            flipped[i] ^= 0xff;
        }
    }
}
