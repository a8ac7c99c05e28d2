//! The setup page's bundle (`setup.html`): the form that writes `config.json`, for the
//! company's IT staff. The assistant's pages never load it. The page itself:
//! `recovery_assistant::ui::setup_page`.

#[cfg(target_arch = "wasm32")]
fn main() {
    recovery_assistant::ui::set_panic_hook();
    recovery_assistant::ui::mount_setup();
}

/// Like the main binary, this one only runs in a browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Build for the browser with `trunk build`; see README.md.");
}
