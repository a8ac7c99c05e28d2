//! The countdown's inputs and words: the reading of both clocks the UI hands in ([`Now`]),
//! the `m:ss` text of the timer ([`format_mss`]) and durations in words for screen readers
//! and the help text ([`duration_words`], [`expiry_help`]).
//!
//! How much time is left is the session's to say ([`QrSession::remaining_seconds`]), from
//! its deadline on both clocks.
//!
//! [`QrSession::remaining_seconds`]: super::QrSession::remaining_seconds

use crate::domain::i18n::{Locale, ToolMsg};

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

/// Seconds in words ("1 minute", "4 minutes 59 seconds"), because screen readers read
/// "0:30" as a time of day.
///
/// ```
/// use recovery_assistant::domain::i18n::Locale;
/// use recovery_assistant::domain::qr::duration_words;
/// assert_eq!(duration_words(299, Locale::En), "4 minutes 59 seconds");
/// assert_eq!(duration_words(60, Locale::En), "1 minute");
/// ```
pub fn duration_words(seconds: u32, locale: Locale) -> String {
    let count = |n: u32, one: ToolMsg, many: ToolMsg| {
        if n == 1 {
            one.text(locale).to_string()
        } else {
            many.fill(locale, &[("n", &n.to_string())])
        }
    };
    let minutes = count(seconds / 60, ToolMsg::QrMinuteOne, ToolMsg::QrMinutes);
    let secs = count(seconds % 60, ToolMsg::QrSecondOne, ToolMsg::QrSeconds);
    match (seconds / 60, seconds % 60) {
        (0, _) => secs,
        (_, 0) => minutes,
        _ => ToolMsg::QrMinutesSeconds.fill(locale, &[("minutes", &minutes), ("seconds", &secs)]),
    }
}

/// The help text under "When the code runs out", naming how long a code works
/// (`config.qr.validity_seconds`) in words.
pub fn expiry_help(validity_seconds: u32, locale: Locale) -> String {
    ToolMsg::QrExpiryBody.fill(
        locale,
        &[("time", &duration_words(validity_seconds, locale))],
    )
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

    #[test]
    fn durations_are_said_in_minutes_and_seconds_with_singular_forms() {
        for (secs, en, zh) in [
            (300, "5 minutes", "5 分钟"),
            (299, "4 minutes 59 seconds", "4 分钟 59 秒"),
            (61, "1 minute 1 second", "1 分钟 1 秒"),
            (60, "1 minute", "1 分钟"),
            (30, "30 seconds", "30 秒"),
            (1, "1 second", "1 秒"),
            (0, "0 seconds", "0 秒"),
            (3600, "60 minutes", "60 分钟"),
        ] {
            assert_eq!(duration_words(secs, Locale::En), en, "{secs}");
            assert_eq!(duration_words(secs, Locale::ZhCn), zh, "{secs}");
        }
    }

    #[test]
    fn the_expiry_help_names_the_configured_validity_in_words() {
        assert!(expiry_help(300, Locale::En).starts_with("Each code works for 5 minutes only,"));
        assert!(expiry_help(45, Locale::En).starts_with("Each code works for 45 seconds only,"));
        assert!(expiry_help(300, Locale::ZhCn).starts_with("每个二维码只在 5 分钟内有效"));
    }
}
