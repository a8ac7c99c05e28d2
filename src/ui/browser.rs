//! The few direct browser calls the UI needs, kept in one place: fetching the config,
//! finding the mount point, reading and writing the location hash, and the page title.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, RequestCache, RequestInit, Response};

use crate::domain::config::FetchFailure;

fn window() -> web_sys::Window {
    web_sys::window().expect("the assistant runs in a browser window")
}

/// The document of the page.
pub fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
}

/// `#recovery-assistant`, holding the pre-rendered page the app takes over, if the page
/// has one (else the app goes into `<body>`, whose own content must survive).
pub fn static_page() -> Option<HtmlElement> {
    document()
        .get_element_by_id("recovery-assistant")
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// A new `<div>` outside the document, for the app to render into before it is shown.
pub fn detached_div() -> HtmlElement {
    document()
        .create_element("div")
        .expect("a document creates elements")
        .unchecked_into()
}

/// Fetches the text of `config.json` next to the page, or says why it could not.
pub async fn fetch_config_text() -> Result<String, FetchFailure> {
    fetch_text("config.json").await
}

/// Starts fetching the tree's Chinese texts (`tree-zh.json`, next to the page) at once;
/// the text, or why not, when awaited.
pub fn fetch_chinese_texts() -> impl std::future::Future<Output = Result<String, FetchFailure>> {
    fetch_text("tree-zh.json")
}

/// Fetches `url`'s text: the request starts when this is called, not when it is awaited,
/// so two can run side by side.
fn fetch_text(url: &str) -> impl std::future::Future<Output = Result<String, FetchFailure>> {
    let init = RequestInit::new();
    // Settings change rarely but must not be stale after an admin edits them (and the
    // Chinese texts must be those of this build).
    init.set_cache(RequestCache::NoCache);
    let promise = window().fetch_with_str_and_init(url, &init);
    read_text(promise)
}

async fn read_text(promise: js_sys::Promise) -> Result<String, FetchFailure> {
    let resp = JsFuture::from(promise)
        .await
        .map_err(|_| FetchFailure::Network)?;
    let resp: Response = resp.dyn_into().map_err(|_| FetchFailure::Network)?;
    if !resp.ok() {
        return Err(FetchFailure::Status(resp.status()));
    }
    let text = resp.text().map_err(|_| FetchFailure::Unreadable)?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| FetchFailure::Unreadable)?;
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

/// Calls `f` on every `hashchange` of the window, for the life of the page.
pub fn on_hashchange(f: impl FnMut() + 'static) {
    let cb = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(f);
    let _ = window().add_event_listener_with_callback("hashchange", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Calls `f` once, `ms` milliseconds from now.
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms);
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
        let heading = document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .filter(|_| may_take_focus());
        if let Some(h) = heading {
            if let Ok(h) = h.dyn_into::<HtmlElement>() {
                let _ = h.focus();
            }
        }
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    let _ = window().request_animation_frame(cb.unchecked_ref());
}

/// False in a frame that does not have focus: the page around it (a help page, the setup
/// page's preview) moved it, and the visitor is working there; taking focus into the
/// frame would send their typing nowhere.
fn may_take_focus() -> bool {
    let own = window();
    let framed = own
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| !js_sys::Object::is(&parent, &own));
    !framed || document().has_focus().unwrap_or(true)
}

/// Navigates to `hash`, adding a history entry so the browser's Back button returns.
pub fn go(hash: &str) {
    let _ = window().location().set_hash(hash);
}

/// The user's platform, from the user agent, for the hard-refresh keys.
pub fn platform() -> crate::domain::tree::Platform {
    let ua = window().navigator().user_agent().unwrap_or_default();
    crate::domain::tree::Platform::detect(&ua)
}

/// The current local date and time, formatted for `locale_tag`, for the admin summary.
pub fn now_local_string(locale_tag: &str) -> String {
    js_sys::Date::new_0()
        .to_locale_string(locale_tag, &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// Copies `text` to the clipboard. False when the browser refuses (no permission), or has
/// no Clipboard API here (an insecure context, an older browser: `navigator.clipboard` is
/// then undefined, and calling it would throw), so the page can show the text for
/// copying by hand.
pub async fn copy_text(text: &str) -> bool {
    let navigator = window().navigator();
    let present =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    present
        && JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .is_ok()
}

/// The text of the file chosen in the file input `input` (the first one), if any.
pub async fn chosen_file_text(input: &web_sys::HtmlInputElement) -> Option<String> {
    file_text(input.files()?).await
}

/// The text of the first of `files` (chosen or dropped), or `None` when there is none or
/// it cannot be read as text.
pub async fn file_text(files: web_sys::FileList) -> Option<String> {
    JsFuture::from(files.get(0)?.text()).await.ok()?.as_string()
}

/// The page's address (`location.href`).
pub fn location_href() -> String {
    window().location().href().unwrap_or_default()
}

/// Offers `text` as a file called `name` to save: a link to a blob of it, clicked once.
/// Nothing is sent anywhere; the blob lives in this page.
pub fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Opens the browser's print dialog.
pub fn print() {
    let _ = window().print();
}

/// The address's query string (`location.search`), such as `?lang=zh-CN`.
pub fn search() -> String {
    window().location().search().unwrap_or_default()
}

/// The browser's preferred languages, most preferred first (`navigator.languages`).
pub fn languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function set_lang_param(tag) {
  const url = new URL(location.href);
  url.searchParams.set('lang', tag);
  history.replaceState(history.state, '', url);
}
export function print_opens_details() {
  let opened = [];
  addEventListener('beforeprint', () => {
    opened = document.querySelectorAll('details:not([open])');
    for (const d of opened) d.open = true;
  });
  addEventListener('afterprint', () => { for (const d of opened) d.open = false; });
}
"#)]
extern "C" {
    /// Sets `?lang=` in the address without a new history entry or a reload, keeping the
    /// other parameters and the hash, so a reload keeps the language and nothing is stored.
    pub fn set_lang_param(tag: &str);

    /// Opens every closed `<details>` (the FAQ answers) for printing and closes them again
    /// afterwards, so a printout has the answers and the page is left as it was. Style
    /// sheets do the same with `::details-content` where the browser has it; this is for
    /// the browsers without. Called once: the listeners live as long as the page.
    pub fn print_opens_details();
}

/// Sets CSS custom properties on the document root through the CSSOM (allowed under the
/// strict Content-Security-Policy, unlike a `style` attribute). Values must already be
/// validated and canonical (see `domain::theme`).
pub fn set_root_properties(properties: &[(&str, String)]) {
    let Some(root) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (name, value) in properties {
        let _ = style.set_property(name, value);
    }
}
