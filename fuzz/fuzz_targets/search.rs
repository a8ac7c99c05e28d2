//! Fuzzes search over the shipped tree with any query a visitor can paste.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recovery_assistant::domain::search::{SearchIndex, MAX_HITS};
use recovery_assistant::domain::tree::Tree;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let hits = SearchIndex::shipped().search(&query);
    assert!(hits.len() <= MAX_HITS);
    let tree = Tree::shipped();
    assert!(hits.iter().all(|h| tree.is_outcome(&h.id)));
    // Best first, and stable.
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    assert_eq!(SearchIndex::shipped().search(&query), hits);
});
