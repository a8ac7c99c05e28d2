//! The frame around every page: the skip link, header with the language switch, the
//! configuration notice and the footer. (The notice for an app that stopped working is
//! static HTML in `index.html`, shown by `boot.js`, because no wasm code runs then.)

use leptos::prelude::*;

use super::browser;
use super::ctx::Ctx;
use super::seam::host;
use super::tree::TreeTexts;
use crate::domain::config;
use crate::domain::i18n::{Locale, Msg};
use crate::domain::shell::{tagline, Contact};
use crate::domain::tree::Tree;

/// Product name and the company it serves. In a frame whose configuration sets
/// `embed.hide_header`, the style sheet shows only the language switch (see `ui::embed`):
/// the host page has its own heading.
#[component]
pub fn Header() -> impl IntoView {
    let ctx = Ctx::get();
    let tagline = move || ctx.config.with_value(|c| tagline(c, ctx.locale.get()));
    view! {
        <header class="app-header">
            <div class="app-header__top">
                <a class="app-header__name" href="#/">{ctx.t(Msg::ProductName)}</a>
                <LanguageSwitch />
            </div>
            <p class="app-header__tagline">{tagline}</p>
        </header>
    }
}

/// Switches between English and Chinese. The button names the other language in that
/// language (marked with its `lang`, so screen readers pronounce it right). The choice
/// goes into the address as `?lang=`, so a reload keeps it and nothing is stored.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let ctx = Ctx::get();
    let texts = TreeTexts::get().0;
    let other = move || ctx.locale.get().other();
    view! {
        <button
            type="button"
            class="lang-switch"
            lang=move || other().tag()
            on:click=move |_| {
                let next = other();
                browser::set_lang_param(next.tag());
                if next == Locale::ZhCn && !Tree::has_chinese() {
                    // The tree's Chinese texts come first; its pages are then drawn
                    // again, keeping a search being typed.
                    leptos::task::spawn_local(async move {
                        if super::chinese::load().await {
                            super::takeover::carry_search();
                            texts.set(true);
                        }
                        ctx.locale.set(next);
                    });
                } else {
                    ctx.locale.set(next);
                }
            }
        >
            {move || other().name()}
        </button>
    }
}

/// "Skip to main content": the first thing a keyboard reaches, hidden until focused.
/// It moves focus to the page's heading, as a navigation does, rather than following
/// `#main` (the hash is the route).
#[component]
pub fn SkipLink() -> impl IntoView {
    let ctx = Ctx::get();
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        browser::focus_main_heading();
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>{ctx.t(Msg::SkipToMain)}</a>
    }
}

/// A visible, non-blocking notice listing what was wrong with `config.json`.
#[component]
pub fn ConfigNotice() -> impl IntoView {
    let ctx = Ctx::get();
    let problems = ctx.config_problems.get_value();
    if problems.is_empty() {
        return ().into_any();
    }
    // The sentences come from the second bundle, which carries the configuration
    // messages: a notice is for the administrator checking the file, so visitors on a
    // correct configuration do not download them.
    let unavailable = config::unavailable_detail(&problems).map(str::to_string);
    let messages = RwSignal::new(Vec::<String>::new());
    super::ctx::watch(move || {
        let locale = ctx.locale.get();
        let unavailable = unavailable.clone().unwrap_or_default();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(list) = host::config_messages(&unavailable, locale.tag()).await {
                messages.try_set(list);
            }
        });
    });
    let items = move || {
        messages
            .get()
            .into_iter()
            .map(|m| view! { <li>{m}</li> })
            .collect_view()
    };
    view! {
        <section class="notice" data-config-notice aria-labelledby="config-notice-heading">
            <h2 class="notice__heading" id="config-notice-heading">{ctx.t(Msg::ConfigNoticeHeading)}</h2>
            <ul class="notice__list">{items}</ul>
            <p class="notice__defaults">{ctx.t(Msg::ConfigNoticeDefaults)}</p>
        </section>
    }
    .into_any()
}

/// Administrator contact and the privacy promise.
#[component]
pub fn Footer() -> impl IntoView {
    let ctx = Ctx::get();
    let contact = ctx.config.with_value(Contact::of);
    let lead = ctx.t(contact.lead());
    let contact_view = match contact {
        Contact::Linked { name, url } => {
            view! { <p>{lead}" "<a href=url>{name}</a></p> }.into_any()
        }
        Contact::Name(name) => view! { <p>{lead}" "<span>{name}</span></p> }.into_any(),
        Contact::Address { shown, url } => {
            view! { <p>{lead}" "<a href=url>{shown}</a></p> }.into_any()
        }
        Contact::Unknown => view! { <p>{lead}</p> }.into_any(),
    };
    view! {
        <footer class="app-footer">
            <div data-admin-contact>{contact_view}</div>
            <p class="app-footer__privacy">{ctx.t(Msg::FooterPrivacy)}</p>
        </footer>
    }
}
