//! The root component: provides [`Ctx`], follows the location hash, and picks the page.

use leptos::prelude::*;

use super::browser;
use super::shell::{ConfigNotice, Footer, Header, NotFound};
use super::start::StartPage;
use super::Ctx;
use crate::domain::config::Loaded;
use crate::domain::i18n::Msg;
use crate::domain::route::{self, Route};

/// The whole assistant, given its loaded configuration.
#[component]
pub fn App(loaded: Loaded) -> impl IntoView {
    let Loaded { config, problems } = loaded;
    let ctx = Ctx {
        locale: RwSignal::new(config.locale),
        config: StoredValue::new(config),
        config_problems: StoredValue::new(problems),
        route: RwSignal::new(route::parse(&browser::hash())),
    };
    provide_context(ctx);

    // The hash is the single source of truth for where we are, so browser Back/Forward,
    // bookmarks and deep links from help pages all work.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        ctx.route.set(route::parse(&browser::hash()));
        browser::focus_main_heading();
    });
    on_cleanup(move || listener.remove());

    Effect::new(move |_| browser::set_html_lang(ctx.locale.get().tag()));

    view! {
        <div class="app">
            <Header />
            <ConfigNotice />
            <main id="main" class="app__main">
                {move || page(ctx.route.get())}
            </main>
            <Footer />
        </div>
    }
}

/// The page for a route. Later features add their pages here.
fn page(route: Route) -> AnyView {
    let ctx = Ctx::get();
    let title = |m: Msg| {
        let product = Msg::ProductName.text(ctx.locale.get_untracked());
        browser::set_title(&format!(
            "{} – {product}",
            m.text(ctx.locale.get_untracked())
        ));
    };
    match route {
        Route::Start => {
            browser::set_title(Msg::ProductName.text(ctx.locale.get_untracked()));
            view! { <StartPage /> }.into_any()
        }
        // The tree pages, the password checker and the QR demo are routed here by their
        // own issues; until then every such address is "page not found".
        Route::Page(_)
        | Route::NewPassword
        | Route::QrDemo
        | Route::QrConfirm(_)
        | Route::NotFound => {
            title(Msg::NotFoundHeading);
            view! { <NotFound /> }.into_any()
        }
    }
}
