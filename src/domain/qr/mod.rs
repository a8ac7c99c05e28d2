//! The scan-to-login demo: the session and its countdown, the code image, what screen
//! readers hear, and the messages between the QR page and the phone view.
//!
//! Nothing here reads a clock or a random source. The UI hands in 16 random bytes for each
//! [`Token`] and a [`Now`] (wall clock and monotonic clock) at every tick, so every rule
//! is tested natively. Every sentence the two pages show is built here too, from
//! [`ToolMsg`](crate::domain::i18n::ToolMsg) keys; `ui::qr` only wires signals and renders.
//!
//! # Files
//!
//! | File | Owns |
//! |---|---|
//! | `token.rs` | [`Token`]: the 128-bit login token and its hexadecimal form |
//! | `state.rs` | [`QrState`]: the states' names, status lines, overlay words, whether the countdown shows |
//! | `session.rs` | [`QrSession`]: the transitions, the deadline on both clocks, answering phone views; [`QrError`]; [`QrSettings`] |
//! | `countdown.rs` | [`Now`], the timer's `m:ss` ([`format_mss`]), durations in words ([`duration_words`], [`expiry_help`]) |
//! | `announce.rs` | [`Moment`], [`Announcement`], [`announcement`]: what the live region says, and [`fresh`] |
//! | `image.rs` | [`modules`], [`qr_path`], [`render_svg`] and [`EncodeError`]: any text as a QR code |
//! | `mask.rs` | the standard's penalty score and the choice of the best of eight masks |
//! | `channel.rs` | [`ChannelMsg`] and its JSON; the channel protocol, step by step |
//! | `phone.rs` | [`confirm_url`], [`PhoneView`] and its words, [`PhoneSession`] |
//!
//! The files depend on each other in one direction only. `token`, `state`, `countdown`
//! and `image` use no other file here; `channel` uses `token` and `state`; `session`
//! those and `channel` and `countdown`; `announce` adds `session`; `phone` uses `token`,
//! `state` and `channel`.
//!
//! # States
//!
//! ```text
//!            scan              confirm
//! Pending ─────────► Scanned ─────────► Confirmed
//!    │                  │
//!    │ cancel           │ cancel
//!    ├──────────────────┴─────────────► Cancelled
//!    │ deadline passes (tick, or any
//!    │ scan/confirm/cancel at or after it)
//!    └──────────────────┴─────────────► Expired
//!
//! block:   any state except Confirmed ─► Blocked
//! refresh: any state except Blocked   ─► Pending (new token, new deadline)
//! ```
//!
//! The rules behind the arrows and the two clocks are in `session.rs`; the messages that
//! drive them from the phone view are in `channel.rs`.

mod announce;
mod channel;
mod countdown;
mod image;
mod mask;
mod phone;
mod session;
mod state;
#[cfg(test)]
mod testing;
mod token;

pub use announce::{announcement, fresh, Announcement, Moment, ANNOUNCE_AT_SECONDS};
pub use channel::{ChannelMsg, CHANNEL_NAME, MAX_MESSAGE_BYTES};
pub use countdown::{duration_words, expiry_help, format_mss, Now};
pub use image::{modules, qr_path, render_svg, EncodeError, QrPath, QUIET_ZONE_MODULES};
pub use phone::{confirm_url, phone_question, PhoneSession, PhoneView, ANSWER_TIMEOUT_MS};
pub use session::{QrError, QrSession, QrSettings};
pub use state::QrState;
pub use token::Token;

/// The files working together: a login from the QR tab to the phone view and back, over
/// the channel's JSON.
#[cfg(test)]
mod tests {
    use super::testing::{at, session};
    use super::*;
    use crate::domain::route::{self, Route};

    /// Delivers `msg` as JSON text, as the BroadcastChannel does.
    fn wire(msg: ChannelMsg) -> ChannelMsg {
        ChannelMsg::from_json(&msg.to_json()).unwrap()
    }

    #[test]
    fn qr_tab_and_phone_view_complete_a_login_over_the_channel() {
        let mut qr = session();
        let url = confirm_url("http://127.0.0.1:8080/#/qr-demo", &qr.token());
        let Route::QrConfirm(text) = route::parse(&url[url.find('#').unwrap()..]) else {
            panic!("{url}");
        };
        let (mut p, opened) = PhoneSession::open(&text);
        let answer = qr.receive(&wire(opened.unwrap()), at(10_000.0)).unwrap();
        p.receive(&wire(answer));
        assert_eq!(
            (qr.state(), p.view()),
            (QrState::Scanned, PhoneView::Asking)
        );
        let answer = qr
            .receive(&wire(p.confirm().unwrap()), at(20_000.0))
            .unwrap();
        p.receive(&wire(answer));
        assert_eq!(
            (qr.state(), p.view()),
            (QrState::Confirmed, PhoneView::Confirmed)
        );
    }

    #[test]
    fn a_phone_view_left_open_hears_when_the_code_expires() {
        let mut qr = session();
        let (mut p, opened) = PhoneSession::open(&qr.token().to_hex());
        let answer = qr.receive(&opened.unwrap(), at(1000.0)).unwrap();
        p.receive(&answer);
        assert!(qr.tick(at(300_000.0)));
        p.receive(&wire(qr.status()));
        assert_eq!(p.view(), PhoneView::Expired);
    }
}
