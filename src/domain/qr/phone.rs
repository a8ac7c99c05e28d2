//! The phone view, `#/qr-confirm/<token>`: its address ([`confirm_url`]), what it shows
//! ([`PhoneView`], with its names and sentences) and how it follows the QR tab's answers
//! ([`PhoneSession`]).
//!
//! The address lives here, not with the image: it is the phone view's route, and the
//! image encodes any text (the kiosk draws its login address with it too).

use super::{ChannelMsg, QrState, Token};
use crate::domain::i18n::{Locale, ToolMsg};
use crate::domain::route::{self, Route};

/// How long the phone view waits for an answer before deciding no tab knows its token.
/// Generous, because the QR tab is in the background and browsers may delay its tasks.
pub const ANSWER_TIMEOUT_MS: u32 = 3000;

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

impl PhoneView {
    /// The view's name, as written in the page's `data-phone-view` attribute, for tests
    /// and styles.
    pub fn name(self) -> &'static str {
        match self {
            PhoneView::Checking => "checking",
            PhoneView::Asking => "asking",
            PhoneView::Sending => "sending",
            PhoneView::Confirmed => "confirmed",
            PhoneView::Cancelled => "cancelled",
            PhoneView::Expired => "expired",
        }
    }

    /// The view's message. `Asking`'s is a template naming the company; [`PhoneView::text`]
    /// fills it in.
    pub fn msg(self) -> ToolMsg {
        match self {
            PhoneView::Checking => ToolMsg::QrPhoneChecking,
            PhoneView::Asking => ToolMsg::QrPhoneQuestion,
            PhoneView::Sending => ToolMsg::QrPhoneSending,
            PhoneView::Confirmed => ToolMsg::QrPhoneConfirmed,
            PhoneView::Cancelled => ToolMsg::QrPhoneCancelled,
            PhoneView::Expired => ToolMsg::QrPhoneExpired,
        }
    }

    /// What the phone view says, with `company` named in the question.
    ///
    /// ```
    /// use recovery_assistant::domain::i18n::Locale;
    /// use recovery_assistant::domain::qr::PhoneView;
    /// assert_eq!(
    ///     PhoneView::Asking.text("Acme", Locale::En),
    ///     "Log in to Acme mail on the other device?"
    /// );
    /// assert_eq!(PhoneView::Expired.text("Acme", Locale::En), "This code has expired");
    /// ```
    pub fn text(self, company: &str, locale: Locale) -> String {
        match self {
            PhoneView::Asking => phone_question(company, locale),
            other => other.msg().text(locale).to_string(),
        }
    }
}

/// The phone's question, "Log in to `company` mail on the other device?", also shown on
/// the QR page after Simulate scan.
pub fn phone_question(company: &str, locale: Locale) -> String {
    ToolMsg::QrPhoneQuestion.fill(locale, &[("company", company)])
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
    use super::super::testing::token;
    use super::*;

    // ---- Address ----

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

    // ---- Words ----

    const ALL_VIEWS: [PhoneView; 6] = [
        PhoneView::Checking,
        PhoneView::Asking,
        PhoneView::Sending,
        PhoneView::Confirmed,
        PhoneView::Cancelled,
        PhoneView::Expired,
    ];

    #[test]
    fn view_names_are_the_data_phone_view_contract() {
        assert_eq!(
            ALL_VIEWS.map(PhoneView::name),
            [
                "checking",
                "asking",
                "sending",
                "confirmed",
                "cancelled",
                "expired"
            ]
        );
    }

    #[test]
    fn each_view_has_its_own_message() {
        assert_eq!(
            ALL_VIEWS.map(PhoneView::msg),
            [
                ToolMsg::QrPhoneChecking,
                ToolMsg::QrPhoneQuestion,
                ToolMsg::QrPhoneSending,
                ToolMsg::QrPhoneConfirmed,
                ToolMsg::QrPhoneCancelled,
                ToolMsg::QrPhoneExpired,
            ]
        );
    }

    #[test]
    fn the_question_names_the_company_and_the_other_views_say_their_message() {
        assert_eq!(
            PhoneView::Asking.text("Acme", Locale::En),
            "Log in to Acme mail on the other device?"
        );
        assert_eq!(
            PhoneView::Asking.text("Acme", Locale::ZhCn),
            "要在另一台设备上登录 Acme 邮箱吗？"
        );
        assert_eq!(
            phone_question("Acme", Locale::En),
            PhoneView::Asking.text("Acme", Locale::En)
        );
        for view in ALL_VIEWS {
            if view != PhoneView::Asking {
                for locale in Locale::ALL {
                    assert_eq!(view.text("Acme", locale), view.msg().text(locale));
                }
            }
        }
        assert_eq!(
            PhoneView::Checking.text("Acme", Locale::En),
            "Checking the code with the other device…"
        );
    }

    // ---- Following the QR tab ----

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
}
