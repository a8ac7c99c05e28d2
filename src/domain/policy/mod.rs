//! The password policy engine: the mail system's rules for a new password, checked rule by
//! rule as the user types, plus the traps that make a correct password fail later.
//!
//! It owns the five rules ([`Rule`]), their states and the data the page needs to explain
//! them ([`Evaluation`]), the warnings and advice shown beside them ([`Warning`],
//! [`Advice`]), and what changed between two evaluations for the polite live region
//! ([`announcement`]). Settings come from `config.json` through [`PasswordPolicy`]; a
//! [`Checker`] is built once per policy and then evaluates every keystroke. Nothing here
//! reads the clock, the DOM or randomness, and nothing keeps the password: an
//! [`Evaluation`] holds counts, positions and the few characters it warns about.
//!
//! # Files
//!
//! One capability per file; everything public is re-exported here, so callers write
//! `domain::policy::X` whichever file `X` lives in.
//!
//! - `rules.rs`: the rules, their findings and states, the verdict, [`Input`],
//!   [`Evaluation`] and the [`Checker`] that computes it.
//! - `classes.rs`: [`CharClass`] and [`ClassSet`].
//! - `warnings.rs`: [`Warning`] (Caps Lock, invisible characters, spaces at either end,
//!   hard-to-type characters), [`Advice`], and the one pass over the password that finds
//!   them with its length and classes.
//! - `keywords.rs`: the folding (NFKC and case) behind the email and keyword comparisons,
//!   and the automaton that finds the weak keywords.
//! - `announce.rs`: [`announcement`] and [`Change`], for the polite live region.
//! - `checklist.rs`: how the page shows the findings ([`Checklist`]): each rule's
//!   [`Shown`] state (pending before anything is typed, not checked without an email),
//!   the verdict's counts and the status line under the password field.
//! - `texts.rs`: every sentence the page builds from them, in either language: each
//!   rule's text ([`rule_text`]), the verdict ([`verdict_text`]), warnings, advice, the
//!   live region's announcements and the status line. With the passwords hidden none of
//!   them repeats any part of the password.
//! - `settings.rs`: [`PasswordPolicy`], this module's part of `config.json`.
//!
//! # The rules
//!
//! - **`length`**: between `min_length` (8) and `max_length` (64) characters, counted as
//!   Unicode code points (`char`s) of the password exactly as typed. Nothing is truncated.
//! - **`classes`**: at least `required_classes` (3) of the four classes below.
//! - **`no-email`**: the password does not contain the email address, nor the part before
//!   the `@` when that part has 4 or more characters (see [`EmailCheck`] for why).
//! - **`no-weak-keyword`**: the password contains none of the postmaster's weak keywords.
//! - **`match`**: the confirmation is exactly the password, character for character.
//!
//! The `no-email` and `no-weak-keyword` comparisons ignore case and width: both sides are
//! NFKC-normalized (so fullwidth `ＡＢＣ１` compares as `ABC1`) and then lower-cased
//! character by character, without locale rules. Three letters get help so that spellings
//! a person considers the same compare equal: Turkish dotted capital `İ` and dotless `ı`
//! both compare as plain `i` (plain lower-casing turns `İ` into `i` plus a combining dot,
//! which would match nothing), and final sigma `ς` compares as `σ`.
//!
//! # Character classes
//!
//! Each character of the password, as typed, counts toward at most one class:
//!
//! - **Uppercase letters**: any character Unicode calls uppercase (`char::is_uppercase`):
//!   `A`–`Z`, and capitals of every script with case, such as `Ä`, `Ω`, `Ж` and
//!   fullwidth `Ａ`.
//! - **Lowercase letters**: any character Unicode calls lowercase (`char::is_lowercase`):
//!   `a`–`z`, `ß`, `ω`, `ж`, fullwidth `ａ`.
//! - **Digits**: only the ASCII digits `0`–`9`, which is what the policy means by
//!   numbers. Other numeric characters (fullwidth `１`, Arabic-Indic `٣`, superscript `²`,
//!   circled `①`) count toward **no class**: they are digits to Unicode but perhaps not
//!   to the mail system, and crediting them could pass a password it then refuses.
//! - **Special characters**: every other character that is neither a letter nor a
//!   number: ASCII punctuation and symbols, the space, punctuation typed with an input
//!   method (`，` `。` `！`), other symbols, emoji, combining marks, and invisible
//!   characters (which also raise a warning).
//! - **No class**: letters without case, such as Chinese characters, Japanese kana,
//!   Arabic, Hebrew or Thai letters (and the rare titlecase digraphs such as `ǅ`). They
//!   are letters, so not special characters, but neither uppercase nor lowercase.
//!
//! # Warnings and advice
//!
//! Warnings never fail a rule; they point at things that make a password fail later:
//! Caps Lock (reported by the page, see [`Input::caps_lock`]), invisible characters, spaces
//! at the start or end, and characters hard to type on another device. Advice goes beyond
//! the policy: below [`PASSPHRASE_LENGTH`] characters the page suggests a longer
//! passphrase. See [`Warning`] for exactly which characters are reported.
//!
//! ```
//! use recovery_assistant::domain::policy::{Checker, Input, PasswordPolicy, Rule, State, Verdict};
//!
//! let checker = Checker::new(&PasswordPolicy::default());
//! let eval = checker.evaluate(&Input {
//!     email: "zhang.wei@example.com",
//!     password: "Zhang.Wei2024!",
//!     confirm: "Zhang.Wei2024!",
//!     caps_lock: false,
//! });
//! assert_eq!(eval.state(Rule::Length), State::Met);
//! assert_eq!(eval.state(Rule::NoEmail), State::Unmet); // contains "zhang.wei"
//! assert_eq!(eval.verdict(), Verdict::Fail);
//! ```

mod announce;
mod checklist;
mod classes;
mod keywords;
mod rules;
mod settings;
mod texts;
mod warnings;

pub use announce::{announcement, Change, RuleChange};
pub use checklist::{Checklist, Overall, Shown, StatusLine, Tally};
pub use classes::{CharClass, ClassSet};
/// The folding the checker compares keywords by, for the setup page to find the
/// keywords the checker would treat as one.
pub use keywords::fold as fold_keyword;
pub use rules::{
    Checker, ClassesCheck, EmailCheck, Evaluation, Input, KeywordCheck, LengthCheck, LengthStatus,
    MatchCheck, Mismatch, Rule, State, Verdict, MIN_LOCAL_PART,
};
pub use settings::PasswordPolicy;
pub use texts::{
    advice_text, announcement_text, mark_prefix, rule_note, rule_text, toggle_label, toggle_status,
    verdict_text, warning_text, RuleText, VerdictText,
};
pub use warnings::{Advice, HardChar, InvisibleChar, Warning, MAX_LISTED, PASSPHRASE_LENGTH};

/// Checkers and evaluations the files' tests share.
#[cfg(test)]
mod testing {
    use super::{Checker, Checklist, Evaluation, Input, PasswordPolicy};

    /// A checker for the default policy.
    pub fn checker() -> Checker {
        Checker::new(&PasswordPolicy::default())
    }

    /// A checker for the default policy with these weak keywords.
    pub fn with_keywords(words: &[&str]) -> Checker {
        Checker::new(&PasswordPolicy {
            weak_keywords: words.iter().map(|w| w.to_string()).collect(),
            ..PasswordPolicy::default()
        })
    }

    /// `password`, confirmed, without an email, under the default policy.
    pub fn eval(password: &str) -> Evaluation {
        checker().evaluate(&Input {
            password,
            confirm: password,
            ..Input::default()
        })
    }

    /// How the checklist shows these fields under `c`, without Caps Lock.
    pub fn list(c: &Checker, email: &str, password: &str, confirm: &str) -> Checklist {
        Checklist::of(&c.evaluate(&Input {
            email,
            password,
            confirm,
            caps_lock: false,
        }))
    }
}
