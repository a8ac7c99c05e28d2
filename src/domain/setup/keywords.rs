//! The weak-keyword box of the setup page: one keyword per line, as a postmaster pastes
//! them from Alibaba Mail's own list. The box keeps what was typed; this says what the
//! file will hold and what is wrong, by line number.

use crate::domain::config::MAX_WEAK_KEYWORDS;
use crate::domain::policy::fold_keyword;

/// What the keyword box holds.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct KeywordLines {
    /// The keywords for the file, trimmed, in order, each once (the first of a repeated
    /// one kept).
    pub words: Vec<String>,
    /// Lines (from 1) that are empty or only spaces, before the last keyword: blank lines
    /// at the end are not a mistake.
    pub empty_lines: Vec<usize>,
    /// Lines (from 1) whose keyword the checker sees as the same as an earlier line's
    /// (case and width folded, as the password check folds them), with that earlier line.
    pub duplicates: Vec<(usize, usize)>,
    /// More distinct keywords than Alibaba Mail allows ([`MAX_WEAK_KEYWORDS`]).
    pub over_limit: bool,
}

/// Reads the box's text.
pub fn keyword_lines(text: &str) -> KeywordLines {
    let mut out = KeywordLines::default();
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut blank_run: Vec<usize> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let word = line.trim();
        if word.is_empty() {
            blank_run.push(line_no);
            continue;
        }
        // Blank lines count as mistakes only once a keyword follows them.
        out.empty_lines.append(&mut blank_run);
        let folded = fold_keyword(word);
        match seen.iter().find(|(f, _)| *f == folded) {
            Some(&(_, first)) => out.duplicates.push((line_no, first)),
            None => {
                seen.push((folded, line_no));
                out.words.push(word.to_string());
            }
        }
    }
    out.over_limit = out.words.len() > MAX_WEAK_KEYWORDS;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_lines_and_duplicates_are_named_by_line_as_the_checker_folds_them() {
        let k = keyword_lines("acme\n\nAcme\n  spring  \nＡＣＭＥ\n   \nsummer\n\n\n");
        assert_eq!(k.words, ["acme", "spring", "summer"]);
        assert_eq!(k.empty_lines, [2, 6]);
        // "Acme" (case) and full-width "ＡＣＭＥ" (width) repeat line 1.
        assert_eq!(k.duplicates, [(3, 1), (5, 1)]);
        assert!(!k.over_limit);
        assert_eq!(keyword_lines(""), KeywordLines::default());
    }

    #[test]
    fn five_hundred_keywords_fit_and_five_hundred_and_one_do_not() {
        let list = |n: usize| (0..n).map(|i| format!("word{i}\n")).collect::<String>();
        let k = keyword_lines(&list(500));
        assert_eq!((k.words.len(), k.over_limit), (500, false));
        let k = keyword_lines(&list(501));
        assert_eq!((k.words.len(), k.over_limit), (501, true));
    }
}
