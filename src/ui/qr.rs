//! The QR scan-to-login demo, `#/qr-demo`, and its phone view, `#/qr-confirm/<token>`
//! (being built on a branch).

use leptos::prelude::*;

use super::Ctx;
use crate::domain::i18n::Msg;

/// The QR demo page.
#[component]
pub fn QrDemoPage() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="page" data-page="qr-demo">
            <h1 class="page__title" tabindex="-1">{ctx.t(Msg::QrTitle)}</h1>
        </section>
    }
}

/// The phone side of the demo.
#[component]
pub fn QrConfirmPage(token: String) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="page" data-page="qr-confirm" data-token=token>
            <h1 class="page__title" tabindex="-1">{ctx.t(Msg::QrTitle)}</h1>
        </section>
    }
}
