//! Embedding in a company help page: when the assistant runs in an iframe and the
//! configuration lists the host page's origin, it tells the host its height (so the host
//! can size the iframe without a scroll bar) and which page it is on.
//!
//! Messages go only to origins listed in `embed.parent_origins`, matched exactly by the
//! browser's `postMessage` target origin; where the browser says who the parent is
//! (`location.ancestorOrigins`), only that origin is tried. Not framed, or nothing
//! listed: nothing is posted. Framed with `embed.hide_header`, the page is marked
//! `data-header-hidden` and the style sheet leaves only the language switch in the header. The glue is a few lines of JavaScript: it is all browser
//! API (ResizeObserver, postMessage) with nothing to decide.

use wasm_bindgen::prelude::*;
use web_sys::Element;

#[wasm_bindgen(inline_js = r#"
let origins = null;
let lastHeight = -1;
function post(message) {
  const parent = location.ancestorOrigins && location.ancestorOrigins.length
    ? location.ancestorOrigins[0] : null;
  for (const origin of origins) {
    if (parent === null || parent === origin) window.parent.postMessage(message, origin);
  }
}
export function start_embed(list, hideHeader, app) {
  if (window.parent === window) return;
  // The host page has its own heading: the style sheet then shows only the switch.
  if (hideHeader) document.documentElement.dataset.headerHidden = '';
  if (list.length === 0) return;
  origins = list;
  document.documentElement.dataset.framed = '';
  new ResizeObserver(() => {
    const height = Math.ceil(app.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ type: 'recovery-assistant:resize', height });
    }
  }).observe(app);
}
export function post_navigate(page) {
  if (origins) post({ type: 'recovery-assistant:navigate', page });
}
"#)]
extern "C" {
    fn start_embed(origins: Vec<String>, hide_header: bool, app: &Element);
    fn post_navigate(page: &str);
}

/// If framed: hides the header's product name and tagline when `hide_header`, and starts
/// reporting `app`'s height to the listed host origins.
pub fn start(origins: Vec<String>, hide_header: bool, app: &Element) {
    start_embed(origins, hide_header, app);
}

/// Tells the host which page is shown now (a no-op unless [`start`] found a host).
pub fn navigated(page: &str) {
    post_navigate(page);
}
