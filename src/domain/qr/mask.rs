//! Choosing the mask: the QR standard's penalty score of a masked symbol, computed over a
//! plain grid of cells, and [`best_masked`], which tries all eight masks and keeps the
//! lowest score, as the `qrcode` crate does.
//!
//! Why not the crate's own `apply_best_mask`: its finder-pattern rule allocates a boxed
//! closure for every cell it looks at, which made mask choice 1.09 of the 1.30 ms a
//! refresh of the QR demo took natively (more than 20 ms in the browser at 4x CPU). The
//! rules and their weights here are the crate's exactly, and a test checks that every
//! code comes out identical, so the mask chosen (recorded in the code's format
//! information) is the same.

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::Color;

/// The eight masks of a (non-micro) QR code, in the order the crate tries them: on a tie
/// the first wins.
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// The cells (`true` for dark, row by row) of `canvas` under the mask with the lowest
/// penalty. `canvas` has its function patterns and data drawn, and no mask yet.
pub fn best_masked(canvas: &Canvas, width: usize) -> Vec<bool> {
    MASKS
        .iter()
        .map(|&mask| {
            let mut masked = canvas.clone();
            masked.apply_mask(mask);
            masked
                .into_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect::<Vec<_>>()
        })
        // `min_by_key` keeps the first of equal minimums, as the crate does.
        .min_by_key(|cells| penalty(width, cells))
        .unwrap_or_default()
}

/// The penalty of a masked symbol: runs, blocks, finder-like patterns and balance.
/// The crate subtracts the real finder patterns' share, the same for every mask; this
/// does not, which changes no comparison.
pub fn penalty(width: usize, cells: &[bool]) -> u32 {
    let at = |x: usize, y: usize| cells[y * width + x];
    let mut score = 0;
    for line in 0..width {
        let row = |i: usize| at(i, line);
        let column = |i: usize| at(line, i);
        score += runs(width, row) + runs(width, column);
        score += finder_like(width, row) + finder_like(width, column);
    }
    // Each 2×2 block of one colour, overlapping ones counted.
    for y in 0..width.saturating_sub(1) {
        for x in 0..width - 1 {
            let c = at(x, y);
            if at(x + 1, y) == c && at(x, y + 1) == c && at(x + 1, y + 1) == c {
                score += 3;
            }
        }
    }
    // Balance: 1 point per half percent away from half dark (the crate's formula).
    let dark = cells.iter().filter(|&&d| d).count();
    let ratio = dark * 200 / cells.len().max(1);
    score + ratio.abs_diff(100) as u32
}

/// A line's runs of five or more modules of one colour: 3 points, plus 1 for each module
/// past five.
fn runs(width: usize, cell: impl Fn(usize) -> bool) -> u32 {
    let mut score = 0;
    let mut run = 0;
    for i in 0..width {
        if i > 0 && cell(i) == cell(i - 1) {
            run += 1;
        } else {
            if run >= 5 {
                score += run - 2;
            }
            run = 1;
        }
    }
    if run >= 5 {
        score += run - 2;
    }
    score
}

/// A line's patterns that look like a finder (dark, light, three dark, light, dark) with
/// four light modules (or the edge) on at least one side: 40 points each.
fn finder_like(width: usize, cell: impl Fn(usize) -> bool) -> u32 {
    const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
    let mut score = 0;
    for j in 0..width.saturating_sub(6) {
        if !(0..7).all(|k| cell(j + k) == PATTERN[k]) {
            continue;
        }
        let dark_in = |from: usize, to: usize| (from..to.min(width)).any(&cell);
        let before = dark_in(j.saturating_sub(4), j);
        let after = dark_in(j + 7, j + 11);
        if !before || !after {
            score += 40;
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_score_three_for_five_and_one_more_for_each_beyond() {
        let line = |s: &str| {
            let cells: Vec<bool> = s.chars().map(|c| c == '#').collect();
            runs(cells.len(), |i| cells[i])
        };
        assert_eq!(line("#.#.#.#"), 0);
        assert_eq!(line("#####.#"), 3);
        assert_eq!(line("......."), 5);
        assert_eq!(line("#....##......"), 4);
    }

    #[test]
    fn a_finder_like_pattern_counts_when_one_side_is_light() {
        let line = |s: &str| {
            let cells: Vec<bool> = s.chars().map(|c| c == '#').collect();
            finder_like(cells.len(), |i| cells[i])
        };
        assert_eq!(line("#.###.#"), 40, "the edges count as light");
        assert_eq!(line("#....#.###.#.#.."), 40, "light after it");
        assert_eq!(line("...#.#.###.#.#.."), 0, "dark on both sides");
        assert_eq!(line("#.##..#"), 0);
    }
}
