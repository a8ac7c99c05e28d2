//! The start page: what is stopping you from logging in?

use leptos::prelude::*;

use super::Ctx;
use crate::domain::i18n::Msg;

/// The first page every visitor sees.
#[component]
pub fn StartPage() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="page" data-page="start">
            <h1 class="page__title" tabindex="-1">{ctx.t(Msg::StartHeading)}</h1>
            <p class="page__lead">{ctx.t(Msg::StartIntro)}</p>
        </section>
    }
}
