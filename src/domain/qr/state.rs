//! Where a QR login session is ([`QrState`]) and its names on the page and the channel.
//!
//! The transitions between the states are [`QrSession`](super::QrSession)'s.

use serde::{Deserialize, Serialize};

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
}

#[cfg(test)]
mod tests {
    use super::super::testing::ALL_STATES;

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
}
