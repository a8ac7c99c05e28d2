//! Search over the tree's outcomes: free text or a pasted error message in, ranked outcome
//! ids out.
//!
//! Ranking, strongest evidence first:
//! 1. the exact error message inside the query (case and punctuation ignored), or an error
//!    code such as `209`;
//! 2. a whole alias phrase ("locked out", "QR code expired"), tolerating a typo per word;
//! 3. single words weighted by field (keywords and aliases over titles over body text) and by
//!    rarity across outcomes, so "password", which is everywhere, counts for little;
//! 4. for Chinese, which has no spaces, character pairs (bigrams) and whole-alias substrings.
//!
//! Both languages are indexed together: their scripts never collide, so a Chinese query finds
//! Chinese aliases whatever the interface language is, and an English error message pasted
//! into the Chinese interface still matches.
//!
//! Everything that depends only on the tree is precomputed in [`SearchIndex::new`], and the
//! query is cut to [`MAX_QUERY_CHARS`] characters first, so a keystroke costs well under a
//! millisecond and a pasted megabyte cannot hang the page.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::nfkc::nfkc;

use super::tree::{FieldName, Outcome, Tree};

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

/// Field weights: how much a match in each kind of field says about the outcome.
const W_STRONG: f32 = 3.0;
const W_TITLE: f32 = 2.0;
const W_BODY: f32 = 0.5;
/// A single Chinese character says less than a pair.
const UNIGRAM_FACTOR: f32 = 0.3;
/// Whole-phrase weights, per matched word (or per Chinese character).
const PHRASE_ALIAS: f32 = 4.0;
const PHRASE_ERROR: f32 = 5.0;
/// The exact error message in the query; an error code; the start of an error message.
const EXACT_ERROR: f32 = 100.0;
const ERROR_CODE: f32 = 60.0;
const ERROR_PREFIX: f32 = 40.0;

/// Words too common to tell outcomes apart.
const STOPWORDS: [&str; 31] = [
    "a", "am", "an", "and", "are", "at", "be", "by", "can", "do", "for", "get", "got", "i", "im",
    "in", "is", "it", "its", "me", "my", "of", "on", "or", "please", "that", "the", "this", "to",
    "was", "with",
];

/// One ranked result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The outcome id (its page is `#/<id>`).
    pub id: String,
    /// Relevance, higher is better; only meaningful relative to other hits of one query.
    pub score: u32,
}

/// A word of the index vocabulary.
#[derive(Debug)]
struct Term {
    chars: Vec<char>,
    /// [`char_mask`] of `chars`, to rule out most typo comparisons without running one.
    mask: u64,
    numeric: bool,
    idf: f32,
}

/// A phrase as vocabulary ids, with its weight per word.
#[derive(Debug)]
struct Phrase {
    words: Vec<u32>,
    weight: f32,
}

/// What the index knows about one outcome.
#[derive(Debug, Default)]
struct Doc {
    id: String,
    /// The error message's words, space-padded, for substring checks on word boundaries.
    error: Option<String>,
    /// Numbers in the error message (`209`).
    codes: Vec<String>,
    /// Vocabulary id → best field weight.
    terms: HashMap<u32, f32>,
    phrases: Vec<Phrase>,
    /// Chinese character pairs and single characters → best field weight.
    grams: HashMap<String, f32>,
    /// Chinese aliases, keywords and title without spaces or punctuation, with their weight.
    cjk_phrases: Vec<(String, f32)>,
}

/// The precomputed search index over a tree's outcomes.
#[derive(Debug)]
pub struct SearchIndex {
    vocab: Vec<Term>,
    /// Vocabulary ids by word length in characters: a query word is compared only with
    /// words at least about as long as itself.
    by_len: Vec<Vec<u32>>,
    docs: Vec<Doc>,
    gram_idf: HashMap<String, f32>,
}

/// A query or a text, split for matching.
#[derive(Default)]
struct Tokens {
    /// Every Latin/number word, in order, stopwords and single letters included.
    all_words: Vec<String>,
    /// The words that carry meaning.
    words: Vec<String>,
    /// Runs of Chinese characters.
    cjk_runs: Vec<Vec<char>>,
    /// The text without spaces or punctuation.
    compact: String,
}

impl SearchIndex {
    /// The index of the shipped tree, built once.
    pub fn shipped() -> &'static SearchIndex {
        static INDEX: OnceLock<SearchIndex> = OnceLock::new();
        INDEX.get_or_init(|| SearchIndex::new(Tree::shipped()))
    }

    /// Builds the index for `tree`.
    pub fn new(tree: &Tree) -> SearchIndex {
        let mut builder = Builder::default();
        let docs: Vec<Doc> = tree.outcomes().map(|o| builder.doc(o)).collect();
        let n = docs.len().max(1) as f32;
        let idf = |df: usize| (1.0 + n / df.max(1) as f32).ln();

        let mut df = vec![0usize; builder.words.len()];
        let mut gram_df: HashMap<&str, usize> = HashMap::new();
        for d in &docs {
            for &v in d.terms.keys() {
                df[v as usize] += 1;
            }
            for g in d.grams.keys() {
                *gram_df.entry(g.as_str()).or_default() += 1;
            }
        }
        let vocab: Vec<Term> = builder
            .words
            .into_iter()
            .zip(df)
            .map(|(w, df)| Term {
                numeric: w.bytes().all(|b| b.is_ascii_digit()),
                mask: char_mask(&w),
                chars: w.chars().collect(),
                idf: idf(df),
            })
            .collect();
        let longest = vocab.iter().map(|t| t.chars.len()).max().unwrap_or(0);
        let mut by_len = vec![Vec::new(); longest + 1];
        for (i, t) in vocab.iter().enumerate() {
            by_len[t.chars.len()].push(i as u32);
        }
        let gram_idf = gram_df
            .into_iter()
            .map(|(g, df)| (g.to_string(), idf(df)))
            .collect();
        SearchIndex {
            vocab,
            by_len,
            docs,
            gram_idf,
        }
    }

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
        let mut best: HashMap<u32, f32> = HashMap::new();
        for &(v, quality) in matches.iter().flatten() {
            let e = best.entry(v).or_insert(0.0);
            *e = e.max(quality);
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
        let order = super::order::sorted_positions(scored.len(), &|a, b| {
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
fn phrase_score(p: &Phrase, best: &HashMap<u32, f32>) -> f32 {
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

#[derive(Default)]
struct Builder {
    words: Vec<String>,
    ids: HashMap<String, u32>,
}

impl Builder {
    fn word_id(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(w.to_string());
        self.ids.insert(w.to_string(), id);
        id
    }

    fn doc(&mut self, o: &Outcome) -> Doc {
        let mut d = Doc {
            id: o.id.clone(),
            ..Doc::default()
        };
        if let Some(e) = &o.error_message {
            let t = tokenize(e);
            d.error = Some(format!(" {} ", t.all_words.join(" ")));
            d.codes = t
                .words
                .iter()
                .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
                .cloned()
                .collect();
            self.add(&mut d, e, W_STRONG);
            self.phrase(&mut d, e, PHRASE_ERROR);
        }
        for list in [&o.aliases, &o.keywords] {
            for s in list.en.iter().chain(&list.zh) {
                self.add(&mut d, s, W_STRONG);
                self.phrase(&mut d, s, PHRASE_ALIAS);
                cjk_phrase(&mut d, s, W_STRONG);
            }
        }
        for s in [&o.title.en, &o.title.zh] {
            self.add(&mut d, s, W_TITLE);
            self.phrase(&mut d, s, PHRASE_ALIAS);
            cjk_phrase(&mut d, s, W_TITLE);
        }
        // Every other text is body; the title was added above at its own weight.
        let body = o
            .localized_fields()
            .filter(|(field, _)| *field != FieldName::Title);
        for (_, t) in body {
            self.add(&mut d, &t.en, W_BODY);
            self.add(&mut d, &t.zh, W_BODY);
        }
        d
    }

    /// Adds a text's words and Chinese grams to the document at `weight`.
    fn add(&mut self, d: &mut Doc, text: &str, weight: f32) {
        let t = tokenize(&strip_placeholders(text));
        for w in &t.words {
            let id = self.word_id(w);
            let e = d.terms.entry(id).or_insert(0.0);
            *e = e.max(weight);
        }
        for run in &t.cjk_runs {
            for c in run {
                let e = d.grams.entry(c.to_string()).or_insert(0.0);
                *e = e.max(weight * UNIGRAM_FACTOR);
            }
            for pair in run.windows(2) {
                let e = d.grams.entry(pair.iter().collect()).or_insert(0.0);
                *e = e.max(weight);
            }
        }
    }

    fn phrase(&mut self, d: &mut Doc, text: &str, weight: f32) {
        let words: Vec<u32> = tokenize(text)
            .words
            .iter()
            .map(|w| self.word_id(w))
            .collect();
        if !words.is_empty() {
            d.phrases.push(Phrase { words, weight });
        }
    }
}

fn cjk_phrase(d: &mut Doc, text: &str, weight: f32) {
    let t = tokenize(text);
    if !t.cjk_runs.is_empty() {
        d.cjk_phrases.push((t.compact, weight));
    }
}

/// Removes `{placeholder}` names so they are not indexed as words.
fn strip_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        match rest[open..].find('}') {
            Some(close) => {
                out.push(' ');
                rest = &rest[open + close + 1..];
            }
            None => {
                rest = &rest[open..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Chinese, Japanese kana and compatibility ideographs: scripts written without spaces.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// NFKC (full-width letters become ASCII), lower case, then words, Chinese runs and the
/// compact form. Anything that is not a letter or digit separates words.
fn tokenize(text: &str) -> Tokens {
    let mut t = Tokens::default();
    let mut word = String::new();
    let mut run: Vec<char> = Vec::new();
    let flush_word = |word: &mut String, t: &mut Tokens| {
        if !word.is_empty() {
            if word.chars().count() >= 2 && !STOPWORDS.contains(&word.as_str()) {
                t.words.push(word.clone());
            }
            t.all_words.push(std::mem::take(word));
        }
    };
    for c in nfkc(text).chars().flat_map(char::to_lowercase) {
        if is_cjk(c) {
            flush_word(&mut word, &mut t);
            run.push(c);
            t.compact.push(c);
        } else {
            if !run.is_empty() {
                t.cjk_runs.push(std::mem::take(&mut run));
            }
            if c.is_alphanumeric() {
                word.push(c);
                t.compact.push(c);
            } else {
                flush_word(&mut word, &mut t);
            }
        }
    }
    flush_word(&mut word, &mut t);
    if !run.is_empty() {
        t.cjk_runs.push(run);
    }
    t
}

/// The distinct grams of a query: pairs of neighbouring characters, or the character
/// itself for a run of one.
fn query_grams(runs: &[Vec<char>]) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for run in runs {
        let grams: Vec<String> = if run.len() == 1 {
            vec![run[0].to_string()]
        } else {
            run.windows(2).map(|p| p.iter().collect()).collect()
        };
        for g in grams {
            if out.len() < MAX_QUERY_GRAMS && seen.insert(g.clone()) {
                out.push(g);
            }
        }
    }
    out
}

/// The set of characters in `w`, each hashed to one of 64 bits. Two characters may share a
/// bit, which only makes [`SearchIndex::matches`]'s filter let more through, never fewer.
fn char_mask(w: &str) -> u64 {
    w.chars().fold(0, |m, c| m | 1 << (u32::from(c) % 64))
}

/// Longest word compared by edit distance; longer ones match only exactly or by prefix.
/// No word of the tree comes close, and it lets [`bounded_osa`] work on the stack.
const OSA_MAX_CHARS: usize = 48;

/// Optimal string alignment distance (edits plus swaps of neighbours, which is how typos
/// happen), or `None` when it exceeds `max`.
///
/// It runs once per vocabulary word per query word on every keystroke, so it fills only
/// the diagonal band `|i - j| <= max` (cells outside cannot be within `max`), keeps its
/// three rows on the stack and stops once every cell of a row is over `max`.
fn bounded_osa(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    if a.len() > OSA_MAX_CHARS || b.len() > OSA_MAX_CHARS {
        return (a == b).then_some(0);
    }
    // Far above any distance, and small enough that adding 1 cannot overflow.
    const FAR: usize = usize::MAX / 2;
    let mut rows = [[FAR; OSA_MAX_CHARS + 2]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate().take(b.len().min(max) + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        let lo = i.saturating_sub(max).max(1);
        let hi = (i + max).min(b.len());
        rows[cur][0] = if i <= max { i } else { FAR };
        // The cells bordering the band are read by this row and the next; clear what an
        // earlier use of this row left there.
        rows[cur][lo - 1] = if lo == 1 { rows[cur][0] } else { FAR };
        rows[cur][hi + 1] = FAR;
        let mut row_min = FAR;
        for j in lo..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[prev][j] + 1)
                .min(rows[cur][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[prev2][j - 2] + 1);
            }
            rows[cur][j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max && rows[cur][0] > max {
            return None;
        }
    }
    let d = rows[a.len() % 3][b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizing_folds_case_width_and_punctuation_and_splits_chinese_runs() {
        let t = tokenize("ＳＹＳＴＥＭ error-209！系统错误，请重试 a");
        assert_eq!(t.all_words, ["system", "error", "209", "a"]);
        assert_eq!(t.words, ["system", "error", "209"]);
        assert_eq!(
            t.cjk_runs,
            [vec!['系', '统', '错', '误'], vec!['请', '重', '试']]
        );
        assert_eq!(t.compact, "systemerror209系统错误请重试a");
    }

    #[test]
    fn edit_distance_counts_swaps_as_one_and_gives_up_past_the_bound() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(bounded_osa(&c("pasword"), &c("password"), 2), Some(1));
        assert_eq!(bounded_osa(&c("dose"), &c("does"), 1), Some(1));
        assert_eq!(
            bounded_osa(&c("verificaton"), &c("verification"), 2),
            Some(1)
        );
        assert_eq!(bounded_osa(&c("lock"), &c("unlocked"), 2), None);
        assert_eq!(bounded_osa(&c(""), &c("ab"), 2), Some(2));
    }

    #[test]
    fn placeholders_are_not_indexed_as_words() {
        assert_eq!(
            strip_placeholders("Ask {admin_contact} now {x"),
            "Ask   now {x"
        );
    }

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

    #[test]
    fn results_are_capped_sorted_and_stable() {
        let index = SearchIndex::shipped();
        let hits = index.search("password");
        assert!(!hits.is_empty() && hits.len() <= MAX_HITS);
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert_eq!(hits, index.search("password"));
    }

    /// The textbook full-matrix OSA distance, to check the banded one against.
    fn full_osa(a: &[char], b: &[char]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
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

        #[test]
        fn banded_edit_distance_agrees_with_the_full_matrix(
            a in "[abc]{0,12}", b in "[abc]{0,12}", max in 0usize..4
        ) {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let full = full_osa(&a, &b);
            proptest::prop_assert_eq!(bounded_osa(&a, &b, max), (full <= max).then_some(full));
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
