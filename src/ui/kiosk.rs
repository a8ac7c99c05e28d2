//! Help-desk kiosk mode (`kiosk.enabled` in config): the next person must find nothing
//! of the last one.
//!
//! [`KioskGuard`] runs in the second bundle (`ui::tools::start_kiosk`), which a kiosk
//! loads at start anyway for its QR codes; the main bundle keeps only [`KioskAddress`]
//! and [`prepare`], so phones do not download the idle watch.
//!
//! After `idle_seconds` without input an alert dialog asks "Are you still there?" and
//! counts down `warning_seconds`; "I'm still here" closes it and changes nothing.
//! Otherwise everything is reset. The reset reloads the page at `#/` after forgetting
//! this tab's session storage: a fresh page is the one way to be sure that every field,
//! the QR token, the typed email and the answers are gone, in both bundles, rather than
//! hoping each component cleared its own. The history entry is replaced, so Back does
//! not lead into the last visitor's path. Leaving the page (`pagehide`) forgets the
//! same, and a page restored from the back-forward cache reloads.
//!
//! Addresses a visitor must open (login page, console) are shown as QR codes to scan with
//! a phone instead of links (see [`KioskAddress`]); nothing opens a new window.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::{tools_host, Ctx};
use crate::domain::i18n::Msg;
use crate::domain::kiosk::{countdown_message, idle_since, Idle, KioskSettings};

#[wasm_bindgen(inline_js = r#"
export function kiosk_reset() {
  try { sessionStorage.clear(); } catch (e) {}
  location.replace(location.pathname + location.search + '#/');
  location.reload();
}
export function kiosk_listen(onInput) {
  for (const type of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll']) {
    addEventListener(type, onInput, { capture: true, passive: true });
  }
}
export function show_modal(dialog) { if (!dialog.open) dialog.showModal(); }
export function close_modal(dialog) { if (dialog.open) dialog.close(); }
"#)]
extern "C" {
    fn kiosk_reset();
    fn kiosk_listen(on_input: &js_sys::Function);
    fn show_modal(dialog: &web_sys::Element);
    fn close_modal(dialog: &web_sys::Element);
}

/// The idle watch and its dialog. Rendered only in kiosk mode.
#[component]
pub fn KioskGuard(settings: KioskSettings) -> impl IntoView {
    let ctx = Ctx::get();
    let warning_seconds = settings.warning_seconds;
    // No input yet: the watch waits for the first touch (see `idle_since`).
    let last_input = Rc::new(Cell::new(None::<f64>));
    let state = RwSignal::new(Idle::Active);
    let dialog = NodeRef::<leptos::html::Dialog>::new();

    {
        let last_input = Rc::clone(&last_input);
        let on_input = Closure::<dyn Fn()>::new(move || {
            // While the question is up, only its button answers it.
            if state.get_untracked() == Idle::Active {
                last_input.set(Some(js_sys::Date::now()));
            }
        });
        kiosk_listen(on_input.as_ref().unchecked_ref());
        // The listeners live as long as the page.
        on_input.forget();
    }

    // Recomputed from the clock each second, so a throttled tab is still right.
    {
        let last_input = Rc::clone(&last_input);
        let tick = move || {
            let next = idle_since(&settings, last_input.get(), js_sys::Date::now());
            if next == Idle::Reset {
                kiosk_reset();
            } else if next != state.get_untracked() {
                state.set(next);
            }
        };
        let handle = set_interval_with_handle(tick, Duration::from_secs(1)).ok();
        on_cleanup(move || {
            if let Some(h) = handle {
                h.clear();
            }
        });
    }

    Effect::new(move |_| {
        let Some(d) = dialog.get() else { return };
        match state.get() {
            Idle::Warning(_) => show_modal(&d),
            _ => close_modal(&d),
        }
    });

    let stay = {
        let last_input = Rc::clone(&last_input);
        move || {
            last_input.set(Some(js_sys::Date::now()));
            state.set(Idle::Active);
        }
    };
    let stay_on_cancel = stay.clone();
    let seconds = move || match state.get() {
        Idle::Warning(n) => n,
        _ => warning_seconds,
    };

    view! {
        <dialog
            class="kiosk-dialog"
            role="alertdialog"
            aria-labelledby="kiosk-dialog-title"
            aria-describedby="kiosk-dialog-text"
            node_ref=dialog
            // Escape is an answer too: someone is there.
            on:cancel=move |ev: web_sys::Event| {
                ev.prevent_default();
                stay_on_cancel();
            }
        >
            <h2 id="kiosk-dialog-title">{ctx.t(Msg::KioskTitle)}</h2>
            <p id="kiosk-dialog-text">
                {move || countdown_message(seconds(), ctx.locale.get())}
            </p>
            <button type="button" class="button button--primary" autofocus on:click=move |_| stay()>
                {ctx.t(Msg::KioskStay)}
            </button>
        </dialog>
    }
}

/// An address the visitor must open: a link normally; on a kiosk, a QR code to scan
/// with a phone and the address as text, since nothing may leave the kiosk's page.
#[component]
pub fn KioskAddress(url: String) -> impl IntoView {
    let ctx = Ctx::get();
    if !ctx.config.with_value(|c| c.kiosk.enabled) {
        let href = url.clone();
        return view! { <a href=href>{url}</a> }.into_any();
    }
    let svg = RwSignal::new(String::new());
    {
        let url = url.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(s) = tools_host::qr_svg(&url).await {
                svg.try_set(s);
            }
        });
    }
    let label = Msg::KioskScan.fill(ctx.locale.get_untracked(), &[("url", &url)]);
    view! {
        <span class="kiosk-address">
            <span class="kiosk-address__url">{url}</span>
            <span class="kiosk-address__qr" role="img" aria-label=label inner_html=move || svg.get()></span>
            <span class="kiosk-address__hint">{ctx.t(Msg::KioskScanHint)}</span>
        </span>
    }
    .into_any()
}

#[wasm_bindgen(inline_js = r#"
function forget() {
  try { sessionStorage.clear(); } catch (e) {}
  history.replaceState(null, '', location.pathname + location.search + '#/');
}
export function kiosk_arrive() {
  document.documentElement.setAttribute('data-kiosk', '');
  addEventListener('pagehide', () => {
    forget();
    // If the browser keeps this page to show again on Back, nothing of it may show
    // before the reload below clears it.
    document.documentElement.style.visibility = 'hidden';
  });
  addEventListener('pageshow', (e) => {
    if (e.persisted) { forget(); location.reload(); }
  });
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav && nav.type === 'back_forward') forget();
}
"#)]
extern "C" {
    fn kiosk_arrive();
}

/// Marks the page as a kiosk (larger type and targets) and watches for leaving it, from the
/// first moment (the idle watch comes later, with the second bundle): `pagehide` forgets the
/// session and replaces the history entry with `#/`; a page restored from the back-forward
/// cache reloads; a page reached with Back or Forward starts afresh at `#/`, in case the
/// browser recorded the entry before `pagehide` replaced it. Runs before the first route is
/// read.
pub fn prepare() {
    kiosk_arrive();
}
