//! The languages the assistant speaks, and which one a visit is shown in.

/// A language the assistant speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// English, the default.
    #[default]
    En,
    /// Simplified Chinese.
    ZhCn,
}

impl Locale {
    /// Every supported locale, English first.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::ZhCn];

    /// The BCP 47 tag used for `<html lang>` and `?lang=`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhCn => "zh-CN",
        }
    }

    /// The language's name in itself, as the language switch shows it. Not in a
    /// catalog: it must read right before any translated text has arrived.
    pub fn name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::ZhCn => "中文",
        }
    }

    /// The other language: the one the language switch offers.
    pub fn other(self) -> Locale {
        match self {
            Locale::En => Locale::ZhCn,
            Locale::ZhCn => Locale::En,
        }
    }

    /// Parses a language tag leniently: `en`, `en-GB`, `zh`, `zh-cn`, `zh-Hans` and so on.
    /// Returns `None` for languages the assistant does not speak.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let lower = tag.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or("");
        match primary {
            "en" => Some(Locale::En),
            // Traditional Chinese readers are better served by English than by
            // Simplified characters they may not read comfortably.
            "zh" if lower.contains("hant") || lower.ends_with("-tw") || lower.ends_with("-hk") => {
                None
            }
            "zh" => Some(Locale::ZhCn),
            _ => None,
        }
    }
}

/// The language to show: `?lang=` in the address first (a help page can link to a
/// language), then the company's configured one, then the first of the browser's
/// languages the assistant speaks, then English.
///
/// ```
/// use recovery_assistant::domain::i18n::{choose_locale, Locale};
/// let browser = ["fr-FR".to_string(), "zh-CN".to_string()];
/// assert_eq!(choose_locale(None, None, &browser), Locale::ZhCn);
/// assert_eq!(choose_locale(Some("en"), Some(Locale::ZhCn), &browser), Locale::En);
/// assert_eq!(choose_locale(Some("xx"), Some(Locale::ZhCn), &browser), Locale::ZhCn);
/// ```
pub fn choose_locale(query: Option<&str>, config: Option<Locale>, browser: &[String]) -> Locale {
    query
        .and_then(Locale::from_tag)
        .or(config)
        .or_else(|| browser.iter().find_map(|tag| Locale::from_tag(tag)))
        .unwrap_or_default()
}

/// The value of the `lang` parameter in a query string such as `?a=1&lang=zh-CN`.
pub fn lang_param(search: &str) -> Option<&str> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_then_the_config_then_the_browser_choose_the_language() {
        let zh_browser = ["zh-Hans-CN".to_string(), "en".to_string()];
        let fr_browser = ["fr".to_string(), "de".to_string()];
        assert_eq!(choose_locale(None, None, &zh_browser), Locale::ZhCn);
        assert_eq!(choose_locale(None, None, &fr_browser), Locale::En);
        assert_eq!(choose_locale(None, None, &[]), Locale::En);
        assert_eq!(
            choose_locale(None, Some(Locale::En), &zh_browser),
            Locale::En
        );
        assert_eq!(
            choose_locale(Some("zh-CN"), Some(Locale::En), &[]),
            Locale::ZhCn
        );
        // An unknown ?lang= is ignored rather than trusted.
        assert_eq!(
            choose_locale(Some("klingon"), None, &zh_browser),
            Locale::ZhCn
        );
    }

    #[test]
    fn the_lang_parameter_is_read_among_others() {
        assert_eq!(lang_param("?lang=zh-CN"), Some("zh-CN"));
        assert_eq!(lang_param("?a=1&lang=en&b=2"), Some("en"));
        assert_eq!(lang_param("?language=en"), None);
        assert_eq!(lang_param(""), None);
    }

    #[test]
    fn the_switch_offers_the_other_language() {
        assert_eq!(Locale::En.other(), Locale::ZhCn);
        assert_eq!(Locale::ZhCn.other(), Locale::En);
        for l in Locale::ALL {
            assert_ne!(l.other(), l);
            assert_eq!(l.other().other(), l);
        }
    }

    #[test]
    fn locale_tags_parse_leniently() {
        assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("zh"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("zh-Hans-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("ZH_cn"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("zh-TW"), None);
        assert_eq!(Locale::from_tag("fr"), None);
        assert_eq!(Locale::from_tag(""), None);
    }
}
