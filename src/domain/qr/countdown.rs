//! The countdown's inputs and text: the reading of both clocks the UI hands in ([`Now`])
//! and the `m:ss` text of the timer ([`format_mss`]).
//!
//! How much time is left is the session's to say ([`QrSession::remaining_seconds`]), from
//! its deadline on both clocks.
//!
//! [`QrSession::remaining_seconds`]: super::QrSession::remaining_seconds

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

/// Formats whole seconds as `m:ss`, the countdown's text: `5:00`, `0:09`, `10:00`.
pub fn format_mss(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
