//! The start page: search by error message, or answer the first question.

use leptos::prelude::*;

use super::browser;
use super::ctx::Ctx;
use super::tree::Choices;
use crate::domain::i18n::Msg;
use crate::domain::route::{to_hash, Route};
use crate::domain::search::{SearchIndex, SearchStatus};
use crate::domain::tree::{Node, Tree};

/// How long typing must pause before the match count is announced, so screen readers
/// hear the result once instead of after every keystroke.
const ANNOUNCE_AFTER_MS: i32 = 700;

/// The first page every visitor sees.
#[component]
pub fn StartPage() -> impl IntoView {
    let ctx = Ctx::get();
    let tree = Tree::shipped();
    let start = match tree.node(tree.start()) {
        Some(Node::Question(q)) => Some(q),
        _ => None,
    };
    let question = start.map(|q| {
        let text = q.text.clone();
        let heading = move || text.get(ctx.locale.get()).to_string();
        view! {
            <section class="start__questions" aria-labelledby="start-question">
                <h2 id="start-question">{heading}</h2>
                <Choices question=q />
            </section>
        }
    });
    view! {
        <section class="page start" data-page="start">
            <h1 class="page__title" tabindex="-1">{ctx.t(Msg::StartHeading)}</h1>
            <p class="page__lead">{ctx.t(Msg::StartIntro)}</p>
            <Search />
            <p class="start__or" aria-hidden="true">{ctx.t(Msg::StartOr)}</p>
            {question}
        </section>
    }
}

thread_local! {
    /// Counts the search field's keystrokes, so an announcement timer knows whether it is
    /// still the last one's.
    static KEYSTROKES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The error-message search with live suggestions; Enter opens the best match.
#[component]
fn Search() -> impl IntoView {
    let ctx = Ctx::get();
    // Text typed into the pre-rendered page before the app started is kept and searched;
    // a search sent then (Enter, which `pages.js` held) is sent now.
    let (typed, sent) = super::takeover::take_search().unwrap_or_default();
    let query = RwSignal::new(typed.clone());
    // Set by each keystroke only when the results differ, so the list is not drawn again
    // for a keystroke that changes nothing (what a memo would do, with less code).
    let hits = RwSignal::new(found(&typed));
    let announced = RwSignal::new(String::new());
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        let ids = found(&typed);
        if hits.with_untracked(|h| *h != ids) {
            hits.set(ids);
        }
        query.set(typed);
        // Announce only once typing pauses: a timer finding that another keystroke came
        // after its own does nothing (that keystroke's timer announces).
        let keystroke = KEYSTROKES.with(|k| {
            k.set(k.get().wrapping_add(1));
            k.get()
        });
        browser::after(ANNOUNCE_AFTER_MS, move || {
            if KEYSTROKES.with(|k| k.get()) != keystroke {
                return;
            }
            // The page is gone if the visitor left it before the pause ended.
            let (Some(q), Some(count)) = (
                query.try_get_untracked(),
                hits.try_with_untracked(|h| h.len()),
            ) else {
                return;
            };
            announced.try_set(status_text(ctx, &q, count));
        });
    };
    let submit = move || {
        if let Some(best) = hits.get_untracked().first() {
            browser::go(&to_hash(&Route::Page(best.clone())));
        } else {
            announced.set(status_text(ctx, &query.get_untracked(), 0));
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submit();
    };
    if sent {
        // After the first render, as a submit event would be.
        super::ctx::watch(submit);
    }
    let suggestions = move || {
        let tree = Tree::shipped();
        let locale = ctx.locale.get();
        hits.get()
            .into_iter()
            .filter_map(|id| {
                let outcome = tree.outcome(&id)?;
                let title = outcome.title.get(locale).to_string();
                let error = outcome.error_message.clone();
                // An administrator's task must not pass for an employee's own fix.
                let tag = outcome.only_for_administrators().then(|| {
                    view! { <span class="suggestion__tag">{Msg::ForAdministrators.text(locale)}</span> }
                });
                Some(view! {
                    <li>
                        <a class="suggestion" href=to_hash(&Route::Page(id.clone())) data-suggestion=id>
                            {tag}
                            <span class="suggestion__title">{title}</span>
                            {error.map(|e| view! { <span class="suggestion__error" lang="en">{e}</span> })}
                        </a>
                    </li>
                })
            })
            .collect_view()
    };
    let no_match = move || {
        let q = query.get();
        (SearchStatus::of(&q, hits.with(Vec::len)) == SearchStatus::NoMatch)
            .then(|| view! { <p class="search__none">{ctx.t(Msg::SearchNoMatch)}</p> })
    };
    view! {
        <form class="search" role="search" on:submit=on_submit>
            <label class="field__label" for="search-input">{ctx.t(Msg::SearchLabel)}</label>
            <p class="field__hint" id="search-hint">{ctx.t(Msg::SearchHint)}</p>
            <div class="search__row">
                <input
                    class="field__input search__input"
                    id="search-input"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="search-hint"
                    // The field is the only source of the query, so nothing is written
                    // back into it (for a pasted megabyte that costs Chromium ~100 ms),
                    // except what was typed before the app started.
                    prop:value=typed
                    on:input=on_input
                />
                <button class="button button--primary search__button" type="submit">{ctx.t(Msg::SearchButton)}</button>
            </div>
            // Closures rather than <Show> here and in the crumbs and the on-demand page:
            // Show's code was 1.6 KB brotli of the first load.
            {move || hits.with(|h| !h.is_empty()).then(|| view! {
                <h2 class="visually-hidden">{ctx.t(Msg::SearchSuggestions)}</h2>
                <ul class="suggestions">{suggestions}</ul>
            })}
            {no_match}
            <p class="visually-hidden" aria-live="polite">{move || announced.get()}</p>
        </form>
    }
}

fn status_text(ctx: Ctx, query: &str, count: usize) -> String {
    SearchStatus::of(query, count).text(ctx.locale.get_untracked())
}

/// The ids of the outcomes that best match `query`, best first.
fn found(query: &str) -> Vec<String> {
    SearchIndex::shipped()
        .search(query)
        .into_iter()
        .map(|hit| hit.id)
        .collect()
}
