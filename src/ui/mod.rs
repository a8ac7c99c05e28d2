//! The page: thin Leptos components that read domain values through signals.
//!
//! No business rule is decided here. Components get the configuration, the locale and
//! the current route from [`Ctx`], hand typed text and the clock to `domain`, and render
//! what comes back.

// Which file lives in which bundle (see `seam` for why there are two):
// - main bundle only: app, shell, start, tree, kiosk (KioskAddress, prepare), embed,
//   seam::host, session;
// - on-demand bundle only: seam::guest, password, qr, qr_dom, kiosk_guard;
// - both: browser, not_found, and this file's `Ctx` and panic hook.
// The two binaries link the same library, and the linker keeps in each what it reaches.
mod app;
mod browser;
mod embed;
mod kiosk;
mod kiosk_guard;
mod not_found;
mod password;
mod qr;
mod qr_dom;
pub mod seam;
mod session;
mod shell;
mod start;
mod tree;

pub use app::App;

use leptos::prelude::*;

use crate::domain::config::{self, Config, ConfigError, Loaded};
use crate::domain::i18n::{Locale, Message, Msg};
use crate::domain::route::Route;

/// What every component may read: settings, language, where we are.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The validated configuration; fixed once loaded.
    pub config: StoredValue<Config>,
    /// Problems found while loading the configuration, for the notice.
    pub config_problems: StoredValue<Vec<ConfigError>>,
    /// The language the page is shown in.
    pub locale: RwSignal<Locale>,
    /// The current hash route.
    pub route: RwSignal<Route>,
    /// The email address typed anywhere in the assistant, kept for this session only
    /// (memory, never storage) so it need not be typed twice.
    pub email: RwSignal<String>,
}

impl Ctx {
    /// The context provided by [`App`]. Panics outside it, which is a programming error.
    pub fn get() -> Ctx {
        expect_context::<Ctx>()
    }

    /// A reactive text for `msg` in the current language.
    pub fn t<M: Message>(self, msg: M) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || msg.text(self.locale.get())
    }

    /// The company name from config, or the catalog's stand-in.
    pub fn company(self) -> String {
        self.config
            .with_value(|c| c.company_name.clone())
            .unwrap_or_else(|| Msg::DefaultCompany.text(self.locale.get_untracked()).into())
    }
}

/// Reports a panic's message on the browser console. A slimmer stand-in for
/// `console_error_panic_hook` (which also captures a JS stack trace) in the first-load
/// bundle; the message names the file and line, which is what a bug report needs.
///
/// The wasm instance is dead once the hook returns (`panic = "abort"`): the trap reaches
/// the page as an uncaught `WebAssembly.RuntimeError`, and `public/boot.js` then shows the
/// "Something went wrong" notice with a reload button.
pub fn set_panic_hook() {
    #[wasm_bindgen::prelude::wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = console)]
        fn error(message: &str);
    }
    std::panic::set_hook(Box::new(|info| error(&info.to_string())));
}

/// Loads `config.json`, then mounts the app. Called once by `main`.
pub fn start() {
    // Leptos' own executor is set up by `mount_to`, which runs after the fetch, so the
    // fetch itself runs on wasm-bindgen-futures directly.
    wasm_bindgen_futures::spawn_local(async {
        let text = browser::fetch_config_text().await;
        let loaded = match &text {
            Ok(text) => config::parse(text),
            Err(detail) => Loaded::unavailable(detail.clone()),
        };
        seam::host::set_config_text(text.as_deref().unwrap_or(""));
        mount(loaded);
    });
}

/// Mounts the app with an already loaded configuration into the element with id
/// `recovery-assistant` (replacing its loading placeholder), or into the body.
pub fn mount(loaded: Loaded) {
    let target = browser::mount_target();
    let handle = leptos::mount::mount_to(target, move || view! { <App loaded=loaded.clone() /> });
    // The app lives as long as the page.
    handle.forget();
}

/// Parses config text; exposed so browser tests can mount with a given file.
pub fn load_config(text: &str) -> Loaded {
    config::parse(text)
}
