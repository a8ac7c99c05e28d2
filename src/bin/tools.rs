//! The second bundle: the password checker and the QR demo, fetched by the main bundle
//! only when one of their pages is opened (see `recovery_assistant::ui::tools`).
//!
//! These exports are what the main bundle calls; `main` itself does nothing, because the
//! page decides when and where to mount.

#[cfg(target_arch = "wasm32")]
mod exports {
    use recovery_assistant::ui::tools;
    use wasm_bindgen::prelude::*;
    use web_sys::HtmlElement;

    /// Mounts the page for `hash` into `target`; see `ui::tools::mount`.
    #[wasm_bindgen]
    pub fn mount(
        target: HtmlElement,
        hash: &str,
        config_text: &str,
        locale: &str,
        email: &str,
        focus: bool,
    ) {
        tools::mount(target, hash, config_text, locale, email, focus);
    }

    /// Unmounts the page and returns the email typed on it.
    #[wasm_bindgen]
    pub fn unmount() -> String {
        tools::unmount()
    }

    /// A QR code for `text` as SVG markup (empty if the text is too long to encode), for
    /// the kiosk's addresses in the main bundle.
    #[wasm_bindgen]
    pub fn qr_svg(text: &str) -> String {
        recovery_assistant::domain::qr::render_svg(text).unwrap_or_default()
    }

    /// Starts the kiosk's idle watch; see `ui::tools::start_kiosk`.
    #[wasm_bindgen]
    pub fn start_kiosk(config_text: &str, locale: &str) {
        tools::start_kiosk(config_text, locale);
    }

    /// The configuration problems as sentences; see `ui::tools::config_messages`.
    #[wasm_bindgen]
    pub fn config_messages(config_text: &str, unavailable: &str, locale: &str) -> Vec<String> {
        tools::config_messages(config_text, unavailable, locale)
    }

    /// Switches the mounted page's language.
    #[wasm_bindgen]
    pub fn set_locale(locale: &str) {
        tools::set_locale(locale);
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
