//! The few direct browser calls the UI needs, kept in one place: fetching the config,
//! finding the mount point, reading and writing the location hash, and the page title.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, RequestCache, RequestInit, Response};

use crate::domain::config::Loaded;

fn window() -> web_sys::Window {
    web_sys::window().expect("the assistant runs in a browser window")
}

/// The document of the page.
pub fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
}

/// `#recovery-assistant` if the page has one, emptied of its loading placeholder; else
/// `<body>`, left as it is (a host page's own content must survive).
pub fn mount_target() -> HtmlElement {
    let doc = document();
    match doc
        .get_element_by_id("recovery-assistant")
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        Some(el) => {
            el.set_inner_html("");
            el
        }
        None => doc.body().expect("the page has a body"),
    }
}

/// Fetches `config.json` next to the page and parses it. Never fails: any problem becomes
/// a [`Loaded`] with defaults and an error for the notice.
pub async fn fetch_config() -> Loaded {
    match fetch_text("config.json").await {
        Ok(text) => crate::domain::config::parse(&text),
        Err(detail) => Loaded::unavailable(detail),
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let init = RequestInit::new();
    // Settings change rarely but must not be stale after an admin edits them.
    init.set_cache(RequestCache::NoCache);
    let promise = window().fetch_with_str_and_init(url, &init);
    let resp = JsFuture::from(promise)
        .await
        .map_err(|_| "network error".to_string())?;
    let resp: Response = resp.dyn_into().map_err(|_| "network error".to_string())?;
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let text = resp.text().map_err(|_| "unreadable response".to_string())?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| "unreadable response".to_string())?;
    Ok(text.as_string().unwrap_or_default())
}

/// The current `location.hash`.
pub fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Sets `document.title`.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Sets `<html lang>`.
pub fn set_html_lang(tag: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", tag);
    }
}

/// Moves keyboard and screen-reader focus to the page's main heading after a route change,
/// so the new page is announced. Runs on the next frame, once the heading is rendered.
pub fn focus_main_heading() {
    let cb = wasm_bindgen::closure::Closure::once_into_js(|| {
        if let Ok(Some(h)) = document().query_selector("main h1") {
            if let Ok(h) = h.dyn_into::<HtmlElement>() {
                let _ = h.focus();
            }
        }
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    let _ = window().request_animation_frame(cb.unchecked_ref());
}
