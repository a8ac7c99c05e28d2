//! Fuzzes the decision tree's JSON: parsing, then the validator a tree must pass
//! before it ships, then walking and searching any tree the validator accepts.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recovery_assistant::domain::search::{SearchIndex, MAX_HITS};
use recovery_assistant::domain::tree::{validate, Tree, Walker};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(tree) = Tree::from_json(text) else {
        return;
    };
    if validate(&tree).is_err() {
        return;
    }
    // A valid tree: every link of every node can be followed from the start.
    for node in tree.nodes() {
        for next in node.next_ids() {
            assert!(tree.node(next).is_some(), "dangling {next}");
        }
    }
    let mut walker = Walker::new(&tree);
    for _ in 0..64 {
        if walker.choose(&tree, 0).is_err() {
            break;
        }
    }
    let index = SearchIndex::new(&tree);
    for query in ["locked", "209", "忘记密码", ""] {
        let hits = index.search(query);
        assert!(hits.len() <= MAX_HITS);
        assert!(hits.iter().all(|h| tree.is_outcome(&h.id)));
    }
});
