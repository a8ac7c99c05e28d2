//! What can be wrong with a `config.json`, and how the notice words it: [`ConfigError`]
//! names the field and the kind of problem, [`Invalid`] why a value was refused,
//! [`Expected`] the JSON type a field should have had. The sentences themselves are
//! [`ToolMsg`] keys, filled here in the visitor's language.

use crate::domain::i18n::{Locale, ToolMsg};

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
    /// A weak keyword (1-based) the password check sees as the same as an earlier one
    /// (letter case and width folded as the check folds them); it was skipped.
    DuplicateEntry { index: usize, first: usize },
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

/// Why the file could not be fetched, if that is among `problems`: what the on-demand
/// bundle needs to word the notice, since the file's text cannot tell it.
pub fn unavailable_detail(problems: &[ConfigError]) -> Option<&str> {
    problems.iter().find_map(|p| match p {
        ConfigError::Unavailable { detail } => Some(detail.as_str()),
        _ => None,
    })
}

/// Why `config.json` could not be fetched, as the browser reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchFailure {
    /// No answer: offline, blocked, or refused by the Content-Security-Policy.
    Network,
    /// The server answered with this HTTP status outside 200–299.
    Status(u16),
    /// An answer whose body could not be read as text.
    Unreadable,
}

impl FetchFailure {
    /// The technical detail quoted in the notice. It stays in English in both languages on
    /// purpose: it is what an administrator looks up in the server's logs or searches for.
    pub fn detail(self) -> String {
        match self {
            FetchFailure::Network => "network error".to_string(),
            FetchFailure::Status(code) => format!("HTTP {code}"),
            FetchFailure::Unreadable => "unreadable response".to_string(),
        }
    }
}

/// A problem found in the configuration. Each names the dotted field path it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// The file could not be fetched ([`FetchFailure::detail`] says why).
    Unavailable { detail: String },
    /// The file is bigger than [`MAX_CONFIG_BYTES`](super::settings::MAX_CONFIG_BYTES).
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

/// Why a value was refused, as the notice words it in `locale`.
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
        Invalid::DuplicateEntry { index, first } => ToolMsg::ReasonDuplicateEntry.fill(
            locale,
            &[("index", &index.to_string()), ("first", &first.to_string())],
        ),
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

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

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

    #[test]
    fn a_failed_fetch_is_quoted_as_the_browser_saw_it() {
        assert_eq!(FetchFailure::Network.detail(), "network error");
        assert_eq!(FetchFailure::Status(404).detail(), "HTTP 404");
        assert_eq!(FetchFailure::Status(503).detail(), "HTTP 503");
        assert_eq!(FetchFailure::Unreadable.detail(), "unreadable response");
    }

    #[test]
    fn the_fetch_detail_is_found_among_the_problems() {
        let fetched = parse(r#"{"company_name": 1}"#);
        assert_eq!(unavailable_detail(&fetched.problems), None);
        let lost = super::super::Loaded::unavailable(FetchFailure::Status(404).detail());
        assert_eq!(unavailable_detail(&lost.problems), Some("HTTP 404"));
    }
}
