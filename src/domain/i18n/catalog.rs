//! How a catalog is declared: the `catalog!` macro gives each key its English and Chinese
//! text, the [`Message`] trait lets a component show a key of either catalog, and
//! [`fill`] puts values into a text's `{name}` placeholders.

use super::locale::Locale;

/// Declares a catalog: an enum of keys, each with its English and Chinese text.
///
/// `catalog! { Name, fetched; ... }` marks the catalog whose Chinese texts the main
/// bundle does not carry: built with the `fetched-chinese` feature for wasm32 (the main
/// bundle, see `index.html`), its `zh()` reads them from the list the browser fetches
/// with the tree's (`tree-zh.json`, [`add_fetched_zh`]); everywhere else (native, tests,
/// the on-demand bundle) they are compiled in as before.
macro_rules! catalog {
    (@zh [], $($key:path => $zh:expr),*) => {
        /// The Simplified Chinese text; empty while untranslated.
        pub fn zh(self) -> &'static str {
            match self { $($key => $zh,)* }
        }
    };
    (@zh [fetched], $($key:path => $zh:expr),*) => {
        /// The Simplified Chinese text; empty while untranslated.
        #[cfg(not(all(target_arch = "wasm32", feature = "fetched-chinese")))]
        pub fn zh(self) -> &'static str {
            match self { $($key => $zh,)* }
        }
        /// The Simplified Chinese text, from the fetched list; empty until it has arrived
        /// (the text is then English, as for a missing translation).
        #[cfg(all(target_arch = "wasm32", feature = "fetched-chinese"))]
        pub fn zh(self) -> &'static str {
            $crate::domain::i18n::fetched_zh(self as usize)
        }
    };
    ($name:ident $(, $fetched:ident)?; $($(#[$doc:meta])* $key:ident => $en:expr, $zh:expr;)*) => {
        /// A key of the message catalog. Every variant has an English and a Chinese text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$doc])* $key,)*
        }

        impl $name {
            /// Every key, in declaration order (for completeness tests).
            pub const ALL: &'static [$name] = &[$($name::$key,)*];

            /// The English text.
            pub fn en(self) -> &'static str {
                match self { $($name::$key => $en,)* }
            }

            catalog!(@zh [$($fetched)?], $($name::$key => $zh),*);

            /// The text in `locale`, falling back to English where a translation is missing.
            pub fn text(self, locale: $crate::domain::i18n::Locale) -> &'static str {
                match locale {
                    $crate::domain::i18n::Locale::En => self.en(),
                    $crate::domain::i18n::Locale::ZhCn => {
                        let zh = self.zh();
                        if zh.is_empty() {
                            self.en()
                        } else {
                            zh
                        }
                    }
                }
            }

            /// The text in `locale` with `{name}` placeholders replaced from `args`.
            pub fn fill(self, locale: $crate::domain::i18n::Locale, args: &[(&str, &str)]) -> String {
                $crate::domain::i18n::fill(locale, self.text(locale), args)
            }
        }

        impl $crate::domain::i18n::Message for $name {
            fn text(self, locale: $crate::domain::i18n::Locale) -> &'static str {
                $name::text(self, locale)
            }
        }
    };
}

pub(super) use catalog;

/// The fetched Chinese texts of the catalog declared `fetched` ([`Msg`](super::Msg)), in
/// declaration order; set once.
static FETCHED_ZH: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

/// Gives the `fetched` catalog its Chinese texts, one per key in declaration order (the
/// tail of `tree-zh.json`, after the tree's; its reader checks the count). Only the first
/// call counts.
pub fn add_fetched_zh(texts: Vec<String>) {
    let _ = FETCHED_ZH.set(texts);
}

/// The fetched Chinese text at `index`; empty before [`add_fetched_zh`].
pub fn fetched_zh(index: usize) -> &'static str {
    FETCHED_ZH
        .get()
        .and_then(|texts| texts.get(index))
        .map_or("", String::as_str)
}

/// What the two catalogs have in common, so a component can show a key of either.
///
/// Why two catalogs: [`Msg`](super::Msg) is what the first page load needs;
/// [`ToolMsg`](super::ToolMsg) holds the
/// texts of the password checker and QR demo, which live in a second bundle fetched on
/// first use. A key in one enum cannot end up in the other bundle by accident.
pub trait Message: Copy + Send + Sync + 'static {
    /// The text in `locale`.
    fn text(self, locale: Locale) -> &'static str;
}

/// Replaces each `{name}` in `template` with its value from `args`. Unknown placeholders
/// are left as they are, so a missing argument is visible instead of silently blank.
/// Values are inserted once and never re-scanned, so a value containing `{x}` is inert.
///
/// In Chinese, a value that begins or ends in Latin letters, digits or ASCII symbols
/// ("IT Help Desk, ext. 4321") gets a space where it meets a Chinese character, as
/// Chinese typesetting spaces Western words; the templates write the placeholder against
/// its neighbours, so a Chinese value ("阿里巴巴") reads on without a gap.
pub fn fill(locale: Locale, template: &str, args: &[(&str, &str)]) -> String {
    let spaced = locale == Locale::ZhCn;
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                rest = &after[close + 1..];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => {
                        let meets = |ours: Option<char>, theirs: Option<char>| {
                            spaced && ours.is_some_and(is_han) && theirs.is_some_and(is_latin)
                        };
                        if meets(out.chars().next_back(), v.chars().next()) {
                            out.push(' ');
                        }
                        out.push_str(v);
                        if meets(rest.chars().next(), v.chars().next_back()) {
                            out.push(' ');
                        }
                    }
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A Chinese character (the unified ideographs and their extension A), not Chinese
/// punctuation: "，" and "：" take no space before a Western word.
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// A character of Western text: a letter, digit or symbol of ASCII (not a space).
fn is_latin(c: char) -> bool {
    c.is_ascii_graphic()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Locale = Locale::En;
    const ZH: Locale = Locale::ZhCn;

    #[test]
    fn fill_replaces_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(fill(EN, "Hi {a}, {b}!", &[("a", "Ann")]), "Hi Ann, {b}!");
        assert_eq!(fill(EN, "{a}{a}", &[("a", "x")]), "xx");
        assert_eq!(fill(EN, "no braces", &[]), "no braces");
        assert_eq!(fill(EN, "open { only", &[]), "open { only");
    }

    #[test]
    fn fill_does_not_rescan_inserted_values() {
        assert_eq!(fill(EN, "{a}", &[("a", "{b}"), ("b", "no")]), "{b}");
    }

    #[test]
    fn in_chinese_a_western_value_is_spaced_from_chinese_characters_only() {
        let desk = [("c", "IT Help Desk, ext. 4321")];
        assert_eq!(
            fill(ZH, "请联系{c}立即为您解锁。", &desk),
            "请联系 IT Help Desk, ext. 4321 立即为您解锁。"
        );
        // A Chinese value reads on; punctuation and spaces already there take none.
        assert_eq!(
            fill(ZH, "请联系{c}立即", &[("c", "信息部")]),
            "请联系信息部立即"
        );
        assert_eq!(
            fill(ZH, "发给{c}：", &desk),
            "发给 IT Help Desk, ext. 4321："
        );
        assert_eq!(fill(ZH, "（{c}）", &desk), "（IT Help Desk, ext. 4321）");
        assert_eq!(
            fill(ZH, "打开 {c} 登录", &[("c", "https://a.b")]),
            "打开 https://a.b 登录"
        );
        // A value mixing both: only its Western edge is spaced.
        assert_eq!(
            fill(ZH, "登录{c}邮箱", &[("c", "ACME 公司")]),
            "登录 ACME 公司邮箱"
        );
        // English is left as written.
        assert_eq!(fill(EN, "to{c}now", &desk), "toIT Help Desk, ext. 4321now");
    }

    #[test]
    fn chinese_falls_back_to_english_only_when_missing() {
        // The shipped catalogs have no gap (`every_message_is_translated`), so the fallback
        // is exercised on a catalog made for this test, with one key left untranslated.
        catalog! {
            Gappy;
            Translated => "Hello", "你好";
            Untranslated => "Goodbye", "";
        }
        assert_eq!(Gappy::Translated.text(Locale::ZhCn), "你好");
        assert_eq!(Gappy::Translated.text(Locale::En), "Hello");
        assert_eq!(Gappy::Untranslated.text(Locale::ZhCn), "Goodbye");
        assert_eq!(Gappy::Untranslated.fill(Locale::ZhCn, &[]), "Goodbye");
        assert_eq!(Gappy::ALL, &[Gappy::Translated, Gappy::Untranslated]);
    }
}
