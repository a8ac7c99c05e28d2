//! The on-demand bundle: the password checker, the QR demo, the kiosk's idle watch and the
//! configuration notice's sentences, fetched by the main bundle only when one of them is
//! needed. The calls and why there are two bundles: `recovery_assistant::ui::seam`.
//!
//! These exports are the guest side of the seam, each handing over to the function of the
//! same name in `ui::seam::guest`; `main` only installs the panic hook, because the page
//! decides when and where to mount. `tests/seam.rs` checks this list against the host's.

#[cfg(target_arch = "wasm32")]
mod exports {
    use recovery_assistant::ui::seam::guest;
    use wasm_bindgen::prelude::*;
    use web_sys::HtmlElement;

    /// Mounts the page for `hash` into `target`.
    #[wasm_bindgen]
    pub fn mount(
        target: HtmlElement,
        hash: &str,
        config_text: &str,
        locale: &str,
        email: &str,
        focus: bool,
    ) {
        guest::mount(target, hash, config_text, locale, email, focus);
    }

    /// Unmounts the page and returns the email typed on it.
    #[wasm_bindgen]
    pub fn unmount() -> String {
        guest::unmount()
    }

    /// Switches the mounted page's language.
    #[wasm_bindgen]
    pub fn set_locale(locale: &str) {
        guest::set_locale(locale);
    }

    /// A QR code for `text` as SVG markup.
    #[wasm_bindgen]
    pub fn qr_svg(text: &str) -> String {
        guest::qr_svg(text)
    }

    /// Starts the kiosk's idle watch.
    #[wasm_bindgen]
    pub fn start_kiosk(config_text: &str, locale: &str) {
        guest::start_kiosk(config_text, locale);
    }

    /// The configuration problems as sentences.
    #[wasm_bindgen]
    pub fn config_messages(config_text: &str, unavailable: &str, locale: &str) -> Vec<String> {
        guest::config_messages(config_text, unavailable, locale)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    recovery_assistant::ui::set_panic_hook();
}

/// Like the main binary, this one only runs in a browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Build for the browser with `trunk build`; see README.md.");
}
