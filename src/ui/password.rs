//! The live new-password checker page, `#/new-password` (being built on a branch).

use leptos::prelude::*;

use super::Ctx;
use crate::domain::i18n::Msg;

/// The password checker page.
#[component]
pub fn PasswordPage() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="page" data-page="new-password">
            <h1 class="page__title" tabindex="-1">{ctx.t(Msg::PasswordTitle)}</h1>
        </section>
    }
}
