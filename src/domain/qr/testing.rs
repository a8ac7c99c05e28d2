//! Fixtures shared by the QR module's tests: a fixed start on both clocks, tokens made
//! from one repeated byte, and sessions brought into each state by allowed transitions.

use super::{Now, QrSession, QrState, Token};

/// The start of every test session, on both clocks.
pub const START: Now = Now {
    wall_ms: 1_700_000_000_000.0,
    mono_ms: 5_000.0,
};

/// The token of 16 bytes `n`.
pub fn token(n: u8) -> Token {
    Token::from_bytes([n; 16])
}

/// Both clocks `ms` after the start.
pub fn at(ms: f64) -> Now {
    Now {
        wall_ms: START.wall_ms + ms,
        mono_ms: START.mono_ms + ms,
    }
}

/// A `Pending` session for `token(1)`, valid for 300 seconds from [`START`].
pub fn session() -> QrSession {
    QrSession::new(token(1), 300, START)
}

/// A default session brought into `state` by allowed transitions, one second in.
pub fn session_in(state: QrState) -> QrSession {
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

/// Every state, in declaration order.
pub const ALL_STATES: [QrState; 6] = [
    QrState::Pending,
    QrState::Scanned,
    QrState::Confirmed,
    QrState::Cancelled,
    QrState::Expired,
    QrState::Blocked,
];
