//! [`Table`]: the small maps of the search index, kept as sorted lists.
//!
//! Why not `HashMap`: each key and value type of a `HashMap` is its own copy of the
//! hashing, probing and growing code in the wasm, about 1.5 KB brotli of the first load
//! for the index's four kinds of map. The tables are small (a page's words, a query's
//! matches) and built once, and a binary search over them is as quick as hashing a
//! string.

use std::borrow::Borrow;

/// A map from `K` to `V` as a list sorted by key.
#[derive(Debug)]
pub(super) struct Table<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for Table<K, V> {
    fn default() -> Self {
        Table {
            entries: Vec::new(),
        }
    }
}

impl<K: Ord, V> Table<K, V> {
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// The value for `key`.
    pub(super) fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    /// The value for `key`, made by `new(&key)` first if there is none.
    pub(super) fn entry(&mut self, key: K, new: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (key, new()));
                i
            }
        };
        &mut self.entries[i].1
    }

    /// The keys, in order.
    pub(super) fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The entries, in key order.
    pub(super) fn into_entries(self) -> Vec<(K, V)> {
        self.entries
    }

    /// Keeps the larger of `value` and the value already there.
    pub(super) fn keep_max(&mut self, key: K, value: V)
    where
        V: PartialOrd + Copy + Default,
    {
        let e = self.entry(key, V::default);
        if value > *e {
            *e = value;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_finds_what_was_put_in_and_keeps_the_largest_value() {
        let mut t: Table<String, f32> = Table::default();
        t.keep_max("b".into(), 1.0);
        t.keep_max("a".into(), 2.0);
        t.keep_max("b".into(), 0.5);
        t.keep_max("b".into(), 3.0);
        assert_eq!(t.get("b"), Some(&3.0));
        assert_eq!(t.get("a"), Some(&2.0));
        assert_eq!(t.get("c"), None);
        assert_eq!(t.keys().cloned().collect::<Vec<_>>(), ["a", "b"]);
        *t.entry("c".into(), || 7.0) += 1.0;
        assert_eq!(t.into_entries().last(), Some(&("c".to_string(), 8.0)));
    }

    proptest::proptest! {
        #[test]
        fn a_table_agrees_with_a_btree_map(ops in proptest::collection::vec((0u8..20, 0u8..9), 0..100)) {
            let mut t = Table::default();
            let mut m = std::collections::BTreeMap::new();
            for (k, v) in ops {
                t.keep_max(k, v);
                let e = m.entry(k).or_insert(0);
                *e = (*e).max(v);
            }
            for k in 0..20 {
                proptest::prop_assert_eq!(t.get(&k), m.get(&k));
            }
            proptest::prop_assert_eq!(t.into_entries(), m.into_iter().collect::<Vec<_>>());
        }
    }
}
