//! The messages between the QR page and the phone view, and their JSON form.
//!
//! The QR page and the phone view (`#/qr-confirm/<token>`, in another tab of the same
//! browser) talk over a `BroadcastChannel` named [`CHANNEL_NAME`], one JSON
//! [`ChannelMsg`] per message:
//!
//! 1. The phone view opens and posts `opened` with its token
//!    ([`PhoneSession::open`](super::PhoneSession::open)).
//! 2. The QR tab that issued the token ([`QrSession::receive`](super::QrSession::receive))
//!    scans it if it is live and answers `status` with the resulting state: `scanned` for
//!    a live code (also when the phone view is reopened), anything else for an expired or
//!    used one. A token the tab retired by refreshing is answered `expired`. Tokens it
//!    never issued are ignored, so several QR tabs can share the channel.
//! 3. The phone view shows Confirm and Cancel only after `status: scanned`. The choice is
//!    posted as `confirmed` or `cancelled`; the QR tab applies it and answers `status`.
//! 4. The QR tab also posts `status` after every change it makes on its own (expiry,
//!    block, simulated scan), so an open phone view learns that the code has expired.
//! 5. No answer within [`ANSWER_TIMEOUT_MS`](super::ANSWER_TIMEOUT_MS) means no tab knows
//!    the token (closed tab, another browser, a made-up URL): the phone view says the code
//!    has expired.
//!
//! Anything else on the channel (other types, extra fields, bad tokens, oversized text) is
//! rejected by [`ChannelMsg::from_json`] and ignored.

use serde::{Deserialize, Serialize};

use super::{QrState, Token};

/// The `BroadcastChannel` name shared by the QR page and the phone view. The version suffix
/// keeps a future, incompatible protocol from talking to an old tab.
pub const CHANNEL_NAME: &str = "recovery-assistant-qr-v1";

/// The longest channel message accepted. Real ones are under 100 bytes; the limit keeps a
/// hostile page on the same origin from making the UI parse megabytes.
pub const MAX_MESSAGE_BYTES: usize = 1024;

/// A message on the demo's `BroadcastChannel`. See the module documentation for the
/// sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
pub enum ChannelMsg {
    /// Phone → QR tab: the phone view was opened for `token` (a scan).
    Opened {
        /// The token from the phone view's URL.
        token: Token,
    },
    /// Phone → QR tab: the user confirmed the login.
    Confirmed {
        /// The token being confirmed.
        token: Token,
    },
    /// Phone → QR tab: the user cancelled the login.
    Cancelled {
        /// The token being cancelled.
        token: Token,
    },
    /// QR tab → phone: `token`'s session is in `state`.
    Status {
        /// The token the state is about.
        token: Token,
        /// Its state.
        state: QrState,
    },
}

impl ChannelMsg {
    /// The message as JSON text, such as `{"type":"opened","token":"00ff…"}`.
    pub fn to_json(&self) -> String {
        // serde_json only fails on non-string map keys or a failing `Serialize`; this type
        // has neither, and an empty string would be ignored by the receiver anyway.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a message, or `None` for anything that is not exactly one of ours: the
    /// channel is open to every script on the origin, so garbage must be survivable.
    pub fn from_json(text: &str) -> Option<ChannelMsg> {
        if text.len() > MAX_MESSAGE_BYTES {
            return None;
        }
        serde_json::from_str(text).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{token, ALL_STATES};
    use super::*;

    #[test]
    fn channel_messages_use_a_small_documented_json_shape() {
        let t = token(0xab);
        let hex = "ab".repeat(16);
        assert_eq!(
            ChannelMsg::Opened { token: t }.to_json(),
            format!(r#"{{"type":"opened","token":"{hex}"}}"#)
        );
        assert_eq!(
            ChannelMsg::Status {
                token: t,
                state: QrState::Scanned
            }
            .to_json(),
            format!(r#"{{"type":"status","token":"{hex}","state":"scanned"}}"#)
        );
    }

    #[test]
    fn every_channel_message_round_trips_through_json() {
        let t = token(0x5c);
        let mut msgs = vec![
            ChannelMsg::Opened { token: t },
            ChannelMsg::Confirmed { token: t },
            ChannelMsg::Cancelled { token: t },
        ];
        msgs.extend(ALL_STATES.map(|state| ChannelMsg::Status { token: t, state }));
        for m in msgs {
            assert_eq!(ChannelMsg::from_json(&m.to_json()), Some(m));
        }
    }

    #[test]
    fn garbage_on_the_channel_is_rejected() {
        let hex = "ab".repeat(16);
        let garbage = [
            String::new(),
            "null".into(),
            "42".into(),
            "[]".into(),
            "{}".into(),
            "not json".into(),
            format!(r#"{{"token":"{hex}"}}"#),
            format!(r#"{{"type":"hello","token":"{hex}"}}"#),
            format!(r#"{{"type":"Opened","token":"{hex}"}}"#),
            r#"{"type":"opened"}"#.into(),
            r#"{"type":"opened","token":"abc"}"#.into(),
            format!(r#"{{"type":"opened","token":"{}"}}"#, hex.to_uppercase()),
            r#"{"type":"opened","token":12}"#.into(),
            format!(r#"{{"type":"opened","token":"{hex}","extra":1}}"#),
            format!(r#"{{"type":"status","token":"{hex}"}}"#),
            format!(r#"{{"type":"status","token":"{hex}","state":"done"}}"#),
            format!(r#"{{"type":"status","token":"{hex}","state":"Scanned"}}"#),
            format!(r#"{{"type":"opened","token":"{hex}"}} trailing"#),
            format!(
                r#"{{"type":"opened","token":"{hex}","pad":"{}"}}"#,
                "x".repeat(MAX_MESSAGE_BYTES)
            ),
        ];
        for g in &garbage {
            assert_eq!(ChannelMsg::from_json(g), None, "{g}");
        }
    }

    #[test]
    fn an_oversized_message_is_refused_before_parsing() {
        let hex = "ab".repeat(16);
        let padded = format!(
            r#"{{"type":"opened",{}"token":"{hex}"}}"#,
            " ".repeat(MAX_MESSAGE_BYTES)
        );
        assert!(serde_json::from_str::<ChannelMsg>(&padded).is_ok());
        assert_eq!(ChannelMsg::from_json(&padded), None);
    }

    proptest::proptest! {
        #[test]
        fn reading_any_text_from_the_channel_never_panics(s in ".{0,300}") {
            let _ = ChannelMsg::from_json(&s);
        }

        #[test]
        fn reading_near_miss_json_from_the_channel_never_panics(
            kind in "[a-zA-Z]{0,10}", tok in "[0-9a-fA-F]{0,34}", state in "[a-z]{0,10}",
        ) {
            let text = format!(r#"{{"type":"{kind}","token":"{tok}","state":"{state}"}}"#);
            if let Some(msg) = ChannelMsg::from_json(&text) {
                proptest::prop_assert_eq!(ChannelMsg::from_json(&msg.to_json()), Some(msg));
            }
        }
    }
}
