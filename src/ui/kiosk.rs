//! Help-desk kiosk mode (`kiosk.enabled` in config), the main bundle's part: the next
//! person must find nothing of the last one.
//!
//! [`prepare`] marks the page as a kiosk and watches for leaving it from the first moment;
//! addresses a visitor must open (login page, console) are shown as QR codes to scan with
//! a phone instead of links ([`KioskAddress`]); nothing opens a new window. Leaving the
//! page (`pagehide`) forgets the session, and a page restored from the back-forward cache
//! reloads. The idle watch and its dialog come with the on-demand bundle
//! (`ui::kiosk_guard`), so phones do not download them.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::ctx::Ctx;
use super::seam::host;
use crate::domain::i18n::Msg;
use crate::domain::kiosk::scan_label;

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
            if let Some(s) = host::qr_svg(&url).await {
                svg.try_set(s);
            }
        });
    }
    let label = scan_label(&url, ctx.locale.get_untracked());
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
/// first moment (the idle watch comes later, with the on-demand bundle): `pagehide` forgets the
/// session and replaces the history entry with `#/`; a page restored from the back-forward
/// cache reloads; a page reached with Back or Forward starts afresh at `#/`, in case the
/// browser recorded the entry before `pagehide` replaced it. Runs before the first route is
/// read.
pub fn prepare() {
    kiosk_arrive();
}
