//! One sort for the whole main bundle: [`sorted_positions`].
//!
//! Why: each `sort_unstable_by` with its own closure is a separate copy of the sorting
//! code in the wasm (dropping the second copy took 0.9 KB brotli off the first load: 149.9 →
//! 149.0 KB). The config reader (`json`) and the search ranking
//! (`search`) both sort, so both go through this one non-generic function, and the main
//! bundle carries the sorting code once. Both callers give a total order, so the unstable
//! sort returns exactly what a stable one would.

use std::cmp::Ordering;

/// The positions `0..len`, sorted by `cmp` (which compares two positions).
///
/// ```
/// use recovery_assistant::domain::order::sorted_positions;
/// let words = ["pear", "apple", "fig"];
/// assert_eq!(sorted_positions(3, &|a, b| words[a].cmp(words[b])), vec![1, 2, 0]);
/// ```
pub fn sorted_positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_unstable_by(|&a, &b| cmp(a, b));
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
}
