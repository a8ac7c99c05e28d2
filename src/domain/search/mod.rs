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
//!
//! # Files
//!
//! | File | Owns |
//! |---|---|
//! | `tokens.rs` | cutting a text or a query into words, Chinese runs and its compact form (NFKC, case, stopwords; `{placeholder}` names left out) |
//! | `index.rs` | [`SearchIndex`]: what is precomputed from the tree's outcomes, and the weight of each field |
//! | `rank.rs` | [`SearchIndex::search`] and [`Hit`]: matching query words to the vocabulary, scoring and ordering the outcomes |
//! | `typo.rs` | the bounded edit distance behind the typo tolerance |
//! | `status.rs` | [`SearchStatus`]: what the page says about a query's results |
//! | `table.rs` | the index's small maps as sorted lists (smaller in the wasm than `HashMap`) |
//!
//! `tokens`, `typo`, `table` and `status` use no other file here; `index` uses `tokens`
//! and `table`; `rank` uses `index`, `table`, `tokens` and `typo`.

mod index;
mod rank;
mod status;
mod table;
mod tokens;
mod typo;

pub use index::SearchIndex;
pub use rank::{Hit, MAX_HITS, MAX_QUERY_CHARS};
pub use status::SearchStatus;
