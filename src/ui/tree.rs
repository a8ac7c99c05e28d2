//! Decision-tree pages: a question with its choices, an outcome with its fix, the
//! breadcrumbs of answers so far, Back and Start again, "Did this solve it?", and the
//! summary for the administrator.
//!
//! Every step is its own URL (`#/<id>`); the walker (see [`walker`]) follows the hash
//! and only remembers which answer led where, so the summary and breadcrumbs can show it.

use leptos::prelude::*;

use super::browser;
use super::ctx::Ctx;
use super::kiosk::KioskAddress;
use crate::domain::i18n::{Locale, Msg};
use crate::domain::route::{to_hash, Route};
use crate::domain::shell::page_title;
use crate::domain::summary::admin_summary;
use crate::domain::tree::{
    login_hint, CrumbLabel, Link, Localized, NextLink, Node, NotSolved, Outcome, OutcomeOffers,
    PlaceholderValues, Question, Reader, Tree, Walker, CONSOLE_URL,
};

/// Where the visitor is in the tree, provided by the main app (the second bundle, with
/// the password checker and QR demo, has no tree).
#[derive(Clone, Copy)]
pub struct TreeWalker(pub RwSignal<Walker>);

/// Whether the tree has its Chinese texts yet ([`Tree::add_chinese`]), provided by the
/// main app: the language switch sets it once they have arrived, and the tree pages,
/// which hold the English-only tree until then, are drawn again.
#[derive(Clone, Copy)]
pub struct TreeTexts(pub RwSignal<bool>);

thread_local! {
    static WALKER: std::cell::Cell<Option<TreeWalker>> = const { std::cell::Cell::new(None) };
    static TEXTS: std::cell::Cell<Option<TreeTexts>> = const { std::cell::Cell::new(None) };
}

impl TreeWalker {
    /// Makes `self` the walker the tree's pages read.
    pub fn provide(self) {
        WALKER.with(|w| w.set(Some(self)));
    }
}

impl TreeTexts {
    /// Makes `self` the flag the tree's pages and the language switch read.
    pub fn provide(self) {
        TEXTS.with(|t| t.set(Some(self)));
    }

    /// The flag provided by [`super::App`].
    pub fn get() -> TreeTexts {
        TEXTS.with(|t| t.get()).expect("TreeTexts provided")
    }
}

/// The walker provided by [`super::App`].
fn walker() -> RwSignal<Walker> {
    WALKER.with(|w| w.get()).expect("TreeWalker provided").0
}

/// Renders a tree text in the current language with the company's values filled in.
/// Reactive: re-renders when the language or the typed email changes.
fn rendered(ctx: Ctx, text: &Localized) -> impl Fn() -> String + Send + Sync + 'static {
    let text = text.clone();
    move || {
        let locale = ctx.locale.get();
        // Borrowed, not cloned: every text of a page runs this when the email changes, and
        // the email may be a pasted megabyte.
        ctx.email.with(|email| {
            ctx.config.with_value(|config| {
                let values = PlaceholderValues {
                    config,
                    typed_email: Some(email.as_str()).filter(|e| !e.is_empty()),
                    platform: browser::platform(),
                    locale,
                };
                Tree::shipped().render(&text, &values)
            })
        })
    }
}

/// The page for `#/<id>`: a question, an outcome, or "page not found".
pub fn node_page(id: &str) -> Option<AnyView> {
    let tree = Tree::shipped();
    let node = tree.node(id)?;
    let ctx = Ctx::get();
    let heading = rendered(ctx, node.heading())();
    browser::set_title(&page_title(Some(&heading), ctx.locale.get_untracked()));
    Some(match node {
        Node::Question(q) => view! { <QuestionPage question=q /> }.into_any(),
        Node::Outcome(o) => view! { <OutcomePage outcome=o /> }.into_any(),
    })
}

/// The choices of a question as large links; clicking one records the answer.
#[component]
pub fn Choices(question: &'static Question) -> impl IntoView {
    view! { <ul class="choices">{next_link_items(&question.id, Tree::shipped().next_links(&question.id), true)}</ul> }
}

/// The ways on from `page` (a question's choices, an outcome's "not solved" suggestions)
/// as large links. A click records which one was taken before the hash changes (see
/// `Walker::follow`); a question's choices also carry `data-choice`.
fn next_link_items(
    page: &'static str,
    links: Vec<NextLink<'static>>,
    choices: bool,
) -> impl IntoView {
    let ctx = Ctx::get();
    let walker = walker();
    links
        .into_iter()
        .map(|link| {
            let index = link.index;
            let on_click = move |_| walker.update(|w| w.follow(Tree::shipped(), page, index));
            view! {
                <li>
                    <a class="choice" href=link.href on:click=on_click data-choice=choices.then_some(link.target)>
                        <span>{rendered(ctx, link.label)}</span>
                        <span class="choice__chevron" aria-hidden="true">"›"</span>
                    </a>
                </li>
            }
        })
        .collect_view()
}

#[component]
fn QuestionPage(question: &'static Question) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="page" data-page=question.id.clone() data-node="question">
            <Crumbs />
            <h1 class="page__title" tabindex="-1">{rendered(ctx, &question.text)}</h1>
            <Choices question=question />
            <NavRow />
        </section>
    }
}

/// Breadcrumbs: each answer given so far, linking back to its question.
#[component]
fn Crumbs() -> impl IntoView {
    let ctx = Ctx::get();
    let walker = walker();
    let crumbs = move || {
        let locale = ctx.locale.get();
        walker
            .with(|w| w.crumbs(Tree::shipped()))
            .into_iter()
            .map(|crumb| {
                let label = match crumb.label {
                    CrumbLabel::Answer(text) | CrumbLabel::Heading(text) => rendered(ctx, text)(),
                    CrumbLabel::Start => Msg::CrumbStart.text(locale).to_string(),
                    CrumbLabel::Blank => String::new(),
                };
                view! { <li><a href=crumb.href>{label}</a></li> }
            })
            .collect_view()
    };
    let has_path = move || !walker.with(|w| w.path().is_empty());
    view! {
        {move || has_path().then(|| view! {
            <nav class="crumbs" aria-label=ctx.t(Msg::AnswersSoFar)>
                <ol class="crumbs__list">{crumbs}</ol>
            </nav>
        })}
    }
}

/// Back (to the previous step) and Start again, both links so they work on the
/// pre-rendered page too (the app clears the path when the start page is reached).
#[component]
fn NavRow() -> impl IntoView {
    let ctx = Ctx::get();
    let walker = walker();
    let back_href = move || walker.with(|w| w.back_href(Tree::shipped()));
    // Quieter than the page's own choices and answers: leaving is not the next step.
    view! {
        <div class="navrow">
            <a class="button button--quiet" href=back_href data-nav="back">"← "{ctx.t(Msg::Back)}</a>
            <a class="button button--quiet" href=to_hash(&Route::Start) data-nav="restart">{ctx.t(Msg::Restart)}</a>
        </div>
    }
}

#[component]
fn OutcomePage(outcome: &'static Outcome) -> impl IntoView {
    let ctx = Ctx::get();
    let kiosk = ctx.config.with_value(|c| c.kiosk.enabled);
    // The app moves the walker before it renders a page, so this is the page's reader for
    // as long as it is shown.
    let reader = walker().with_untracked(|w| w.reader(Tree::shipped()));
    let offers = OutcomeOffers::of(outcome, reader, kiosk);
    let console = offers.console.map(|heading| {
        view! {
            <section class="outcome__section console-link">
                <h2>{ctx.t(heading)}</h2>
                <p><KioskAddress url=CONSOLE_URL.to_string() /></p>
            </section>
        }
    });
    let list = |items: &'static [Localized], ordered: bool| {
        let lis = items
            .iter()
            .map(|t| view! { <li>{rendered(ctx, t)}</li> })
            .collect_view();
        if ordered {
            view! { <ol class="outcome__steps">{lis}</ol> }.into_any()
        } else {
            view! { <ul class="outcome__list">{lis}</ul> }.into_any()
        }
    };
    let error = outcome.error_message.clone().map(|msg| {
        view! {
            <p class="outcome__error">
                <span class="outcome__error-label">{ctx.t(Msg::ErrorYouSee)}</span>
                <q class="outcome__error-text" lang="en">{msg}</q>
            </p>
        }
    });
    // In the Chinese interface, the Chinese login page's wording beside the English one:
    // in quotation marks only when confirmed (see `ChineseMessage::shown_as`).
    let error_zh = outcome.error_message_zh.as_ref().map(|form| {
        let (label, quoted) = form.shown_as();
        let text = if quoted {
            format!("“{}”", form.zh)
        } else {
            form.zh.clone()
        };
        view! {
            <p class="outcome__error outcome__error--zh" hidden=move || ctx.locale.get() != Locale::ZhCn>
                <span class="outcome__error-label">{ctx.t(label)}</span>
                <span class="outcome__error-text" lang="zh-CN">{text}</span>
            </p>
        }
    });
    let login_box = outcome
        .uses_placeholder("login_url")
        .then(|| view! { <LoginAddress /> });
    let verification = (!outcome.verification.is_empty()).then(|| {
        view! {
            <section class="outcome__section">
                <h2>{ctx.t(Msg::Verify)}</h2>
                {list(&outcome.verification, false)}
            </section>
        }
    });
    let notes = (!outcome.notes.is_empty()).then(|| {
        view! {
            <section class="outcome__section">
                <h2>{ctx.t(Msg::GoodToKnow)}</h2>
                {list(&outcome.notes, false)}
            </section>
        }
    });
    let links = (!outcome.links.is_empty()).then(|| {
        let items = outcome
            .links
            .iter()
            .map(|link| {
                let href = to_hash(&link.route());
                let label = move || {
                    let tree = Tree::shipped();
                    match link {
                        Link::Node(id) => tree
                            .node(id)
                            .map(|n| rendered(ctx, n.heading())())
                            .unwrap_or_default(),
                        _ => tree.link_label(link, ctx.locale.get()).to_string(),
                    }
                };
                // Plain links: on an employee's page a related page may be an administrator's
                // task, which must not look like the thing to do next.
                view! { <li><a class="outcome__link" href=href>{label}</a></li> }
            })
            .collect_view();
        view! {
            <section class="outcome__section no-print">
                <h2>{ctx.t(Msg::Related)}</h2>
                <ul class="outcome__links">{items}</ul>
            </section>
        }
    });
    let faq = (!outcome.faq.is_empty()).then(|| {
        let items = outcome
            .faq
            .iter()
            .map(|f| {
                view! {
                    <details class="faq">
                        <summary class="faq__q">{rendered(ctx, &f.q)}</summary>
                        <p class="faq__a">{rendered(ctx, &f.a)}</p>
                    </details>
                }
            })
            .collect_view();
        view! {
            <section class="outcome__section">
                <h2>{ctx.t(Msg::Faq)}</h2>
                {items}
            </section>
        }
    });

    view! {
        // data-admin: style/shell.css hides the footer's "ask your administrator" for one.
        <article class="page outcome" data-page=outcome.id.clone() data-node="outcome" data-admin=reader == Reader::Administrator>
            <Crumbs />
            <h1 class="page__title" tabindex="-1">{rendered(ctx, &outcome.title)}</h1>
            {error}
            {error_zh}
            <section class="outcome__section">
                <h2>{ctx.t(Msg::WhatHappened)}</h2>
                <p>{rendered(ctx, &outcome.what_happened)}</p>
            </section>
            <section class="outcome__section">
                <h2>{ctx.t(Msg::Why)}</h2>
                <p>{rendered(ctx, &outcome.why)}</p>
            </section>
            {login_box}
            <section class="outcome__section">
                <h2>{ctx.t(Msg::Steps)}</h2>
                {list(&outcome.steps, true)}
            </section>
            {console}
            {verification}
            {notes}
            {links}
            {faq}
            <Solved outcome=outcome reader=reader />
            <SummaryBox outcome=outcome offers=offers />
            <NavRow />
        </article>
    }
}

/// The company's login address, or one worked out from the email the user types.
#[component]
fn LoginAddress() -> impl IntoView {
    let ctx = Ctx::get();
    let configured = ctx.config.with_value(|c| c.login_url.clone());
    if let Some(url) = configured {
        return view! {
            <section class="outcome__section login-address" data-login-address>
                <p>{ctx.t(Msg::LoginAddressConfigured)}" "<KioskAddress url=url.clone() /></p>
            </section>
        }
        .into_any();
    }
    let hint = move || {
        ctx.email.with(|email| {
            ctx.config
                .with_value(|c| login_hint(c, Some(email.as_str())))
        })
    };
    view! {
        <section class="outcome__section login-address" data-login-address>
            <label class="field__label" for="login-email">{ctx.t(Msg::EmailLabel)}</label>
            <p class="field__hint" id="login-email-hint">{ctx.t(Msg::EmailHint)}</p>
            <input
                class="field__input"
                id="login-email"
                type="email"
                autocomplete="username"
                spellcheck="false"
                autocapitalize="off"
                aria-describedby="login-email-hint"
                // Set once: after that the field is the source, so a paste is not
                // written back into it (for a megabyte, that costs Chromium ~100 ms).
                prop:value=ctx.email.get_untracked()
                on:input=move |ev| ctx.email.set(event_target_value(&ev))
            />
            <p class="login-address__result" aria-live="polite">
                {move || hint().map(|hint| {
                    let (lead, url) = hint.lead(ctx.locale.get());
                    let url = url.map(str::to_string);
                    view! { {lead}" "{url.map(|url| view! { <KioskAddress url=url /> })} }
                })}
            </p>
        </section>
    }
    .into_any()
}

/// "Did this solve it?": Yes ends with a confirmation, No offers the next best paths.
#[component]
fn Solved(outcome: &'static Outcome, reader: Reader) -> impl IntoView {
    let ctx = Ctx::get();
    let wording = Tree::shipped().wording();
    let (yes, no, done) = wording.solved_for(reader);
    // None: not answered; Some(true): solved; Some(false): still stuck.
    let answer = RwSignal::new(None::<bool>);
    // Less what the visitor's answers ruled out; on the last page, a closing line alone.
    let next = move || {
        let walker = walker();
        let NotSolved { lead, links } =
            walker.with_untracked(|w| Tree::shipped().not_solved(&outcome.id, w.path()));
        let list = (!links.is_empty()).then(
            || view! { <ul class="choices">{next_link_items(&outcome.id, links, false)}</ul> },
        );
        view! {
            <p>{rendered(ctx, lead)}</p>
            {list}
        }
    };
    view! {
        <section class="outcome__section solved no-print" aria-labelledby="solved-heading">
            <h2 id="solved-heading">{rendered(ctx, &wording.did_it_solve)}</h2>
            <div class="solved__buttons">
                <button type="button" class="button" aria-pressed=move || (answer.get() == Some(true)).to_string()
                    on:click=move |_| answer.set(Some(true))>{rendered(ctx, yes)}</button>
                <button type="button" class="button" aria-pressed=move || (answer.get() == Some(false)).to_string()
                    on:click=move |_| answer.set(Some(false))>{rendered(ctx, no)}</button>
            </div>
            <div role="status" class="solved__result">
                {move || match answer.get() {
                    Some(true) => Some(view! { <p class="solved__done">{rendered(ctx, done)}</p> }.into_any()),
                    Some(false) => Some(next().into_any()),
                    None => None,
                }}
            </div>
        </section>
    }
}

/// Copies a plain-text summary for the administrator, and shows it; prints the page.
/// Which of the two a page offers is [`OutcomeOffers`]'s decision.
#[component]
fn SummaryBox(outcome: &'static Outcome, offers: OutcomeOffers) -> impl IntoView {
    let ctx = Ctx::get();
    let walker = walker();
    // Empty until copied (a `String` signal, of which the bundle has the code already).
    let summary = RwSignal::new(String::new());
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let locale = ctx.locale.get_untracked();
        let when = browser::now_local_string(locale.tag());
        let text = walker.with_untracked(|w| {
            ctx.email.with_untracked(|email| {
                ctx.config.with_value(|c| {
                    let tree = Tree::shipped();
                    admin_summary(tree, w.path(), &outcome.id, locale, &when, c, Some(email))
                })
            })
        });
        summary.set(text.clone());
        leptos::task::spawn_local(async move {
            // The visitor may have left the page while the browser wrote the clipboard.
            copied.try_set(Some(browser::copy_text(&text).await));
        });
    };
    view! {
        <section class="outcome__section summary no-print">
            <div class="summary__buttons">
                {offers.copy_summary.then(|| view! {
                    <button type="button" class="button" on:click=copy>{ctx.t(Msg::CopySummary)}</button>
                })}
                {offers.print.then(|| view! {
                    <button type="button" class="button" on:click=move |_| browser::print()>{ctx.t(Msg::Print)}</button>
                })}
            </div>
            <p role="status" class="summary__status">
                {move || copied.get().map(|ok| if ok { ctx.t(Msg::Copied)() } else { ctx.t(Msg::CopyManually)() })}
            </p>
            {move || Some(summary.get()).filter(|t| !t.is_empty()).map(|text| view! {
                <label class="field__label" for="summary-text">{ctx.t(Msg::SummaryLabel)}</label>
                <textarea id="summary-text" class="summary__text" readonly rows="10">{text}</textarea>
            })}
        </section>
    }
}
