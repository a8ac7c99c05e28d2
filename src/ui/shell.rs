//! The frame around every page: header with the language switch, configuration notice,
//! footer, and the "page not found" page.

use leptos::prelude::*;

use super::{browser, Ctx};
use crate::domain::i18n::{with_lang_param, Locale, Msg};

/// Product name and the company it serves.
#[component]
pub fn Header() -> impl IntoView {
    let ctx = Ctx::get();
    let tagline = move || Msg::Tagline.fill(ctx.locale.get(), &[("company", &ctx.company())]);
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
    let other = move || match ctx.locale.get() {
        Locale::En => Locale::ZhCn,
        Locale::ZhCn => Locale::En,
    };
    view! {
        <button
            type="button"
            class="lang-switch"
            lang=move || other().tag()
            on:click=move |_| {
                let next = other();
                ctx.locale.set(next);
                browser::replace_search(&with_lang_param(&browser::search(), next.tag()));
            }
        >
            {move || Msg::LanguageName.text(other())}
        </button>
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
    let items = move || {
        let locale = ctx.locale.get();
        problems
            .iter()
            .map(|p| view! { <li>{p.message(locale)}</li> })
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
    let (contact, url) = ctx
        .config
        .with_value(|c| (c.admin_contact.clone(), c.admin_contact_url.clone()));
    let contact_view = match (contact, url) {
        (Some(name), Some(url)) => view! {
            <p>{ctx.t(Msg::FooterAdmin)}" "<a href=url>{name}</a></p>
        }
        .into_any(),
        (Some(name), None) => {
            view! { <p>{ctx.t(Msg::FooterAdmin)}" "<span>{name}</span></p> }.into_any()
        }
        (None, Some(url)) => {
            let shown = url.trim_start_matches("mailto:").to_string();
            view! { <p>{ctx.t(Msg::FooterAdmin)}" "<a href=url>{shown}</a></p> }.into_any()
        }
        (None, None) => view! { <p>{ctx.t(Msg::FooterAdminUnknown)}</p> }.into_any(),
    };
    view! {
        <footer class="app-footer">
            <div data-admin-contact>{contact_view}</div>
            <p class="app-footer__privacy">{ctx.t(Msg::FooterPrivacy)}</p>
        </footer>
    }
}

/// Shown for a link that leads nowhere.
#[component]
pub fn NotFound() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="page" data-page="not-found">
            <h1 class="page__title" tabindex="-1">{ctx.t(Msg::NotFoundHeading)}</h1>
            <p>{ctx.t(Msg::NotFoundBody)}</p>
            <p><a class="button button--primary" href="#/">{ctx.t(Msg::BackToStart)}</a></p>
        </section>
    }
}
