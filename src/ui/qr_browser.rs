//! Browser glue for the QR demo: the two clocks, the random source, the page address,
//! the `BroadcastChannel` between the QR tab and the phone view, and event listeners that
//! go away with the page. (The "account is locked" flag the demo starts from is state
//! about the visit, in `ui::session`.)
//!
//! Everything here is a thin wrapper around one browser API. What the values mean is
//! decided in `domain::qr`; `ui::qr` wires the two together.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, Event, EventTarget, MessageEvent};

use crate::domain::qr::{ChannelMsg, Now, Token, CHANNEL_NAME};

fn window() -> web_sys::Window {
    web_sys::window().expect("the assistant runs in a browser window")
}

/// Reads both clocks: `Date.now()` and `performance.now()`.
///
/// Without a `performance` object the monotonic reading is NaN, which the domain treats
/// as "ask the wall clock only".
pub fn now() -> Now {
    Now {
        wall_ms: js_sys::Date::now(),
        mono_ms: window().performance().map_or(f64::NAN, |p| p.now()),
    }
}

/// A fresh 128-bit token from `crypto.getRandomValues`.
///
/// # Panics
///
/// When the browser has no cryptographic random source. Every browser that runs
/// WebAssembly has one, and a guessable login token must never be made up instead.
pub fn random_token() -> Token {
    let mut bytes = [0u8; 16];
    window()
        .crypto()
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes))
        .expect("crypto.getRandomValues is available");
    Token::from_bytes(bytes)
}

/// The page's full address (`location.href`), from which the code's URL is made.
pub fn page_url() -> String {
    window().location().href().unwrap_or_default()
}

/// The demo's `BroadcastChannel`, open while this value lives.
///
/// Incoming text is parsed with [`ChannelMsg::from_json`]; anything that is not one of our
/// messages is dropped here, so handlers only ever see valid messages.
pub struct Channel {
    channel: BroadcastChannel,
    // Kept alive for as long as the channel may call it.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

impl Channel {
    /// Opens the channel and calls `on_message` for every valid message from other tabs.
    /// `None` where the browser has no `BroadcastChannel`; the demo then still counts down
    /// but the phone view cannot reach it.
    pub fn open(on_message: impl Fn(ChannelMsg) + 'static) -> Option<Channel> {
        let channel = BroadcastChannel::new(CHANNEL_NAME).ok()?;
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            if let Some(msg) = ev
                .data()
                .as_string()
                .and_then(|t| ChannelMsg::from_json(&t))
            {
                on_message(msg);
            }
        });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some(Channel {
            channel,
            _on_message: on_message,
        })
    }

    /// Posts `msg` as JSON text to every other tab on the channel.
    pub fn post(&self, msg: &ChannelMsg) {
        // Posting fails only on a closed channel, which this value never holds.
        let _ = self.channel.post_message(&msg.to_json().into());
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}

/// An event listener that is removed when this value is dropped.
pub struct Listener {
    target: EventTarget,
    name: &'static str,
    callback: Closure<dyn FnMut(Event)>,
}

impl Listener {
    fn new(target: EventTarget, name: &'static str, f: impl Fn() + 'static) -> Listener {
        let callback = Closure::<dyn FnMut(Event)>::new(move |_: Event| f());
        let _ = target.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
        Listener {
            target,
            name,
            callback,
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.name, self.callback.as_ref().unchecked_ref());
    }
}

/// Calls `f` whenever the page may have missed time: the tab became visible or hidden
/// (`visibilitychange` on the document) or was restored from the back-forward cache
/// (`pageshow` on the window). Timers are throttled or stopped in both cases, so the
/// countdown must be recomputed at once rather than on the next tick.
pub fn on_wake(f: impl Fn() + Clone + 'static) -> [Listener; 2] {
    let doc: EventTarget = window().document().expect("a window has a document").into();
    [
        Listener::new(doc, "visibilitychange", f.clone()),
        Listener::new(window().into(), "pageshow", f),
    ]
}
