//! The live new-password checker page, `#/new-password`.
//!
//! It owns the page's three fields, the show/hide toggle, the Caps Lock listener and the
//! throttled live region. Every decision about the password, and every sentence about it,
//! comes from [`crate::domain::policy`]: the page hands it what was typed on each `input`
//! event and renders the [`Evaluation`] and the texts it gets back.
//!
//! Keeping the password on the page only:
//! - The two password fields are uncontrolled (no `prop:value`): their text goes from the
//!   field into this component's signals and never back, so it is never written to an
//!   attribute, and a pasted megabyte crosses from JavaScript once per `input` event.
//! - The fields have no `name`, so even a form submission could not put them in a URL.
//! - Pieces of the password (a weak keyword, hard-to-type characters) appear in the page's
//!   text only while the user has chosen to show the passwords, as the engine advises.
//!   Invisible characters are named by position, which they are anyway.
//! - Nothing here logs. The signals are owned by the page and disposed when the route
//!   changes; the fields and every text derived from them leave the DOM with it.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use super::ctx::Ctx;
use crate::domain::i18n::{Msg, ToolMsg};
use crate::domain::policy::{
    self, advice_text, announcement_text, mark_prefix, rule_note, rule_text, toggle_label,
    toggle_status, verdict_text, warning_text, Checker, Checklist, Evaluation, Input, Rule, Shown,
};

/// The live region speaks at most once per this long, with the latest state, so a screen
/// reader user hears where the checklist settled rather than every keystroke.
const ANNOUNCE_EVERY: Duration = Duration::from_millis(1500);

/// The password checker page.
#[component]
pub fn PasswordPage() -> impl IntoView {
    let ctx = Ctx::get();
    // Compiled once per visit to the page: the keyword automaton is not rebuilt per key.
    let checker = StoredValue::new(ctx.config.with_value(|c| Checker::new(&c.password_policy)));
    let password = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let shown = RwSignal::new(false);
    // Whether the toggle was used, so its status says nothing until it is.
    let toggled = RwSignal::new(false);
    let caps_lock = RwSignal::new(false);

    let evaluation = Memo::new(move |_| {
        let caps_lock = caps_lock.get();
        ctx.email.with(|email| {
            password.with(|password| {
                confirm.with(|confirm| {
                    checker.with_value(|c| {
                        c.evaluate(&Input {
                            email,
                            password,
                            confirm,
                            caps_lock,
                        })
                    })
                })
            })
        })
    });
    let checklist = Memo::new(move |_| evaluation.with(Checklist::of));
    // Texts are memos so the DOM is touched only when a text actually changes, not on
    // every keystroke that leaves it as it was; one per rule, so a key that changes one
    // rule's line (the length count) leaves the other rows alone.
    let rule_line = move |rule: Rule| {
        Memo::new(move |_| {
            let locale = ctx.locale.get();
            let shown = shown.get();
            let list = checklist.get();
            evaluation.with(|e| rule_text(rule, e, list, locale, shown))
        })
    };
    let verdict = Memo::new(move |_| {
        let locale = ctx.locale.get();
        verdict_text(checklist.get(), locale)
    });
    let status = Memo::new(move |_| {
        let locale = ctx.locale.get();
        checklist.with(|l| l.status().text(locale))
    });
    let warnings = Memo::new(move |_| {
        let locale = ctx.locale.get();
        let shown = shown.get();
        evaluation.with(|e| {
            e.warnings
                .iter()
                .map(|w| (w.id(), warning_text(w, locale, shown)))
                .collect::<Vec<_>>()
        })
    });
    let advice = Memo::new(move |_| {
        let locale = ctx.locale.get();
        evaluation.with(|e| e.advice.map(|a| advice_text(a, locale)))
    });

    // Caps Lock can only be read from an event's modifier state. Listening on the window
    // catches every key, whichever field has focus; a click into a field (a mouse event
    // carries modifier state too) catches it on focus before the first key.
    let note_caps = move |on: bool| {
        if caps_lock.try_get_untracked().is_some_and(|was| was != on) {
            caps_lock.set(on);
        }
    };
    let key_down = window_event_listener(ev::keydown, move |e| {
        note_caps(e.get_modifier_state("CapsLock"))
    });
    let key_up = window_event_listener(ev::keyup, move |e| {
        note_caps(e.get_modifier_state("CapsLock"))
    });
    on_cleanup(move || {
        key_down.remove();
        key_up.remove();
    });
    let on_pointer = move |e: ev::MouseEvent| note_caps(e.get_modifier_state("CapsLock"));

    let live = live_region(evaluation);

    let input_type = move || if shown.get() { "text" } else { "password" };
    let t = move |m: ToolMsg| ctx.t(m);
    // As GOV.UK's password input: the button says what it will do, and a separate polite
    // status says what it did (a changed button name alone is not announced).
    let toggle_text = move || toggle_label(shown.get()).text(ctx.locale.get());
    let toggle_said = move || {
        toggled
            .get()
            .then(|| toggle_status(shown.get()).text(ctx.locale.get()))
    };

    let checklist_items = Rule::ALL
        .iter()
        .map(|&rule| {
            let line = rule_line(rule);
            // Its own memo: the icon and the hidden prefix change only with the state.
            let mark = Memo::new(move |_| line.with(|l| l.state));
            view! {
                <li
                    class="pw-rule"
                    data-rule=rule.id()
                    data-state=move || mark.get().id()
                >
                    <MarkIcon mark=mark.into() />
                    <span class="pw-rule__text">
                        <span class="visually-hidden">
                            {move || mark_prefix(mark.get(), ctx.locale.get())}
                        </span>
                        <span class="pw-rule__title">{move || line.with(|l| l.title.clone())}</span>
                        <span class="pw-rule__detail">{move || line.with(|l| l.detail.clone())}</span>
                        {rule_note(rule)
                            .map(|note| view! { <span class="pw-rule__note">{t(note)}</span> })}
                    </span>
                </li>
            }
        })
        .collect_view();

    let verdict_mark = move || verdict.with(|v| v.overall.mark());
    let has_notes = move || warnings.with(|w| !w.is_empty()) || advice.with(Option::is_some);

    view! {
        <section class="page pw" data-page="new-password">
            <h1 class="page__title" tabindex="-1">{ctx.t(Msg::PasswordTitle)}</h1>
            <p class="page__lead">{t(ToolMsg::PwIntro)}</p>
            // A form so password managers pair the address with the new password; it has
            // no submit button and its fields no names, and submitting is cancelled anyway.
            <form class="pw__form" on:submit=|e: ev::SubmitEvent| e.prevent_default()>
                <div class="pw__field">
                    <label class="pw__label" for="pw-email">{t(ToolMsg::PwEmailLabel)}</label>
                    <p class="pw__hint" id="pw-email-hint">{t(ToolMsg::PwEmailHint)}</p>
                    <input
                        class="pw__input"
                        id="pw-email"
                        type="email"
                        autocomplete="username"
                        spellcheck="false"
                        autocapitalize="off"
                        aria-describedby="pw-email-hint"
                        prop:value=ctx.email.get_untracked()
                        on:input=move |e| ctx.email.set(event_target_value(&e))
                    />
                </div>
                <div class="pw__field">
                    <label class="pw__label" for="pw-new">{t(ToolMsg::PwNewLabel)}</label>
                    <input
                        class="pw__input pw__input--password"
                        id="pw-new"
                        type=input_type
                        autocomplete="new-password"
                        spellcheck="false"
                        autocapitalize="off"
                        aria-describedby="pw-new-status"
                        on:input=move |e| password.set(event_target_value(&e))
                        on:mousedown=on_pointer
                    />
                    // Directly under the field, so a phone's keyboard leaves it in view;
                    // the field's description, not a live region (the one below is throttled).
                    <p class="pw__status" id="pw-new-status">{move || status.get()}</p>
                </div>
                <div class="pw__field">
                    <label class="pw__label" for="pw-confirm">{t(ToolMsg::PwConfirmLabel)}</label>
                    <input
                        class="pw__input pw__input--password"
                        id="pw-confirm"
                        type=input_type
                        autocomplete="new-password"
                        spellcheck="false"
                        autocapitalize="off"
                        on:input=move |e| confirm.set(event_target_value(&e))
                        on:mousedown=on_pointer
                    />
                </div>
                <button
                    type="button"
                    class="button pw__toggle"
                    aria-controls="pw-new pw-confirm"
                    on:click=move |_| {
                        shown.update(|s| *s = !*s);
                        toggled.set(true);
                    }
                >
                    <EyeIcon shown=shown.into() />
                    {toggle_text}
                </button>
            </form>
            <div class="visually-hidden" role="status">{toggle_said}</div>

            <div
                class="pw-verdict"
                data-policy-verdict=move || verdict.with(|v| v.overall.id())
            >
                <MarkIcon mark=Signal::derive(verdict_mark) />
                <div class="pw-verdict__text">
                    <p class="pw-verdict__summary">{move || verdict.with(|v| v.summary.clone())}</p>
                    {move || {
                        verdict
                            .with(|v| v.note.clone())
                            .map(|note| view! { <p class="pw-verdict__note">{note}</p> })
                    }}
                </div>
            </div>

            <h2 class="pw__heading">{t(ToolMsg::PwRulesHeading)}</h2>
            <ul class="pw-rules">{checklist_items}</ul>

            <Show when=has_notes>
                <h2 class="pw__heading">{t(ToolMsg::PwWarningsHeading)}</h2>
                <ul class="pw-warnings">
                    {move || {
                        warnings
                            .get()
                            .into_iter()
                            .map(|(id, text)| {
                                view! { <li class="pw-warning" data-warning=id>{text}</li> }
                            })
                            .collect_view()
                    }}
                </ul>
                {move || {
                    advice
                        .get()
                        .map(|text| {
                            view! { <p class="pw-advice" data-advice="longer-passphrase">{text}</p> }
                        })
                }}
            </Show>

            <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-live-region>
                {move || live.get()}
            </div>

            <p class="pw__back">
                <a class="button" href="#/">{ctx.t(Msg::BackToStart)}</a>
            </p>
        </section>
    }
}

/// Keeps the polite live region's text: when the evaluation changes, waits
/// [`ANNOUNCE_EVERY`], then announces what changed since the last announcement (the
/// engine decides what that is), or nothing when no rule changed state.
fn live_region(evaluation: Memo<Evaluation>) -> RwSignal<String> {
    let ctx = Ctx::get();
    let live = RwSignal::new(String::new());
    let announced = StoredValue::new(evaluation.get_untracked());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |ran_before: Option<()>| {
        evaluation.track();
        // The first run is the page appearing, which is not a change.
        if ran_before.is_none() || pending.get_value().is_some() {
            return;
        }
        // Timers run outside the component's lifetime, so every access tolerates a page
        // already left (the cleanup below also cancels the timer).
        let speak = move || {
            pending.try_set_value(None);
            let (Some(now), Some(locale)) = (
                evaluation.try_get_untracked(),
                ctx.locale.try_get_untracked(),
            ) else {
                return;
            };
            let change = announced
                .try_with_value(|before| policy::announcement(before, &now))
                .flatten();
            if let Some(change) = change {
                live.try_set(announcement_text(&change, locale));
                announced.try_set_value(now);
            }
        };
        pending.set_value(set_timeout_with_handle(speak, ANNOUNCE_EVERY).ok());
    });
    on_cleanup(move || {
        if let Some(Some(handle)) = pending.try_get_value() {
            handle.clear();
        }
    });
    live
}

/// The SVG path drawn inside the icon's circle: a tick, a cross, a dash, or nothing (an
/// empty ring, for pending). Drawing only, so it stays with the component; which state a
/// rule is in, and what a screen reader hears for it, come from the domain.
fn mark_path(shown: Shown) -> Option<&'static str> {
    match shown {
        Shown::Pending => None,
        Shown::Met => Some("M6.5 12.5l3.5 3.5 7.5-8"),
        Shown::Unmet => Some("M8 8l8 8M16 8l-8 8"),
        Shown::NotChecked => Some("M7.5 12h9"),
    }
}

/// A decorative icon for a rule's or the verdict's state (`data-mark`, which the style
/// sheet colours by); the text beside it says the same.
#[component]
fn MarkIcon(mark: Signal<Shown>) -> impl IntoView {
    view! {
        <svg
            class="pw-icon"
            data-mark=move || mark.get().id()
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
        >
            <circle cx="12" cy="12" r="11"></circle>
            <path d=move || mark_path(mark.get())></path>
        </svg>
    }
}

/// The show/hide button's icon: an eye while the passwords are hidden (the button shows
/// them), the eye struck through while they are shown. Decorative: the button's text says
/// what it does.
#[component]
fn EyeIcon(shown: Signal<bool>) -> impl IntoView {
    view! {
        <svg
            class="pw__toggle-icon"
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
        >
            <path d="M1.75 12C4.25 7.5 7.75 5 12 5s7.75 2.5 10.25 7c-2.5 4.5-6 7-10.25 7S4.25 16.5 1.75 12z"></path>
            <circle cx="12" cy="12" r="3.25"></circle>
            // The stroke: a gap in the button's background colour, then the line.
            <Show when=move || shown.get()>
                <path class="pw__toggle-gap" d="M3.5 3.5l17 17"></path>
                <path d="M3.5 3.5l17 17"></path>
            </Show>
        </svg>
    }
}
