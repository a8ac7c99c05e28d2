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

use super::checks::{
    has_forbidden_chars, is_domain, is_forbidden_char, is_https_url, normalize_origin,
    starts_with_ignore_case,
};
use super::json::{self, Map, Value};
use super::kiosk::KioskSettings;
use super::qr::QrSettings;
use super::theme::{self, parse_color, ColorError, Rgb, Theme, ThemeColor};

use super::i18n::{Locale, ToolMsg};

/// The largest `config.json` accepted, in bytes. Real files are a few kilobytes.
pub const MAX_CONFIG_BYTES: usize = 1024 * 1024;
/// The most weak-password keywords a postmaster can set in Alibaba Mail.
pub const MAX_WEAK_KEYWORDS: usize = 500;
/// Longest accepted free-text value (company name, admin contact).
pub const MAX_TEXT_CHARS: usize = 200;

// The policy owns its settings type; re-exported so `config::PasswordPolicy` keeps working.
pub use super::policy::PasswordPolicy;

/// Settings for running inside an iframe on a company page.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EmbedSettings {
    /// Exact origins (`https://help.example.com`) allowed to receive messages.
    pub parent_origins: Vec<String>,
    /// Whether to leave out the product name and tagline when framed: the host page has
    /// its own heading. The language switch stays. Has no effect outside a frame.
    pub hide_header: bool,
}

/// The whole validated configuration.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Config {
    /// The company's display name.
    pub company_name: Option<String>,
    /// The company's mail domain, lower-case ASCII, such as `example.com`.
    pub mail_domain: Option<String>,
    /// The company's webmail login page (https only).
    pub login_url: Option<String>,
    /// Who to contact: a name, phone or desk.
    pub admin_contact: Option<String>,
    /// A `mailto:` or `https:` link for the administrator.
    pub admin_contact_url: Option<String>,
    /// The password policy.
    pub password_policy: PasswordPolicy,
    /// QR demo settings.
    pub qr: QrSettings,
    /// Kiosk settings.
    pub kiosk: KioskSettings,
    /// Embedding settings.
    pub embed: EmbedSettings,
    /// The company's colours, corner radius and fonts, validated.
    pub theme: Theme,
    /// The company's preferred language, when it set one. A `?lang=` in the address
    /// wins over it; without either the browser's languages decide (see
    /// [`crate::domain::i18n::choose_locale`]).
    pub locale: Option<Locale>,
}

/// The JSON type a field should have had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A string.
    Text,
    /// A non-negative whole number.
    Number,
    /// `true` or `false`.
    Bool,
    /// An array.
    List,
    /// An object.
    Object,
}

impl Expected {
    fn msg(self) -> ToolMsg {
        match self {
            Expected::Text => ToolMsg::TypeText,
            Expected::Number => ToolMsg::TypeNumber,
            Expected::Bool => ToolMsg::TypeBool,
            Expected::List => ToolMsg::TypeList,
            Expected::Object => ToolMsg::TypeObject,
        }
    }
}

/// Why a present, well-typed value was refused (or partly used).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// Blank text.
    Empty,
    /// Text over the length limit.
    TooLong { max: usize },
    /// Control, bidi or other invisible formatting characters.
    ControlChars,
    /// Not an `https://` URL.
    NotHttps,
    /// Not a `mailto:` or `https://` URL.
    NotMailtoOrHttps,
    /// Not a plain ASCII domain name.
    BadDomain,
    /// An https URL whose host or shape is wrong.
    BadUrl,
    /// A number outside its range.
    OutOfRange { min: u64, max: u64 },
    /// `min_length` above `max_length`.
    MinAboveMax,
    /// A list longer than allowed; the first `max` entries were kept.
    TooMany { max: usize },
    /// A list entry (1-based) that is empty; it was skipped.
    EmptyEntry { index: usize },
    /// A `parent_origins` entry (1-based) that is not an origin; it was skipped.
    BadOrigin { index: usize },
    /// A locale the assistant does not speak.
    BadLocale,
    /// Not a colour in a form the assistant reads.
    BadColor,
    /// A colour that is not fully opaque.
    TranslucentColor,
    /// Text on this colour, or this text on the background, would be hard to read.
    /// The ratio is in tenths (`31` means 3.1:1).
    LowContrast { ratio_tenths: u32 },
    /// Not a corner radius such as `6px` or `0.5rem` within range.
    BadRadius,
    /// Not a plain list of font family names.
    BadFont,
}

/// A problem found in the configuration. Each names the dotted field path it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// The file could not be fetched (HTTP status or network error text).
    Unavailable { detail: String },
    /// The file is bigger than [`MAX_CONFIG_BYTES`].
    TooLarge,
    /// The file is not JSON (what and where: line and column).
    Malformed { detail: String },
    /// The top level is not an object.
    NotAnObject,
    /// A field has the wrong JSON type; its default is used.
    WrongType { field: String, expected: Expected },
    /// A field's value is not acceptable; its default (or the acceptable part) is used.
    InvalidValue { field: String, reason: Invalid },
    /// A field the assistant does not know; ignored.
    UnknownField { field: String },
}

impl ConfigError {
    /// The dotted field path this error concerns, if it concerns one.
    pub fn field(&self) -> Option<&str> {
        match self {
            ConfigError::WrongType { field, .. }
            | ConfigError::InvalidValue { field, .. }
            | ConfigError::UnknownField { field } => Some(field),
            _ => None,
        }
    }

    /// A sentence for the notice, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        match self {
            ConfigError::Unavailable { detail } => {
                ToolMsg::ConfigUnavailable.fill(locale, &[("detail", detail)])
            }
            ConfigError::TooLarge => ToolMsg::ConfigTooLarge.fill(locale, &[("limit", "1 MiB")]),
            ConfigError::Malformed { detail } => {
                ToolMsg::ConfigMalformed.fill(locale, &[("detail", detail)])
            }
            ConfigError::NotAnObject => ToolMsg::ConfigNotObject.text(locale).to_string(),
            ConfigError::WrongType { field, expected } => ToolMsg::ConfigWrongType.fill(
                locale,
                &[("field", field), ("expected", expected.msg().text(locale))],
            ),
            ConfigError::InvalidValue { field, reason } => ToolMsg::ConfigInvalid.fill(
                locale,
                &[("field", field), ("reason", &reason_text(reason, locale))],
            ),
            ConfigError::UnknownField { field } => {
                ToolMsg::ConfigUnknown.fill(locale, &[("field", field)])
            }
        }
    }
}

fn reason_text(reason: &Invalid, locale: Locale) -> String {
    match reason {
        Invalid::Empty => ToolMsg::ReasonEmpty.text(locale).into(),
        Invalid::TooLong { max } => {
            ToolMsg::ReasonTooLong.fill(locale, &[("max", &max.to_string())])
        }
        Invalid::ControlChars => ToolMsg::ReasonControlChars.text(locale).into(),
        Invalid::NotHttps => ToolMsg::ReasonNotHttps.text(locale).into(),
        Invalid::NotMailtoOrHttps => ToolMsg::ReasonNotMailtoOrHttps.text(locale).into(),
        Invalid::BadDomain => ToolMsg::ReasonBadDomain.text(locale).into(),
        Invalid::BadUrl => ToolMsg::ReasonBadUrl.text(locale).into(),
        Invalid::OutOfRange { min, max } => ToolMsg::ReasonOutOfRange.fill(
            locale,
            &[("min", &min.to_string()), ("max", &max.to_string())],
        ),
        Invalid::MinAboveMax => ToolMsg::ReasonMinAboveMax.text(locale).into(),
        Invalid::TooMany { max } => {
            ToolMsg::ReasonTooMany.fill(locale, &[("max", &max.to_string())])
        }
        Invalid::EmptyEntry { index } => {
            ToolMsg::ReasonEmptyEntry.fill(locale, &[("index", &index.to_string())])
        }
        Invalid::BadOrigin { index } => {
            ToolMsg::ReasonBadOrigin.fill(locale, &[("index", &index.to_string())])
        }
        Invalid::BadLocale => ToolMsg::ReasonBadLocale.text(locale).into(),
        Invalid::BadColor => ToolMsg::ReasonBadColor.text(locale).into(),
        Invalid::TranslucentColor => ToolMsg::ReasonTranslucentColor.text(locale).into(),
        Invalid::LowContrast { ratio_tenths } => ToolMsg::ReasonLowContrast.fill(
            locale,
            &[(
                "ratio",
                &format!("{}.{}", ratio_tenths / 10, ratio_tenths % 10),
            )],
        ),
        Invalid::BadRadius => ToolMsg::ReasonBadRadius.text(locale).into(),
        Invalid::BadFont => ToolMsg::ReasonBadFont.text(locale).into(),
    }
}

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

#[derive(Default)]
struct Parser {
    problems: Vec<ConfigError>,
}

impl Parser {
    fn config(&mut self, root: &Map) -> Config {
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
                    if let Some(n) = self.number(&field, value, 1, 128) {
                        p.min_length = n as usize;
                    }
                }
                "max_length" => {
                    if let Some(n) = self.number(&field, value, 1, 256) {
                        p.max_length = n as usize;
                    }
                }
                "required_classes" => {
                    if let Some(n) = self.number(&field, value, 1, 4) {
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
            if out.len() == MAX_WEAK_KEYWORDS {
                self.invalid(
                    field,
                    Invalid::TooMany {
                        max: MAX_WEAK_KEYWORDS,
                    },
                );
                break;
            }
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
                    if let Some(n) = self.number(&field, value, 10, 3600) {
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
                    if let Some(n) = self.number(&field, value, 10, 86_400) {
                        k.idle_seconds = n as u32;
                    }
                }
                "warning_seconds" => {
                    if let Some(n) = self.number(&field, value, 5, 600) {
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

    fn number(&mut self, field: &str, value: &Value, min: u64, max: u64) -> Option<u64> {
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
    fn malformed_truncated_and_non_object_files_give_defaults() {
        let loaded = parse(r#"{"company_name": "Acme""#);
        assert_eq!(loaded.config, Config::default());
        assert!(matches!(
            loaded.problems.as_slice(),
            [ConfigError::Malformed { .. }]
        ));
        assert_eq!(problems("[1,2]"), vec![ConfigError::NotAnObject]);
        assert_eq!(problems("\"text\""), vec![ConfigError::NotAnObject]);
        assert!(matches!(
            problems("").as_slice(),
            [ConfigError::Malformed { .. }]
        ));
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

    #[test]
    fn deep_nesting_and_huge_files_are_refused_without_crashing() {
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert!(matches!(
            problems(&deep).as_slice(),
            [ConfigError::Malformed { .. }]
        ));
        let huge = format!(r#"{{"company_name": "{}"}}"#, "a".repeat(MAX_CONFIG_BYTES));
        assert_eq!(problems(&huge), vec![ConfigError::TooLarge]);
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

    #[test]
    fn every_error_has_a_message_naming_its_field() {
        let loaded = parse(
            r#"{"company_name": 1, "login_url": "http://x.example", "zzz": 1,
                "password_policy": {"weak_keywords": [""]}}"#,
        );
        for p in &loaded.problems {
            for locale in Locale::ALL {
                let text = p.message(locale);
                assert!(text.contains(p.field().unwrap()), "{text}");
                assert!(!text.contains('{'), "unfilled placeholder in {text}");
            }
        }
        let text = ConfigError::Unavailable {
            detail: "HTTP 404".into(),
        }
        .message(Locale::En);
        assert!(text.contains("config.json") && text.contains("HTTP 404"));
    }

    proptest::proptest! {
        #[test]
        fn parsing_never_panics_on_any_text(s in ".{0,200}") {
            let _ = parse(&s);
        }

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
