//! [`Ctx`]: what every component may read (settings, language, where we are), provided by
//! the main app and, for its own pages, by the on-demand bundle.

use leptos::prelude::*;

use crate::domain::config::{Config, ConfigError};
use crate::domain::i18n::{Locale, Message};
use crate::domain::route::Route;
use crate::domain::shell::company_name;

/// What every component may read: settings, language, where we are.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The validated configuration; fixed once loaded.
    pub config: StoredValue<Config>,
    /// Problems found while loading the configuration, for the notice.
    pub config_problems: StoredValue<Vec<ConfigError>>,
    /// The language the page is shown in.
    pub locale: RwSignal<Locale>,
    /// The current hash route.
    pub route: RwSignal<Route>,
    /// The email address typed anywhere in the assistant, kept for this session only
    /// (memory, never storage) so it need not be typed twice.
    pub email: RwSignal<String>,
}

thread_local! {
    /// The bundle's one context. Not Leptos' `provide_context`: each bundle has a single
    /// app with a single `Ctx`, so the owner-scoped type map behind it (0.85 KB brotli of
    /// the first load, with `TreeWalker` and `TreeTexts`) bought nothing.
    static CURRENT: std::cell::Cell<Option<Ctx>> = const { std::cell::Cell::new(None) };
}

impl Ctx {
    /// Makes `self` the context every component of this bundle reads.
    pub fn provide(self) {
        CURRENT.with(|c| c.set(Some(self)));
    }

    /// The context provided by `App` (or by the on-demand bundle's mount). Panics outside
    /// it, which is a programming error.
    pub fn get() -> Ctx {
        CURRENT.with(|c| c.get()).expect("Ctx provided")
    }

    /// A reactive text for `msg` in the current language.
    pub fn t<M: Message>(self, msg: M) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || msg.text(self.locale.get())
    }

    /// The company name from config, or the catalog's stand-in.
    pub fn company(self) -> String {
        self.config
            .with_value(|c| company_name(c, self.locale.get_untracked()))
    }
}

/// Runs `f` now and again whenever a signal it reads changes, like `Effect::new`. Every
/// effect of the main bundle goes through one boxed closure type, because `Effect::new`'s
/// code is copied into the wasm once for each closure type it is given.
pub fn watch(f: impl Fn() + Send + Sync + 'static) {
    watch_boxed(Box::new(f));
}

fn watch_boxed(f: Box<dyn Fn() + Send + Sync>) {
    Effect::new(move |_| f());
}
