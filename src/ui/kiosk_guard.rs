//! The kiosk's idle watch and its dialog, in the on-demand bundle (started by
//! `ui::seam::guest::start_kiosk`; a kiosk loads that bundle at start anyway for its QR
//! codes, so phones never download the watch). The rest of kiosk mode, which the main
//! bundle needs from the first moment, is `ui::kiosk`.
//!
//! After `idle_seconds` without input an alert dialog asks "Are you still there?" and
//! counts down `warning_seconds`; "I'm still here" closes it and changes nothing. The
//! watch starts with the first input after the page loaded, so an untouched kiosk never
//! asks. Otherwise everything is reset. The reset reloads the page at `#/` after forgetting
//! this tab's session storage: a fresh page is the one way to be sure that every field,
//! the QR token, the typed email and the answers are gone, in both bundles, rather than
//! hoping each component cleared its own. The history entry is replaced, so Back does
//! not lead into the last visitor's path.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::ctx::Ctx;
use crate::domain::i18n::ToolMsg;
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
export function show_modal(dialog) {
  if (dialog.hasAttribute('open')) return;
  if (typeof dialog.showModal === 'function') return dialog.showModal();
  // A browser without <dialog>: shown over the page by the style sheet, not modal.
  dialog.dataset.fallback = '';
  dialog.setAttribute('open', '');
  dialog.querySelector('button')?.focus();
}
export function close_modal(dialog) {
  if (!dialog.hasAttribute('open')) return;
  if (typeof dialog.close === 'function') dialog.close(); else dialog.removeAttribute('open');
}
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
            <h2 id="kiosk-dialog-title">{ctx.t(ToolMsg::KioskTitle)}</h2>
            <p id="kiosk-dialog-text">
                {move || countdown_message(seconds(), ctx.locale.get())}
            </p>
            <button type="button" class="button button--primary" autofocus on:click=move |_| stay()>
                {ctx.t(ToolMsg::KioskStay)}
            </button>
        </dialog>
    }
}
