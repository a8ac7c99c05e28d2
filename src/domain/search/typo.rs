//! Typo tolerance: the edit distance between a query word and a word of the index,
//! bounded so that it costs little on every keystroke.

/// Longest word compared by edit distance; longer ones match only exactly or by prefix.
/// No word of the tree comes close, and it lets [`bounded_osa`] work on the stack.
const OSA_MAX_CHARS: usize = 48;

/// Optimal string alignment distance (edits plus swaps of neighbours, which is how typos
/// happen), or `None` when it exceeds `max`.
///
/// It runs once per vocabulary word per query word on every keystroke, so it fills only
/// the diagonal band `|i - j| <= max` (cells outside cannot be within `max`), keeps its
/// three rows on the stack and stops once every cell of a row is over `max`.
pub(super) fn bounded_osa(a: &[char], b: &[char], max: usize) -> Option<usize> {
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

/// The textbook full-matrix OSA distance, to check the banded one against (here and in
/// the ranking's tests).
#[cfg(test)]
pub(super) fn full_osa(a: &[char], b: &[char]) -> usize {
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

#[cfg(test)]
mod tests {
    use super::*;

    // Stays: pins real-word typos the search needs; the proptest compares full_osa on [abc].
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

    proptest::proptest! {
        #[test]
        fn banded_edit_distance_agrees_with_the_full_matrix(
            a in "[abc]{0,12}", b in "[abc]{0,12}", max in 0usize..4
        ) {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let full = full_osa(&a, &b);
            proptest::prop_assert_eq!(bounded_osa(&a, &b, max), (full <= max).then_some(full));
        }
    }
}
