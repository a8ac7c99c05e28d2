//! What the search says about a query's results: nothing for an empty query, that nothing
//! matches, or how many pages match (for the polite live region once typing pauses, and
//! for the line under a query that found nothing).

use crate::domain::i18n::{Locale, Msg};

/// How a query fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SearchStatus {
    /// Nothing typed but spaces: nothing to say.
    Quiet,
    /// Typed, and nothing matches.
    NoMatch,
    /// This many pages match.
    Found(usize),
}

impl SearchStatus {
    /// The status of `query` (as typed) that found `hits` pages.
    pub fn of(query: &str, hits: usize) -> SearchStatus {
        if query.trim().is_empty() {
            SearchStatus::Quiet
        } else if hits == 0 {
            SearchStatus::NoMatch
        } else {
            SearchStatus::Found(hits)
        }
    }

    /// The sentence in `locale`; empty for [`SearchStatus::Quiet`].
    pub fn text(self, locale: Locale) -> String {
        match self {
            SearchStatus::Quiet => String::new(),
            SearchStatus::NoMatch => Msg::SearchNoMatch.text(locale).to_string(),
            SearchStatus::Found(n) => Msg::SearchCount.fill(locale, &[("count", &n.to_string())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_query_says_nothing_whatever_it_found() {
        for q in ["", "  ", "\n\t"] {
            assert_eq!(SearchStatus::of(q, 0), SearchStatus::Quiet);
            assert_eq!(SearchStatus::of(q, 3), SearchStatus::Quiet);
        }
        assert_eq!(SearchStatus::Quiet.text(Locale::En), "");
    }

    #[test]
    fn a_query_says_that_nothing_or_how_much_matches() {
        assert_eq!(SearchStatus::of(" x ", 0), SearchStatus::NoMatch);
        assert_eq!(SearchStatus::of("locked", 2), SearchStatus::Found(2));
        assert_eq!(
            SearchStatus::NoMatch.text(Locale::En),
            "Nothing matches that yet. Try fewer words, or answer the questions below."
        );
        assert_eq!(
            SearchStatus::Found(2).text(Locale::En),
            "2 matching pages. The first one opens when you press Enter."
        );
        assert_eq!(
            SearchStatus::Found(5).text(Locale::ZhCn),
            "找到 5 个相关页面，按回车打开第一个。"
        );
    }
}
