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

use qrcode::canvas::{Canvas, Module};
use qrcode::Color;

/// Inverts the maskable cells (row by row, `width` to a row) where `inverts(x, y)` holds.
/// Generic, so each mask's rule is compiled into its own loop.
fn apply(
    cells: &mut [bool],
    maskable: &[bool],
    width: usize,
    inverts: impl Fn(usize, usize) -> bool,
) {
    for (y, (row, free)) in cells
        .chunks_exact_mut(width)
        .zip(maskable.chunks_exact(width))
        .enumerate()
    {
        for (x, (cell, &free)) in row.iter_mut().zip(free).enumerate() {
            if free && inverts(x, y) {
                *cell = !*cell;
            }
        }
    }
}

/// Applies mask `n` (the standard's pattern number, 0 to 7, in the order the crate tries
/// them: on a tie the first wins).
fn apply_mask(n: usize, cells: &mut [bool], maskable: &[bool], width: usize) {
    let even = |v: usize| v.is_multiple_of(2);
    match n {
        0 => apply(cells, maskable, width, |x, y| even(x + y)),
        1 => apply(cells, maskable, width, |_, y| even(y)),
        2 => apply(cells, maskable, width, |x, _| x.is_multiple_of(3)),
        3 => apply(cells, maskable, width, |x, y| (x + y).is_multiple_of(3)),
        4 => apply(cells, maskable, width, |x, y| even(y / 2 + x / 3)),
        5 => apply(cells, maskable, width, |x, y| {
            (x * y) % 2 + (x * y) % 3 == 0
        }),
        6 => apply(cells, maskable, width, |x, y| {
            even((x * y) % 2 + (x * y) % 3)
        }),
        _ => apply(cells, maskable, width, |x, y| {
            even((x + y) % 2 + (x * y) % 3)
        }),
    }
}

/// The format information (error correction level M, the only one `image::modules` uses)
/// for each mask: the standard's 15-bit codes, as the crate draws them.
const FORMAT_M: [u16; 8] = [
    0x5412, 0x5125, 0x5e7c, 0x5b4b, 0x45f9, 0x40ce, 0x4f97, 0x4aa0,
];

/// Where the format information's bits go, most significant first, in two copies;
/// negative coordinates count from the far edge.
const FORMAT_MAIN: [(i16, i16); 15] = [
    (0, 8),
    (1, 8),
    (2, 8),
    (3, 8),
    (4, 8),
    (5, 8),
    (7, 8),
    (8, 8),
    (8, 7),
    (8, 5),
    (8, 4),
    (8, 3),
    (8, 2),
    (8, 1),
    (8, 0),
];
const FORMAT_SIDE: [(i16, i16); 15] = [
    (8, -1),
    (8, -2),
    (8, -3),
    (8, -4),
    (8, -5),
    (8, -6),
    (8, -7),
    (-8, 8),
    (-7, 8),
    (-6, 8),
    (-5, 8),
    (-4, 8),
    (-3, 8),
    (-2, 8),
    (-1, 8),
];

/// The cells (`true` for dark, row by row) of `canvas` under the mask with the lowest
/// penalty. `canvas` has its function patterns and data drawn, and no mask yet.
///
/// The masks are applied to a plain grid read from the canvas once, and each mask's
/// format information written from the standard's table: the crate's `apply_mask` on
/// eight copies of its canvas took about 100 of the 250 µs an address took to encode
/// natively. A test checks every code against the crate's own encoder.
pub fn best_masked(canvas: &Canvas, width: usize) -> Vec<bool> {
    let side = i16::try_from(width).unwrap_or(0);
    // Each module's colour before masking, and whether a mask applies to it (data and
    // error correction do; function patterns do not).
    let (base, maskable): (Vec<bool>, Vec<bool>) = (0..side)
        .flat_map(|y| (0..side).map(move |x| (x, y)))
        .map(|(x, y)| match canvas.get(x, y) {
            Module::Masked(c) => (c == Color::Dark, false),
            Module::Unmasked(c) => (c == Color::Dark, true),
            Module::Empty => (false, true),
        })
        .unzip();
    let at = |(x, y): (i16, i16)| {
        let wrap = |v: i16| usize::try_from(if v < 0 { v + side } else { v }).unwrap_or(0);
        wrap(y) * width + wrap(x)
    };
    FORMAT_M
        .iter()
        .enumerate()
        .map(|(n, format)| {
            let mut cells = base.clone();
            apply_mask(n, &mut cells, &maskable, width);
            for (bit, (&main, &other)) in FORMAT_MAIN.iter().zip(&FORMAT_SIDE).enumerate() {
                let dark = format & (1 << (14 - bit)) != 0;
                cells[at(main)] = dark;
                cells[at(other)] = dark;
            }
            cells
        })
        // `min_by_key` keeps the first of equal minimums, as the crate does.
        .min_by_key(|cells| penalty(width, cells))
        .unwrap_or_default()
}

/// The penalty of a masked symbol: runs, blocks, finder-like patterns and balance.
/// The crate subtracts the real finder patterns' share, the same for every mask; this
/// does not, which changes no comparison.
///
/// Rows and columns are scored as slices (the columns from one transposed copy), so the
/// loops run without index arithmetic or bounds checks in their inner steps: scored cell
/// by cell through closures, the eight penalties took 0.4 of the 0.56 ms an address took
/// to encode natively at the release profile's `opt-level = "z"`.
pub fn penalty(width: usize, cells: &[bool]) -> u32 {
    if width == 0 {
        return 0;
    }
    let mut columns = vec![false; cells.len()];
    for (y, row) in cells.chunks_exact(width).enumerate() {
        for (x, &c) in row.iter().enumerate() {
            columns[x * width + y] = c;
        }
    }
    let mut score = 0;
    for line in cells.chunks_exact(width).chain(columns.chunks_exact(width)) {
        score += runs(line) + finder_like(line);
    }
    // 2x2 blocks of one colour.
    for (top, bottom) in cells
        .chunks_exact(width)
        .zip(cells.chunks_exact(width).skip(1))
    {
        for (t, b) in top.windows(2).zip(bottom.windows(2)) {
            if t[0] == t[1] && b[0] == t[0] && b[1] == t[0] {
                score += 3;
            }
        }
    }
    let dark = cells.iter().filter(|&&d| d).count();
    let ratio = dark * 200 / cells.len();
    score + ratio.abs_diff(100) as u32
}

/// Runs of five or more cells of one colour in a line: 3, plus 1 for each cell beyond 5.
fn runs(line: &[bool]) -> u32 {
    let mut score = 0;
    let mut run = 0;
    let mut last = None;
    for &c in line {
        if last == Some(c) {
            run += 1;
        } else {
            if run >= 5 {
                score += run - 2;
            }
            run = 1;
            last = Some(c);
        }
    }
    if run >= 5 {
        score += run - 2;
    }
    score
}

/// Finder-like patterns (dark, light, dark x3, light, dark) in a line with four light
/// cells (or the edge) on at least one side: 40 each.
fn finder_like(line: &[bool]) -> u32 {
    const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
    let len = line.len();
    let mut score = 0;
    for (j, window) in line.windows(7).enumerate() {
        if window != PATTERN {
            continue;
        }
        let dark_in = |from: usize, to: usize| line[from..to.min(len)].contains(&true);
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
            runs(&cells)
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
            finder_like(&cells)
        };
        assert_eq!(line("#.###.#"), 40, "the edges count as light");
        assert_eq!(line("#....#.###.#.#.."), 40, "light after it");
        assert_eq!(line("...#.#.###.#.#.."), 0, "dark on both sides");
        assert_eq!(line("#.##..#"), 0);
    }
}
