//! The host side of the seam: the main bundle loads the on-demand bundle on first use
//! (see [`super`] for the calls), keeps the configuration text to hand it, and shows the
//! bundle's pages in place with [`OnDemandPage`].
//!
//! The first page load fetches only the tree; `on-demand.js`, `on-demand_bg.wasm` and
//! `on-demand.css` are fetched when someone opens `#/new-password`, `#/qr-demo` or a
//! `#/qr-confirm/…` link (a kiosk, or a configuration notice, fetches them at start), and
//! kept for the rest of the visit. While they load the page shows its heading and
//! "Loading…"; if they cannot be fetched it says so and offers to try again, and the rest
//! of the assistant keeps working.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::domain::i18n::Msg;
use crate::domain::route;
use crate::domain::tree::Tree;
use crate::ui::browser;
use crate::ui::ctx::Ctx;
use crate::ui::session;

#[wasm_bindgen(inline_js = r#"
let bundle = null;
let loading = null;
export function load_bundle() {
  if (bundle) return Promise.resolve(bundle);
  if (!loading) {
    const at = (name) => new URL(name, document.baseURI).href;
    const css = document.querySelector('link[data-on-demand-css]') ? null : new Promise((done) => {
      const link = document.createElement('link');
      link.dataset.onDemandCss = '';
      link.rel = 'stylesheet';
      link.href = at('on-demand.css');
      link.onload = link.onerror = done;
      document.head.append(link);
    });
    loading = Promise.all([import(at('on-demand.js')), css])
      .then(([m]) => m.default({ module_or_path: at('on-demand_bg.wasm') }).then(() => m))
      .then((m) => { bundle = m; return m; })
      .finally(() => { loading = null; });
  }
  return loading;
}
export function loaded_bundle() { return bundle; }
"#)]
extern "C" {
    /// The on-demand bundle's exports (`src/bin/on_demand.rs`); the methods below are
    /// the host's imports, one per row of the table in [`super`].
    type Guest;

    #[wasm_bindgen(catch)]
    async fn load_bundle() -> Result<JsValue, JsValue>;

    fn loaded_bundle() -> Option<Guest>;

    #[wasm_bindgen(method)]
    fn mount(
        this: &Guest,
        target: &HtmlElement,
        hash: &str,
        config_text: &str,
        locale: &str,
        email: &str,
        focus: bool,
    );

    #[wasm_bindgen(method)]
    fn unmount(this: &Guest) -> String;

    #[wasm_bindgen(method)]
    fn set_locale(this: &Guest, locale: &str);

    #[wasm_bindgen(method)]
    fn qr_svg(this: &Guest, text: &str) -> String;

    #[wasm_bindgen(method)]
    fn start_kiosk(this: &Guest, config_text: &str, locale: &str);

    #[wasm_bindgen(method)]
    fn config_messages(
        this: &Guest,
        config_text: &str,
        unavailable: &str,
        locale: &str,
    ) -> Vec<String>;
}

thread_local! {
    /// The text of `config.json` as fetched, handed to the on-demand bundle as it is.
    static CONFIG_TEXT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Keeps the configuration text for the on-demand bundle. Called once by `ui::launch::start`.
pub fn set_config_text(text: &str) {
    CONFIG_TEXT.with(|t| *t.borrow_mut() = text.to_owned());
}

/// Loads the on-demand bundle now and starts the kiosk's idle watch from it.
pub fn start_kiosk(locale: &str) {
    let locale = locale.to_owned();
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(module) = load_bundle().await {
            let module: Guest = module.unchecked_into();
            let config = CONFIG_TEXT.with(|t| t.borrow().clone());
            module.start_kiosk(&config, &locale);
        }
    });
}

/// The configuration problems as sentences in `locale`, from the on-demand bundle (`None`
/// when it cannot be loaded). `unavailable` is the fetch error, when there was one.
pub async fn config_messages(unavailable: &str, locale: &str) -> Option<Vec<String>> {
    let module: Guest = load_bundle().await.ok()?.unchecked_into();
    let config = CONFIG_TEXT.with(|t| t.borrow().clone());
    Some(module.config_messages(&config, unavailable, locale))
}

/// Passes a language change to the kiosk's dialog, once it is running.
pub fn set_kiosk_locale(locale: &str) {
    if let Some(module) = loaded_bundle() {
        module.set_locale(locale);
    }
}

/// A QR code for `text` as SVG markup, drawn by the on-demand bundle (which carries the QR
/// encoder); `None` when that bundle cannot be loaded.
pub async fn qr_svg(text: &str) -> Option<String> {
    let module: Guest = load_bundle().await.ok()?.unchecked_into();
    Some(module.qr_svg(text))
}

/// Where the on-demand bundle is for a page: on its way, mounted, or failed. An
/// `Option<bool>` rather than an enum of its own, because every signal type costs the wasm
/// its own copy of the signal code, and the main bundle already has one of `Option<bool>`.
type Load = Option<bool>;
const LOADING: Load = None;
const READY: Load = Some(true);
const FAILED: Load = Some(false);

/// Where a page of the on-demand bundle goes, with its heading, loading and error states
/// around it. `title` is the page's heading while the page itself is not there yet.
#[component]
pub fn OnDemandPage(title: Msg) -> impl IntoView {
    let ctx = Ctx::get();
    let host = NodeRef::<leptos::html::Div>::new();
    let state = RwSignal::new(LOADING);
    // The page itself is mounted (its own heading replaces this one's).
    let mounted = RwSignal::new(false);
    // Flipped by "Try again" to run the load again.
    let attempt = RwSignal::new(false);
    // Cleared when the page is left, so a load that finishes later mounts nothing.
    let alive = Arc::new(AtomicBool::new(true));
    let current = {
        let alive = Arc::clone(&alive);
        move || alive.load(Ordering::Relaxed)
    };

    crate::ui::ctx::watch(move || {
        attempt.track();
        let Some(el) = host.get() else { return };
        state.set(LOADING);
        let el: HtmlElement = el.into();
        let current = current.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = load_bundle().await;
            if !current() {
                return;
            }
            match loaded {
                Ok(module) => {
                    let module: Guest = module.unchecked_into();
                    let config = CONFIG_TEXT.with(|t| t.borrow().clone());
                    module.mount(
                        &el,
                        &browser::hash(),
                        &config,
                        ctx.locale.get_untracked().tag(),
                        &ctx.email.get_untracked(),
                        session::navigated(),
                    );
                    state.set(READY);
                    mounted.set(true);
                }
                Err(_) => state.set(FAILED),
            }
        });
    });

    // The language can change while the page is open.
    crate::ui::ctx::watch(move || {
        let tag = ctx.locale.get().tag();
        if state.get() == READY {
            if let Some(module) = loaded_bundle() {
                module.set_locale(tag);
            }
        }
    });

    on_cleanup(move || {
        alive.store(false, Ordering::Relaxed);
        if let Some(module) = loaded_bundle() {
            // The email typed on the page comes back, so the tree's pages still know it;
            // except on a kiosk going back to the start, where it is forgotten.
            let email = module.unmount();
            let kiosk = ctx.config.with_value(|c| c.kiosk.enabled);
            let restarted = ctx
                .route
                .try_with_untracked(|r| route::is_start(r, Tree::shipped().start()))
                .unwrap_or(false);
            if !(kiosk && restarted) {
                ctx.email.try_set(email);
            }
        }
    });

    view! {
        // Drawn once, until the page is there (a closure over `state` would draw it again
        // when a load fails, and the heading may have focus then).
        {move || (!mounted.get()).then(|| view! { <h1 tabindex="-1">{ctx.t(title)}</h1> })}
        {move || (state.get() == LOADING).then(|| view! {
            <p class="on-demand__status" role="status">{ctx.t(Msg::ToolLoading)}</p>
        })}
        {move || (state.get() == FAILED).then(|| view! {
            <div class="on-demand__failed" role="alert">
                <p>{ctx.t(Msg::ToolLoadFailed)}</p>
                <button
                    type="button"
                    class="button button--primary"
                    on:click=move |_| attempt.update(|a| *a = !*a)
                >
                    {ctx.t(Msg::ToolRetry)}
                </button>
            </div>
        })}
        <div
            class="on-demand"
            node_ref=host
            data-on-demand-state=move || match state.get() {
                LOADING => "loading",
                READY => "ready",
                FAILED => "failed",
            }
        ></div>
    }
}
