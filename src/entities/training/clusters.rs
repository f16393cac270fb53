//! Learning word classes from raw news text, without labels. Each frequent lowercase word gets
//! a vector of its neighbours (PPMI-weighted counts of the words one and two to the left and
//! right), randomly projected to a few dense dimensions; spherical k-means then splits the
//! words three times (32, then 16, then 8 ways) into a hierarchical cluster path, the cheap
//! cousin of Brown clusters. The same pass counts how often each word is capitalised away from
//! sentence starts. Deterministic for a given seed and corpus.

use std::collections::HashMap;

use crate::entities::tagger::clusters::{ClusterTable, WordClass, COARSE_SHIFT, MIDDLE_SHIFT};
use crate::entities::tagger::hash::{lower_hash, mix};

use super::perceptron::SplitMix;

#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub min_count: u32,
    pub max_words: usize,
    pub context_words: usize,
    pub dims: usize,
    pub seed: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            min_count: 3,
            max_words: 60_000,
            context_words: 2_000,
            dims: 96,
            seed: 1,
        }
    }
}

const SPLITS: [usize; 3] = [32, 16, 8];

/// Per-word casing counts away from sentence starts.
#[derive(Debug, Default, Clone, Copy)]
struct Casing {
    seen: u32,
    capitalised: u32,
    all_caps: u32,
}

/// Learns the table from token streams (one `Vec` per story, tokens in order).
pub fn learn(streams: &[Vec<&str>], settings: &Settings) -> ClusterTable {
    // Vocabulary, by descending frequency then spelling, for a stable order.
    let mut freq: HashMap<String, u32> = HashMap::new();
    let mut casing: HashMap<String, Casing> = HashMap::new();
    for stream in streams {
        for (i, tok) in stream.iter().enumerate() {
            let lower = tok.to_lowercase();
            let starts_sentence = i == 0
                || matches!(
                    stream[i - 1],
                    "." | "!" | "?" | "\"" | ":" | "'" | "(" | "--"
                );
            if !starts_sentence && tok.chars().any(char::is_alphabetic) {
                let c = casing.entry(lower.clone()).or_default();
                c.seen += 1;
                if tok.chars().next().is_some_and(char::is_uppercase) {
                    c.capitalised += 1;
                }
                if tok.chars().filter(|c| c.is_alphabetic()).count() > 1
                    && !tok.chars().any(char::is_lowercase)
                {
                    c.all_caps += 1;
                }
            }
            *freq.entry(lower).or_default() += 1;
        }
    }
    let mut vocab: Vec<(&String, u32)> = freq
        .iter()
        .filter(|(_, &n)| n >= settings.min_count)
        .map(|(w, &n)| (w, n))
        .collect();
    vocab.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    vocab.truncate(settings.max_words);
    let index: HashMap<&str, usize> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (w.as_str(), i))
        .collect();
    let n_ctx = settings.context_words.min(vocab.len());

    // Neighbour counts: context id = position slot * (n_ctx + 1) + neighbour id (n_ctx = other).
    let slots = [-2isize, -1, 1, 2];
    let mut counts: Vec<HashMap<u32, u32>> = vec![HashMap::new(); vocab.len()];
    for stream in streams {
        let ids: Vec<Option<usize>> = stream
            .iter()
            .map(|t| index.get(t.to_lowercase().as_str()).copied())
            .collect();
        for (i, id) in ids.iter().enumerate() {
            let Some(w) = *id else { continue };
            for (k, d) in slots.iter().enumerate() {
                let j = i as isize + d;
                let nb = if j < 0 || j as usize >= ids.len() {
                    n_ctx
                } else {
                    ids[j as usize].filter(|&x| x < n_ctx).unwrap_or(n_ctx)
                };
                *counts[w].entry((k * (n_ctx + 1) + nb) as u32).or_default() += 1;
            }
        }
    }

    // PPMI weighting, then a random +-1 projection of each context dimension.
    let mut ctx_total: HashMap<u32, f64> = HashMap::new();
    let mut grand = 0f64;
    for row in &counts {
        for (&c, &n) in row {
            *ctx_total.entry(c).or_default() += n as f64;
            grand += n as f64;
        }
    }
    let dims = settings.dims;
    let mut vectors = vec![0f32; vocab.len() * dims];
    for (w, row) in counts.iter().enumerate() {
        let row_total: f64 = row.values().map(|&n| n as f64).sum();
        let v = &mut vectors[w * dims..(w + 1) * dims];
        let mut entries: Vec<(&u32, &u32)> = row.iter().collect();
        entries.sort_unstable();
        for (&c, &n) in entries {
            let pmi = ((n as f64 * grand) / (row_total * ctx_total[&c])).ln();
            if pmi <= 0.0 {
                continue;
            }
            let mut h = mix(settings.seed, c as u64);
            for (d, x) in v.iter_mut().enumerate() {
                if d % 64 == 0 {
                    h = mix(h, d as u64 + 1);
                }
                let sign = if (h >> (d % 64)) & 1 == 1 { 1.0 } else { -1.0 };
                *x += sign * pmi as f32;
            }
        }
        normalize(v);
    }

    // Three levels of spherical k-means.
    let mut rng = SplitMix(settings.seed);
    let mut leaf = vec![0u16; vocab.len()];
    let mut groups: Vec<Vec<usize>> = vec![(0..vocab.len()).collect()];
    let shifts = [COARSE_SHIFT, MIDDLE_SHIFT, 0];
    for (level, &k) in SPLITS.iter().enumerate() {
        let mut next = Vec::new();
        for members in &groups {
            let assign = kmeans(&vectors, dims, members, k, &mut rng);
            let mut parts: Vec<Vec<usize>> = vec![Vec::new(); k];
            for (&m, &a) in members.iter().zip(&assign) {
                leaf[m] |= (a as u16) << shifts[level];
                parts[a].push(m);
            }
            next.extend(parts);
        }
        groups = next;
    }

    let mut table = ClusterTable::with_capacity(vocab.len());
    for (i, (w, _)) in vocab.iter().enumerate() {
        let c = casing.get(w.as_str()).copied().unwrap_or_default();
        let share = if c.seen == 0 {
            0.0
        } else {
            c.capitalised as f64 / c.seen as f64
        };
        let capitalised = match share {
            s if s < 0.05 => 0,
            s if s < 0.3 => 1,
            s if s < 0.7 => 2,
            s if s < 0.95 => 3,
            _ => 4,
        };
        let acronym = c.seen > 0 && c.all_caps * 2 > c.seen;
        table.insert(
            lower_hash(w),
            WordClass {
                leaf: leaf[i],
                capitalised,
                acronym,
            },
        );
    }
    table
}

fn normalize(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

/// Spherical k-means over the given members; returns a cluster in `0..k` per member.
fn kmeans(
    vectors: &[f32],
    dims: usize,
    members: &[usize],
    k: usize,
    rng: &mut SplitMix,
) -> Vec<usize> {
    let n = members.len();
    if n <= k {
        return (0..n).collect();
    }
    let vec_of = |m: usize| &vectors[m * dims..(m + 1) * dims];
    // Seeds: the most frequent member plus random others (members are in frequency order).
    let mut centroids: Vec<f32> = Vec::with_capacity(k * dims);
    let mut picked = vec![members[0]];
    while picked.len() < k {
        let m = members[(rng.next_u64() % n as u64) as usize];
        if !picked.contains(&m) {
            picked.push(m);
        }
    }
    for &m in &picked {
        centroids.extend_from_slice(vec_of(m));
    }
    let mut assign = vec![0usize; n];
    for _ in 0..12 {
        let mut changed = 0;
        for (a, &m) in assign.iter_mut().zip(members) {
            let v = vec_of(m);
            let mut best = (f32::MIN, 0);
            for c in 0..k {
                let dot: f32 = centroids[c * dims..(c + 1) * dims]
                    .iter()
                    .zip(v)
                    .map(|(x, y)| x * y)
                    .sum();
                if dot > best.0 {
                    best = (dot, c);
                }
            }
            if *a != best.1 {
                changed += 1;
                *a = best.1;
            }
        }
        centroids.iter_mut().for_each(|x| *x = 0.0);
        for (&a, &m) in assign.iter().zip(members) {
            for (x, y) in centroids[a * dims..(a + 1) * dims]
                .iter_mut()
                .zip(vec_of(m))
            {
                *x += y;
            }
        }
        for c in 0..k {
            normalize(&mut centroids[c * dims..(c + 1) * dims]);
        }
        if changed == 0 {
            break;
        }
    }
    assign
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casing_is_counted_and_learning_is_deterministic() {
        let mut streams = Vec::new();
        for i in 0..60 {
            let day = ["monday", "tuesday", "friday"][i % 3];
            let town = ["Paris", "Tokyo", "Lima"][i % 3];
            streams.push(vec![
                "he", "said", "on", day, "in", town, "that", "NATO", "rose", ".",
            ]);
        }
        let settings = Settings {
            min_count: 1,
            dims: 32,
            ..Settings::default()
        };
        let table = learn(&streams, &settings);
        let class = |w: &str| table.get(lower_hash(w)).unwrap();
        assert_eq!(class("paris").capitalised, 4);
        assert_eq!(class("said").capitalised, 0);
        assert!(class("nato").acronym);
        assert_eq!(learn(&streams, &settings).entries(), table.entries());
    }
}
