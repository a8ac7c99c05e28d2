//! The interface's words: every user-facing string of the interface, in English and
//! Simplified Chinese, behind exhaustive enums, [`Msg`] and [`ToolMsg`] for the two
//! bundles of the assistant and [`SetupMsg`] for the company's setup page; and the choice
//! of language.
//!
//! Why a macro and not a data file: each key must name both languages at the place it is
//! declared, so a key without a translation is a compile error rather than a blank
//! button at run time. An empty Chinese string is the one allowed gap while a feature is
//! being written; `Msg::text` falls back to English for it, and a test lists any gaps.
//!
//! Templates use `{name}` placeholders, filled by [`fill`]. Tree content (questions,
//! outcomes, steps) is data with its own translations; see `domain::tree`.
//!
//! # Files
//!
//! | File | Owns |
//! |---|---|
//! | `locale.rs` | [`Locale`], its tags, and which one to show ([`choose_locale`], [`lang_param`]) |
//! | `catalog.rs` | how a catalog is declared (the `catalog!` macro), the [`Message`] trait, [`fill`] |
//! | `msg.rs` | [`Msg`]: the texts of the first page load (shell, start page, search, tree pages) |
//! | `tool_msg.rs` | [`ToolMsg`]: the texts of the on-demand bundle (password checker, QR demo, kiosk dialog, configuration notice) |
//! | `setup_msg.rs` | [`SetupMsg`]: the texts of the setup page (field labels, rules, group headings) |
//!
//! `locale` uses no other file here; `catalog` uses `locale`; the two catalogs use both.

mod catalog;
mod locale;
mod msg;
mod setup_msg;
mod tool_msg;

pub use catalog::{add_fetched_zh, fetched_zh, fill, Message};
pub use locale::{choose_locale, lang_param, Locale};
pub use msg::Msg;
pub use setup_msg::SetupMsg;
pub use tool_msg::ToolMsg;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fetched_chinese_texts_are_found_by_their_key() {
        // What the main bundle reads once tree-zh.json has arrived: the list the build
        // writes, indexed by the key's place in the catalog.
        add_fetched_zh(Msg::ALL.iter().map(|m| m.zh().to_string()).collect());
        for (i, m) in Msg::ALL.iter().enumerate() {
            assert_eq!(*m as usize, i);
            assert_eq!(fetched_zh(i), m.zh(), "{m:?}");
        }
        assert_eq!(fetched_zh(Msg::ALL.len()), "");
    }

    #[test]
    fn every_message_has_english_text() {
        for m in Msg::ALL {
            assert!(!m.en().trim().is_empty(), "{m:?} has no English text");
        }
        for m in ToolMsg::ALL {
            assert!(!m.en().trim().is_empty(), "{m:?} has no English text");
        }
        for m in SetupMsg::ALL {
            assert!(!m.en().trim().is_empty(), "{m:?} has no English text");
        }
    }

    #[test]
    fn every_message_is_translated() {
        let missing: Vec<String> = Msg::ALL
            .iter()
            .filter(|m| m.zh().trim().is_empty())
            .map(|m| format!("{m:?}"))
            .chain(
                ToolMsg::ALL
                    .iter()
                    .filter(|m| m.zh().trim().is_empty())
                    .map(|m| format!("{m:?}")),
            )
            .chain(
                SetupMsg::ALL
                    .iter()
                    .filter(|m| m.zh().trim().is_empty())
                    .map(|m| format!("{m:?}")),
            )
            .collect();
        assert!(missing.is_empty(), "no Chinese text: {missing:?}");
    }
}
