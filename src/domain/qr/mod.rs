//! The scan-to-login demo: the session and its countdown, the code image, and the
//! messages between the QR page and the phone view.
//!
//! Nothing here reads a clock or a random source. The UI hands in 16 random bytes for each
//! [`Token`] and a [`Now`] (wall clock and monotonic clock) at every tick, so every rule
//! below is tested natively.
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
//! A session starts `Pending` with a deadline `validity_seconds` after its start. Scanning
//! moves it to `Scanned`; the phone then confirms or cancels. Confirmation must happen
//! *before* the deadline: at the deadline itself the code is expired. `Blocked` says the
//! account is locked, which can stop scan login as well; a new code would not help, so
//! `refresh` is refused there and the page leads to unlocking instead. It is left only by
//! starting a new [`QrSession`] once the user has unlocked the account. Every other end
//! state can be refreshed into a fresh `Pending` session ("Refresh QR code", or "start
//! again" after a confirmed demo).
//!
//! # Time
//!
//! The deadline is kept on both clocks. [`QrSession::remaining_ms`] takes whichever deadline
//! is nearer, so a machine that slept (the wall clock moved on while the monotonic clock
//! stood still) or a throttled tab shows the true time left on the next tick; counting
//! ticks would not. A clock that goes backwards never makes the time left grow beyond the
//! full validity, and the time left is never negative.
//!
//! # Channel protocol
//!
//! The QR page and the phone view (`#/qr-confirm/<token>`, in another tab of the same
//! browser) talk over a `BroadcastChannel` named [`CHANNEL_NAME`], one JSON
//! [`ChannelMsg`] per message:
//!
//! 1. The phone view opens and posts `opened` with its token ([`PhoneSession::open`]).
//! 2. The QR tab that issued the token ([`QrSession::receive`]) scans it if it is live and
//!    answers `status` with the resulting state: `scanned` for a live code (also when the
//!    phone view is reopened), anything else for an expired or used one. A token the tab
//!    retired by refreshing is answered `expired`. Tokens it never issued are ignored, so
//!    several QR tabs can share the channel.
//! 3. The phone view shows Confirm and Cancel only after `status: scanned`. The choice is
//!    posted as `confirmed` or `cancelled`; the QR tab applies it and answers `status`.
//! 4. The QR tab also posts `status` after every change it makes on its own (expiry,
//!    block, simulated scan), so an open phone view learns that the code has expired.
//! 5. No answer within [`ANSWER_TIMEOUT_MS`] means no tab knows the token (closed tab,
//!    another browser, a made-up URL): the phone view says the code has expired.
//!
//! Anything else on the channel (other types, extra fields, bad tokens, oversized text) is
//! rejected by [`ChannelMsg::from_json`] and ignored.

use std::fmt;

use qrcode::render::svg;
use qrcode::{Color, EcLevel, QrCode};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::route::{self, Route};

/// The `BroadcastChannel` name shared by the QR page and the phone view. The version suffix
/// keeps a future, incompatible protocol from talking to an old tab.
pub const CHANNEL_NAME: &str = "recovery-assistant-qr-v1";

/// How long the phone view waits for an answer before deciding no tab knows its token.
/// Generous, because the QR tab is in the background and browsers may delay its tasks.
pub const ANSWER_TIMEOUT_MS: u32 = 3000;

/// The longest channel message accepted. Real ones are under 100 bytes; the limit keeps a
/// hostile page on the same origin from making the UI parse megabytes.
pub const MAX_MESSAGE_BYTES: usize = 1024;

/// The width of the light border around the code, in modules, as the QR standard asks.
pub const QUIET_ZONE_MODULES: u32 = 4;

/// Remaining seconds at which screen readers hear the time left (1:00, 0:30 and 0:10).
pub const ANNOUNCE_AT_SECONDS: [u32; 3] = [60, 30, 10];

/// How many refreshed-away tokens a session still answers for, as expired.
const RETIRED_KEPT: usize = 8;

/// A 128-bit login token, shown as 32 lower-case hexadecimal characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token([u8; 16]);

impl Token {
    /// Makes a token from 16 bytes the UI took from `crypto.getRandomValues`.
    pub fn from_bytes(bytes: [u8; 16]) -> Token {
        Token(bytes)
    }

    /// Reads a token from exactly 32 lower-case hexadecimal characters. Anything else
    /// (upper case, other lengths, other characters) is `None`: the token comes from a URL
    /// and only the form this module writes is accepted.
    ///
    /// ```
    /// use recovery_assistant::domain::qr::Token;
    /// let t = Token::parse("00112233445566778899aabbccddeeff").unwrap();
    /// assert_eq!(t.to_hex(), "00112233445566778899aabbccddeeff");
    /// assert_eq!(Token::parse("00112233445566778899AABBCCDDEEFF"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Token> {
        let bytes = text.as_bytes();
        if bytes.len() != 32 {
            return None;
        }
        let mut out = [0u8; 16];
        for (byte, pair) in out.iter_mut().zip(bytes.chunks_exact(2)) {
            *byte = (nibble(pair[0])? << 4) | nibble(pair[1])?;
        }
        Some(Token(out))
    }

    /// The 32 lower-case hexadecimal characters of the token.
    pub fn to_hex(&self) -> String {
        self.to_string()
    }
}

fn nibble(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl Serialize for Token {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Token {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Token, D::Error> {
        let text = String::deserialize(deserializer)?;
        Token::parse(&text).ok_or_else(|| D::Error::custom("not a 32-character hex token"))
    }
}

/// Where a QR login session is. See the module documentation for the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QrState {
    /// Shown and waiting to be scanned, with a deadline.
    Pending,
    /// Scanned; waiting for the user to confirm on the phone.
    Scanned,
    /// Confirmed on the phone: the other device is logged in.
    Confirmed,
    /// Cancelled on the phone or on the page.
    Cancelled,
    /// The deadline passed before confirmation; the code is unusable.
    Expired,
    /// The account is locked, which may block scan login too.
    Blocked,
}

impl QrState {
    /// The state's name, as written in the page's `data-qr-state` attribute and on the
    /// channel.
    pub fn name(self) -> &'static str {
        match self {
            QrState::Pending => "pending",
            QrState::Scanned => "scanned",
            QrState::Confirmed => "confirmed",
            QrState::Cancelled => "cancelled",
            QrState::Expired => "expired",
            QrState::Blocked => "blocked",
        }
    }

    /// True while the countdown runs (`Pending` or `Scanned`).
    pub fn is_live(self) -> bool {
        matches!(self, QrState::Pending | QrState::Scanned)
    }
}

/// Why a transition or a rendering was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrError {
    /// The token is not this session's current token.
    TokenMismatch,
    /// The deadline has passed (the session is, or has just become, `Expired`).
    Expired,
    /// The session has ended in `state` (`Confirmed`, `Cancelled` or `Blocked`), or, for
    /// [`QrSession::block`], is already `Confirmed` or `Blocked`.
    AlreadyFinished {
        /// The state the session is in.
        state: QrState,
    },
    /// `scan` on a code that is already scanned.
    AlreadyScanned,
    /// `confirm` on a code that has not been scanned yet.
    NotScanned,
    /// The text is too long to fit in a QR code.
    DataTooLong,
}

/// One reading of both clocks, taken by the UI.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Now {
    /// Wall-clock time in milliseconds since the Unix epoch (`Date.now()`). It keeps running
    /// while the machine sleeps, but the user or NTP may move it.
    pub wall_ms: f64,
    /// Monotonic time in milliseconds (`performance.now()`). It never goes backwards, but
    /// may stand still while the machine sleeps.
    pub mono_ms: f64,
}

/// One QR login session: the token, the state and the deadline on both clocks.
#[derive(Clone, Debug, PartialEq)]
pub struct QrSession {
    token: Token,
    state: QrState,
    validity_ms: u64,
    wall_deadline: f64,
    mono_deadline: f64,
    /// Tokens this session refreshed away from, newest last, so a phone view opened from an
    /// old code hears "expired" at once instead of waiting for the timeout.
    retired: Vec<Token>,
}

impl QrSession {
    /// Starts a `Pending` session for `token`, valid for `validity_seconds` from `start`
    /// (`config.qr.validity_seconds`, 300 by default).
    ///
    /// ```
    /// use recovery_assistant::domain::qr::{format_mss, Now, QrSession, QrState, Token};
    /// let start = Now { wall_ms: 1.7e12, mono_ms: 0.0 };
    /// let s = QrSession::new(Token::from_bytes([7; 16]), 300, start);
    /// assert_eq!(s.state(), QrState::Pending);
    /// assert_eq!(format_mss(s.remaining_seconds(start)), "5:00");
    /// ```
    pub fn new(token: Token, validity_seconds: u32, start: Now) -> QrSession {
        let validity_ms = u64::from(validity_seconds) * 1000;
        QrSession {
            token,
            state: QrState::Pending,
            validity_ms,
            wall_deadline: start.wall_ms + validity_ms as f64,
            mono_deadline: start.mono_ms + validity_ms as f64,
            retired: Vec::new(),
        }
    }

    /// The current token.
    pub fn token(&self) -> Token {
        self.token
    }

    /// The current state.
    pub fn state(&self) -> QrState {
        self.state
    }

    /// Milliseconds left before the deadline at `now`: the smaller of the two clocks'
    /// answers, at most the full validity, zero at and after the deadline.
    ///
    /// A fraction of a millisecond left counts as one, so the code never expires early.
    /// If one clock reads NaN the other one decides; if both do, the code is expired.
    pub fn remaining_ms(&self, now: Now) -> u64 {
        let by_wall = self.wall_deadline - now.wall_ms;
        let by_mono = self.mono_deadline - now.mono_ms;
        // `f64::min` and `f64::max` return the non-NaN operand, which gives the NaN rules
        // above without special cases.
        let left = by_wall.min(by_mono).max(0.0).min(self.validity_ms as f64);
        left.ceil() as u64
    }

    /// Whole seconds left at `now`, rounded up: the countdown shows 5:00 from the start
    /// until a full second has passed, then 4:59, and 0:00 exactly at the deadline.
    pub fn remaining_seconds(&self, now: Now) -> u32 {
        // At most validity_seconds, which came in as a u32.
        self.remaining_ms(now).div_ceil(1000) as u32
    }

    /// What the page shows at `now`, to compare with the previous tick (see
    /// [`announcement`]). Call [`QrSession::tick`] first so the state is current.
    pub fn moment(&self, now: Now) -> Moment {
        Moment {
            token: self.token,
            state: self.state,
            remaining_seconds: self.remaining_seconds(now),
        }
    }

    /// Moves a live session to `Expired` if its deadline has passed at `now`. Returns whether
    /// the state changed, so the UI knows to post [`QrSession::status`].
    ///
    /// Unlike the other transitions this is an observation, not a request: outside the
    /// live states there is simply nothing to do, which is not an error.
    pub fn tick(&mut self, now: Now) -> bool {
        if self.state.is_live() && self.remaining_ms(now) == 0 {
            self.state = QrState::Expired;
            true
        } else {
            false
        }
    }

    /// The code was scanned (the phone view opened it, or "Simulate scan"): `Pending` →
    /// `Scanned`.
    pub fn scan(&mut self, token: Token, now: Now) -> Result<(), QrError> {
        match self.live_state(token, now)? {
            QrState::Pending => {
                self.state = QrState::Scanned;
                Ok(())
            }
            _ => Err(QrError::AlreadyScanned),
        }
    }

    /// The user confirmed on the phone: `Scanned` → `Confirmed`, before the deadline.
    pub fn confirm(&mut self, token: Token, now: Now) -> Result<(), QrError> {
        match self.live_state(token, now)? {
            QrState::Scanned => {
                self.state = QrState::Confirmed;
                Ok(())
            }
            _ => Err(QrError::NotScanned),
        }
    }

    /// The user cancelled: `Pending` or `Scanned` → `Cancelled`, before the deadline.
    pub fn cancel(&mut self, token: Token, now: Now) -> Result<(), QrError> {
        self.live_state(token, now)?;
        self.state = QrState::Cancelled;
        Ok(())
    }

    /// The user's path says the account is locked: any state but `Confirmed` → `Blocked`.
    /// A login that already happened is not undone, and blocking twice is refused so a UI
    /// bug shows up in tests.
    pub fn block(&mut self) -> Result<(), QrError> {
        match self.state {
            QrState::Confirmed | QrState::Blocked => {
                Err(QrError::AlreadyFinished { state: self.state })
            }
            _ => {
                self.state = QrState::Blocked;
                Ok(())
            }
        }
    }

    /// "Refresh QR code": any state but `Blocked` → a fresh `Pending` session with
    /// `new_token` and a full validity from `now`. The old token is retired: messages about
    /// it are answered `expired`.
    pub fn refresh(&mut self, new_token: Token, now: Now) -> Result<(), QrError> {
        if self.state == QrState::Blocked {
            return Err(QrError::AlreadyFinished {
                state: QrState::Blocked,
            });
        }
        if self.retired.len() == RETIRED_KEPT {
            self.retired.remove(0);
        }
        self.retired.push(self.token);
        let retired = std::mem::take(&mut self.retired);
        let validity_seconds = (self.validity_ms / 1000) as u32;
        *self = QrSession {
            retired,
            ..QrSession::new(new_token, validity_seconds, now)
        };
        Ok(())
    }

    /// The `status` message for the current token and state, which the QR tab posts after
    /// every change it makes on its own.
    pub fn status(&self) -> ChannelMsg {
        ChannelMsg::Status {
            token: self.token,
            state: self.state,
        }
    }

    /// Applies a message from a phone view and returns the reply to post, if any.
    ///
    /// For the current token the matching transition is tried and the reply is the
    /// resulting `status`, whether or not it was allowed: the state says all the phone
    /// needs. Retired tokens are answered `expired`. Tokens this tab never issued, and
    /// `status` messages (which come from other QR tabs), get no reply.
    pub fn receive(&mut self, msg: &ChannelMsg, now: Now) -> Option<ChannelMsg> {
        type Transition = fn(&mut QrSession, Token, Now) -> Result<(), QrError>;
        let (token, transition): (Token, Transition) = match *msg {
            ChannelMsg::Opened { token } => (token, QrSession::scan),
            ChannelMsg::Confirmed { token } => (token, QrSession::confirm),
            ChannelMsg::Cancelled { token } => (token, QrSession::cancel),
            ChannelMsg::Status { .. } => return None,
        };
        if token == self.token {
            let _refusal_is_in_the_status = transition(self, token, now);
            Some(self.status())
        } else if self.retired.contains(&token) {
            Some(ChannelMsg::Status {
                token,
                state: QrState::Expired,
            })
        } else {
            None
        }
    }

    /// The checks shared by scan, confirm and cancel: the token must match and the session
    /// must be live at `now`. A deadline found passed here expires the session, so the
    /// state the page shows agrees with the refusal.
    fn live_state(&mut self, token: Token, now: Now) -> Result<QrState, QrError> {
        if token != self.token {
            return Err(QrError::TokenMismatch);
        }
        self.tick(now);
        match self.state {
            QrState::Pending | QrState::Scanned => Ok(self.state),
            QrState::Expired => Err(QrError::Expired),
            state @ (QrState::Confirmed | QrState::Cancelled | QrState::Blocked) => {
                Err(QrError::AlreadyFinished { state })
            }
        }
    }
}

/// Formats whole seconds as `m:ss`, the countdown's text: `5:00`, `0:09`, `10:00`.
pub fn format_mss(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// What the page showed at one tick; two of them decide what screen readers hear.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    /// The token on display.
    pub token: Token,
    /// The state.
    pub state: QrState,
    /// Whole seconds left, as on the countdown.
    pub remaining_seconds: u32,
}

/// Something screen readers should hear.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Announcement {
    /// A new code replaced the old one; the countdown restarted at `remaining_seconds`.
    NewCode {
        /// Seconds left on the new code.
        remaining_seconds: u32,
    },
    /// The state changed to `state` (expiry included).
    StateChanged {
        /// The new state.
        state: QrState,
    },
    /// The countdown passed 1:00, 0:30 or 0:10; `remaining_seconds` is the time actually
    /// left, which after a throttled tab's skipped ticks may be below the threshold.
    TimeLeft {
        /// Seconds left now.
        remaining_seconds: u32,
    },
}

/// What to announce between two ticks, if anything. At most one announcement per tick:
/// a new code, else a change of state, else the time left when the countdown has passed
/// one of [`ANNOUNCE_AT_SECONDS`] since `prev`. A tab that skipped from 1:05 to 0:25 passed
/// two thresholds and announces once, with the true time left; the seconds in between
/// are never announced, so the live region does not chatter.
pub fn announcement(prev: &Moment, cur: &Moment) -> Option<Announcement> {
    if cur.token != prev.token {
        return Some(Announcement::NewCode {
            remaining_seconds: cur.remaining_seconds,
        });
    }
    if cur.state != prev.state {
        return Some(Announcement::StateChanged { state: cur.state });
    }
    let crossed = ANNOUNCE_AT_SECONDS
        .iter()
        .any(|&t| cur.remaining_seconds <= t && t < prev.remaining_seconds);
    // Zero is the deadline: the change to `Expired` announces it.
    (cur.state.is_live() && crossed && cur.remaining_seconds > 0).then_some(
        Announcement::TimeLeft {
            remaining_seconds: cur.remaining_seconds,
        },
    )
}

/// The phone view's URL for `token`: `page_url` without its `#` fragment, plus
/// `#/qr-confirm/<token>`. This is both what the code encodes and the "Open phone view"
/// link's `href`.
///
/// ```
/// use recovery_assistant::domain::qr::{confirm_url, Token};
/// let t = Token::from_bytes([0xab; 16]);
/// assert_eq!(
///     confirm_url("http://127.0.0.1:8080/#/qr-demo", &t),
///     format!("http://127.0.0.1:8080/#/qr-confirm/{}", "ab".repeat(16))
/// );
/// ```
pub fn confirm_url(page_url: &str, token: &Token) -> String {
    let base = page_url.split_once('#').map_or(page_url, |(base, _)| base);
    format!(
        "{base}{}",
        route::to_hash(&Route::QrConfirm(token.to_hex()))
    )
}

/// Encodes `data` at error-correction level M, which survives a smudged or glare-hit
/// screen without making the code much denser.
fn encode(data: &str) -> Result<QrCode, QrError> {
    // With automatic version selection and byte mode, running out of room is the only
    // way encoding can fail.
    QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .map_err(|_| QrError::DataTooLong)
}

/// The code's module grid for `data`, without the quiet zone: the width in modules and
/// `width * width` cells row by row, `true` for dark.
pub fn modules(data: &str) -> Result<(usize, Vec<bool>), QrError> {
    let code = encode(data)?;
    let dark = code.to_colors().into_iter().map(|c| c == Color::Dark);
    Ok((code.width(), dark.collect()))
}

/// Renders `data` as an inline SVG QR code.
///
/// The image is black on white whatever the page theme, because scanners need that
/// contrast; it has a 4-module quiet zone; its `viewBox` counts modules and it has no
/// `width` or `height`, so CSS sizes it (a fixed pixel size could overflow a 320 px
/// screen). There is no XML prolog, since it goes inline into the page, and the only
/// thing taken from `data` is the module pattern. The UI supplies the accessible name
/// on a wrapping `role="img"` element.
pub fn render_svg(data: &str) -> Result<String, QrError> {
    let code = encode(data)?;
    let side = code.width() as u32 + 2 * QUIET_ZONE_MODULES;
    let raw = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .build();
    // The crate writes `<?xml ...?>` before `<svg` and a fixed pixel size on the `<svg>`
    // element; both are dropped (the first size attributes in the text are the root's).
    let root = raw.find("<svg").map_or(raw.as_str(), |at| &raw[at..]);
    Ok(root.replacen(&format!(r#" width="{side}" height="{side}""#), "", 1))
}

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

/// What the phone view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneView {
    /// Asked the QR tab whether the code is live; no answer yet.
    Checking,
    /// The code is live and scanned: `Log in to <company> mail on the other device?` with
    /// Confirm and Cancel.
    Asking,
    /// The choice was posted; waiting for the QR tab to accept it.
    Sending,
    /// The QR tab accepted the confirmation.
    Confirmed,
    /// The QR tab accepted the cancellation.
    Cancelled,
    /// "This code has expired": expired, already used, blocked, or unknown to every tab.
    Expired,
}

/// The phone side of the demo: the token from the URL and what to show for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhoneSession {
    /// `None` when the URL's token was malformed; such a view is expired from the start.
    token: Option<Token>,
    view: PhoneView,
}

impl PhoneSession {
    /// Opens the phone view for the token text from `#/qr-confirm/<token>`. Returns the
    /// session and the `opened` message to post; a malformed token posts nothing and
    /// shows the expired message at once.
    ///
    /// ```
    /// use recovery_assistant::domain::qr::{PhoneSession, PhoneView};
    /// let (phone, msg) = PhoneSession::open("not-a-token");
    /// assert_eq!((phone.view(), msg), (PhoneView::Expired, None));
    /// ```
    pub fn open(token_text: &str) -> (PhoneSession, Option<ChannelMsg>) {
        let token = Token::parse(token_text);
        let view = if token.is_some() {
            PhoneView::Checking
        } else {
            PhoneView::Expired
        };
        (
            PhoneSession { token, view },
            token.map(|token| ChannelMsg::Opened { token }),
        )
    }

    /// The token this view was opened with, if it was well-formed.
    pub fn token(&self) -> Option<Token> {
        self.token
    }

    /// What to show now.
    pub fn view(&self) -> PhoneView {
        self.view
    }

    /// Applies a message from the channel. Only `status` messages about this view's token
    /// count. Confirm and Cancel appear only after the code was reported scanned; any
    /// other report before the choice is made means the code cannot be used (expired,
    /// used by another view, blocked). The final views never change again.
    pub fn receive(&mut self, msg: &ChannelMsg) {
        let ChannelMsg::Status { token, state } = *msg else {
            return;
        };
        if Some(token) != self.token {
            return;
        }
        self.view = match (self.view, state) {
            (PhoneView::Checking | PhoneView::Asking, QrState::Scanned) => PhoneView::Asking,
            // A status sent before our choice arrived (say, for another phone view).
            (PhoneView::Sending, QrState::Scanned) => PhoneView::Sending,
            (PhoneView::Sending, QrState::Confirmed) => PhoneView::Confirmed,
            (PhoneView::Sending, QrState::Cancelled) => PhoneView::Cancelled,
            (done @ (PhoneView::Confirmed | PhoneView::Cancelled | PhoneView::Expired), _) => done,
            _ => PhoneView::Expired,
        };
    }

    /// The user pressed Confirm: returns the message to post, or `None` when Confirm is not
    /// on offer (not yet reported scanned, or already answered).
    pub fn confirm(&mut self) -> Option<ChannelMsg> {
        self.choose().map(|token| ChannelMsg::Confirmed { token })
    }

    /// The user pressed Cancel: returns the message to post, or `None` when Cancel is not on
    /// offer.
    pub fn cancel(&mut self) -> Option<ChannelMsg> {
        self.choose().map(|token| ChannelMsg::Cancelled { token })
    }

    /// [`ANSWER_TIMEOUT_MS`] passed without an answer while checking or sending: no open
    /// tab knows the token, so the code is treated as expired.
    pub fn no_answer(&mut self) {
        if matches!(self.view, PhoneView::Checking | PhoneView::Sending) {
            self.view = PhoneView::Expired;
        }
    }

    fn choose(&mut self) -> Option<Token> {
        if self.view != PhoneView::Asking {
            return None;
        }
        self.view = PhoneView::Sending;
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const START: Now = Now {
        wall_ms: 1_700_000_000_000.0,
        mono_ms: 5_000.0,
    };

    fn token(n: u8) -> Token {
        Token::from_bytes([n; 16])
    }

    /// Both clocks `ms` after the start.
    fn at(ms: f64) -> Now {
        Now {
            wall_ms: START.wall_ms + ms,
            mono_ms: START.mono_ms + ms,
        }
    }

    fn session() -> QrSession {
        QrSession::new(token(1), 300, START)
    }

    /// A default session brought into `state` by allowed transitions, one second in.
    fn session_in(state: QrState) -> QrSession {
        let mut s = session();
        let t = s.token();
        match state {
            QrState::Pending => {}
            QrState::Scanned => s.scan(t, at(1000.0)).unwrap(),
            QrState::Confirmed => {
                s.scan(t, at(1000.0)).unwrap();
                s.confirm(t, at(1000.0)).unwrap();
            }
            QrState::Cancelled => s.cancel(t, at(1000.0)).unwrap(),
            QrState::Expired => assert!(s.tick(at(300_000.0))),
            QrState::Blocked => s.block().unwrap(),
        }
        assert_eq!(s.state(), state);
        s
    }

    const ALL_STATES: [QrState; 6] = [
        QrState::Pending,
        QrState::Scanned,
        QrState::Confirmed,
        QrState::Cancelled,
        QrState::Expired,
        QrState::Blocked,
    ];

    // ---- Token ----

    #[test]
    fn a_token_is_shown_as_32_lower_case_hex_characters_and_parses_back() {
        let t = Token::from_bytes([
            0x00, 0x01, 0x0a, 0x10, 0x7f, 0x80, 0xab, 0xcd, 0xef, 0xff, 0x12, 0x34, 0x56, 0x78,
            0x9a, 0xbc,
        ]);
        assert_eq!(t.to_hex(), "00010a107f80abcdefff123456789abc");
        assert_eq!(t.to_string(), t.to_hex());
        assert_eq!(Token::parse(&t.to_hex()), Some(t));
    }

    #[test]
    fn token_parsing_refuses_anything_but_32_lower_case_hex_characters() {
        let good = "00112233445566778899aabbccddeeff";
        assert!(Token::parse(good).is_some());
        for bad in [
            "",
            &good[..31],
            &format!("{good}0"),
            "00112233445566778899AABBCCDDEEFF",
            "00112233445566778899aabbccddeefg",
            " 0112233445566778899aabbccddeeff",
            "0x112233445566778899aabbccddeeff",
            "-0112233445566778899aabbccddeeff",
            &"é".repeat(16), // 32 bytes, but not hex
        ] {
            assert_eq!(Token::parse(bad), None, "{bad:?}");
        }
    }

    // ---- States ----

    #[test]
    fn state_names_are_the_data_qr_state_contract_and_the_wire_names() {
        let names: Vec<_> = ALL_STATES.iter().map(|s| s.name()).collect();
        assert_eq!(
            names,
            [
                "pending",
                "scanned",
                "confirmed",
                "cancelled",
                "expired",
                "blocked"
            ]
        );
        for s in ALL_STATES {
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.name())
            );
        }
    }

    // ---- Time ----

    #[test]
    fn remaining_time_counts_down_from_the_deadline_at_the_boundaries() {
        let s = session();
        for (elapsed, ms, secs, shown) in [
            (0.0, 300_000, 300, "5:00"),
            (999.0, 299_001, 300, "5:00"),
            (1000.0, 299_000, 299, "4:59"),
            (299_999.0, 1, 1, "0:01"),
            (300_000.0, 0, 0, "0:00"),
            (300_001.0, 0, 0, "0:00"),
            (86_400_000.0, 0, 0, "0:00"),
        ] {
            assert_eq!(s.remaining_ms(at(elapsed)), ms, "at {elapsed}");
            assert_eq!(s.remaining_seconds(at(elapsed)), secs, "at {elapsed}");
            assert_eq!(format_mss(s.remaining_seconds(at(elapsed))), shown);
        }
    }

    #[test]
    fn a_fraction_of_a_millisecond_left_still_counts_so_the_code_never_expires_early() {
        let mut s = session();
        let almost = at(299_999.5);
        assert_eq!(s.remaining_ms(almost), 1);
        assert!(!s.tick(almost));
        assert_eq!(s.state(), QrState::Pending);
    }

    #[test]
    fn a_wall_clock_set_backwards_leaves_the_monotonic_deadline_in_charge() {
        let s = session();
        let now = Now {
            wall_ms: START.wall_ms - 3_600_000.0,
            mono_ms: START.mono_ms + 10_000.0,
        };
        assert_eq!(s.remaining_ms(now), 290_000);
    }

    #[test]
    fn a_monotonic_clock_going_backwards_leaves_the_wall_deadline_in_charge() {
        let s = session();
        let now = Now {
            wall_ms: START.wall_ms + 10_000.0,
            mono_ms: START.mono_ms - 4_000.0,
        };
        assert_eq!(s.remaining_ms(now), 290_000);
    }

    #[test]
    fn time_left_never_exceeds_the_validity_when_both_clocks_go_backwards() {
        let s = session();
        let now = Now {
            wall_ms: START.wall_ms - 60_000.0,
            mono_ms: START.mono_ms - 60_000.0,
        };
        assert_eq!(s.remaining_ms(now), 300_000);
        assert_eq!(format_mss(s.remaining_seconds(now)), "5:00");
    }

    #[test]
    fn a_sleep_that_moves_only_the_wall_clock_counts_against_the_code() {
        let s = session();
        let after_sleep = Now {
            wall_ms: START.wall_ms + 200_000.0,
            mono_ms: START.mono_ms,
        };
        assert_eq!(s.remaining_ms(after_sleep), 100_000);
        assert_eq!(format_mss(s.remaining_seconds(after_sleep)), "1:40");
    }

    #[test]
    fn one_unreadable_clock_leaves_the_other_in_charge_and_two_expire_the_code() {
        let s = session();
        let wall_nan = Now {
            wall_ms: f64::NAN,
            mono_ms: START.mono_ms + 1000.0,
        };
        assert_eq!(s.remaining_ms(wall_nan), 299_000);
        let mono_nan = Now {
            wall_ms: START.wall_ms + 2000.0,
            mono_ms: f64::NAN,
        };
        assert_eq!(s.remaining_ms(mono_nan), 298_000);
        let both = Now {
            wall_ms: f64::NAN,
            mono_ms: f64::NAN,
        };
        assert_eq!(s.remaining_ms(both), 0);
    }

    #[test]
    fn the_configured_validity_sets_the_starting_countdown() {
        assert_eq!(
            format_mss(QrSession::new(token(1), 10, START).remaining_seconds(START)),
            "0:10"
        );
        assert_eq!(
            format_mss(QrSession::new(token(1), 3600, START).remaining_seconds(START)),
            "60:00"
        );
    }

    #[test]
    fn countdown_text_is_minutes_colon_two_digit_seconds() {
        for (secs, text) in [
            (300, "5:00"),
            (299, "4:59"),
            (61, "1:01"),
            (60, "1:00"),
            (9, "0:09"),
            (0, "0:00"),
            (600, "10:00"),
            (3600, "60:00"),
        ] {
            assert_eq!(format_mss(secs), text);
        }
    }

    // ---- Transitions ----

    #[test]
    fn every_transition_from_every_state_is_allowed_or_refused_as_documented() {
        type Outcome = Result<(), QrError>;
        let ok: Outcome = Ok(());
        let done = |state| Err(QrError::AlreadyFinished { state });
        let expired = Err(QrError::Expired);
        let (confirmed, cancelled) = (done(QrState::Confirmed), done(QrState::Cancelled));
        // Columns: scan, confirm, cancel, block, refresh; one second in, right token.
        let table: [(QrState, [Outcome; 5]); 6] = [
            (QrState::Pending, [ok, Err(QrError::NotScanned), ok, ok, ok]),
            (
                QrState::Scanned,
                [Err(QrError::AlreadyScanned), ok, ok, ok, ok],
            ),
            (
                QrState::Confirmed,
                [confirmed, confirmed, confirmed, confirmed, ok],
            ),
            (
                QrState::Cancelled,
                [cancelled, cancelled, cancelled, ok, ok],
            ),
            (QrState::Expired, [expired, expired, expired, ok, ok]),
            (QrState::Blocked, [done(QrState::Blocked); 5]),
        ];
        type Apply = fn(&mut QrSession) -> Outcome;
        let transitions: [(&str, QrState, Apply); 5] = [
            ("scan", QrState::Scanned, |s| s.scan(s.token(), at(1000.0))),
            ("confirm", QrState::Confirmed, |s| {
                s.confirm(s.token(), at(1000.0))
            }),
            ("cancel", QrState::Cancelled, |s| {
                s.cancel(s.token(), at(1000.0))
            }),
            ("block", QrState::Blocked, |s| s.block()),
            ("refresh", QrState::Pending, |s| {
                s.refresh(token(9), at(1000.0))
            }),
        ];
        for (from, outcomes) in table {
            for ((name, target, apply), expected) in transitions.iter().zip(outcomes) {
                let mut s = session_in(from);
                assert_eq!(apply(&mut s), expected, "{name} from {from:?}");
                let (state, tok) = match expected {
                    Ok(()) if *name == "refresh" => (*target, token(9)),
                    Ok(()) => (*target, token(1)),
                    Err(_) => (from, token(1)),
                };
                assert_eq!((s.state(), s.token()), (state, tok), "{name} from {from:?}");
            }
        }
    }

    #[test]
    fn scan_moves_a_live_pending_code_to_scanned_and_confirm_finishes_it() {
        let mut s = session();
        let t = s.token();
        assert_eq!(s.scan(t, at(250_000.0)), Ok(()));
        assert_eq!(s.state(), QrState::Scanned);
        assert_eq!(s.confirm(t, at(299_999.0)), Ok(()));
        assert_eq!(s.state(), QrState::Confirmed);
    }

    #[test]
    fn a_wrong_token_is_refused_without_changing_anything() {
        for from in ALL_STATES {
            let mut s = session_in(from);
            let before = s.clone();
            assert_eq!(s.scan(token(2), at(1000.0)), Err(QrError::TokenMismatch));
            assert_eq!(s.confirm(token(2), at(1000.0)), Err(QrError::TokenMismatch));
            assert_eq!(s.cancel(token(2), at(1000.0)), Err(QrError::TokenMismatch));
            // Not even an overdue expiry is applied on behalf of a stranger.
            assert_eq!(s.scan(token(2), at(400_000.0)), Err(QrError::TokenMismatch));
            assert_eq!(s, before, "from {from:?}");
        }
    }

    #[test]
    fn scan_confirm_and_cancel_at_the_deadline_are_refused_and_expire_the_code() {
        type Act = fn(&mut QrSession, Token, Now) -> Result<(), QrError>;
        let acts: [(QrState, Act); 4] = [
            (QrState::Pending, QrSession::scan),
            (QrState::Pending, QrSession::cancel),
            (QrState::Scanned, QrSession::confirm),
            (QrState::Scanned, QrSession::cancel),
        ];
        for (from, act) in acts {
            for elapsed in [300_000.0, 300_001.0] {
                let mut s = session_in(from);
                let t = s.token();
                assert_eq!(act(&mut s, t, at(elapsed)), Err(QrError::Expired));
                assert_eq!(s.state(), QrState::Expired);
            }
        }
    }

    #[test]
    fn a_sleep_past_the_deadline_expires_the_code_even_if_the_monotonic_clock_stood_still() {
        let mut s = session_in(QrState::Scanned);
        let t = s.token();
        let after_sleep = Now {
            wall_ms: START.wall_ms + 301_000.0,
            mono_ms: START.mono_ms + 1000.0,
        };
        assert_eq!(s.confirm(t, after_sleep), Err(QrError::Expired));
        assert_eq!(s.state(), QrState::Expired);
    }

    #[test]
    fn tick_expires_live_codes_at_the_deadline_and_reports_the_change_once() {
        for from in [QrState::Pending, QrState::Scanned] {
            let mut s = session_in(from);
            assert!(!s.tick(at(299_999.0)));
            assert_eq!(s.state(), from);
            assert!(s.tick(at(300_000.0)));
            assert_eq!(s.state(), QrState::Expired);
            assert!(!s.tick(at(301_000.0)));
        }
    }

    #[test]
    fn tick_leaves_finished_codes_alone_after_the_deadline() {
        for from in [QrState::Confirmed, QrState::Cancelled, QrState::Blocked] {
            let mut s = session_in(from);
            assert!(!s.tick(at(1_000_000.0)));
            assert_eq!(s.state(), from);
        }
    }

    #[test]
    fn refresh_starts_a_new_code_with_a_full_countdown_from_the_refresh() {
        let mut s = session_in(QrState::Expired);
        let old = s.token();
        let later = at(400_000.0);
        assert_eq!(s.refresh(token(9), later), Ok(()));
        assert_eq!(s.token(), token(9));
        assert_eq!(s.state(), QrState::Pending);
        assert_eq!(format_mss(s.remaining_seconds(later)), "5:00");
        assert_eq!(s.remaining_ms(at(401_000.0)), 299_000);
        assert_eq!(s.scan(old, at(401_000.0)), Err(QrError::TokenMismatch));
        assert_eq!(s.scan(token(9), at(401_000.0)), Ok(()));
    }

    #[test]
    fn refresh_keeps_the_configured_validity() {
        let mut s = QrSession::new(token(1), 45, START);
        s.refresh(token(2), at(50_000.0)).unwrap();
        assert_eq!(s.remaining_seconds(at(50_000.0)), 45);
    }

    // ---- Announcements ----

    fn moment(t: u8, state: QrState, remaining_seconds: u32) -> Moment {
        Moment {
            token: token(t),
            state,
            remaining_seconds,
        }
    }

    #[test]
    fn a_steady_countdown_announces_only_one_minute_thirty_and_ten_seconds() {
        let said: Vec<_> = (1..=300u32)
            .rev()
            .filter_map(|secs| {
                announcement(
                    &moment(1, QrState::Pending, secs),
                    &moment(1, QrState::Pending, secs - 1),
                )
            })
            .collect();
        let left = |remaining_seconds| Announcement::TimeLeft { remaining_seconds };
        assert_eq!(said, vec![left(60), left(30), left(10)]);
    }

    #[test]
    fn a_throttled_tab_skipping_thresholds_announces_once_with_the_true_time_left() {
        let pending = |secs| moment(1, QrState::Scanned, secs);
        assert_eq!(
            announcement(&pending(65), &pending(25)),
            Some(Announcement::TimeLeft {
                remaining_seconds: 25
            })
        );
        assert_eq!(announcement(&pending(25), &pending(24)), None);
        assert_eq!(
            announcement(&pending(65), &pending(5)),
            Some(Announcement::TimeLeft {
                remaining_seconds: 5
            })
        );
        assert_eq!(announcement(&pending(9), &pending(3)), None);
    }

    #[test]
    fn expiry_and_every_state_change_are_announced() {
        assert_eq!(
            announcement(
                &moment(1, QrState::Pending, 1),
                &moment(1, QrState::Expired, 0)
            ),
            Some(Announcement::StateChanged {
                state: QrState::Expired
            })
        );
        // A state change on a threshold second is one announcement, not two.
        assert_eq!(
            announcement(
                &moment(1, QrState::Pending, 61),
                &moment(1, QrState::Scanned, 60)
            ),
            Some(Announcement::StateChanged {
                state: QrState::Scanned
            })
        );
        for (from, to) in [
            (QrState::Scanned, QrState::Confirmed),
            (QrState::Scanned, QrState::Cancelled),
            (QrState::Pending, QrState::Blocked),
        ] {
            assert_eq!(
                announcement(&moment(1, from, 200), &moment(1, to, 199)),
                Some(Announcement::StateChanged { state: to })
            );
        }
    }

    #[test]
    fn a_new_code_is_announced_even_when_the_state_stays_pending() {
        assert_eq!(
            announcement(
                &moment(1, QrState::Pending, 100),
                &moment(2, QrState::Pending, 300)
            ),
            Some(Announcement::NewCode {
                remaining_seconds: 300
            })
        );
    }

    #[test]
    fn finished_codes_and_unchanged_ticks_announce_nothing() {
        for state in [QrState::Confirmed, QrState::Cancelled, QrState::Blocked] {
            assert_eq!(
                announcement(&moment(1, state, 61), &moment(1, state, 59)),
                None
            );
        }
        let same = moment(1, QrState::Pending, 60);
        assert_eq!(announcement(&same, &same), None);
        // Time going up (a clock put back) crosses nothing.
        assert_eq!(
            announcement(
                &moment(1, QrState::Pending, 5),
                &moment(1, QrState::Pending, 70)
            ),
            None
        );
    }

    #[test]
    fn moments_taken_from_a_session_drive_the_announcements() {
        let mut s = session();
        let before = s.moment(at(239_500.0));
        assert_eq!(before.remaining_seconds, 61);
        let tick_at = at(240_000.0);
        s.tick(tick_at);
        assert_eq!(
            announcement(&before, &s.moment(tick_at)),
            Some(Announcement::TimeLeft {
                remaining_seconds: 60
            })
        );
    }

    // ---- URL ----

    #[test]
    fn the_confirm_url_replaces_any_fragment_and_keeps_the_rest() {
        let t = Token::parse("0123456789abcdef0123456789abcdef").unwrap();
        let expect = |base: &str| format!("{base}#/qr-confirm/0123456789abcdef0123456789abcdef");
        for (page, base) in [
            ("http://127.0.0.1:8080/#/qr-demo", "http://127.0.0.1:8080/"),
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/"),
            (
                "https://help.example.com/mail/?lang=zh#/qr-demo#x",
                "https://help.example.com/mail/?lang=zh",
            ),
            ("https://help.example.com/#", "https://help.example.com/"),
        ] {
            assert_eq!(confirm_url(page, &t), expect(base), "{page}");
        }
        let url = confirm_url("http://127.0.0.1:8080/", &t);
        let hash = &url[url.find('#').unwrap()..];
        assert_eq!(route::parse(hash), Route::QrConfirm(t.to_hex()));
    }

    // ---- SVG ----

    #[test]
    fn the_svg_scales_by_its_view_box_and_has_no_prolog_or_fixed_size() {
        let (width, _) = modules("http://127.0.0.1:8080/#/qr-confirm/00").unwrap();
        let svg = render_svg("http://127.0.0.1:8080/#/qr-confirm/00").unwrap();
        let side = width + 2 * QUIET_ZONE_MODULES as usize;
        assert!(svg.starts_with("<svg "), "{svg}");
        let root = &svg[..svg.find('>').unwrap()];
        assert!(
            root.contains(&format!(r#"viewBox="0 0 {side} {side}""#)),
            "{root}"
        );
        assert!(
            !root.contains("width=") && !root.contains("height="),
            "{root}"
        );
        assert!(!svg.contains("<?xml"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn the_svg_is_black_on_white_whatever_the_theme() {
        let svg = render_svg("x").unwrap();
        assert!(svg.contains(r##"fill="#fff""##));
        assert!(svg.contains(r##"fill="#000""##));
        assert_eq!(svg.matches("fill=").count(), 2);
    }

    #[test]
    fn markup_in_the_data_never_reaches_the_svg() {
        let svg = render_svg(r#""><script>alert(1)</script><a href="javascript:x">"#).unwrap();
        assert!(!svg.contains("script") && !svg.contains("alert") && !svg.contains("javascript"));
        // Past the fixed opening, the path holds only drawing commands and numbers.
        let d = &svg[svg.find(" d=\"").unwrap() + 4..svg.rfind("\"/>").unwrap()];
        assert!(d.chars().all(|c| "MhvHV0123456789 ".contains(c)), "{d}");
    }

    #[test]
    fn data_too_long_for_any_qr_code_is_refused() {
        let long = "a".repeat(3000);
        assert_eq!(render_svg(&long), Err(QrError::DataTooLong));
        assert_eq!(modules(&long), Err(QrError::DataTooLong));
    }

    #[test]
    fn the_module_grid_is_square_and_dense_enough_for_a_phone_camera() {
        let t = Token::from_bytes([0xff; 16]);
        let url = confirm_url("https://help.example.com/it/mail-recovery/", &t);
        let (width, cells) = modules(&url).unwrap();
        assert_eq!(cells.len(), width * width);
        // Version 6 or lower (41 modules) stays easy to scan from a laptop screen.
        assert!(width <= 41, "{width}");
        assert!(cells.iter().any(|&c| c) && cells.iter().any(|&c| !c));
    }

    // ---- Channel messages ----

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

    // ---- QR tab receiving ----

    #[test]
    fn opening_a_live_code_scans_it_and_answers_scanned_even_when_reopened() {
        let mut s = session();
        let t = s.token();
        let opened = ChannelMsg::Opened { token: t };
        let scanned = Some(ChannelMsg::Status {
            token: t,
            state: QrState::Scanned,
        });
        assert_eq!(s.receive(&opened, at(1000.0)), scanned);
        assert_eq!(s.state(), QrState::Scanned);
        assert_eq!(s.receive(&opened, at(2000.0)), scanned);
    }

    #[test]
    fn the_phones_choice_is_applied_and_answered_with_the_new_state() {
        for (msg, state) in [
            (
                ChannelMsg::Confirmed { token: token(1) },
                QrState::Confirmed,
            ),
            (
                ChannelMsg::Cancelled { token: token(1) },
                QrState::Cancelled,
            ),
        ] {
            let mut s = session_in(QrState::Scanned);
            assert_eq!(
                s.receive(&msg, at(2000.0)),
                Some(ChannelMsg::Status {
                    token: token(1),
                    state
                })
            );
            assert_eq!(s.state(), state);
        }
    }

    #[test]
    fn a_refused_message_is_answered_with_the_state_that_refused_it() {
        let mut s = session_in(QrState::Scanned);
        let late = ChannelMsg::Confirmed { token: token(1) };
        assert_eq!(s.receive(&late, at(300_000.0)), Some(s.status()));
        assert_eq!(s.state(), QrState::Expired);
        let mut used = session_in(QrState::Confirmed);
        let again = ChannelMsg::Opened { token: token(1) };
        assert_eq!(
            used.receive(&again, at(2000.0)),
            Some(ChannelMsg::Status {
                token: token(1),
                state: QrState::Confirmed
            })
        );
    }

    #[test]
    fn a_refreshed_away_token_is_answered_expired_until_it_falls_off_the_list() {
        let mut s = session();
        for n in 2..=9 {
            s.refresh(token(n), at(1000.0)).unwrap();
        }
        let expired = |t| {
            Some(ChannelMsg::Status {
                token: t,
                state: QrState::Expired,
            })
        };
        assert_eq!(
            s.receive(&ChannelMsg::Opened { token: token(1) }, at(2000.0)),
            expired(token(1))
        );
        assert_eq!(
            s.receive(&ChannelMsg::Confirmed { token: token(8) }, at(2000.0)),
            expired(token(8))
        );
        assert_eq!(s.state(), QrState::Pending);
        s.refresh(token(10), at(3000.0)).unwrap();
        assert_eq!(
            s.receive(&ChannelMsg::Opened { token: token(1) }, at(4000.0)),
            None
        );
        assert_eq!(
            s.receive(&ChannelMsg::Opened { token: token(2) }, at(4000.0)),
            expired(token(2))
        );
    }

    #[test]
    fn unknown_tokens_and_other_tabs_status_messages_get_no_reply() {
        let mut s = session();
        let before = s.clone();
        assert_eq!(
            s.receive(&ChannelMsg::Opened { token: token(7) }, at(1000.0)),
            None
        );
        assert_eq!(
            s.receive(
                &ChannelMsg::Status {
                    token: token(1),
                    state: QrState::Confirmed
                },
                at(1000.0)
            ),
            None
        );
        assert_eq!(s, before);
    }

    // ---- Phone view ----

    fn status(t: u8, state: QrState) -> ChannelMsg {
        ChannelMsg::Status {
            token: token(t),
            state,
        }
    }

    fn phone() -> PhoneSession {
        let (p, msg) = PhoneSession::open(&token(1).to_hex());
        assert_eq!(msg, Some(ChannelMsg::Opened { token: token(1) }));
        assert_eq!(p.view(), PhoneView::Checking);
        assert_eq!(p.token(), Some(token(1)));
        p
    }

    #[test]
    fn the_phone_asks_only_after_the_code_is_reported_scanned_then_confirms() {
        let mut p = phone();
        assert_eq!(p.confirm(), None, "no Confirm before the answer");
        p.receive(&status(1, QrState::Scanned));
        assert_eq!(p.view(), PhoneView::Asking);
        assert_eq!(p.confirm(), Some(ChannelMsg::Confirmed { token: token(1) }));
        assert_eq!(p.view(), PhoneView::Sending);
        assert_eq!(p.confirm(), None, "a double press posts once");
        assert_eq!(p.cancel(), None);
        p.receive(&status(1, QrState::Scanned));
        assert_eq!(p.view(), PhoneView::Sending);
        p.receive(&status(1, QrState::Confirmed));
        assert_eq!(p.view(), PhoneView::Confirmed);
    }

    #[test]
    fn the_phone_can_cancel() {
        let mut p = phone();
        p.receive(&status(1, QrState::Scanned));
        assert_eq!(p.cancel(), Some(ChannelMsg::Cancelled { token: token(1) }));
        p.receive(&status(1, QrState::Cancelled));
        assert_eq!(p.view(), PhoneView::Cancelled);
    }

    #[test]
    fn an_expired_used_or_blocked_code_shows_expired_on_the_phone() {
        for state in [
            QrState::Expired,
            QrState::Confirmed,
            QrState::Cancelled,
            QrState::Blocked,
            QrState::Pending,
        ] {
            let mut p = phone();
            p.receive(&status(1, state));
            assert_eq!(p.view(), PhoneView::Expired, "answer {state:?}");
            let mut asking = phone();
            asking.receive(&status(1, QrState::Scanned));
            asking.receive(&status(1, state));
            assert_eq!(asking.view(), PhoneView::Expired, "asking, then {state:?}");
        }
        let mut sending = phone();
        sending.receive(&status(1, QrState::Scanned));
        sending.confirm();
        sending.receive(&status(1, QrState::Expired));
        assert_eq!(sending.view(), PhoneView::Expired);
    }

    #[test]
    fn no_answer_while_checking_or_sending_means_expired() {
        let mut p = phone();
        p.no_answer();
        assert_eq!(p.view(), PhoneView::Expired);
        let mut p = phone();
        p.receive(&status(1, QrState::Scanned));
        p.no_answer();
        assert_eq!(p.view(), PhoneView::Asking, "the user may take their time");
        p.cancel();
        p.no_answer();
        assert_eq!(p.view(), PhoneView::Expired);
    }

    #[test]
    fn the_phone_ignores_other_tokens_and_non_status_messages() {
        let mut p = phone();
        p.receive(&status(2, QrState::Scanned));
        p.receive(&ChannelMsg::Opened { token: token(1) });
        p.receive(&ChannelMsg::Confirmed { token: token(1) });
        assert_eq!(p.view(), PhoneView::Checking);
    }

    #[test]
    fn a_malformed_token_in_the_url_shows_expired_without_posting() {
        for text in ["", "abc", &token(0xab).to_hex().to_uppercase()] {
            let (mut p, msg) = PhoneSession::open(text);
            assert_eq!(msg, None);
            assert_eq!(p.view(), PhoneView::Expired);
            assert_eq!(p.token(), None);
            assert_eq!(p.confirm(), None);
        }
    }

    #[test]
    fn final_phone_views_never_change() {
        let mut p = phone();
        p.receive(&status(1, QrState::Scanned));
        p.confirm();
        p.receive(&status(1, QrState::Confirmed));
        p.receive(&status(1, QrState::Expired));
        p.no_answer();
        assert_eq!(p.view(), PhoneView::Confirmed);
        let mut e = phone();
        e.no_answer();
        e.receive(&status(1, QrState::Scanned));
        assert_eq!(e.view(), PhoneView::Expired);
    }

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

    proptest::proptest! {
        #[test]
        fn any_sixteen_bytes_make_a_token_that_parses_back(bytes in proptest::array::uniform16(0u8..)) {
            let t = Token::from_bytes(bytes);
            proptest::prop_assert_eq!(t.to_hex().len(), 32);
            proptest::prop_assert_eq!(Token::parse(&t.to_hex()), Some(t));
        }

        #[test]
        fn token_parsing_never_panics(s in ".{0,40}") {
            let _ = Token::parse(&s);
        }

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

        #[test]
        fn time_left_stays_between_zero_and_the_validity_for_any_clock_readings(
            wall in proptest::num::f64::ANY, mono in proptest::num::f64::ANY,
        ) {
            let s = session();
            let now = Now { wall_ms: wall, mono_ms: mono };
            proptest::prop_assert!(s.remaining_ms(now) <= 300_000);
        }

        #[test]
        fn time_left_never_grows_as_both_clocks_move_forward(a in 0.0f64..400_000.0, b in 0.0f64..400_000.0) {
            let s = session();
            let (early, late) = if a <= b { (a, b) } else { (b, a) };
            proptest::prop_assert!(s.remaining_ms(at(late)) <= s.remaining_ms(at(early)));
        }
    }
}
