//! How a text of the tree or a query is cut up for matching: NFKC (full-width letters
//! become ASCII), lower case, then the words, the runs of Chinese characters and the
//! compact form. The index and the query go through the same cut, so they compare alike.

use crate::domain::nfkc::nfkc;

/// Words too common to tell outcomes apart.
const STOPWORDS: [&str; 31] = [
    "a", "am", "an", "and", "are", "at", "be", "by", "can", "do", "for", "get", "got", "i", "im",
    "in", "is", "it", "its", "me", "my", "of", "on", "or", "please", "that", "the", "this", "to",
    "was", "with",
];

/// A query or a text, split for matching.
#[derive(Default)]
pub(super) struct Tokens {
    /// Every Latin/number word, in order, stopwords and single letters included.
    pub(super) all_words: Vec<String>,
    /// The words that carry meaning.
    pub(super) words: Vec<String>,
    /// Runs of Chinese characters.
    pub(super) cjk_runs: Vec<Vec<char>>,
    /// The text without spaces or punctuation.
    pub(super) compact: String,
}

/// Removes `{placeholder}` names so they are not indexed as words.
pub(super) fn strip_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        match rest[open..].find('}') {
            Some(close) => {
                out.push(' ');
                rest = &rest[open + close + 1..];
            }
            None => {
                rest = &rest[open..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Chinese, Japanese kana and compatibility ideographs: scripts written without spaces.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// NFKC (full-width letters become ASCII), lower case, then words, Chinese runs and the
/// compact form. Anything that is not a letter or digit separates words.
pub(super) fn tokenize(text: &str) -> Tokens {
    let mut t = Tokens::default();
    let mut word = String::new();
    let mut run: Vec<char> = Vec::new();
    let flush_word = |word: &mut String, t: &mut Tokens| {
        if !word.is_empty() {
            if word.chars().count() >= 2 && !STOPWORDS.contains(&word.as_str()) {
                t.words.push(word.clone());
            }
            t.all_words.push(std::mem::take(word));
        }
    };
    for c in nfkc(text).chars().flat_map(char::to_lowercase) {
        if is_cjk(c) {
            flush_word(&mut word, &mut t);
            run.push(c);
            t.compact.push(c);
        } else {
            if !run.is_empty() {
                t.cjk_runs.push(std::mem::take(&mut run));
            }
            if c.is_alphanumeric() {
                word.push(c);
                t.compact.push(c);
            } else {
                flush_word(&mut word, &mut t);
            }
        }
    }
    flush_word(&mut word, &mut t);
    if !run.is_empty() {
        t.cjk_runs.push(run);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizing_folds_case_width_and_punctuation_and_splits_chinese_runs() {
        let t = tokenize("ＳＹＳＴＥＭ error-209！系统错误，请重试 a");
        assert_eq!(t.all_words, ["system", "error", "209", "a"]);
        assert_eq!(t.words, ["system", "error", "209"]);
        assert_eq!(
            t.cjk_runs,
            [vec!['系', '统', '错', '误'], vec!['请', '重', '试']]
        );
        assert_eq!(t.compact, "systemerror209系统错误请重试a");
    }

    #[test]
    fn placeholders_are_not_indexed_as_words() {
        assert_eq!(
            strip_placeholders("Ask {admin_contact} now {x"),
            "Ask   now {x"
        );
    }
}
