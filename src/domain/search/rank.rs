//! Ranking: the outcomes that best match a query ([`SearchIndex::search`]), from how well
//! each query word matches words of the index (exactly, as a prefix, as a longer form or
//! with a typo), whole phrases, the error message and its codes, and Chinese pairs.

use super::index::{char_mask, Phrase, SearchIndex};
use super::table::Table;
use super::tokens::tokenize;
use super::typo::bounded_osa;

/// The most hits returned.
pub const MAX_HITS: usize = 5;
/// Characters of the query looked at; error messages and sentences around them fit easily.
pub const MAX_QUERY_CHARS: usize = 256;
/// Distinct words of the query looked at.
const MAX_QUERY_TOKENS: usize = 32;
/// Distinct Chinese character pairs of the query looked at.
const MAX_QUERY_GRAMS: usize = 128;
/// Letters a query word may run past a vocabulary word and still count as its longer
/// form (plural, -ing).
const PREFIX_EXTRA: usize = 3;
/// The most typos allowed in one word (for words of 8 characters or more).
const TYPO_EDITS: usize = 2;
/// Hits scoring below this are noise (a prefix of a word found only in body text).
const MIN_SCORE: f32 = 1.5;
/// The exact error message in the query; an error code; the start of an error message.
const EXACT_ERROR: f32 = 100.0;
const ERROR_CODE: f32 = 60.0;
const ERROR_PREFIX: f32 = 40.0;

/// One ranked result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The outcome id (its page is `#/<id>`).
    pub id: String,
    /// Relevance, higher is better; only meaningful relative to other hits of one query.
    pub score: u32,
}

impl SearchIndex {
    /// The best outcomes for `query`, best first, at most [`MAX_HITS`]. An empty or
    /// meaningless query gives no hits. Ties keep the tree's order, so results are stable.
    ///
    /// ```
    /// use recovery_assistant::domain::search::SearchIndex;
    /// let hits = SearchIndex::shipped().search("System error 209");
    /// assert_eq!(hits[0].id, "system-error-209");
    /// ```
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let cut: String = query.chars().take(MAX_QUERY_CHARS).collect();
        let q = tokenize(&cut);
        let mut words: Vec<&str> = Vec::new();
        for w in &q.words {
            if !words.contains(&w.as_str()) && words.len() < MAX_QUERY_TOKENS {
                words.push(w);
            }
        }
        let grams: Vec<String> = query_grams(&q.cjk_runs);
        if words.is_empty() && grams.is_empty() {
            return Vec::new();
        }

        // For each query word, the vocabulary words it matches and how well.
        let matches: Vec<Vec<(u32, f32)>> = words.iter().map(|w| self.matches(w)).collect();
        let mut best: Table<u32, f32> = Table::default();
        for &(v, quality) in matches.iter().flatten() {
            best.keep_max(v, quality);
        }
        let padded = format!(" {} ", q.all_words.join(" "));
        let numbers: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
            .collect();
        let cjk_len = q.cjk_runs.iter().map(Vec::len).sum::<usize>();

        let scored: Vec<(f32, usize)> = self
            .docs
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let mut s = 0.0;
                if let Some(err) = &d.error {
                    if padded.contains(err.as_str()) {
                        s += EXACT_ERROR;
                    } else if q.words.len() >= 2 && err.contains(padded.as_str()) {
                        s += ERROR_PREFIX;
                    }
                }
                if numbers.iter().any(|n| d.codes.iter().any(|c| c == n)) {
                    s += ERROR_CODE;
                }
                for m in &matches {
                    let term = m
                        .iter()
                        .filter_map(|&(v, quality)| {
                            d.terms
                                .get(&v)
                                .map(|w| quality * w * self.vocab[v as usize].idf)
                        })
                        .fold(0.0, f32::max);
                    s += term;
                }
                s += d
                    .phrases
                    .iter()
                    .map(|p| phrase_score(p, &best))
                    .fold(0.0, f32::max);
                for g in &grams {
                    if let (Some(w), Some(idf)) = (d.grams.get(g), self.gram_idf.get(g)) {
                        s += w * idf;
                    }
                }
                s += d
                    .cjk_phrases
                    .iter()
                    .map(|(p, w)| {
                        if q.compact.contains(p.as_str()) {
                            w * p.chars().count() as f32
                        } else if cjk_len >= 1 && p.contains(q.compact.as_str()) {
                            // The user is still typing an alias (one character already
                            // deserves suggestions: a Chinese word may be a single one).
                            w * 0.5 * q.compact.chars().count() as f32
                        } else {
                            0.0
                        }
                    })
                    .fold(0.0, f32::max);
                (s, i)
            })
            .filter(|&(s, _)| s >= MIN_SCORE)
            .collect();
        // Ties are broken by position, so the order is total and an unstable sort is exact.
        let order = crate::domain::order::sorted_positions(scored.len(), &|a, b| {
            let (a, b) = (scored[a], scored[b]);
            b.0.total_cmp(&a.0).then(a.1.cmp(&b.1))
        });
        order
            .into_iter()
            .take(MAX_HITS)
            .map(|k| scored[k])
            .map(|(s, i)| Hit {
                id: self.docs[i].id.clone(),
                score: (s * 10.0).round() as u32,
            })
            .collect()
    }

    /// Vocabulary words matching query word `w`: exactly, as a prefix (still typing), as a
    /// longer form (plural, -ing) or within a small edit distance (a typo). Numbers match
    /// only exactly: "208" is not "209".
    ///
    /// This runs for every query word on every keystroke, so it skips words too short to
    /// match, and rules out most of the rest by their character sets before comparing
    /// characters or running the edit distance.
    fn matches(&self, w: &str) -> Vec<(u32, f32)> {
        let q: Vec<char> = w.chars().collect();
        let numeric = w.bytes().all(|b| b.is_ascii_digit());
        let mask = char_mask(w);
        let mut out = Vec::new();
        // Shorter words than this can be neither the word, nor begun by it, nor a typo of it.
        let shortest = q.len().saturating_sub(PREFIX_EXTRA);
        for (len, ids) in self.by_len.iter().enumerate().skip(shortest) {
            // Only words of nearly the same length can be a longer form or a typo.
            let near = len <= q.len() + TYPO_EDITS;
            if !near && (numeric || q.len() < 3) {
                break;
            }
            for &i in ids {
                let t = &self.vocab[i as usize];
                // Characters the word has that the query word lacks, and the other way
                // round: cheap, and they rule out most words before any comparison.
                let extra = (t.mask & !mask).count_ones() as usize;
                let lacking = (mask & !t.mask).count_ones() as usize;
                let quality = if lacking == 0 && len >= q.len() && t.chars.starts_with(&q) {
                    if len == q.len() {
                        1.0
                    } else if q.len() >= 3 && !numeric && !t.numeric {
                        0.8
                    } else {
                        continue;
                    }
                } else if !near || numeric || t.numeric {
                    continue;
                } else if extra == 0 && len >= 4 && len < q.len() && q.starts_with(&t.chars) {
                    0.85
                } else {
                    let allowed = match q.len().min(len) {
                        0..=3 => 0,
                        4..=7 => 1,
                        _ => TYPO_EDITS,
                    };
                    // Each character one word has and the other lacks costs an edit.
                    if allowed == 0 || extra.max(lacking) > allowed {
                        continue;
                    }
                    match bounded_osa(&q, &t.chars, allowed) {
                        Some(1) => 0.75,
                        Some(2) => 0.6,
                        _ => continue,
                    }
                };
                out.push((i, quality));
            }
        }
        out
    }
}

/// All words of the phrase found: the full weight per word. At least half of a longer
/// phrase: a quarter of it, so a near-miss still beats a stray word.
fn phrase_score(p: &Phrase, best: &Table<u32, f32>) -> f32 {
    let found: Vec<f32> = p
        .words
        .iter()
        .filter_map(|v| best.get(v).copied())
        .collect();
    let sum: f32 = found.iter().sum();
    if found.len() == p.words.len() {
        p.weight * sum
    } else if p.words.len() >= 2 && found.len() * 2 >= p.words.len() {
        p.weight * 0.25 * sum
    } else {
        0.0
    }
}

/// The distinct grams of a query: pairs of neighbouring characters, or the character
/// itself for a run of one.
fn query_grams(runs: &[Vec<char>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for run in runs {
        let grams: Vec<String> = if run.len() == 1 {
            vec![run[0].to_string()]
        } else {
            run.windows(2).map(|p| p.iter().collect()).collect()
        };
        for g in grams {
            // A query has at most MAX_QUERY_GRAMS of them: a list is enough.
            if out.len() < MAX_QUERY_GRAMS && !out.contains(&g) {
                out.push(g);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::typo::full_osa;

    #[test]
    fn single_chinese_characters_are_searched_as_unigrams() {
        assert_eq!(query_grams(&[vec!['锁']]), ["锁"]);
        assert_eq!(
            query_grams(&[vec!['扫', '码', '扫', '码']]),
            ["扫码", "码扫"]
        );
    }

    #[test]
    fn empty_and_punctuation_only_queries_find_nothing() {
        let index = SearchIndex::shipped();
        for q in ["", "   ", "\n\t", "?!.,", "the a to", "{}"] {
            assert!(index.search(q).is_empty(), "{q:?}");
        }
    }

    #[test]
    fn a_megabyte_query_is_cut_and_answered() {
        let mut q = "Too many password errors, please try again in 1 hour ".to_string();
        q.push_str(&"x".repeat(1 << 20));
        let hits = SearchIndex::shipped().search(&q);
        assert_eq!(hits[0].id, "account-locked");
        assert!(SearchIndex::shipped().search(&"密码".repeat(1 << 19)).len() <= MAX_HITS);
    }

    // Stays: the table's cap test checks no order or repeat results, nor the query "password".
    #[test]
    fn results_are_capped_sorted_and_stable() {
        let index = SearchIndex::shipped();
        let hits = index.search("password");
        assert!(!hits.is_empty() && hits.len() <= MAX_HITS);
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert_eq!(hits, index.search("password"));
    }

    /// The word matching rules applied to every vocabulary word, the way they read in the
    /// doc comment of `matches`, to check its shortcuts change no result.
    fn matches_plainly(index: &SearchIndex, w: &str) -> Vec<(u32, f32)> {
        let q: Vec<char> = w.chars().collect();
        let numeric = w.bytes().all(|b| b.is_ascii_digit());
        let mut out = Vec::new();
        for (i, t) in index.vocab.iter().enumerate() {
            let quality = if t.chars == q {
                1.0
            } else if numeric || t.numeric {
                0.0
            } else if q.len() >= 3 && t.chars.starts_with(&q) {
                0.8
            } else if t.chars.len() >= 4 && q.starts_with(&t.chars) && q.len() - t.chars.len() <= 3
            {
                0.85
            } else {
                let allowed = match q.len().min(t.chars.len()) {
                    0..=3 => 0,
                    4..=7 => 1,
                    _ => 2,
                };
                match full_osa(&q, &t.chars) {
                    1 if allowed >= 1 => 0.75,
                    2 if allowed >= 2 => 0.6,
                    _ => 0.0,
                }
            };
            if quality > 0.0 {
                out.push((i as u32, quality));
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn word_matching_shortcuts_change_no_result(
            pick in 0usize..10_000, edit in 0usize..64, c in "[a-z0-9]", tail in "[a-z]{0,4}",
            free in "[a-z0-9]{1,12}"
        ) {
            let index = SearchIndex::shipped();
            // A vocabulary word with a typo and a few more letters, and a free word.
            let mut word = index.vocab[pick % index.vocab.len()].chars.clone();
            let at = edit % (word.len() + 1);
            if edit % 2 == 0 && at < word.len() { word.remove(at); } else { word.insert(at, c.chars().next().unwrap()); }
            let typed: String = word.into_iter().chain(tail.chars()).collect();
            for w in [typed.as_str(), free.as_str()] {
                let mut fast = index.matches(w);
                fast.sort_by_key(|&(id, _)| id);
                proptest::prop_assert_eq!(fast, matches_plainly(index, w), "word {:?}", w);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn search_never_panics_on_any_string(q in "\\PC{0,300}") {
            let hits = SearchIndex::shipped().search(&q);
            proptest::prop_assert!(hits.len() <= MAX_HITS);
        }
    }
}
