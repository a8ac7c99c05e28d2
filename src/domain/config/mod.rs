//! The company's settings: parsing and validating `config.json` into typed values.
//!
//! Every field is optional. A field that is missing takes its default silently; a field
//! that is present but wrong takes its default too, and produces a [`ConfigError`] naming
//! the field, so the page can show a notice while the assistant keeps working. A file that
//! cannot be read at all yields the full defaults and one error. Nothing here panics on
//! any input (see the proptest at the bottom).
//!
//! Values from the file are only ever displayed as text or used as attribute values after
//! the checks here (https-only URLs, plain domain names, no control characters), never
//! inserted as markup.
//!
//! This file owns the entry point [`parse`] and its result [`Loaded`]; `settings` what a
//! configuration holds ([`Config`], [`EmbedSettings`]) and the limits on it; `error` the
//! problems and their wording; `reader` the walk through the fields. The imports run one
//! way: `reader` uses `settings` and `error`, this file uses all three, and none of them
//! uses this file (only their tests call [`parse`]).
//! Each feature owns its settings type ([`PasswordPolicy`],
//! [`QrSettings`](crate::domain::qr::QrSettings),
//! [`KioskSettings`](crate::domain::kiosk::KioskSettings),
//! [`Theme`](crate::domain::theme::Theme)); the embedding settings are in `settings`
//! because no domain feature of their own reads them. The text and address checks are
//! shared with other features in [`crate::domain::checks`].

mod error;
mod reader;
mod settings;

pub use error::{unavailable_detail, ConfigError, Expected, FetchFailure, Invalid};
pub use settings::{
    range_of, Config, EmbedSettings, MAX_CONFIG_BYTES, MAX_TEXT_CHARS, MAX_WEAK_KEYWORDS, RANGES,
};
// The policy owns its settings type; re-exported so `config::PasswordPolicy` keeps working.
pub use super::policy::PasswordPolicy;

use super::json::{self, Value};
use reader::Parser;

/// The result of loading a configuration: always a usable [`Config`], plus what was wrong.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Loaded {
    /// The configuration to use.
    pub config: Config,
    /// Every problem found, fields in alphabetical order within each object. Empty for a clean file.
    pub problems: Vec<ConfigError>,
}

impl Loaded {
    /// Defaults plus one error, for a file that could not be fetched at all.
    pub fn unavailable(detail: impl Into<String>) -> Loaded {
        Loaded {
            config: Config::default(),
            problems: vec![ConfigError::Unavailable {
                detail: detail.into(),
            }],
        }
    }
}

/// Parses and validates the text of `config.json`.
///
/// ```
/// use recovery_assistant::domain::config::parse;
/// let loaded = parse(r#"{"company_name": "Example Ltd", "qr": {"validity_seconds": 120}}"#);
/// assert!(loaded.problems.is_empty());
/// assert_eq!(loaded.config.company_name.as_deref(), Some("Example Ltd"));
/// assert_eq!(loaded.config.qr.validity_seconds, 120);
/// assert_eq!(loaded.config.password_policy.min_length, 8);
/// ```
pub fn parse(text: &str) -> Loaded {
    if text.len() > MAX_CONFIG_BYTES {
        return Loaded {
            config: Config::default(),
            problems: vec![ConfigError::TooLarge],
        };
    }
    // A byte order mark, as some Windows editors write: the browser's `Response.text()`
    // drops it already, so dropping it here too makes native parsing agree (RFC 8259 §8.1
    // lets a parser ignore it).
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // The reader stops at 128 levels of nesting, so a hostile deeply nested file is a
    // parse error here rather than a stack overflow.
    let value: Value = match json::parse(text) {
        Ok(v) => v,
        Err(e) => {
            return Loaded {
                config: Config::default(),
                problems: vec![ConfigError::Malformed {
                    detail: e.to_string(),
                }],
            }
        }
    };
    let Value::Object(root) = value else {
        return Loaded {
            config: Config::default(),
            problems: vec![ConfigError::NotAnObject],
        };
    };
    let mut p = Parser::default();
    let config = p.config(&root);
    Loaded {
        config,
        problems: p.problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::Locale;
    use crate::domain::kiosk::KioskSettings;

    fn problems(text: &str) -> Vec<ConfigError> {
        parse(text).problems
    }

    #[test]
    fn a_full_valid_file_is_read_without_problems() {
        let loaded = parse(
            r#"{
              "company_name": "Example Trading Ltd",
              "mail_domain": "Example.COM",
              "login_url": "https://mail.example.com/alimail/",
              "admin_contact": "IT desk, ext. 4321",
              "admin_contact_url": "mailto:postmaster@example.com",
              "password_policy": {"min_length": 9, "max_length": 64, "required_classes": 3,
                                   "weak_keywords": ["example", "Password"]},
              "qr": {"validity_seconds": 300},
              "kiosk": {"enabled": true, "idle_seconds": 90, "warning_seconds": 15},
              "embed": {"parent_origins": ["https://help.example.com", "http://127.0.0.1:8090"],
                        "hide_header": true},
              "locale": "zh-CN"
            }"#,
        );
        assert_eq!(loaded.problems, vec![]);
        let c = loaded.config;
        assert_eq!(c.company_name.as_deref(), Some("Example Trading Ltd"));
        assert_eq!(c.mail_domain.as_deref(), Some("example.com"));
        assert_eq!(
            c.login_url.as_deref(),
            Some("https://mail.example.com/alimail/")
        );
        assert_eq!(c.admin_contact.as_deref(), Some("IT desk, ext. 4321"));
        assert_eq!(
            c.admin_contact_url.as_deref(),
            Some("mailto:postmaster@example.com")
        );
        assert_eq!(c.password_policy.min_length, 9);
        assert_eq!(c.password_policy.weak_keywords, vec!["example", "Password"]);
        assert_eq!(c.qr.validity_seconds, 300);
        assert!(c.kiosk.enabled);
        assert_eq!(c.kiosk.idle_seconds, 90);
        assert_eq!(c.kiosk.warning_seconds, 15);
        assert_eq!(
            c.embed.parent_origins,
            vec!["https://help.example.com", "http://127.0.0.1:8090"]
        );
        assert!(c.embed.hide_header);
        assert_eq!(c.locale, Some(Locale::ZhCn));
    }

    #[test]
    fn an_empty_object_gives_every_default_without_problems() {
        let loaded = parse("{}");
        assert_eq!(loaded.problems, vec![]);
        assert_eq!(loaded.config, Config::default());
        let p = &loaded.config.password_policy;
        assert_eq!((p.min_length, p.max_length, p.required_classes), (8, 64, 3));
        assert_eq!(loaded.config.qr.validity_seconds, 300);
        assert_eq!(loaded.config.kiosk, KioskSettings::default());
        assert_eq!(loaded.config.locale, None);
    }

    #[test]
    fn each_section_missing_alone_keeps_the_others() {
        let loaded = parse(r#"{"kiosk": {"enabled": true}}"#);
        assert!(loaded.problems.is_empty());
        assert!(loaded.config.kiosk.enabled);
        assert_eq!(loaded.config.kiosk.idle_seconds, 120);
        assert_eq!(loaded.config.password_policy, PasswordPolicy::default());
    }

    #[test]
    fn a_leading_byte_order_mark_is_ignored_as_the_browser_does() {
        let loaded = parse("\u{FEFF}{\"company_name\": \"Acme\"}");
        assert_eq!(loaded.problems, vec![]);
        assert_eq!(loaded.config.company_name.as_deref(), Some("Acme"));
        // Only one, and only at the start.
        assert!(matches!(
            problems("\u{FEFF}\u{FEFF}{}").as_slice(),
            [ConfigError::Malformed { .. }]
        ));
        assert!(matches!(
            problems("{}\u{FEFF}").as_slice(),
            [ConfigError::Malformed { .. }]
        ));
    }

    // Malformed, empty, non-object, oversized and deeply nested files: the corpus and the
    // generated files in tests/bad_configs.rs.

    proptest::proptest! {
        #[test]
        fn parsing_never_panics_on_any_text(s in ".{0,200}") {
            let _ = parse(&s);
        }
    }
}
