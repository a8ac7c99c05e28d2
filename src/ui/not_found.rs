//! The "page not found" page, for a link that leads nowhere. Both bundles show it.

use leptos::prelude::*;

use super::ctx::Ctx;
use crate::domain::i18n::Msg;

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
