//! Entry point: installs the panic hook and mounts the assistant. Everything else lives in
//! the library (`recovery_assistant::ui` for the page, `::domain` for the rules).

#[cfg(target_arch = "wasm32")]
fn main() {
    recovery_assistant::ui::set_panic_hook();
    recovery_assistant::ui::start();
}

/// The assistant only runs in a browser; natively there is nothing to start.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Build for the browser with `trunk build`; see README.md.");
}
