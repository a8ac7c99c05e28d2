//! What this tab remembers about the visit, outside any one page: whether the visitor has
//! moved from one page to another yet. Memory only; it goes with the tab.

use std::cell::Cell;

thread_local! {
    /// Set once the visitor has moved from one page to another; the first page of a visit
    /// keeps focus where the browser put it.
    static NAVIGATED: Cell<bool> = const { Cell::new(false) };
}

/// Notes that the visitor navigated (the hash changed), so later pages take focus.
pub fn note_navigation() {
    NAVIGATED.with(|n| n.set(true));
}

/// Whether the visitor has navigated since the page loaded.
pub fn navigated() -> bool {
    NAVIGATED.with(Cell::get)
}
