//! The search index: everything about the tree's outcomes that does not depend on the
//! query, computed once ([`SearchIndex::new`]): the vocabulary with each word's rarity,
//! and for each outcome its words and phrases by field, its error message and codes, and
//! its Chinese character pairs.

use std::sync::OnceLock;

use super::table::Table;
use super::tokens::{strip_placeholders, tokenize};
use crate::domain::tree::{FieldName, Outcome, Tree};

/// Field weights: how much a match in each kind of field says about the outcome.
const W_STRONG: f32 = 3.0;
const W_TITLE: f32 = 2.0;
const W_BODY: f32 = 0.5;
/// A single Chinese character says less than a pair.
const UNIGRAM_FACTOR: f32 = 0.3;
/// Whole-phrase weights, per matched word (or per Chinese character).
const PHRASE_ALIAS: f32 = 4.0;
const PHRASE_ERROR: f32 = 5.0;

/// A word of the index vocabulary.
#[derive(Debug)]
pub(super) struct Term {
    pub(super) chars: Vec<char>,
    /// [`char_mask`] of `chars`, to rule out most typo comparisons without running one.
    pub(super) mask: u64,
    pub(super) numeric: bool,
    pub(super) idf: f32,
}

/// A phrase as vocabulary ids, with its weight per word.
#[derive(Debug)]
pub(super) struct Phrase {
    pub(super) words: Vec<u32>,
    pub(super) weight: f32,
}

/// What the index knows about one outcome.
#[derive(Debug, Default)]
pub(super) struct Doc {
    pub(super) id: String,
    /// The error message's words, space-padded, for substring checks on word boundaries.
    pub(super) error: Option<String>,
    /// Numbers in the error message (`209`).
    pub(super) codes: Vec<String>,
    /// Vocabulary id → best field weight.
    pub(super) terms: Table<u32, f32>,
    pub(super) phrases: Vec<Phrase>,
    /// Chinese character pairs and single characters → best field weight.
    pub(super) grams: Table<String, f32>,
    /// Chinese aliases, keywords and title without spaces or punctuation, with their weight.
    pub(super) cjk_phrases: Vec<(String, f32)>,
}

/// The precomputed search index over a tree's outcomes.
#[derive(Debug)]
pub struct SearchIndex {
    pub(super) vocab: Vec<Term>,
    /// Vocabulary ids by word length in characters: a query word is compared only with
    /// words at least about as long as itself.
    pub(super) by_len: Vec<Vec<u32>>,
    pub(super) docs: Vec<Doc>,
    pub(super) gram_idf: Table<String, f32>,
}

impl SearchIndex {
    /// The index of the shipped tree, built once; in the browser built again once the
    /// tree has its Chinese texts ([`Tree::add_chinese`]), so a Chinese visitor's search
    /// reads them too. (Before that, Chinese queries find pages by their Chinese keywords
    /// and aliases, which the wasm carries.)
    pub fn shipped() -> &'static SearchIndex {
        static ENGLISH: OnceLock<SearchIndex> = OnceLock::new();
        static BOTH: OnceLock<SearchIndex> = OnceLock::new();
        let index = if Tree::has_chinese() { &BOTH } else { &ENGLISH };
        index.get_or_init(|| SearchIndex::new(Tree::shipped()))
    }

    /// Builds the index for `tree`.
    pub fn new(tree: &Tree) -> SearchIndex {
        let mut builder = Builder::default();
        let docs: Vec<Doc> = tree.outcomes().map(|o| builder.doc(o)).collect();
        let n = docs.len().max(1) as f32;
        let idf = |df: usize| (1.0 + n / df.max(1) as f32).ln();

        let mut df = vec![0usize; builder.words.len()];
        let mut gram_df: Table<&str, usize> = Table::default();
        for d in &docs {
            for &v in d.terms.keys() {
                df[v as usize] += 1;
            }
            for g in d.grams.keys() {
                *gram_df.entry(g.as_str(), || 0) += 1;
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
        let mut gram_idf = Table::default();
        for (g, df) in gram_df.into_entries() {
            *gram_idf.entry(g.to_string(), || 0.0) = idf(df);
        }
        SearchIndex {
            vocab,
            by_len,
            docs,
            gram_idf,
        }
    }
}

#[derive(Default)]
struct Builder {
    pub(super) words: Vec<String>,
    pub(super) ids: Table<String, u32>,
}

impl Builder {
    fn word_id(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(w.to_string());
        *self.ids.entry(w.to_string(), || id) = id;
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
        // The Chinese login page's wording counts as an alias (the aliases carry it too,
        // so English visitors, whose wasm has no Chinese texts, find it as well).
        if let Some(e) = &o.error_message_zh {
            self.add(&mut d, &e.zh, W_STRONG);
            cjk_phrase(&mut d, &e.zh, W_STRONG);
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
            d.terms.keep_max(id, weight);
        }
        for run in &t.cjk_runs {
            for c in run {
                d.grams.keep_max(c.to_string(), weight * UNIGRAM_FACTOR);
            }
            for pair in run.windows(2) {
                d.grams.keep_max(pair.iter().collect(), weight);
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

/// The set of characters in `w`, each hashed to one of 64 bits. Two characters may share a
/// bit, which only makes [`SearchIndex::matches`]'s filter let more through, never fewer.
pub(super) fn char_mask(w: &str) -> u64 {
    w.chars().fold(0, |m, c| m | 1 << (u32::from(c) % 64))
}
