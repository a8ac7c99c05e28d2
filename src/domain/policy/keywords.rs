//! Keyword matching for the `no-email` and `no-weak-keyword` rules: the case- and
//! width-insensitive folding both sides go through ([`fold`]: NFKC, then lower case, with
//! Turkish `İ`/`ı` as `i` and final sigma as `σ`), and the automaton that finds any of
//! up to 500 weak keywords in one pass ([`KeywordMatcher`]).

use std::collections::VecDeque;

use crate::domain::nfkc::nfkc;

/// Lower-cases and normalizes text for the case- and width-insensitive comparisons. See
/// the policy module's documentation.
pub fn fold(text: &str) -> String {
    // Most passwords are ASCII, for which NFKC changes nothing.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut push = |c: char| match c {
        'İ' | 'ı' => out.push('i'),
        'ς' => out.push('σ'),
        // Per character rather than `str::to_lowercase`, whose final-sigma rule depends on
        // the neighbours and would make a keyword fold differently inside a password.
        _ => out.extend(c.to_lowercase()),
    };
    nfkc(text).chars().for_each(&mut push);
    out
}

/// Finds the weak keywords in a folded password in one pass, whatever their number:
/// an Aho–Corasick automaton over UTF-8 bytes. Checking 500 keywords one by one would
/// read a pasted megabyte 500 times.
#[derive(Clone, Debug)]
pub(super) struct KeywordMatcher {
    /// The keywords as configured, one per distinct folded form, in configuration order.
    pub(super) originals: Vec<String>,
    /// The root's transitions, dense because nearly every byte passes through the root;
    /// 0 means "no keyword starts with this byte" (the root is never a target).
    root: Box<[u32; 256]>,
    /// Every other state's transitions.
    edges: Vec<Vec<(u8, u32)>>,
    /// Each state's failure link: the state for its longest proper suffix in the trie.
    fail: Vec<u32>,
    /// The index in `originals` of the longest keyword ending at each state, directly or
    /// through its failure links.
    hit: Vec<Option<u32>>,
}

impl KeywordMatcher {
    /// Compiles `keywords`: folds each once, and drops duplicates (keeping the first) and
    /// any that fold to nothing.
    pub(super) fn new(keywords: &[String]) -> KeywordMatcher {
        let mut originals = Vec::new();
        let mut edges: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut own: Vec<Option<u32>> = vec![None];
        for keyword in keywords {
            let folded = fold(keyword);
            if folded.is_empty() {
                continue;
            }
            let mut state = 0;
            for &byte in folded.as_bytes() {
                state = match edges[state].iter().find(|&&(b, _)| b == byte) {
                    Some(&(_, next)) => next as usize,
                    None => {
                        let next = edges.len();
                        edges.push(Vec::new());
                        own.push(None);
                        edges[state].push((byte, next as u32));
                        next
                    }
                };
            }
            // A second keyword with the same folded form is a duplicate; keep the first.
            if own[state].is_none() {
                own[state] = Some(originals.len() as u32);
                originals.push(keyword.clone());
            }
        }
        let mut root = Box::new([0u32; 256]);
        for &(byte, next) in &edges[0] {
            root[byte as usize] = next;
        }
        let mut matcher = KeywordMatcher {
            originals,
            root,
            fail: vec![0; edges.len()],
            hit: own.clone(),
            edges,
        };
        // Breadth first, so a state's failure link is always computed before its children's.
        let mut queue: VecDeque<usize> = matcher.edges[0]
            .iter()
            .map(|&(_, next)| next as usize)
            .collect();
        while let Some(state) = queue.pop_front() {
            for i in 0..matcher.edges[state].len() {
                let (byte, child) = matcher.edges[state][i];
                let child = child as usize;
                let mut f = matcher.fail[state] as usize;
                let target = loop {
                    if let Some(next) = matcher.step(f, byte) {
                        break next;
                    }
                    if f == 0 {
                        break 0;
                    }
                    f = matcher.fail[f] as usize;
                };
                matcher.fail[child] = target as u32;
                matcher.hit[child] = own[child].or(matcher.hit[target]);
                queue.push_back(child);
            }
        }
        matcher
    }

    fn step(&self, state: usize, byte: u8) -> Option<usize> {
        if state == 0 {
            match self.root[byte as usize] {
                0 => None,
                next => Some(next as usize),
            }
        } else {
            self.edges[state]
                .iter()
                .find(|&&(b, _)| b == byte)
                .map(|&(_, next)| next as usize)
        }
    }

    /// The configured keyword whose first occurrence in `folded` ends earliest (the
    /// longest of those ending there), or `None`.
    pub(super) fn first_in(&self, folded: &str) -> Option<&str> {
        if self.originals.is_empty() {
            return None;
        }
        let mut state = 0;
        for &byte in folded.as_bytes() {
            state = loop {
                if let Some(next) = self.step(state, byte) {
                    break next;
                }
                if state == 0 {
                    break 0;
                }
                state = self.fail[state] as usize;
            };
            if let Some(index) = self.hit[state] {
                return Some(&self.originals[index as usize]);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition `first_in` implements, written the slow and obvious way.
    fn first_naive<'k>(keywords: &'k [String], text: &str) -> Option<&'k str> {
        let folded = fold(text);
        let mut seen = std::collections::HashSet::new();
        let distinct: Vec<(String, &String)> = keywords
            .iter()
            .map(|k| (fold(k), k))
            .filter(|(f, _)| !f.is_empty() && seen.insert(f.clone()))
            .collect();
        (1..=folded.len())
            .filter(|&end| folded.is_char_boundary(end))
            .find_map(|end| {
                distinct
                    .iter()
                    .filter(|(f, _)| folded[..end].ends_with(f.as_str()))
                    .max_by_key(|(f, _)| f.len())
                    .map(|(_, original)| original.as_str())
            })
    }

    // Stays: pins answers on real words; the proptest only matches first_naive on i-like text.
    #[test]
    fn overlapping_keywords_report_the_earliest_ending_longest_one() {
        let keywords = ["word", "password", "sword", "pass1"].map(String::from);
        let matcher = KeywordMatcher::new(&keywords);
        let found = |p: &str| matcher.first_in(&fold(p));
        assert_eq!(found("mypassword!"), Some("password"));
        assert_eq!(found("swordpass1"), Some("sword"));
        assert_eq!(found("pasword"), Some("sword"));
        assert_eq!(found("keyword"), Some("word"));
        assert_eq!(found("passwor"), None);
    }

    proptest! {
        #[test]
        fn the_keyword_automaton_agrees_with_a_plain_search(
            keywords in proptest::collection::vec("[abAİıi\u{307}]{1,4}", 0..6),
            password in "[abAİıiＡ\u{307}]{0,16}",
        ) {
            let matcher = KeywordMatcher::new(&keywords);
            prop_assert_eq!(matcher.first_in(&fold(&password)), first_naive(&keywords, &password));
        }

    }
}
