//! What screen readers hear on the QR page: the moments two ticks apart that decide it
//! ([`Moment`], [`announcement`]), the sentence for each [`Announcement`], and the
//! live-region rule that lets a repeated sentence be heard again ([`fresh`]).

use super::{duration_words, Now, QrSession, QrState, Token};
use crate::domain::i18n::{Locale, ToolMsg};

/// Remaining seconds at which screen readers hear the time left (1:00, 0:30 and 0:10).
pub const ANNOUNCE_AT_SECONDS: [u32; 3] = [60, 30, 10];

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

// Kept here rather than in `session.rs`: a moment exists only to be compared for an
// announcement, and the session needs nothing from this file.
impl QrSession {
    /// What the page shows at `now`, to compare with the previous tick (see
    /// [`announcement`]). Call [`QrSession::tick`] first so the state is current.
    pub fn moment(&self, now: Now) -> Moment {
        Moment {
            token: self.token(),
            state: self.state(),
            remaining_seconds: self.remaining_seconds(now),
        }
    }
}

impl Announcement {
    /// What the live region says for this announcement: the new code's validity, the
    /// state's status line, or the time left, with durations in words.
    ///
    /// ```
    /// use recovery_assistant::domain::i18n::Locale;
    /// use recovery_assistant::domain::qr::Announcement;
    /// let said = Announcement::TimeLeft { remaining_seconds: 30 };
    /// assert_eq!(said.text(Locale::En), "30 seconds left to scan the code.");
    /// ```
    pub fn text(self, locale: Locale) -> String {
        match self {
            Announcement::NewCode { remaining_seconds } => ToolMsg::QrSayNewCode.fill(
                locale,
                &[("time", &duration_words(remaining_seconds, locale))],
            ),
            Announcement::StateChanged { state } => state.status_msg().text(locale).to_string(),
            Announcement::TimeLeft { remaining_seconds } => ToolMsg::QrSayTimeLeft.fill(
                locale,
                &[("time", &duration_words(remaining_seconds, locale))],
            ),
        }
    }
}

/// The live region's next text, given what it says now. Screen readers stay silent when
/// a live region's text does not change, so a repeated message (a second "New QR code")
/// gets a trailing no-break space to count as new.
///
/// ```
/// use recovery_assistant::domain::qr::fresh;
/// assert_eq!(fresh("New QR code.", "New QR code.".into()), "New QR code.\u{a0}");
/// assert_eq!(fresh("", "New QR code.".into()), "New QR code.");
/// ```
pub fn fresh(old: &str, new: String) -> String {
    if old == new {
        new + "\u{a0}"
    } else {
        new
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{at, session, token};
    use super::*;

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

    #[test]
    fn each_announcement_is_said_as_a_sentence_with_durations_in_words() {
        let new_code = Announcement::NewCode {
            remaining_seconds: 300,
        };
        assert_eq!(
            new_code.text(Locale::En),
            "New QR code. It is valid for 5 minutes."
        );
        assert_eq!(
            new_code.text(Locale::ZhCn),
            "已生成新的二维码，有效期 5 分钟。"
        );
        let left = Announcement::TimeLeft {
            remaining_seconds: 25,
        };
        assert_eq!(left.text(Locale::En), "25 seconds left to scan the code.");
        assert_eq!(left.text(Locale::ZhCn), "扫码剩余时间：25 秒。");
        for state in [QrState::Scanned, QrState::Expired, QrState::Blocked] {
            for locale in Locale::ALL {
                assert_eq!(
                    Announcement::StateChanged { state }.text(locale),
                    state.status_msg().text(locale)
                );
            }
        }
    }

    #[test]
    fn a_repeated_live_region_text_is_changed_just_enough_to_be_heard_again() {
        assert_eq!(fresh("", "New QR code.".into()), "New QR code.");
        assert_eq!(fresh("Scanned.", "New QR code.".into()), "New QR code.");
        let again = fresh("New QR code.", "New QR code.".into());
        assert_eq!(again, "New QR code.\u{a0}");
        // A third time alternates back, which is again a change.
        assert_eq!(fresh(&again, "New QR code.".into()), "New QR code.");
    }
}
