//! The root component: provides [`Ctx`], follows the location hash, and picks the page.

use leptos::prelude::*;

use super::browser;
use super::ctx::Ctx;
use super::not_found::NotFound;
use super::seam::host::{self, OnDemandPage};
use super::shell::{ConfigNotice, Footer, Header, SkipLink};
use super::start::StartPage;
use super::tree::{TreeTexts, TreeWalker};
use crate::domain::config::Loaded;
use crate::domain::i18n::{choose_locale, lang_param, Msg};
use crate::domain::route::{self, Route};
use crate::domain::shell::page_title;
use crate::domain::tree::{Tree, Walker};

/// The whole assistant, given its loaded configuration.
#[component]
pub fn App(loaded: Loaded) -> impl IntoView {
    let Loaded { config, problems } = loaded;
    browser::set_root_properties(&config.theme.properties());
    if config.kiosk.enabled {
        super::kiosk::prepare();
    }
    let route = route::parse(&browser::hash());
    let walker = RwSignal::new(Walker::new(Tree::shipped()));
    // The visit's first page opened directly shows the shortest way there in its
    // breadcrumbs, as its pre-rendered page does; then retrace the pages visited on the
    // pre-rendered tree before the app started, so the breadcrumbs and the summary know
    // the way the visitor came.
    let visited = super::takeover::take_visited();
    let first = visited
        .first()
        .cloned()
        .map(Route::Page)
        .unwrap_or(route.clone());
    if let Route::Page(id) = &first {
        walker.update(|w| {
            let _ = w.open(Tree::shipped(), id);
        });
    }
    for id in visited {
        follow(walker, &Route::Page(id));
    }
    follow(walker, &route);
    let ctx = Ctx {
        locale: RwSignal::new(choose_locale(
            lang_param(&browser::search()),
            config.locale,
            &browser::languages(),
        )),
        config: StoredValue::new(config),
        config_problems: StoredValue::new(problems),
        route: RwSignal::new(route),
        email: RwSignal::new(String::new()),
    };
    ctx.provide();
    TreeWalker(walker).provide();
    let texts = RwSignal::new(Tree::has_chinese());
    TreeTexts(texts).provide();

    // The hash is the single source of truth for where we are, so browser Back/Forward,
    // bookmarks and deep links from help pages all work.
    let kiosk = ctx.config.with_value(|c| c.kiosk.enabled);
    browser::on_hashchange(move || {
        super::session::note_navigation();
        let route = route::parse(&browser::hash());
        // On a kiosk, going back to the start is starting again: forget what this visitor
        // typed, as the idle reset does (the pages themselves go with the route).
        if follow(walker, &route) && kiosk {
            ctx.email.set(String::new());
            super::session::forget_account_locked();
        }
        ctx.route.set(route);
        browser::focus_main_heading();
    });

    // Set at once as well as on every change: boot.js reads it to pick the language of the
    // crash notice, which may be needed before the first effect runs.
    browser::set_html_lang(ctx.locale.get_untracked().tag());
    super::ctx::watch(move || browser::set_html_lang(ctx.locale.get().tag()));
    browser::print_opens_details();

    // In a help page's iframe: report height and page to the listed host origins.
    let app = NodeRef::<leptos::html::Div>::new();
    super::ctx::watch(move || {
        if let Some(el) = app.get() {
            let (origins, hide_header) = ctx
                .config
                .with_value(|c| (c.embed.parent_origins.clone(), c.embed.hide_header));
            super::embed::start(origins, hide_header, &el);
        }
    });
    super::ctx::watch(move || super::embed::navigated(route::page_name(&ctx.route.get())));

    // Kiosk mode: the idle watch lives in the on-demand bundle, which kiosks load at start.
    if ctx.config.with_value(|c| c.kiosk.enabled) {
        host::start_kiosk(ctx.locale.get_untracked().tag());
        super::ctx::watch(move || host::set_kiosk_locale(ctx.locale.get().tag()));
    }

    view! {
        <div class="app" node_ref=app>
            <SkipLink />
            <Header />
            <ConfigNotice />
            <main id="main" class="app__main">
                {move || page(ctx.route.get(), texts)}
            </main>
            <Footer />
        </div>
    }
}

/// Moves the walker to `route`: a new page is a step forward, an earlier page cuts the
/// path back (browser Back), the start page clears it. Called before the route signal
/// changes, so a page renders with the walker already there and knows from the start
/// who it speaks to (`Walker::reader`). True when the route is the start page.
fn follow(walker: RwSignal<Walker>, route: &Route) -> bool {
    let restarted = route::is_start(route, Tree::shipped().start());
    walker.update(|w| match route {
        _ if restarted => w.restart(),
        Route::Page(id) => {
            let _ = w.jump(Tree::shipped(), id);
        }
        _ => {}
    });
    if walker.with_untracked(|w| w.found_account_locked()) {
        super::session::mark_account_locked();
    }
    restarted
}

/// The page for a route. Later features add their pages here. The tree's pages are drawn
/// again when its Chinese texts arrive (`texts`); the others keep what was typed.
fn page(route: Route, texts: RwSignal<bool>) -> AnyView {
    let ctx = Ctx::get();
    // The start page's title is the product name alone.
    let title = |heading: Option<Msg>| {
        let locale = ctx.locale.get_untracked();
        browser::set_title(&page_title(heading.map(|m| m.text(locale)), locale));
    };
    match route {
        Route::Start => {
            title(None);
            redrawn(texts, || view! { <StartPage /> }.into_any())
        }
        // These live in the on-demand bundle, loaded on first use.
        Route::NewPassword => {
            title(Some(Msg::PasswordTitle));
            view! { <OnDemandPage title=Msg::PasswordTitle /> }.into_any()
        }
        Route::QrDemo | Route::QrConfirm(_) => {
            title(Some(Msg::QrTitle));
            view! { <OnDemandPage title=Msg::QrTitle /> }.into_any()
        }
        Route::Page(id) if id == Tree::shipped().start() => {
            title(None);
            redrawn(texts, || view! { <StartPage /> }.into_any())
        }
        Route::Page(id) if Tree::shipped().node(&id).is_some() => redrawn(texts, move || {
            super::tree::node_page(&id).unwrap_or_else(|| view! { <NotFound /> }.into_any())
        }),
        Route::Page(_) | Route::NotFound => {
            title(Some(Msg::NotFoundHeading));
            view! { <NotFound /> }.into_any()
        }
    }
}

/// `draw`'s view, drawn again when the tree's Chinese texts arrive.
fn redrawn(texts: RwSignal<bool>, draw: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    (move || {
        texts.track();
        draw()
    })
    .into_any()
}
