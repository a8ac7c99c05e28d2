//! Where a QR login session is ([`QrState`]), its names on the page and the channel, and
//! what the QR page says and shows in each state: the status line, the word across an
//! unusable code, whether the countdown is on screen, and which buttons it offers.
//!
//! The transitions between the states are [`QrSession`](super::QrSession)'s.

use serde::{Deserialize, Serialize};

use crate::domain::i18n::ToolMsg;

/// Where a QR login session is. See the [module documentation](super) for the diagram.
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

    /// The status line under the code in this state; also what screen readers hear when
    /// the state changes.
    ///
    /// ```
    /// use recovery_assistant::domain::i18n::{Locale, ToolMsg};
    /// use recovery_assistant::domain::qr::QrState;
    /// assert_eq!(QrState::Expired.status_msg(), ToolMsg::QrStatusExpired);
    /// assert!(QrState::Expired.status_msg().text(Locale::En).starts_with("The code has expired"));
    /// ```
    pub fn status_msg(self) -> ToolMsg {
        match self {
            QrState::Pending => ToolMsg::QrStatusPending,
            QrState::Scanned => ToolMsg::QrStatusScanned,
            QrState::Confirmed => ToolMsg::QrStatusConfirmed,
            QrState::Cancelled => ToolMsg::QrStatusCancelled,
            QrState::Expired => ToolMsg::QrStatusExpired,
            QrState::Blocked => ToolMsg::QrStatusBlocked,
        }
    }

    /// The status line under the code: [`QrState::status_msg`], except that while waiting
    /// for a scan where no phone view can be opened (`no_phone_view`, as for
    /// [`QrState::actions`]) it names only Simulate scan, the one way on there.
    pub fn status_line(self, no_phone_view: bool) -> ToolMsg {
        match self {
            QrState::Pending if no_phone_view => ToolMsg::QrStatusPendingNoPhone,
            _ => self.status_msg(),
        }
    }

    /// The word written across a code that can no longer be used; `None` while it is live.
    pub fn overlay_msg(self) -> Option<ToolMsg> {
        match self {
            QrState::Pending | QrState::Scanned => None,
            QrState::Confirmed => Some(ToolMsg::QrOverlayConfirmed),
            QrState::Cancelled => Some(ToolMsg::QrOverlayCancelled),
            QrState::Expired => Some(ToolMsg::QrOverlayExpired),
            QrState::Blocked => Some(ToolMsg::QrOverlayBlocked),
        }
    }

    /// Whether the countdown is on screen. It means something while the code is live and,
    /// at 0:00, once it has run out; after a login, a cancellation or with a locked account
    /// a running clock would only confuse.
    pub fn shows_timer(self) -> bool {
        matches!(self, QrState::Pending | QrState::Scanned | QrState::Expired)
    }

    /// The buttons the QR page offers in this state; `no_phone_view` on a kiosk (it opens
    /// no windows) and in a browser whose tabs cannot talk to each other (no
    /// `BroadcastChannel`), where a phone view could never reach this page.
    ///
    /// While the code is live: the phone view in a new tab (unless `no_phone_view`: then
    /// the visitor uses Simulate scan), Simulate scan (kept but disabled once
    /// scanned, so keyboard focus is not thrown to the top of the page) and Refresh.
    /// With the account locked: only "My account is unlocked now". Once the session is
    /// over: Refresh, as the page's main action.
    pub fn actions(self, no_phone_view: bool) -> QrActions {
        match self {
            QrState::Pending | QrState::Scanned => QrActions {
                open_phone: !no_phone_view,
                simulate_scan: Some(self == QrState::Scanned),
                refresh: Some(false),
                unlocked: false,
            },
            QrState::Blocked => QrActions {
                open_phone: false,
                simulate_scan: None,
                refresh: None,
                unlocked: true,
            },
            QrState::Confirmed | QrState::Cancelled | QrState::Expired => QrActions {
                open_phone: false,
                simulate_scan: None,
                refresh: Some(true),
                unlocked: false,
            },
        }
    }

    /// Whether the page itself shows the phone's question (Confirm or Cancel), as the
    /// phone would after a simulated scan.
    pub fn shows_phone_question(self) -> bool {
        self == QrState::Scanned
    }
}

/// The QR page's buttons in one state ([`QrState::actions`]), in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QrActions {
    /// "Open phone view" (a new tab).
    pub open_phone: bool,
    /// "Simulate scan", and whether it is disabled; `None` when not shown.
    pub simulate_scan: Option<bool>,
    /// "Refresh QR code", and whether it is the page's main action; `None` when not shown.
    pub refresh: Option<bool>,
    /// "My account is unlocked now".
    pub unlocked: bool,
}

#[cfg(test)]
mod tests {
    use super::super::testing::ALL_STATES;
    use super::*;
    use crate::domain::i18n::Locale;

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

    #[test]
    fn each_state_has_its_own_status_line() {
        let lines = ALL_STATES.map(QrState::status_msg);
        assert_eq!(
            lines,
            [
                ToolMsg::QrStatusPending,
                ToolMsg::QrStatusScanned,
                ToolMsg::QrStatusConfirmed,
                ToolMsg::QrStatusCancelled,
                ToolMsg::QrStatusExpired,
                ToolMsg::QrStatusBlocked,
            ]
        );
        assert_eq!(
            QrState::Pending.status_msg().text(Locale::En),
            "Waiting for a scan. Open the phone view, or press Simulate scan."
        );
    }

    #[test]
    fn without_a_phone_view_the_waiting_line_names_only_simulate_scan() {
        for state in ALL_STATES {
            assert_eq!(state.status_line(false), state.status_msg());
            let line = state.status_line(true);
            // The line never offers what `actions` does not.
            let offers_phone = line.text(Locale::En).contains("phone view");
            assert!(!offers_phone || state.actions(true).open_phone, "{state:?}");
        }
        assert_eq!(
            QrState::Pending.status_line(true).text(Locale::En),
            "Waiting for a scan. Press Simulate scan to play the phone's part."
        );
        assert!(QrState::Pending
            .status_line(true)
            .text(Locale::ZhCn)
            .contains("模拟扫码"));
    }

    #[test]
    fn only_a_code_that_can_no_longer_be_used_has_a_word_across_it() {
        let words = ALL_STATES.map(|s| s.overlay_msg().map(|m| m.text(Locale::En)));
        assert_eq!(
            words,
            [
                None,
                None,
                Some("Used"),
                Some("Cancelled"),
                Some("Expired"),
                Some("Not available"),
            ]
        );
        for s in ALL_STATES {
            assert_eq!(s.overlay_msg().is_none(), s.is_live(), "{s:?}");
        }
    }

    #[test]
    fn the_countdown_shows_while_the_code_is_live_and_once_it_has_run_out() {
        let shown: Vec<_> = ALL_STATES.into_iter().filter(|s| s.shows_timer()).collect();
        assert_eq!(
            shown,
            [QrState::Pending, QrState::Scanned, QrState::Expired]
        );
    }

    #[test]
    fn each_state_offers_its_buttons() {
        let live = QrState::Pending.actions(false);
        assert!(live.open_phone && !live.unlocked);
        assert_eq!(
            (live.simulate_scan, live.refresh),
            (Some(false), Some(false))
        );
        let scanned = QrState::Scanned.actions(false);
        assert_eq!(scanned.simulate_scan, Some(true), "kept, disabled");
        assert!(
            !QrState::Pending.actions(true).open_phone,
            "no new tab on a kiosk"
        );
        assert_eq!(QrState::Pending.actions(true).simulate_scan, Some(false));
        let blocked = QrState::Blocked.actions(false);
        assert!(blocked.unlocked && !blocked.open_phone);
        assert_eq!((blocked.simulate_scan, blocked.refresh), (None, None));
        for over in [QrState::Confirmed, QrState::Cancelled, QrState::Expired] {
            for kiosk in [false, true] {
                let a = over.actions(kiosk);
                assert_eq!(
                    (a.open_phone, a.simulate_scan, a.refresh, a.unlocked),
                    (false, None, Some(true), false),
                    "{over:?}"
                );
            }
        }
        let asking: Vec<_> = ALL_STATES
            .iter()
            .filter(|s| s.shows_phone_question())
            .collect();
        assert_eq!(asking, [&QrState::Scanned]);
    }
}
