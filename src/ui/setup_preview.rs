//! The setup page's two previews: the theme's header, text, link and button in the light
//! and dark themes ([`ThemeSample`]), and the deployed assistant itself in a frame,
//! reading the file the page would download ([`Preview`]).
//!
//! The frame opens `preview/index.html`, which exists only for a browser where this page
//! registered `setup-preview-sw.js`: that worker answers the frame's requests with the
//! assistant's own files and its `config.json` with the one stored here (Cache Storage).
//! The assistant gains no way to be handed a configuration, so a link or another site
//! cannot give its visitors a false login address; see the worker's header.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::browser;
use crate::domain::config::Loaded;
use crate::domain::i18n::{Locale, SetupMsg};
use crate::domain::theme::Theme;
use crate::domain::tree::Tree;

/// The company's header, text, link and main button in the light and the dark theme, with
/// the colours, corners and font the assistant would use (`style/setup.css` copies the
/// assistant's own rules for them, and a test holds the copy to `style/base.css`).
#[component]
pub fn ThemeSample(loaded: Memo<Loaded>, locale: RwSignal<Locale>) -> impl IntoView {
    let t = move |m: SetupMsg| move || m.text(locale.get());
    let company = move || {
        loaded
            .with(|l| l.config.company_name.clone())
            .unwrap_or_else(|| SetupMsg::Title.text(locale.get()).to_string())
    };
    let sample = move |dark: bool| {
        let node = NodeRef::<html::Div>::new();
        // The theme as the assistant applies it: the reader's values, unreadable ones
        // already dropped, set as the same custom properties.
        Effect::new(move |_| {
            let properties = loaded.with(|l| l.config.theme.properties());
            if let Some(el) = node.get() {
                let style = web_sys::HtmlElement::style(&el);
                for name in Theme::PROPERTY_NAMES {
                    let _ = style.remove_property(name);
                }
                for (name, value) in properties {
                    let _ = style.set_property(name, &value);
                }
            }
        });
        let class = if dark {
            "theme-sample theme-sample--dark"
        } else {
            "theme-sample"
        };
        view! {
            <div class="setup__sample">
                <p class="setup__sample-caption">{t(if dark { SetupMsg::ThemeDark } else { SetupMsg::ThemeLight })}</p>
                <div class=class node_ref=node aria-hidden="true" data-scheme=if dark { "dark" } else { "light" }>
                    <div class="theme-sample__header">{company}</div>
                    <div class="theme-sample__body">
                        <p>{t(SetupMsg::SampleText)}" "<span class="theme-sample__link">{t(SetupMsg::SampleLink)}</span></p>
                        <span class="theme-sample__button">{t(SetupMsg::SampleButton)}</span>
                    </div>
                </div>
            </div>
        }
    };
    view! {
        <div class="setup__samples">
            <h3>{t(SetupMsg::ThemeSampleHeading)}</h3>
            {sample(false)}
            {sample(true)}
        </div>
    }
}

/// The assistant in a frame, with `file` as its `config.json`: follows every edit (the
/// frame reloads and keeps the page it is on), and opens the page and language chosen.
#[component]
pub fn Preview(file: Memo<String>, locale: RwSignal<Locale>) -> impl IntoView {
    let t = move |m: SetupMsg| move || m.text(locale.get());
    // None while the worker starts; then whether it runs.
    let ready = RwSignal::new(None::<bool>);
    let page = RwSignal::new(String::new());
    let lang = RwSignal::new(String::new());
    let frame = NodeRef::<html::Iframe>::new();
    leptos::task::spawn_local(async move { ready.set(Some(start_worker().await)) });
    let src = move || {
        let query = if lang.get().is_empty() {
            String::new()
        } else {
            format!("?lang={}", lang.get())
        };
        format!("{}preview/index.html{query}#/{}", base(), page.get())
    };
    // The frame's navigation. A document is loading from the moment the frame is sent to a
    // new address or reloaded until its load event; meanwhile the frame's window is still
    // the old document, so a page chosen then (`pending`) or a file stored then (`stale`)
    // waits for the new document: a hash changed on the old one would be lost with it,
    // and a document already on its way may have read the file before.
    let loading = StoredValue::new(false);
    // The preview's address the frame's document has (not the empty document a frame
    // holds before its first address has loaded).
    let here = move || {
        let window = frame.get_untracked().as_ref().and_then(opened)?;
        let href = window.location().href().ok()?;
        href.starts_with(&base()).then_some(href)
    };
    let pending = StoredValue::new(None::<String>);
    let stale = StoredValue::new(false);
    // Sends the frame to `url`, reloading it when `fresh` even if only the hash differs
    // (a new file is read only by a new document).
    let send = move |url: &str, fresh: bool| {
        let Some(frame) = frame.get_untracked() else {
            return;
        };
        let Some(window) = opened(&frame) else {
            frame.set_src(url);
            loading.set_value(true);
            return;
        };
        let here = window.location().href().unwrap_or_default();
        let same_document = without_hash(&here) == without_hash(url);
        // Replaced, so the preview's pages do not pile up in this page's history.
        let _ = window.location().replace(url);
        if same_document && fresh {
            let _ = window.location().reload();
        }
        if !same_document || fresh {
            loading.set_value(true);
        }
    };
    // A page or language chosen: opened at once, or once the document on its way is in.
    let go = move |url: String| {
        if loading.get_value() {
            pending.set_value(Some(url));
        } else {
            send(&url, false);
        }
    };
    // A new file stored: the frame reads it on the page it is on (the visitor may have
    // walked there inside the preview), or the document on its way reloads once in.
    let reload = move || {
        if loading.get_value() {
            stale.set_value(true);
            return;
        }
        match here() {
            Some(here) => send(&here, true),
            None => send(&src(), false),
        }
    };
    // The frame's document is in: what waited for it is applied now.
    let arrived = move || {
        loading.set_value(false);
        let fresh = stale.get_value();
        stale.set_value(false);
        let target = pending.get_value();
        pending.set_value(None);
        match (target, here()) {
            (Some(url), _) => send(&url, fresh),
            (None, Some(here)) if fresh => send(&here, true),
            _ => {}
        }
    };
    // A new file: stored, then the frame reloaded (or opened the first time). Edits come
    // a keystroke at a time; only the last of a quick run is stored.
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let json = file.get();
        if ready.get() != Some(true) {
            return;
        }
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        leptos::task::spawn_local(async move {
            sleep(250).await;
            if generation.get_value() == mine && store_config(&json).await {
                reload();
            }
        });
    });
    // A page or language chosen (the file is already stored once the frame is open).
    let choose = move || {
        if frame.get_untracked().as_ref().and_then(opened).is_some() {
            go(src());
        }
    };
    // The tree's Chinese titles come with the build's tree-zh.json, as for a visitor.
    let chinese = RwSignal::new(Tree::has_chinese());
    Effect::new(move |_| {
        if locale.get() == Locale::ZhCn && !chinese.get_untracked() {
            leptos::task::spawn_local(async move {
                if let Ok(json) = browser::fetch_chinese_texts().await {
                    chinese.set(Tree::add_chinese(&json));
                }
            });
        }
    });
    let pages = move || {
        let l = locale.get();
        chinese.track();
        let tree = Tree::shipped();
        let mut options = vec![(String::new(), SetupMsg::PreviewStart.text(l).to_string())];
        options.extend(
            tree.nodes()
                .iter()
                .filter(|n| n.id() != tree.start())
                .map(|n| (n.id().to_string(), n.heading().get(l).to_string())),
        );
        options.push((
            "new-password".into(),
            SetupMsg::PreviewPassword.text(l).into(),
        ));
        options.push(("qr-demo".into(), SetupMsg::PreviewQr.text(l).into()));
        options
            .into_iter()
            .map(|(id, name)| {
                let selected = id == page.get_untracked();
                view! { <option value=id selected=selected>{name}</option> }
            })
            .collect_view()
    };
    let state = move || match ready.get() {
        None => Some(SetupMsg::PreviewStarting.text(locale.get())),
        Some(false) => Some(SetupMsg::PreviewUnavailable.text(locale.get())),
        Some(true) => None,
    };
    view! {
        <section class="setup__preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t(SetupMsg::PreviewHeading)}</h2>
            <p>{t(SetupMsg::PreviewHint)}</p>
            <div class="setup__preview-choice">
                <label for="preview-page">{t(SetupMsg::PreviewPage)}</label>
                <select id="preview-page" class="field__input"
                    on:change=move |ev| { page.set(event_target_value(&ev)); choose() }>{pages}</select>
                <label for="preview-lang">{t(SetupMsg::PreviewLanguage)}</label>
                <select id="preview-lang" class="field__input"
                    on:change=move |ev| { lang.set(event_target_value(&ev)); choose() }>
                    <option value="">{t(SetupMsg::PreviewLangAuto)}</option>
                    <option value="en" lang="en">{t(SetupMsg::LangEnglish)}</option>
                    <option value="zh-CN" lang="zh-CN">{t(SetupMsg::LangChinese)}</option>
                </select>
            </div>
            <p role="status">{state}</p>
            <iframe class="setup__frame" node_ref=frame title=t(SetupMsg::PreviewFrameTitle)
                on:load=move |_| arrived()
                hidden=move || ready.get() != Some(true)></iframe>
        </section>
    }
}

/// The frame's window once it has been given its first address (before that it holds an
/// empty document, and the first address is set as its `src`).
fn opened(frame: &web_sys::HtmlIFrameElement) -> Option<web_sys::Window> {
    frame
        .get_attribute("src")
        .and_then(|_| frame.content_window())
}

/// `url` without its fragment: two addresses that differ only there are one document.
fn without_hash(url: &str) -> &str {
    url.split('#').next().unwrap_or(url)
}

/// The directory of this page, where the assistant's files are.
fn base() -> String {
    web_sys::Url::new_with_base("./", &browser::location_href())
        .map(|u| u.href())
        .unwrap_or_default()
}

/// Registers the preview's worker for `preview/` and waits until it runs (at most about
/// five seconds). False where the browser has no service workers (not https or
/// localhost, or turned off).
async fn start_worker() -> bool {
    let navigator = web_sys::window().map(|w| w.navigator());
    let Some(navigator) = navigator else {
        return false;
    };
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return false;
    }
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("preview/");
    let registering = navigator
        .service_worker()
        .register_with_options("setup-preview-sw.js", &options);
    let Ok(registration) = JsFuture::from(registering).await else {
        return false;
    };
    let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
        return false;
    };
    for _ in 0..100 {
        if registration
            .active()
            .is_some_and(|w| w.state() == web_sys::ServiceWorkerState::Activated)
        {
            return true;
        }
        sleep(50).await;
    }
    false
}

/// Stores `json` as the preview's `config.json` (the worker reads the same entry).
async fn store_config(json: &str) -> bool {
    let base = base();
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return false;
    };
    // Also in public/setup-preview-sw.js.
    let Ok(cache) = JsFuture::from(caches.open(&format!("setup-preview {base}"))).await else {
        return false;
    };
    let cache: web_sys::Cache = cache.unchecked_into();
    let init = web_sys::ResponseInit::new();
    let Ok(headers) = web_sys::Headers::new() else {
        return false;
    };
    let _ = headers.set("Content-Type", "application/json");
    init.set_headers(&headers);
    let Ok(response) = web_sys::Response::new_with_opt_str_and_init(Some(json), &init) else {
        return false;
    };
    JsFuture::from(cache.put_with_str(&format!("{base}preview/config.json"), &response))
        .await
        .is_ok()
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
