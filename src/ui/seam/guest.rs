//! The guest side of the seam: what the on-demand bundle does when the main bundle calls
//! it (see [`super`] for the calls). `src/bin/on_demand.rs` exports these functions,
//! unchanged, as the bundle's `wasm_bindgen` interface.
//!
//! The bundle has its own Leptos runtime. [`mount`] gets everything its pages read from the
//! main app (route, configuration text, language, the email typed so far); [`unmount`]
//! tears the page down and hands the email back, so nothing typed outlives the page in
//! this bundle either.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::domain::config;
use crate::domain::i18n::Locale;
use crate::domain::route::{self, Route};
use crate::ui::browser;
use crate::ui::ctx::Ctx;
use crate::ui::kiosk_guard::KioskGuard;
use crate::ui::not_found::NotFound;
use crate::ui::password::PasswordPage;
use crate::ui::qr::{QrConfirmPage, QrDemoPage};

/// The mounted page: its Leptos handle (dropping it unmounts) and the signals the main
/// bundle may still read or change.
struct Mounted {
    handle: Box<dyn Any>,
    email: RwSignal<String>,
    locale: RwSignal<Locale>,
}

thread_local! {
    static MOUNTED: RefCell<Option<Mounted>> = const { RefCell::new(None) };
    /// The kiosk dialog's language, once [`start_kiosk`] ran.
    static KIOSK_LOCALE: Cell<Option<RwSignal<Locale>>> = const { Cell::new(None) };
}

/// Starts the kiosk's idle watch and dialog (see `ui::kiosk_guard`) in an element of its own
/// at the end of `<body>`, for the life of the page. Does nothing unless the
/// configuration turns kiosk mode on; a second call does nothing either.
pub fn start_kiosk(config_text: &str, locale_tag: &str) {
    let config = config::parse(config_text).config;
    if !config.kiosk.enabled || KIOSK_LOCALE.with(Cell::get).is_some() {
        return;
    }
    let locale = Locale::from_tag(locale_tag).unwrap_or_default();
    let doc = browser::document();
    let Some(host) = doc
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    if let Some(body) = doc.body() {
        let _ = body.append_child(&host);
    }
    let settings = config.kiosk.clone();
    let handle = leptos::mount::mount_to(host, move || {
        let ctx = provide_ctx(config, locale, Route::Start, String::new());
        KIOSK_LOCALE.with(|k| k.set(Some(ctx.locale)));
        view! { <KioskGuard settings=settings /> }
    });
    // The watch lasts as long as the page.
    handle.forget();
}

/// Provides this bundle's [`Ctx`] inside a mount: the main page shows the configuration's
/// problems, so none are kept here.
fn provide_ctx(config: config::Config, locale: Locale, route: Route, email: String) -> Ctx {
    let ctx = Ctx {
        locale: RwSignal::new(locale),
        config: StoredValue::new(config),
        config_problems: StoredValue::new(Vec::new()),
        route: RwSignal::new(route),
        email: RwSignal::new(email),
    };
    ctx.provide();
    ctx
}

/// Mounts the page for `hash` (a `#/...` route) into `target`, replacing whatever this
/// bundle had mounted before.
///
/// `config_text` is the raw `config.json` (empty when it could not be fetched: defaults
/// apply; the main app already shows the problems). `focus` moves focus to the page's
/// heading, as the main app does after a navigation.
pub fn mount(
    target: HtmlElement,
    hash: &str,
    config_text: &str,
    locale_tag: &str,
    email: &str,
    focus: bool,
) {
    let _ = unmount();
    let loaded = config::parse(config_text);
    let locale = Locale::from_tag(locale_tag).unwrap_or_default();
    let route = route::parse(hash);
    let email = email.to_owned();
    // The page's signals are made inside the mount (so unmounting disposes of them);
    // this cell hands the two the main bundle talks to back out.
    let signals = Rc::new(Cell::new(None));
    let out = Rc::clone(&signals);
    let handle = leptos::mount::mount_to(target, move || {
        let ctx = provide_ctx(loaded.config, locale, route.clone(), email);
        out.set(Some((ctx.email, ctx.locale)));
        match route {
            Route::NewPassword => view! { <PasswordPage /> }.into_any(),
            Route::QrDemo => view! { <QrDemoPage /> }.into_any(),
            Route::QrConfirm(token) => view! { <QrConfirmPage token=token /> }.into_any(),
            _ => view! { <NotFound /> }.into_any(),
        }
    });
    let (email, locale) = signals.get().expect("the mount closure ran");
    MOUNTED.with(|m| {
        *m.borrow_mut() = Some(Mounted {
            handle: Box::new(handle),
            email,
            locale,
        })
    });
    if focus {
        browser::focus_main_heading();
    }
}

/// The configuration's problems as sentences in `locale_tag`, for the main page's notice:
/// the fetch error when `unavailable` is not empty, else what reading `config_text` found.
pub fn config_messages(config_text: &str, unavailable: &str, locale_tag: &str) -> Vec<String> {
    let locale = Locale::from_tag(locale_tag).unwrap_or_default();
    let problems = if unavailable.is_empty() {
        config::parse(config_text).problems
    } else {
        vec![config::ConfigError::Unavailable {
            detail: unavailable.to_owned(),
        }]
    };
    problems.iter().map(|p| p.message(locale)).collect()
}

/// Unmounts the page, if one is mounted, and returns the email typed on it (empty when
/// nothing was mounted).
pub fn unmount() -> String {
    MOUNTED
        .with(|m| m.borrow_mut().take())
        .map_or_else(String::new, |m| {
            let email = m.email.try_get_untracked().unwrap_or_default();
            // Dropping the handle disposes of the page's signals and removes its DOM.
            drop(m.handle);
            email
        })
}

/// Switches the mounted page (and the kiosk dialog) to another language.
pub fn set_locale(locale_tag: &str) {
    if let Some(locale) = Locale::from_tag(locale_tag) {
        if let Some(k) = KIOSK_LOCALE.with(Cell::get) {
            k.try_set(locale);
        }
        MOUNTED.with(|m| {
            if let Some(m) = m.borrow().as_ref() {
                m.locale.try_set(locale);
            }
        });
    }
}

/// A QR code for `text` as SVG markup (empty if the text is too long to encode), for the
/// kiosk's addresses, which the main bundle shows without carrying the QR encoder.
pub fn qr_svg(text: &str) -> String {
    crate::domain::qr::render_svg(text).unwrap_or_default()
}
