//! The kiosk's idle clock: given how long nobody has touched the screen, whether to carry
//! on, warn (with the whole seconds left), or reset. Computed from elapsed time, never by
//! counting ticks, so a throttled or sleeping kiosk is still right when it wakes. Also the
//! dialog's countdown sentence, with the language's plural forms, the label of the QR code
//! a kiosk shows in place of a link ([`scan_label`]), and the kiosk's settings
//! ([`KioskSettings`]), which `config` reads from the file.

use super::i18n::{Locale, Msg, ToolMsg};

/// Help-desk kiosk behaviour (`config.json`'s `kiosk` object).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskSettings {
    /// Whether the kiosk behaviour (idle reset, no outbound links) is on.
    pub enabled: bool,
    /// Seconds without input before the "are you still there?" warning.
    pub idle_seconds: u32,
    /// Seconds the warning counts down before everything is cleared.
    pub warning_seconds: u32,
}

impl Default for KioskSettings {
    fn default() -> Self {
        KioskSettings {
            enabled: false,
            idle_seconds: 120,
            warning_seconds: 20,
        }
    }
}

/// Where the idle clock stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    /// Someone is using it.
    Active,
    /// "Are you still there?" is up with this many whole seconds left.
    Warning(u32),
    /// Time is up: clear everything.
    Reset,
}

/// The idle state `idle_ms` milliseconds after the last input.
///
/// ```
/// use recovery_assistant::domain::kiosk::{idle_state, Idle, KioskSettings};
/// let s = KioskSettings { enabled: true, idle_seconds: 120, warning_seconds: 20 };
/// assert_eq!(idle_state(&s, 119_999.0), Idle::Active);
/// assert_eq!(idle_state(&s, 120_000.0), Idle::Warning(20));
/// assert_eq!(idle_state(&s, 139_001.0), Idle::Warning(1));
/// assert_eq!(idle_state(&s, 140_000.0), Idle::Reset);
/// ```
pub fn idle_state(settings: &KioskSettings, idle_ms: f64) -> Idle {
    let idle = f64::from(settings.idle_seconds) * 1000.0;
    let warning = f64::from(settings.warning_seconds) * 1000.0;
    // A clock that went backwards (NaN or negative) counts as fresh input.
    if idle_ms.is_nan() || idle_ms < idle {
        Idle::Active
    } else if idle_ms < idle + warning {
        Idle::Warning(((idle + warning - idle_ms) / 1000.0).ceil() as u32)
    } else {
        Idle::Reset
    }
}

/// The idle state at `now_ms` when the last input was at `last_input_ms` (both from the
/// same clock). `None` means nobody has touched the kiosk since it was started or reset:
/// there is nothing to clear, so the watch does not run. Without this an untouched kiosk
/// would ask "Are you still there?" and reload every `idle_seconds`, forever.
///
/// ```
/// use recovery_assistant::domain::kiosk::{idle_since, Idle, KioskSettings};
/// let s = KioskSettings { enabled: true, idle_seconds: 120, warning_seconds: 20 };
/// assert_eq!(idle_since(&s, None, 1e9), Idle::Active);
/// assert_eq!(idle_since(&s, Some(0.0), 120_000.0), Idle::Warning(20));
/// ```
pub fn idle_since(settings: &KioskSettings, last_input_ms: Option<f64>, now_ms: f64) -> Idle {
    match last_input_ms {
        None => Idle::Active,
        Some(at) => idle_state(settings, now_ms - at),
    }
}

/// The dialog's sentence for `seconds` left: "in 1 second", "in 5 seconds". Chinese has
/// one form for every number.
pub fn countdown_message(seconds: u32, locale: Locale) -> String {
    let msg = if seconds == 1 {
        ToolMsg::KioskCountdownOne
    } else {
        ToolMsg::KioskCountdown
    };
    msg.fill(locale, &[("seconds", &seconds.to_string())])
}

/// The accessible name of the QR code a kiosk shows in place of a link to `url`.
pub fn scan_label(url: &str, locale: Locale) -> String {
    Msg::KioskScan.fill(locale, &[("url", url)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_moves_through_its_three_states() {
        let s = KioskSettings {
            enabled: true,
            idle_seconds: 10,
            warning_seconds: 5,
        };
        assert_eq!(idle_state(&s, -5_000.0), Idle::Active);
        assert_eq!(idle_state(&s, f64::NAN), Idle::Active);
        assert_eq!(idle_state(&s, 0.0), Idle::Active);
        assert_eq!(idle_state(&s, 9_999.0), Idle::Active);
        assert_eq!(idle_state(&s, 10_000.0), Idle::Warning(5));
        assert_eq!(idle_state(&s, 10_001.0), Idle::Warning(5));
        assert_eq!(idle_state(&s, 14_000.0), Idle::Warning(1));
        assert_eq!(idle_state(&s, 14_999.0), Idle::Warning(1));
        assert_eq!(idle_state(&s, 15_000.0), Idle::Reset);
        assert_eq!(idle_state(&s, 1e12), Idle::Reset);
    }

    #[test]
    fn an_untouched_kiosk_never_warns_or_resets() {
        let s = KioskSettings {
            enabled: true,
            idle_seconds: 10,
            warning_seconds: 5,
        };
        assert_eq!(idle_since(&s, None, 0.0), Idle::Active);
        assert_eq!(idle_since(&s, None, 1e12), Idle::Active);
        assert_eq!(idle_since(&s, Some(1_000.0), 11_000.0), Idle::Warning(5));
        assert_eq!(idle_since(&s, Some(1_000.0), 16_000.0), Idle::Reset);
    }

    #[test]
    fn a_kiosk_address_is_labelled_as_a_qr_code() {
        let url = "https://qiye.aliyun.com/";
        assert_eq!(
            scan_label(url, Locale::En),
            "QR code for https://qiye.aliyun.com/"
        );
        assert_eq!(
            scan_label(url, Locale::ZhCn),
            "https://qiye.aliyun.com/ 的二维码"
        );
    }

    #[test]
    fn the_countdown_says_second_or_seconds() {
        assert!(countdown_message(1, Locale::En).ends_with("cleared in 1 second."));
        assert!(countdown_message(2, Locale::En).ends_with("cleared in 2 seconds."));
        assert!(countdown_message(0, Locale::En).ends_with("cleared in 0 seconds."));
        assert!(countdown_message(1, Locale::ZhCn).contains("1 秒后"));
        assert!(countdown_message(7, Locale::ZhCn).contains("7 秒后"));
    }
}
