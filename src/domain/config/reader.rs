//! The reader: walks the parsed JSON of `config.json` field by field into each feature's
//! settings ([`PasswordPolicy`], [`QrSettings`], [`KioskSettings`], [`EmbedSettings`],
//! [`Theme`]), checking types, ranges and text, and records a [`ConfigError`] for every
//! field it had to refuse. The ranges live here because they are the file's contract;
//! the text and address checks are the shared ones in [`crate::domain::checks`], and
//! colour, radius, font and contrast decisions are the theme's.

use super::error::{ConfigError, Expected, Invalid};
use super::settings::{range_of, Config, EmbedSettings, MAX_TEXT_CHARS, MAX_WEAK_KEYWORDS};
use crate::domain::checks::{
    has_forbidden_chars, is_domain, is_forbidden_char, is_https_url, normalize_origin,
    starts_with_ignore_case,
};
use crate::domain::i18n::Locale;
use crate::domain::json::{Map, Value};
use crate::domain::kiosk::KioskSettings;
use crate::domain::policy::{fold_keyword, PasswordPolicy};
use crate::domain::qr::QrSettings;
use crate::domain::theme::{self, parse_color, ColorError, Rgb, Theme, ThemeColor};

/// Walks the parsed file into a [`Config`], recording every problem on the way.
#[derive(Default)]
pub(super) struct Parser {
    /// What was wrong so far, in the order met: fields alphabetically within each object,
    /// as the JSON reader hands them over.
    pub(super) problems: Vec<ConfigError>,
}

impl Parser {
    /// The whole configuration from the top-level object.
    pub(super) fn config(&mut self, root: &Map) -> Config {
        let mut c = Config::default();
        for (key, value) in root {
            match key.as_str() {
                "company_name" => c.company_name = self.text(key, value),
                "admin_contact" => c.admin_contact = self.text(key, value),
                "mail_domain" => c.mail_domain = self.domain(key, value),
                "login_url" => c.login_url = self.https_url(key, value),
                "admin_contact_url" => c.admin_contact_url = self.contact_url(key, value),
                "password_policy" => {
                    if let Some(obj) = self.object(key, value) {
                        c.password_policy = self.policy(obj);
                    }
                }
                "qr" => {
                    if let Some(obj) = self.object(key, value) {
                        c.qr = self.qr(obj);
                    }
                }
                "kiosk" => {
                    if let Some(obj) = self.object(key, value) {
                        c.kiosk = self.kiosk(obj);
                    }
                }
                "embed" => {
                    if let Some(obj) = self.object(key, value) {
                        c.embed = self.embed(obj);
                    }
                }
                "theme" => {
                    if let Some(obj) = self.object(key, value) {
                        c.theme = self.theme(obj);
                    }
                }
                "locale" => {
                    if let Some(tag) = self.string(key, value) {
                        match Locale::from_tag(tag) {
                            Some(l) => c.locale = Some(l),
                            None => self.invalid(key, Invalid::BadLocale),
                        }
                    }
                }
                _ => self.unknown(key),
            }
        }
        c
    }

    fn policy(&mut self, obj: &Map) -> PasswordPolicy {
        let mut p = PasswordPolicy::default();
        for (key, value) in obj {
            let field = format!("password_policy.{key}");
            match key.as_str() {
                "min_length" => {
                    if let Some(n) = self.number(&field, value) {
                        p.min_length = n as usize;
                    }
                }
                "max_length" => {
                    if let Some(n) = self.number(&field, value) {
                        p.max_length = n as usize;
                    }
                }
                "required_classes" => {
                    if let Some(n) = self.number(&field, value) {
                        p.required_classes = n as u8;
                    }
                }
                "weak_keywords" => p.weak_keywords = self.keywords(&field, value),
                _ => self.unknown(&field),
            }
        }
        if p.min_length > p.max_length {
            self.invalid("password_policy.min_length", Invalid::MinAboveMax);
            let d = PasswordPolicy::default();
            p.min_length = d.min_length;
            p.max_length = d.max_length;
        }
        p
    }

    fn keywords(&mut self, field: &str, value: &Value) -> Vec<String> {
        let Some(items) = self.list(field, value) else {
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        // Each kept keyword folded as the password check folds it, with its entry number.
        let mut folded: Vec<(String, usize)> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let Value::String(s) = item else {
                self.wrong_type(&format!("{field}[{}]", i + 1), Expected::Text);
                continue;
            };
            let word = s.trim();
            if word.is_empty() {
                self.invalid(field, Invalid::EmptyEntry { index: i + 1 });
                continue;
            }
            if has_forbidden_chars(word) {
                self.invalid(&format!("{field}[{}]", i + 1), Invalid::ControlChars);
                continue;
            }
            let key = fold_keyword(word);
            if let Some(&(_, first)) = folded.iter().find(|(k, _)| *k == key) {
                self.invalid(
                    field,
                    Invalid::DuplicateEntry {
                        index: i + 1,
                        first,
                    },
                );
                continue;
            }
            if out.len() == MAX_WEAK_KEYWORDS {
                self.invalid(
                    field,
                    Invalid::TooMany {
                        max: MAX_WEAK_KEYWORDS,
                    },
                );
                break;
            }
            folded.push((key, i + 1));
            out.push(word.to_string());
        }
        out
    }

    fn qr(&mut self, obj: &Map) -> QrSettings {
        let mut q = QrSettings::default();
        for (key, value) in obj {
            let field = format!("qr.{key}");
            match key.as_str() {
                "validity_seconds" => {
                    if let Some(n) = self.number(&field, value) {
                        q.validity_seconds = n as u32;
                    }
                }
                _ => self.unknown(&field),
            }
        }
        q
    }

    fn kiosk(&mut self, obj: &Map) -> KioskSettings {
        let mut k = KioskSettings::default();
        for (key, value) in obj {
            let field = format!("kiosk.{key}");
            match key.as_str() {
                "enabled" => match value {
                    Value::Bool(b) => k.enabled = *b,
                    _ => self.wrong_type(&field, Expected::Bool),
                },
                "idle_seconds" => {
                    if let Some(n) = self.number(&field, value) {
                        k.idle_seconds = n as u32;
                    }
                }
                "warning_seconds" => {
                    if let Some(n) = self.number(&field, value) {
                        k.warning_seconds = n as u32;
                    }
                }
                _ => self.unknown(&field),
            }
        }
        k
    }

    fn theme(&mut self, obj: &Map) -> Theme {
        let mut t = Theme::default();
        for (key, value) in obj {
            let field = format!("theme.{key}");
            match key.as_str() {
                "primary_color" => t.primary = self.color(&field, value),
                "text_color" => t.text = self.color(&field, value),
                "background_color" => t.background = self.color(&field, value),
                "corner_radius" => {
                    if let Some(s) = self.string(&field, value) {
                        t.radius = theme::parse_radius(s);
                        if t.radius.is_none() {
                            self.invalid(&field, Invalid::BadRadius);
                        }
                    }
                }
                "font_family" => {
                    if let Some(s) = self.string(&field, value) {
                        t.font = theme::parse_font_stack(s);
                        if t.font.is_none() {
                            self.invalid(&field, Invalid::BadFont);
                        }
                    }
                }
                _ => self.unknown(&field),
            }
        }
        // Which colours are readable together is the theme's decision; the field names
        // and the wording are the file's.
        for (color, low) in t.drop_unreadable() {
            let field = match color {
                ThemeColor::Primary => "theme.primary_color",
                ThemeColor::Text => "theme.text_color",
                ThemeColor::Background => "theme.background_color",
            };
            self.invalid(
                field,
                Invalid::LowContrast {
                    ratio_tenths: low.ratio_tenths,
                },
            );
        }
        t
    }

    fn color(&mut self, field: &str, value: &Value) -> Option<Rgb> {
        let s = self.string(field, value)?;
        match parse_color(s) {
            Ok(c) => Some(c),
            Err(ColorError::Syntax) => {
                self.invalid(field, Invalid::BadColor);
                None
            }
            Err(ColorError::NotOpaque) => {
                self.invalid(field, Invalid::TranslucentColor);
                None
            }
        }
    }

    fn embed(&mut self, obj: &Map) -> EmbedSettings {
        let mut e = EmbedSettings::default();
        for (key, value) in obj {
            let field = format!("embed.{key}");
            match key.as_str() {
                "parent_origins" => {
                    if let Some(items) = self.list(&field, value) {
                        for (i, item) in items.iter().enumerate() {
                            match item.as_str().and_then(normalize_origin) {
                                Some(o) => e.parent_origins.push(o),
                                None => self.invalid(&field, Invalid::BadOrigin { index: i + 1 }),
                            }
                        }
                    }
                }
                "hide_header" => match value {
                    Value::Bool(b) => e.hide_header = *b,
                    _ => self.wrong_type(&field, Expected::Bool),
                },
                _ => self.unknown(&field),
            }
        }
        e
    }

    // ---- typed readers: each records a problem and returns None when wrong ----

    fn object<'v>(&mut self, field: &str, value: &'v Value) -> Option<&'v Map> {
        match value {
            Value::Object(m) => Some(m),
            _ => {
                self.wrong_type(field, Expected::Object);
                None
            }
        }
    }

    fn list<'v>(&mut self, field: &str, value: &'v Value) -> Option<&'v Vec<Value>> {
        match value {
            Value::Array(a) => Some(a),
            _ => {
                self.wrong_type(field, Expected::List);
                None
            }
        }
    }

    fn string<'v>(&mut self, field: &str, value: &'v Value) -> Option<&'v str> {
        match value {
            Value::String(s) => Some(s),
            _ => {
                self.wrong_type(field, Expected::Text);
                None
            }
        }
    }

    /// A whole number within the field's range ([`range_of`]).
    fn number(&mut self, field: &str, value: &Value) -> Option<u64> {
        let (min, max) = range_of(field).unwrap_or((0, u64::MAX));
        let Some(n) = value.as_u64() else {
            self.wrong_type(field, Expected::Number);
            return None;
        };
        if n < min || n > max {
            self.invalid(field, Invalid::OutOfRange { min, max });
            return None;
        }
        Some(n)
    }

    fn text(&mut self, field: &str, value: &Value) -> Option<String> {
        let s = self.string(field, value)?.trim();
        if s.is_empty() {
            self.invalid(field, Invalid::Empty);
            return None;
        }
        if s.chars().count() > MAX_TEXT_CHARS {
            self.invalid(
                field,
                Invalid::TooLong {
                    max: MAX_TEXT_CHARS,
                },
            );
            return None;
        }
        if has_forbidden_chars(s) {
            self.invalid(field, Invalid::ControlChars);
            return None;
        }
        Some(s.to_string())
    }

    fn domain(&mut self, field: &str, value: &Value) -> Option<String> {
        let s = self.string(field, value)?.trim();
        if s.is_empty() {
            self.invalid(field, Invalid::Empty);
            return None;
        }
        let lower = s.to_ascii_lowercase();
        if is_domain(&lower) {
            Some(lower)
        } else {
            self.invalid(field, Invalid::BadDomain);
            None
        }
    }

    fn https_url(&mut self, field: &str, value: &Value) -> Option<String> {
        let s = self.string(field, value)?.trim();
        if s.is_empty() {
            self.invalid(field, Invalid::Empty);
            return None;
        }
        if !starts_with_ignore_case(s, "https://") {
            self.invalid(field, Invalid::NotHttps);
            return None;
        }
        if !is_https_url(s) {
            self.invalid(field, Invalid::BadUrl);
            return None;
        }
        Some(with_lower_scheme(s, "https://"))
    }

    fn contact_url(&mut self, field: &str, value: &Value) -> Option<String> {
        let s = self.string(field, value)?.trim();
        if s.is_empty() {
            self.invalid(field, Invalid::Empty);
            return None;
        }
        if starts_with_ignore_case(s, "mailto:") {
            let addr = &s["mailto:".len()..];
            let ok = !addr.is_empty()
                && addr.len() <= 320
                && addr
                    .chars()
                    .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '\\'));
            if ok {
                return Some(with_lower_scheme(s, "mailto:"));
            }
            self.invalid(field, Invalid::BadUrl);
            return None;
        }
        if starts_with_ignore_case(s, "https://") {
            if is_https_url(s) {
                return Some(with_lower_scheme(s, "https://"));
            }
            self.invalid(field, Invalid::BadUrl);
            return None;
        }
        self.invalid(field, Invalid::NotMailtoOrHttps);
        None
    }

    fn wrong_type(&mut self, field: &str, expected: Expected) {
        self.problems.push(ConfigError::WrongType {
            field: field.to_string(),
            expected,
        });
    }

    fn invalid(&mut self, field: &str, reason: Invalid) {
        self.problems.push(ConfigError::InvalidValue {
            field: field.to_string(),
            reason,
        });
    }

    fn unknown(&mut self, field: &str) {
        // Unknown keys come from the file: keep the notice short and printable.
        let shown: String = field
            .chars()
            .filter(|c| !is_forbidden_char(*c))
            .take(80)
            .collect();
        self.problems
            .push(ConfigError::UnknownField { field: shown });
    }
}

/// `s` with its scheme, `scheme` in any case, written in lower case. Browsers read
/// `HTTPS://` as `https://`; the app and its tests compare the canonical spelling.
fn with_lower_scheme(s: &str, scheme: &str) -> String {
    format!("{scheme}{}", &s[scheme.len()..])
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    fn problems(text: &str) -> Vec<ConfigError> {
        parse(text).problems
    }

    fn invalid(field: &str, reason: Invalid) -> ConfigError {
        ConfigError::InvalidValue {
            field: field.into(),
            reason,
        }
    }

    #[test]
    fn wrong_types_fall_back_to_defaults_and_name_the_field() {
        let loaded = parse(
            r#"{"company_name": 5, "qr": {"validity_seconds": "300"},
                "kiosk": {"enabled": "yes"}, "password_policy": [],
                "embed": {"parent_origins": "https://a.example"}}"#,
        );
        assert_eq!(loaded.config, Config::default());
        let fields: Vec<_> = loaded.problems.iter().filter_map(|p| p.field()).collect();
        assert_eq!(
            fields,
            vec![
                "company_name",
                "embed.parent_origins",
                "kiosk.enabled",
                "password_policy",
                "qr.validity_seconds",
            ]
        );
        assert!(loaded
            .problems
            .iter()
            .all(|p| matches!(p, ConfigError::WrongType { .. })));
    }

    #[test]
    fn negative_and_fractional_numbers_are_wrong_types() {
        assert_eq!(
            problems(r#"{"qr": {"validity_seconds": -5}}"#),
            vec![ConfigError::WrongType {
                field: "qr.validity_seconds".into(),
                expected: Expected::Number
            }]
        );
        assert_eq!(problems(r#"{"qr": {"validity_seconds": 1.5}}"#).len(), 1);
    }

    #[test]
    fn login_url_must_be_https() {
        for bad in [
            "http://mail.example.com",
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,hi",
            "//mail.example.com",
        ] {
            let loaded = parse(&serde_json::json!({ "login_url": bad }).to_string());
            assert_eq!(loaded.config.login_url, None, "{bad} accepted");
            assert_eq!(
                loaded.problems,
                vec![invalid("login_url", Invalid::NotHttps)],
                "{bad}"
            );
        }
    }

    #[test]
    fn login_url_with_credentials_spaces_or_bad_host_is_refused() {
        for bad in [
            "https://user@evil.example",
            "https://mail example.com",
            "https://",
            "https://-bad-.com/",
            "https://mail.exаmple.com", // Cyrillic а
            "https://mail.example.com:99999/",
        ] {
            let loaded = parse(&serde_json::json!({ "login_url": bad }).to_string());
            assert_eq!(loaded.config.login_url, None, "{bad} accepted");
            assert_eq!(
                loaded.problems,
                vec![invalid("login_url", Invalid::BadUrl)],
                "{bad}"
            );
        }
    }

    #[test]
    fn urls_with_characters_no_url_may_hold_are_refused() {
        for bad in [
            "https://mail.example.com/\"><script>alert(1)</script>",
            "https://mail.example.com/<img src=x onerror=alert(1)>",
            "https://mail.example.com/a\\b",
            "https://mail.example.com/{login_url}",
            "https://mail.example.com/`x`",
        ] {
            for field in ["login_url", "admin_contact_url"] {
                let loaded = parse(&serde_json::json!({ field: bad }).to_string());
                assert_eq!(
                    loaded.problems,
                    vec![invalid(field, Invalid::BadUrl)],
                    "{bad}"
                );
            }
        }
        let ok = parse(r#"{"login_url": "https://mail.example.com/alimail/?lang=zh&x=%3C#top"}"#);
        assert_eq!(ok.problems, vec![]);
    }

    #[test]
    fn admin_contact_url_accepts_mailto_and_https_only() {
        let ok = parse(r#"{"admin_contact_url": "https://it.example.com/ticket?x=1"}"#);
        assert!(ok.problems.is_empty());
        for bad in ["tel:123", "javascript:alert(1)", "http://it.example.com"] {
            let loaded = parse(&serde_json::json!({ "admin_contact_url": bad }).to_string());
            assert_eq!(loaded.config.admin_contact_url, None);
            assert_eq!(
                loaded.problems,
                vec![invalid("admin_contact_url", Invalid::NotMailtoOrHttps)]
            );
        }
        let loaded = parse(r#"{"admin_contact_url": "mailto:a b@example.com"}"#);
        assert_eq!(
            loaded.problems,
            vec![invalid("admin_contact_url", Invalid::BadUrl)]
        );
    }

    #[test]
    fn mail_domain_must_be_a_plain_ascii_domain() {
        for bad in [
            "exаmple.com",
            "example",
            "ex ample.com",
            "@example.com",
            "example..com",
        ] {
            let loaded = parse(&serde_json::json!({ "mail_domain": bad }).to_string());
            assert_eq!(loaded.config.mail_domain, None, "{bad}");
            assert_eq!(
                loaded.problems,
                vec![invalid("mail_domain", Invalid::BadDomain)]
            );
        }
    }

    /// Found by the `config_json` fuzz target: `httPs://` was accepted (rightly) but kept
    /// as written, so the login address did not start with `https://`.
    #[test]
    fn url_schemes_in_any_case_are_kept_in_lower_case() {
        let loaded = parse(
            r#"{"login_url": "httPs://mail.example.com/", "admin_contact_url": "MAILTO:it@example.com"}"#,
        );
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        assert_eq!(
            loaded.config.login_url.as_deref(),
            Some("https://mail.example.com/")
        );
        assert_eq!(
            loaded.config.admin_contact_url.as_deref(),
            Some("mailto:it@example.com")
        );
        let loaded = parse(r#"{"admin_contact_url": "HTTPS://help.example.com/it"}"#);
        assert_eq!(
            loaded.config.admin_contact_url.as_deref(),
            Some("https://help.example.com/it")
        );
    }

    #[test]
    fn an_empty_keyword_is_skipped_and_reported() {
        let loaded = parse(r#"{"password_policy": {"weak_keywords": ["acme", "  ", "qwerty"]}}"#);
        assert_eq!(
            loaded.config.password_policy.weak_keywords,
            vec!["acme", "qwerty"]
        );
        assert_eq!(
            loaded.problems,
            vec![invalid(
                "password_policy.weak_keywords",
                Invalid::EmptyEntry { index: 2 }
            )]
        );
    }

    #[test]
    fn more_than_500_keywords_keeps_the_first_500_and_reports() {
        let words: Vec<String> = (0..501).map(|i| format!("word{i}")).collect();
        let text = serde_json::json!({ "password_policy": { "weak_keywords": words } }).to_string();
        let loaded = parse(&text);
        assert_eq!(loaded.config.password_policy.weak_keywords.len(), 500);
        assert_eq!(loaded.config.password_policy.weak_keywords[499], "word499");
        assert_eq!(
            loaded.problems,
            vec![invalid(
                "password_policy.weak_keywords",
                Invalid::TooMany { max: 500 }
            )]
        );
    }

    #[test]
    fn a_keyword_repeated_in_another_case_or_width_is_skipped_and_reported() {
        let loaded = parse(
            r#"{"password_policy": {"weak_keywords": ["Acme", "spring", "ACME", "ａｃｍｅ", "Spring "]}}"#,
        );
        assert_eq!(
            loaded.config.password_policy.weak_keywords,
            ["Acme", "spring"]
        );
        let dup = |index, first| {
            invalid(
                "password_policy.weak_keywords",
                Invalid::DuplicateEntry { index, first },
            )
        };
        assert_eq!(loaded.problems, vec![dup(3, 1), dup(4, 1), dup(5, 2)]);
        assert_eq!(
            loaded.problems[0].message(Locale::En),
            "Setting “password_policy.weak_keywords” is not valid: entry 3 is the same keyword as entry 1 (letter case and full-width letters do not count) and was skipped."
        );
    }

    #[test]
    fn exactly_500_keywords_is_fine() {
        let words: Vec<String> = (0..500).map(|i| format!("word{i}")).collect();
        let text = serde_json::json!({ "password_policy": { "weak_keywords": words } }).to_string();
        assert!(parse(&text).problems.is_empty());
    }

    #[test]
    fn policy_ranges_are_checked() {
        let loaded = parse(r#"{"password_policy": {"min_length": 70, "max_length": 64}}"#);
        assert_eq!(loaded.config.password_policy.min_length, 8);
        assert_eq!(
            loaded.problems,
            vec![invalid("password_policy.min_length", Invalid::MinAboveMax)]
        );
        let loaded = parse(r#"{"password_policy": {"required_classes": 5}}"#);
        assert_eq!(loaded.config.password_policy.required_classes, 3);
        assert_eq!(
            loaded.problems,
            vec![invalid(
                "password_policy.required_classes",
                Invalid::OutOfRange { min: 1, max: 4 }
            )]
        );
    }

    #[test]
    fn unknown_fields_are_reported_but_not_fatal() {
        let loaded = parse(r#"{"company_name": "Acme", "colour": "red", "qr": {"size": 3}}"#);
        assert_eq!(loaded.config.company_name.as_deref(), Some("Acme"));
        assert_eq!(
            loaded.problems,
            vec![
                ConfigError::UnknownField {
                    field: "colour".into()
                },
                ConfigError::UnknownField {
                    field: "qr.size".into()
                }
            ]
        );
    }

    #[test]
    fn text_with_bidi_overrides_or_controls_is_refused() {
        let loaded = parse("{\"company_name\": \"Acme\u{202E}evil\"}");
        assert_eq!(loaded.config.company_name, None);
        assert_eq!(
            loaded.problems,
            vec![invalid("company_name", Invalid::ControlChars)]
        );
    }

    #[test]
    fn invisible_and_blank_looking_characters_are_refused() {
        for c in [
            '\u{00AD}',
            '\u{034F}',
            '\u{180E}',
            '\u{2028}',
            '\u{2029}',
            '\u{115F}',
            '\u{3164}',
            '\u{FFA0}',
            '\u{FFF9}',
            '\u{E0041}',
        ] {
            let text = serde_json::json!({ "company_name": format!("Ac{c}me") }).to_string();
            let loaded = parse(&text);
            assert_eq!(loaded.config.company_name, None, "U+{:04X}", c as u32);
            assert_eq!(
                loaded.problems,
                vec![invalid("company_name", Invalid::ControlChars)]
            );
        }
        // Visible non-Latin text and emoji variation selectors stay allowed.
        let loaded = parse(r#"{"company_name": "阿里巴巴 Ünïcode ☎\uFE0F"}"#);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    }

    #[test]
    fn markup_in_text_is_kept_as_plain_text() {
        // It is displayed as text by the UI; the parser must not mangle or reject it.
        let loaded = parse(r#"{"company_name": "<b>Acme</b><script>x()</script>"}"#);
        assert_eq!(
            loaded.config.company_name.as_deref(),
            Some("<b>Acme</b><script>x()</script>")
        );
    }

    #[test]
    fn parent_origins_keep_the_exact_ones_and_number_the_others() {
        // What an exact origin is: `checks::tests::origins_are_exact_and_http_only_on_loopback`.
        let loaded = parse(r#"{"embed": {"parent_origins": ["https://ok.example", "*"]}}"#);
        assert_eq!(
            loaded.config.embed.parent_origins,
            vec!["https://ok.example"]
        );
        assert_eq!(
            loaded.problems,
            vec![invalid(
                "embed.parent_origins",
                Invalid::BadOrigin { index: 2 }
            )]
        );
    }

    #[test]
    fn hide_header_is_a_yes_or_no_and_off_by_default() {
        assert!(!parse("{}").config.embed.hide_header);
        assert!(
            parse(r#"{"embed": {"hide_header": true}}"#)
                .config
                .embed
                .hide_header
        );
        let loaded = parse(r#"{"embed": {"hide_header": "yes"}}"#);
        assert!(!loaded.config.embed.hide_header);
        assert_eq!(
            loaded.problems,
            vec![ConfigError::WrongType {
                field: "embed.hide_header".into(),
                expected: Expected::Bool,
            }]
        );
    }

    #[test]
    fn locale_is_validated() {
        assert_eq!(
            parse(r#"{"locale": "zh"}"#).config.locale,
            Some(Locale::ZhCn)
        );
        assert_eq!(
            problems(r#"{"locale": "fr"}"#),
            vec![invalid("locale", Invalid::BadLocale)]
        );
    }

    proptest::proptest! {
        #[test]
        fn a_loaded_policy_always_satisfies_its_own_invariants(
            min in 0u64..300, max in 0u64..300, classes in 0u64..6,
        ) {
            let text = format!(
                r#"{{"password_policy": {{"min_length": {min}, "max_length": {max}, "required_classes": {classes}}}}}"#
            );
            let p = parse(&text).config.password_policy;
            proptest::prop_assert!(p.min_length >= 1 && p.min_length <= p.max_length);
            proptest::prop_assert!((1..=4).contains(&p.required_classes));
        }
    }

    #[test]
    fn a_theme_is_read_into_canonical_values() {
        let loaded = parse(
            r##"{"theme": {"primary_color": "#0050A0", "text_color": "#111",
                "background_color": "#ffffff", "corner_radius": "4PX",
                "font_family": "'Noto Sans SC', sans-serif"}}"##,
        );
        assert_eq!(loaded.problems, vec![]);
        assert_eq!(
            loaded.config.theme.properties(),
            vec![
                ("--brand-primary", "#0050a0".to_string()),
                ("--brand-text", "#111111".to_string()),
                ("--brand-background", "#ffffff".to_string()),
                ("--brand-radius", "4px".to_string()),
                ("--brand-font", "\"Noto Sans SC\", sans-serif".to_string()),
            ]
        );
    }

    #[test]
    fn theme_values_that_are_not_css_we_read_are_refused_and_named() {
        let loaded = parse(
            r##"{"theme": {"primary_color": "red;background:url(x)", "corner_radius": "1e3px",
                "font_family": "Arial} body{display:none", "text_color": "#00000080",
                "shadow": "big"}}"##,
        );
        let invalid = |field: &str, reason: Invalid| ConfigError::InvalidValue {
            field: field.into(),
            reason,
        };
        assert_eq!(
            loaded.problems,
            vec![
                invalid("theme.corner_radius", Invalid::BadRadius),
                invalid("theme.font_family", Invalid::BadFont),
                invalid("theme.primary_color", Invalid::BadColor),
                ConfigError::UnknownField {
                    field: "theme.shadow".into()
                },
                invalid("theme.text_color", Invalid::TranslucentColor),
            ]
        );
        assert_eq!(loaded.config.theme, Theme::default());
    }

    #[test]
    fn unreadable_theme_colours_are_refused_with_their_contrast() {
        // Pale yellow under white text: 1.4:1.
        let loaded = parse(r##"{"theme": {"primary_color": "#ffd54f"}}"##);
        assert_eq!(
            loaded.problems,
            vec![ConfigError::InvalidValue {
                field: "theme.primary_color".into(),
                reason: Invalid::LowContrast { ratio_tenths: 14 }
            }]
        );
        assert_eq!(loaded.config.theme.primary, None);
        let msg = loaded.problems[0].message(Locale::En);
        assert!(msg.contains("1.4:1"), "{msg}");
        // Grey text on a grey background fails; so does a dark background against the
        // default dark text.
        let grey = parse(r##"{"theme": {"text_color": "#777", "background_color": "#888"}}"##);
        assert_eq!(grey.problems.len(), 1);
        assert_eq!(grey.config.theme.text, None);
        assert_eq!(grey.config.theme.background, None);
        let dark_bg = parse(r##"{"theme": {"background_color": "#222"}}"##);
        assert_eq!(dark_bg.problems[0].field(), Some("theme.background_color"));
        // A readable pair passes.
        let ok = parse(r##"{"theme": {"text_color": "#eee", "background_color": "#222"}}"##);
        assert!(ok.problems.is_empty());
    }
}
