//! Filling `{placeholders}` in tree texts: what each one is, where its value comes from
//! (the company's config, the email address the visitor typed, their platform), and the
//! login address worked out for the 209 page.

use super::{Localized, Tree};
use crate::domain::checks::is_domain;
use crate::domain::config::Config;
use crate::domain::i18n::{fill, Locale};

/// The Alibaba Mail admin console, where postmasters unlock accounts and reset passwords.
pub const CONSOLE_URL: &str = "https://mail.console.aliyun.com";

/// Every placeholder text may use; anything else in braces is a defect.
pub const PLACEHOLDERS: [&str; 6] = [
    "company",
    "domain",
    "login_url",
    "admin_contact",
    "console_url",
    "hard_refresh",
];

impl Tree {
    /// `text` with every known placeholder replaced for this user:
    ///
    /// - `{login_url}`: the configured login URL; else `https://mail.<domain>` from the
    ///   domain after the @ of the typed email; else from the configured mail domain; else a
    ///   generic phrase ("the login address your company gave you").
    /// - `{domain}`: the configured mail domain, else the typed email's domain, else a phrase.
    /// - `{company}`, `{admin_contact}`: from the config, else a phrase.
    /// - `{console_url}`: [`CONSOLE_URL`].
    /// - `{hard_refresh}`: the keys for the user's platform, that platform's keys first.
    ///
    /// Inserted values are never re-scanned, so a config value containing braces is inert.
    pub fn fill_placeholders(&self, text: &str, values: &PlaceholderValues) -> String {
        let t = &self.wording;
        let l = values.locale;
        let email_domain = values.typed_email.and_then(email_domain);
        let domain = values
            .config
            .mail_domain
            .clone()
            .or_else(|| email_domain.clone())
            .unwrap_or_else(|| t.domain.get(l).to_string());
        let login = login_url(values.config, values.typed_email)
            .unwrap_or_else(|| t.login_url.get(l).into());
        let company = values
            .config
            .company_name
            .as_deref()
            .unwrap_or(t.company.get(l));
        let admin = values
            .config
            .admin_contact
            .as_deref()
            .unwrap_or(t.admin_contact.get(l));
        let refresh = match values.platform {
            Platform::Mac => &t.hard_refresh_mac,
            Platform::Pc => &t.hard_refresh_pc,
            Platform::Phone => &t.hard_refresh_phone,
        };
        fill(
            l,
            text,
            &[
                ("company", company),
                ("domain", &domain),
                ("login_url", &login),
                ("admin_contact", admin),
                ("console_url", CONSOLE_URL),
                ("hard_refresh", refresh.get(l)),
            ],
        )
    }

    /// A text in `values.locale` with its placeholders filled: what the UI displays.
    pub fn render(&self, text: &Localized, values: &PlaceholderValues) -> String {
        self.fill_placeholders(text.get(values.locale), values)
    }
}

/// Where [`Tree::fill_placeholders`] takes the placeholders' values from: the company's
/// config, the email the visitor typed, their platform and their language.
#[derive(Clone, Copy, Debug)]
pub struct PlaceholderValues<'a> {
    /// The company's settings.
    pub config: &'a Config,
    /// The email address the user typed, if any (only its domain is used).
    pub typed_email: Option<&'a str>,
    /// The user's platform, for the hard-refresh keys.
    pub platform: Platform,
    /// The display language.
    pub locale: Locale,
}

/// The kind of device, which decides which hard-refresh keys to show first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Platform {
    /// Windows, Linux, ChromeOS and anything unrecognised: Ctrl+F5 first.
    #[default]
    Pc,
    /// macOS: Cmd+Shift+R first.
    Mac,
    /// A phone or tablet: no keyboard shortcut; reopen the page instead.
    Phone,
}

impl Platform {
    /// Guesses the platform from `navigator.userAgent` or `navigator.platform`.
    ///
    /// ```
    /// use recovery_assistant::domain::tree::Platform;
    /// assert_eq!(Platform::detect("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"), Platform::Mac);
    /// assert_eq!(Platform::detect("Win32"), Platform::Pc);
    /// ```
    pub fn detect(user_agent_or_platform: &str) -> Platform {
        let s = user_agent_or_platform.to_ascii_lowercase();
        // Phones first: iPhone and Android user agents also mention "Mac OS X" or "Linux".
        if ["iphone", "ipad", "ipod", "android", "mobile"]
            .iter()
            .any(|k| s.contains(k))
        {
            Platform::Phone
        } else if s.contains("mac") {
            Platform::Mac
        } else {
            Platform::Pc
        }
    }
}

/// The address of the company's webmail login page for this user: the configured login URL,
/// else `https://mail.<domain>` from the typed email, else from the configured mail domain.
/// `None` when none of them is known.
///
/// A typed address at another domain than the configured `mail_domain` gives no guess
/// of its own: the company's domain is known, and a login page for someone else's
/// domain is exactly the mistake behind "System error 209". [`login_hint`] says so.
pub fn login_url(config: &Config, typed_email: Option<&str>) -> Option<String> {
    if let Some(url) = &config.login_url {
        return Some(url.clone());
    }
    typed_email
        .and_then(email_domain)
        .filter(|d| config.mail_domain.as_ref().is_none_or(|m| m == d))
        .or_else(|| config.mail_domain.clone())
        .map(|d| format!("https://mail.{d}"))
}

/// What the 209 page says under its email field (shown when no login URL is configured).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoginHint {
    /// "Your login address is probably" this address.
    Probably(String),
    /// The typed address is not at the company's configured mail domain (given here):
    /// the visitor should check it rather than be sent to another company's login page.
    NotAtCompanyDomain(String),
}

/// The hint for the email the visitor typed: a mismatch with the configured mail domain
/// first, else the likely login address ([`login_url`]), else nothing.
pub fn login_hint(config: &Config, typed_email: Option<&str>) -> Option<LoginHint> {
    let typed = typed_email.and_then(email_domain);
    if let (Some(typed), Some(company)) = (typed, &config.mail_domain) {
        if &typed != company {
            return Some(LoginHint::NotAtCompanyDomain(company.clone()));
        }
    }
    login_url(config, typed_email).map(LoginHint::Probably)
}

/// The lower-cased domain after the last @ of `email`, if it is a plain ASCII domain name.
/// Anything else (a typo, spaces, non-Latin letters) gives `None`, so junk never becomes a URL.
pub(crate) fn email_domain(email: &str) -> Option<String> {
    let (_, domain) = email.trim().rsplit_once('@')?;
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let ok = is_domain(&domain);
    ok.then_some(domain)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tree::fixture::{config, good_json, tree_of};

    #[test]
    fn the_login_url_comes_from_config_then_typed_email_then_config_domain() {
        let both = config(
            Some("corp.example"),
            Some("https://webmail.corp.example/login"),
        );
        assert_eq!(
            login_url(&both, Some("ann@other.example")).as_deref(),
            Some("https://webmail.corp.example/login")
        );
        let domain_only = config(Some("corp.example"), None);
        assert_eq!(
            login_url(&domain_only, Some(" Ann@Corp.Example ")).as_deref(),
            Some("https://mail.corp.example")
        );
        assert_eq!(
            login_url(&domain_only, Some("not an email")).as_deref(),
            Some("https://mail.corp.example")
        );
        let nothing = config(None, None);
        assert_eq!(
            login_url(&nothing, Some(" Ann@Other.Example ")).as_deref(),
            Some("https://mail.other.example")
        );
        assert_eq!(login_url(&nothing, Some("a@b")), None);
        assert_eq!(
            login_url(&config(None, None), Some("a@bad domain.com")),
            None
        );
    }

    #[test]
    fn an_address_at_another_domain_than_the_configured_one_gets_no_login_guess_of_its_own() {
        let domain_only = config(Some("corp.example"), None);
        // The company's own address, not one for the domain typed.
        assert_eq!(
            login_url(&domain_only, Some("ann@other.example")).as_deref(),
            Some("https://mail.corp.example")
        );
        assert_eq!(
            login_hint(&domain_only, Some("ann@Other.example.")),
            Some(LoginHint::NotAtCompanyDomain("corp.example".into()))
        );
        // A subdomain is another domain too.
        assert_eq!(
            login_hint(&domain_only, Some("ann@mail.corp.example")),
            Some(LoginHint::NotAtCompanyDomain("corp.example".into()))
        );
        assert_eq!(
            login_hint(&domain_only, Some("ann@CORP.example")),
            Some(LoginHint::Probably("https://mail.corp.example".into()))
        );
        // Nothing typed, or nothing that is an address: the company's address, no warning.
        for typed in [None, Some(""), Some("ann@")] {
            assert_eq!(
                login_hint(&domain_only, typed),
                Some(LoginHint::Probably("https://mail.corp.example".into())),
                "{typed:?}"
            );
        }
        // No mail domain configured: the typed domain is the best guess, as before.
        assert_eq!(
            login_hint(&config(None, None), Some("ann@other.example")),
            Some(LoginHint::Probably("https://mail.other.example".into()))
        );
        assert_eq!(login_hint(&config(None, None), Some("ann")), None);
    }

    #[test]
    fn placeholders_fill_from_config_typed_email_platform_and_fallbacks() {
        let tree = tree_of(&good_json());
        let cfg = Config {
            company_name: Some("Acme {x}".into()),
            admin_contact: Some("IT desk, ext. 42".into()),
            ..Config::default()
        };
        let values = PlaceholderValues {
            config: &cfg,
            typed_email: Some("bo@acme.example"),
            platform: Platform::Mac,
            locale: Locale::En,
        };
        assert_eq!(
            tree.fill_placeholders(
                "{company}|{domain}|{login_url}|{admin_contact}|{console_url}|{hard_refresh}|{nope}",
                &values
            ),
            "Acme {x}|acme.example|https://mail.acme.example|IT desk, ext. 42|\
             https://mail.console.aliyun.com|hard_refresh_mac|{nope}"
        );
        let bare = Config::default();
        let values = PlaceholderValues {
            config: &bare,
            typed_email: None,
            platform: Platform::Pc,
            locale: Locale::ZhCn,
        };
        assert_eq!(
            tree.fill_placeholders("{company}{login_url}{hard_refresh}", &values),
            "中文company中文login_url中文hard_refresh_pc"
        );
    }

    #[test]
    fn platforms_are_detected_from_user_agents_and_platform_strings() {
        let cases = [
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120",
                Platform::Pc,
            ),
            ("Mozilla/5.0 (X11; Linux x86_64) Firefox/121", Platform::Pc),
            (
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari",
                Platform::Mac,
            ),
            ("MacIntel", Platform::Mac),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)",
                Platform::Phone,
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile",
                Platform::Phone,
            ),
            ("", Platform::Pc),
        ];
        for (ua, want) in cases {
            assert_eq!(Platform::detect(ua), want, "{ua}");
        }
    }
}
