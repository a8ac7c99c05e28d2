//! Starting the main app: fetch `config.json` (and, for a visitor who reads Chinese, the
//! tree's Chinese texts), then mount [`App`] in place of the pre-rendered page.

use leptos::prelude::*;

use super::app::App;
use super::browser;
use super::chinese;
use super::seam::host;
use super::takeover::Prestart;
use crate::domain::config::{self, Loaded};
use crate::domain::i18n::{choose_locale, lang_param, Locale};

/// Loads `config.json`, then mounts the app. Called once by `main`.
pub fn start() {
    // Leptos' own executor is set up by `mount_to`, which runs after the fetch, so the
    // fetch itself runs on wasm-bindgen-futures directly.
    wasm_bindgen_futures::spawn_local(async {
        // A visitor who reads Chinese needs the tree's Chinese texts, which the wasm does
        // not carry: fetched beside the config when the address or the browser asks for
        // Chinese, after it when only the config does.
        let asked = choose_locale(lang_param(&browser::search()), None, &browser::languages());
        let chinese = (asked == Locale::ZhCn).then(browser::fetch_chinese_texts);
        let text = browser::fetch_config_text().await;
        let loaded = match &text {
            Ok(text) => config::parse(text),
            Err(failure) => Loaded::unavailable(failure.detail()),
        };
        host::set_config_text(text.as_deref().unwrap_or(""));
        let locale = choose_locale(
            lang_param(&browser::search()),
            loaded.config.locale,
            &browser::languages(),
        );
        if locale == Locale::ZhCn {
            match chinese {
                Some(pending) => chinese::add(pending.await),
                None => chinese::add(browser::fetch_chinese_texts().await),
            }
        }
        mount(loaded);
    });
}

/// Mounts the app with an already loaded configuration in place of the pre-rendered page
/// in the element with id `recovery-assistant` (see `takeover`), or into the body.
pub fn mount(loaded: Loaded) {
    let app = move || view! { <App loaded=loaded.clone() /> };
    let handle = match browser::static_page() {
        Some(target) => {
            let prestart = Prestart::read(&target);
            let fresh = browser::detached_div();
            let handle = leptos::mount::mount_to(fresh.clone(), app);
            prestart.hand_over(&target, &fresh);
            handle
        }
        None => leptos::mount::mount_to(browser::document().body().expect("a body"), app),
    };
    // The app lives as long as the page.
    handle.forget();
}

/// Parses config text; exposed so browser tests can mount with a given file.
pub fn load_config(text: &str) -> Loaded {
    config::parse(text)
}
