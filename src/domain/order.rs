//! One sort for the whole main bundle: [`sorted_positions`].
//!
//! Why: each `sort_unstable_by` with its own closure is a separate copy of the sorting
//! code in the wasm (dropping the second copy took 0.9 KB brotli off the first load: 149.9 →
//! 149.0 KB). The config reader (`json`) and the search ranking
//! (`search`) both sort, so both go through this one non-generic function, and the main
//! bundle carries the sorting code once. Both callers give a total order, so the unstable
//! sort returns exactly what a stable one would.
//!
//! The sort itself is a plain bottom-up merge sort rather than the standard library's:
//! the lists are short (the outcomes, a config file's members) and the standard
//! quicksort with its helpers is about 4.5 KB of wasm (1.5 KB brotli of the first load);
//! a merge sort keeps O(n log n) for a hostile config with thousands of members.

use std::cmp::Ordering;

/// The positions `0..len`, sorted by `cmp` (which compares two positions).
///
/// ```
/// use recovery_assistant::domain::order::sorted_positions;
/// let words = ["pear", "apple", "fig"];
/// assert_eq!(sorted_positions(3, &|a, b| words[a].cmp(words[b])), vec![1, 2, 0]);
/// ```
/// Stable: positions that compare equal keep their order.
pub fn sorted_positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    // Runs of `width` are sorted; merge them pairwise into `merged`, then swap.
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, mid);
            for slot in &mut merged[start..end] {
                let take_left =
                    right >= end || (left < mid && cmp(order[left], order[right]).is_le());
                if take_left {
                    *slot = order[left];
                    left += 1;
                } else {
                    *slot = order[right];
                    right += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_follow_the_order_given() {
        let v = [3, 1, 2, 1];
        assert_eq!(
            sorted_positions(4, &|a, b| v[a].cmp(&v[b]).then(a.cmp(&b))),
            vec![1, 3, 2, 0]
        );
        assert_eq!(sorted_positions(0, &|a, b| a.cmp(&b)), Vec::<usize>::new());
    }

    proptest::proptest! {
        #[test]
        fn the_order_is_the_standard_stable_sorts(v in proptest::collection::vec(0u8..8, 0..200)) {
            let mut want: Vec<usize> = (0..v.len()).collect();
            want.sort_by_key(|&i| v[i]);
            proptest::prop_assert_eq!(sorted_positions(v.len(), &|a, b| v[a].cmp(&v[b])), want);
        }
    }
}
