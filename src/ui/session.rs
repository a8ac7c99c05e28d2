//! What this tab remembers about the visit, outside any one page: whether the visitor has
//! moved from one page to another yet (memory, in the main bundle), and whether their path
//! through the assistant found the account locked (`sessionStorage`, so the main bundle
//! can set it and the QR demo in the on-demand bundle read it). Both go with the tab.

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

/// The `sessionStorage` key that says the visitor's path through the assistant found the
/// account locked. When it holds `"1"`, `#/qr-demo` starts in the `blocked` state. It is
/// per tab and forgotten when the tab closes, like the visitor's answers.
pub const ACCOUNT_LOCKED_KEY: &str = "recovery-assistant.account-locked";

/// Whether this tab was told that the account is locked (see [`ACCOUNT_LOCKED_KEY`]).
/// Storage that is switched off counts as "not locked": the demo then simply starts.
pub fn account_locked() -> bool {
    session_storage()
        .and_then(|s| s.get_item(ACCOUNT_LOCKED_KEY).ok().flatten())
        .is_some_and(|v| v == "1")
}

/// Remembers for this tab that the visitor's path found the account locked.
pub fn mark_account_locked() {
    if let Some(s) = session_storage() {
        let _ = s.set_item(ACCOUNT_LOCKED_KEY, "1");
    }
}

/// Forgets the "account is locked" flag: on a kiosk's fresh start, or once the visitor
/// says the account is unlocked.
pub fn forget_account_locked() {
    if let Some(s) = session_storage() {
        let _ = s.remove_item(ACCOUNT_LOCKED_KEY);
    }
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}
