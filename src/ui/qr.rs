//! The QR scan-to-login demo, `#/qr-demo`, and its phone view, `#/qr-confirm/<token>`.
//!
//! The session, its countdown, what screen readers hear, the channel protocol and every
//! sentence the two pages say are all `domain::qr`. This module reads the clocks and the
//! random source through `qr_browser`, hands them in, and renders what comes back:
//!
//! - a tick every [`TICK`], and one on `visibilitychange` and `pageshow`, recomputes the
//!   time left from the deadline (the tick count itself means nothing), expires the code
//!   and posts the new state to phone views;
//! - every change is compared with the previous [`Moment`] and
//!   [`announcement`] decides whether the polite live region speaks;
//! - channel messages go to [`QrSession::receive`] or [`PhoneSession::receive`], and
//!   their replies are posted back.
//!
//! Tests rely on `data-qr-state="<state>"` on the panel and on the `role="timer"`
//! element's text being exactly `m:ss`.

use std::time::Duration;

use leptos::prelude::*;

use super::ctx::Ctx;
use super::qr_browser::{self, Channel};
use super::session::{account_locked, forget_account_locked};
use crate::domain::i18n::{Msg, ToolMsg};
use crate::domain::qr::{
    announcement, confirm_url, expiry_help, format_mss, fresh, phone_question, qr_path, ChannelMsg,
    Now, PhoneSession, PhoneView, QrSession, ANSWER_TIMEOUT_MS,
};

/// How often the countdown is recomputed. A quarter second keeps the display within that
/// of the true time left, which is always computed from the deadline.
const TICK: Duration = Duration::from_millis(250);

/// The QR demo page: the code, its countdown and state, the actions, and the steps
/// around it.
#[component]
pub fn QrDemoPage() -> impl IntoView {
    let ctx = Ctx::get();
    let validity = ctx.config.with_value(|c| c.qr.validity_seconds);
    let kiosk = ctx.config.with_value(|c| c.kiosk.enabled);
    let start = qr_browser::now();
    let mut first = QrSession::new(qr_browser::random_token(), validity, start);
    if account_locked() {
        // A fresh session is neither confirmed nor blocked, so this cannot be refused.
        let _ = first.block();
    }
    let prev = StoredValue::new(first.moment(start));
    let session = RwSignal::new(first);
    let now = RwSignal::new(start);
    let spoken = RwSignal::new(String::new());
    let channel = StoredValue::new_local(None::<Channel>);

    let post = move |msg: &ChannelMsg| {
        channel.try_with_value(|c| c.as_ref().map(|c| c.post(msg)));
    };
    // Shows `at` and lets the domain decide what, if anything, screen readers hear.
    let settle = move |at: Now| {
        now.try_set(at);
        let (Some(cur), Some(before)) = (
            session.try_with_untracked(|s| s.moment(at)),
            prev.try_get_value(),
        ) else {
            return;
        };
        prev.try_set_value(cur);
        if let Some(said) = announcement(&before, &cur) {
            let text = said.text(ctx.locale.get_untracked());
            spoken.try_update(|old| *old = fresh(old, text));
        }
    };
    // Applies something this tab does on its own. Phone views hear every resulting change
    // of state, as the protocol asks.
    let act = move |f: &dyn Fn(&mut QrSession, Now)| {
        let at = qr_browser::now();
        let changed = session.try_maybe_update(|s| {
            let (before, token) = (s.state(), s.token());
            f(s, at);
            let changed = s.state() != before;
            // A refresh while waiting keeps the state but issues a new code: redraw it.
            (changed || s.token() != token, changed.then(|| s.status()))
        });
        if let Some(Some(status)) = changed {
            post(&status);
        }
        settle(at);
    };
    let tick = move || {
        act(&|s, at| {
            s.tick(at);
        })
    };
    let on_message = move |msg: ChannelMsg| {
        let at = qr_browser::now();
        // Messages about tokens this tab never issued change nothing and get no reply.
        let reply = session.try_maybe_update(|s| {
            let reply = s.receive(&msg, at);
            (reply.is_some(), reply)
        });
        if let Some(Some(reply)) = reply {
            post(&reply);
        }
        settle(at);
    };
    channel.set_value(Channel::open(on_message));
    // Without BroadcastChannel a phone view could never reach this tab: the page offers
    // Simulate scan alone and says why.
    let unlinked = channel.with_value(Option::is_none);

    let interval = set_interval_with_handle(tick, TICK).ok();
    let wake = StoredValue::new_local(Some(qr_browser::on_wake(tick)));
    on_cleanup(move || {
        if let Some(h) = interval {
            h.clear();
        }
        // Dropping closes the channel and removes the listeners.
        wake.try_set_value(None);
        channel.try_set_value(None);
    });

    let simulate_scan = move |_| {
        act(&|s, at| {
            // When the code is already scanned or no longer live the domain refuses, and
            // the state on screen already says why.
            let _ = s.scan(s.token(), at);
        })
    };
    let refresh = move |_| {
        act(&|s, at| {
            let _ = s.refresh(qr_browser::random_token(), at);
        })
    };
    // The phone's answer given on this page, after Simulate scan: the whole flow works in
    // one tab, and on a kiosk, which opens no phone view.
    let status_line = NodeRef::<leptos::html::P>::new();
    let answer_here = move |confirm: bool| {
        act(&|s, at| {
            let token = s.token();
            // Refused when the code expired meanwhile; the state on screen says so.
            let _ = if confirm {
                s.confirm(token, at)
            } else {
                s.cancel(token, at)
            };
        });
        // The buttons just pressed are gone: keep focus on what happened.
        if let Some(p) = status_line.get_untracked() {
            let _ = p.focus();
        }
    };
    let unlocked = move |_| {
        forget_account_locked();
        let at = qr_browser::now();
        session.set(QrSession::new(qr_browser::random_token(), validity, at));
        settle(at);
    };

    let state = Memo::new(move |_| session.with(|s| s.state()));
    let remaining = Memo::new(move |_| session.with(|s| s.remaining_seconds(now.get())));
    let page_url = qr_browser::page_url();
    let url = Memo::new(move |_| session.with(|s| confirm_url(&page_url, &s.token())));
    let path = Memo::new(move |_| url.with(|u| qr_path(u).ok()));
    // The image is made once and each new code changes its path (and its size, when a
    // longer address needs more modules): a new SVG for every code would be parsed, styled
    // and laid out afresh, about 5 ms of a refresh at 4x CPU slowdown.
    let drawn = Memo::new(move |_| path.with(Option::is_some));
    let live = move || state.get().is_live();
    let text = move |m: ToolMsg| m.text(ctx.locale.get());
    let side = move || path.with(|p| p.as_ref().map_or(0, |p| p.side)).to_string();
    let code = move || {
        if drawn.get() {
            view! {
                <div
                    class="qr-code__image"
                    role=move || live().then_some("img")
                    aria-label=move || live().then(|| text(ToolMsg::QrCodeLabel))
                    aria-hidden=move || (!live()).then_some("true")
                >
                    <svg
                        xmlns="http://www.w3.org/2000/svg"
                        version="1.1"
                        viewBox=move || format!("0 0 {0} {0}", side())
                        shape-rendering="crispEdges"
                    >
                        <rect x="0" y="0" width=side height=side fill="#fff" />
                        <path fill="#000" d=move || path.with(|p| p.as_ref().map(|p| p.d.clone())) />
                    </svg>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="qr-code__missing">{text(ToolMsg::QrCodeUnavailable)}</p> }.into_any()
        }
    };
    let overlay = move || {
        state
            .get()
            .overlay_msg()
            .map(|m| view! { <p class="qr-code__overlay">{text(m)}</p> })
    };
    let timer = move || {
        state.get().shows_timer().then(|| {
            view! {
                <p class="qr-panel__timer">
                    <span id="qr-time-label">{text(ToolMsg::QrTimeLeft)}</span>
                    " "
                    <span class="qr-panel__time" role="timer" aria-labelledby="qr-time-label">
                        {move || format_mss(remaining.get())}
                    </span>
                </p>
            }
        })
    };
    // Which buttons a state offers is `QrState::actions`'s decision; this only draws them.
    let actions = move || {
        let offered = state.get().actions(kiosk || unlinked);
        view! {
            {offered.open_phone.then(|| view! {
                <a class="button button--primary" href=move || url.get() target="_blank" rel="noopener">
                    {text(ToolMsg::QrOpenPhone)}
                    <span class="visually-hidden">" " {text(ToolMsg::QrNewTab)}</span>
                </a>
            })}
            {offered.simulate_scan.map(|disabled| view! {
                <button
                    type="button"
                    class="button"
                    aria-disabled=disabled.then_some("true")
                    on:click=simulate_scan
                >
                    {text(ToolMsg::QrSimulateScan)}
                </button>
            })}
            {offered.refresh.map(|primary| view! {
                <button
                    type="button"
                    class=if primary { "button button--primary" } else { "button" }
                    on:click=refresh
                >
                    {text(ToolMsg::QrRefresh)}
                </button>
            })}
            {offered.unlocked.then(|| view! {
                <button type="button" class="button" on:click=unlocked>
                    {text(ToolMsg::QrUnlocked)}
                </button>
            })}
        }
    };
    let on_screen_phone = move || {
        state.get().shows_phone_question().then(|| {
            let question = move || phone_question(&ctx.company(), ctx.locale.get());
            view! {
                <section class="qr-onscreen" aria-labelledby="qr-onscreen-heading" data-qr-onscreen>
                    <h2 id="qr-onscreen-heading" class="qr-onscreen__heading">{text(ToolMsg::QrOnScreenHeading)}</h2>
                    <p class="qr-onscreen__question">{question}</p>
                    <p>{text(ToolMsg::QrPhoneWarning)}</p>
                    <div class="qr-phone__actions">
                        <button type="button" class="button button--primary" on:click=move |_| answer_here(true)>
                            {text(ToolMsg::QrConfirm)}
                        </button>
                        <button type="button" class="button" on:click=move |_| answer_here(false)>
                            {text(ToolMsg::QrCancel)}
                        </button>
                    </div>
                </section>
            }
        })
    };
    let expiry_body = move || expiry_help(validity, ctx.locale.get());

    view! {
        <section class="page qr-demo" data-page="qr-demo">
            <h1 class="page__title" tabindex="-1">{ctx.t(Msg::QrTitle)}</h1>
            <p class="page__lead">{ctx.t(ToolMsg::QrIntro)}</p>
            <div class="qr-panel" data-qr-state=move || state.get().name()>
                <p class="qr-mark">{ctx.t(ToolMsg::QrDemoMark)}</p>
                <div class="qr-code" class:qr-code--unusable=move || !live()>
                    {code}
                    {overlay}
                </div>
                {timer}
                <p class="qr-panel__status" tabindex="-1" node_ref=status_line>{move || text(state.get().status_line(kiosk || unlinked))}</p>
                <div class="qr-panel__actions">{actions}</div>
                {move || (unlinked && !kiosk && live())
                    .then(|| view! { <p class="qr-panel__note">{text(ToolMsg::QrNoPhoneView)}</p> })}
                {on_screen_phone}
            </div>
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || spoken.get()}
            </div>
            <section class="qr-help" aria-labelledby="qr-steps-heading">
                <h2 id="qr-steps-heading">{ctx.t(ToolMsg::QrStepsHeading)}</h2>
                <ol class="qr-help__steps">
                    <li>{ctx.t(ToolMsg::QrStepApp)}</li>
                    <li>{ctx.t(ToolMsg::QrStepLoggedIn)}</li>
                    <li>{ctx.t(ToolMsg::QrStepEntry)}</li>
                    <li>{ctx.t(ToolMsg::QrStepScan)}</li>
                </ol>
                <h2>{ctx.t(ToolMsg::QrExpiryHeading)}</h2>
                <p>{expiry_body}</p>
                <h2>{ctx.t(ToolMsg::QrLockedHeading)}</h2>
                <p>{ctx.t(ToolMsg::QrLockedBody)}</p>
            </section>
            <p class="qr-links">
                <a class="qr-links__link" href="#/qr-login">{ctx.t(ToolMsg::QrHelpLink)}</a>
                <a class="qr-links__link" href="#/">{ctx.t(Msg::BackToStart)}</a>
            </p>
        </section>
    }
}

/// The phone side of the demo: asks whether to log in the other device, and reports the
/// choice to the QR tab over the channel.
#[component]
pub fn QrConfirmPage(token: String) -> impl IntoView {
    let ctx = Ctx::get();
    let (first, opened) = PhoneSession::open(&token);
    let phone = RwSignal::new(first);
    let timeout = StoredValue::new(None::<TimeoutHandle>);
    let channel = StoredValue::new_local(None::<Channel>);

    // Waits for the QR tab's answer to what was just posted. A new wait replaces the old
    // one, so the timeout of the first message cannot cut short the answer to a later one.
    let wait = move || {
        if let Some(Some(old)) = timeout.try_get_value() {
            old.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                phone.try_update(|p| p.no_answer());
            },
            Duration::from_millis(u64::from(ANSWER_TIMEOUT_MS)),
        );
        timeout.try_set_value(handle.ok());
    };
    let send = move |msg: Option<ChannelMsg>| {
        if let Some(msg) = msg {
            channel.try_with_value(|c| c.as_ref().map(|c| c.post(&msg)));
            wait();
        }
    };
    channel.set_value(Channel::open(move |msg| {
        phone.try_update(|p| p.receive(&msg));
    }));
    let unlinked = channel.with_value(Option::is_none);
    send(opened);
    on_cleanup(move || {
        if let Some(Some(h)) = timeout.try_get_value() {
            h.clear();
        }
        channel.try_set_value(None);
    });

    let confirm = move |_| send(phone.try_update(|p| p.confirm()).flatten());
    let cancel = move |_| send(phone.try_update(|p| p.cancel()).flatten());

    let view_now = Memo::new(move |_| phone.with(|p| p.view()));
    let message = move || view_now.get().text(&ctx.company(), ctx.locale.get());
    let below = move || match view_now.get() {
        PhoneView::Asking => view! {
            <p>{ctx.t(ToolMsg::QrPhoneWarning)}</p>
            <div class="qr-phone__actions">
                <button type="button" class="button button--primary" on:click=confirm>
                    {ctx.t(ToolMsg::QrConfirm)}
                </button>
                <button type="button" class="button" on:click=cancel>
                    {ctx.t(ToolMsg::QrCancel)}
                </button>
            </div>
        }
        .into_any(),
        PhoneView::Expired => view! { <p>{ctx.t(ToolMsg::QrPhoneExpiredHint)}</p> }.into_any(),
        _ => ().into_any(),
    };

    view! {
        <section
            class="page qr-phone"
            data-page="qr-confirm"
            data-phone-view=move || view_now.get().name()
        >
            <h1 class="page__title" tabindex="-1">{ctx.t(ToolMsg::QrPhoneHeading)}</h1>
            <p class="qr-mark">{ctx.t(ToolMsg::QrDemoMark)}</p>
            <div class="qr-phone__card">
                <p class="qr-phone__message" role="status">{message}</p>
                {unlinked.then(|| view! { <p class="qr-panel__note">{ctx.t(ToolMsg::QrNoPhoneView)}</p> })}
                {below}
            </div>
            <p class="qr-links">
                <a class="qr-links__link" href="#/">{ctx.t(Msg::BackToStart)}</a>
            </p>
        </section>
    }
}
