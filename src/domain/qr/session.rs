//! One QR login session: its state machine, its deadline on both clocks, and how the QR
//! tab answers the phone view's messages.
//!
//! A session starts `Pending` with a deadline `validity_seconds` after its start. Scanning
//! moves it to `Scanned`; the phone then confirms or cancels. Confirmation must happen
//! *before* the deadline: at the deadline itself the code is expired. `Blocked` says the
//! account is locked, which can stop scan login as well; a new code would not help, so
//! `refresh` is refused there and the page leads to unlocking instead. It is left only by
//! starting a new [`QrSession`] once the user has unlocked the account. Every other end
//! state can be refreshed into a fresh `Pending` session ("Refresh QR code", or "start
//! again" after a confirmed demo). The diagram is in the [module documentation](super).
//!
//! The deadline is kept on both clocks. [`QrSession::remaining_ms`] takes whichever deadline
//! is nearer, so a machine that slept (the wall clock moved on while the monotonic clock
//! stood still) or a throttled tab shows the true time left on the next tick; counting
//! ticks would not. A clock that goes backwards never makes the time left grow beyond the
//! full validity, and the time left is never negative.

use super::{ChannelMsg, Now, QrState, Token};

/// How many refreshed-away tokens a session still answers for, as expired.
const RETIRED_KEPT: usize = 8;

/// Why a transition was refused.
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
}

/// Settings of the QR login demo (`config.json`'s `qr` object).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSettings {
    /// How long a code stays valid. Alibaba Mail uses 5 minutes.
    pub validity_seconds: u32,
}

impl Default for QrSettings {
    fn default() -> Self {
        QrSettings {
            validity_seconds: 300,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::super::format_mss;
    use super::super::testing::{at, session, session_in, token, ALL_STATES, START};
    use super::*;

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

    // Stays: acts late (250 s, 299.999 s in); the transition table acts one second in.
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

    // ---- Receiving from phone views ----

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

    proptest::proptest! {
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
