//! The five rules and their evaluation: [`Rule`], each rule's finding and [`State`], the
//! [`Verdict`], what the page hands in ([`Input`]) and what it gets back ([`Evaluation`]),
//! and the [`Checker`] that turns one into the other on every keystroke.
//!
//! What each rule means is written in the policy module's documentation; the character
//! classes, warnings and keyword matching it relies on are their own files beside this one.

use std::fmt;

use super::classes::ClassSet;
use super::keywords::{fold, KeywordMatcher};
use super::settings::PasswordPolicy;
use super::warnings::{Advice, Scan, Warning};

/// The local part of an email address (before the `@`) is checked on its own only when it
/// has at least this many characters. See [`EmailCheck`].
pub const MIN_LOCAL_PART: usize = 4;

/// One rule of the mail system's password policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Between the minimum and maximum number of characters.
    Length,
    /// Enough of the four character classes.
    Classes,
    /// Does not contain the email address or its longer local part.
    NoEmail,
    /// Contains none of the postmaster's weak keywords.
    NoWeakKeyword,
    /// The confirmation equals the password.
    Match,
}

impl Rule {
    /// Every rule, in the order the checklist shows them.
    pub const ALL: [Rule; 5] = [
        Rule::Length,
        Rule::Classes,
        Rule::NoEmail,
        Rule::NoWeakKeyword,
        Rule::Match,
    ];

    /// The stable id used as the checklist item's `data-rule` attribute.
    pub fn id(self) -> &'static str {
        match self {
            Rule::Length => "length",
            Rule::Classes => "classes",
            Rule::NoEmail => "no-email",
            Rule::NoWeakKeyword => "no-weak-keyword",
            Rule::Match => "match",
        }
    }
}

/// Whether a rule is satisfied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum State {
    /// The rule is satisfied.
    Met,
    /// The rule is not satisfied (yet).
    Unmet,
}

impl State {
    /// The value of the checklist item's `data-state` attribute: `met` or `unmet`.
    pub fn id(self) -> &'static str {
        match self {
            State::Met => "met",
            State::Unmet => "unmet",
        }
    }

    fn from_bool(met: bool) -> State {
        if met {
            State::Met
        } else {
            State::Unmet
        }
    }
}

/// The overall result: would the mail system accept this password and confirmation?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Every rule is met.
    Pass,
    /// At least one rule is unmet.
    Fail,
}

impl Verdict {
    /// The value of the verdict element's `data-policy-verdict` attribute: `pass` or `fail`.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
        }
    }
}

/// What the page hands the checker on every input event.
///
/// `Debug` shows lengths only, so a stray debug print cannot leak the password.
#[derive(Clone, Copy, Default)]
pub struct Input<'a> {
    /// The email address field, as typed (surrounding whitespace is ignored).
    pub email: &'a str,
    /// The new password, as typed.
    pub password: &'a str,
    /// The confirmation field, as typed.
    pub confirm: &'a str,
    /// Whether the page saw Caps Lock on (from key events or on focus). The domain cannot
    /// observe the keyboard; it only turns this into [`Warning::CapsLock`] so every
    /// warning comes from one list in one order.
    pub caps_lock: bool,
}

impl fmt::Debug for Input<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Input")
            .field("email_chars", &self.email.chars().count())
            .field("password_chars", &self.password.chars().count())
            .field("confirm_chars", &self.confirm.chars().count())
            .field("caps_lock", &self.caps_lock)
            .finish()
    }
}

/// The `length` rule's finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LengthCheck {
    /// The password's length in Unicode code points.
    pub count: usize,
    /// The policy's minimum.
    pub min: usize,
    /// The policy's maximum.
    pub max: usize,
}

/// Where a length stands against the policy's range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LengthStatus {
    /// Fewer than `min` characters (including an empty password).
    TooShort,
    /// Between `min` and `max`, inclusive.
    WithinRange,
    /// More than `max` characters.
    TooLong,
}

impl LengthCheck {
    /// Where the length stands.
    pub fn status(&self) -> LengthStatus {
        if self.count < self.min {
            LengthStatus::TooShort
        } else if self.count > self.max {
            LengthStatus::TooLong
        } else {
            LengthStatus::WithinRange
        }
    }

    /// Met when the length is within range.
    pub fn state(&self) -> State {
        State::from_bool(self.status() == LengthStatus::WithinRange)
    }
}

/// The `classes` rule's finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassesCheck {
    /// The classes present in the password.
    pub present: ClassSet,
    /// How many classes the policy requires (0 to 4).
    pub required: u8,
}

impl ClassesCheck {
    /// Met when at least `required` classes are present.
    pub fn state(&self) -> State {
        State::from_bool(self.present.count() >= self.required)
    }
}

/// The `no-email` rule's finding.
///
/// Besides the whole address, the local part (before the `@`) is checked on its own when
/// it has at least [`MIN_LOCAL_PART`] characters: a name like `zhangwei` or `jsmith` is
/// the first thing anyone guessing a password tries, and a mail system that forbids the
/// address may well forbid it too. A shorter local part such as `li` or `wu` is left
/// alone, because it occurs inside so many ordinary words and passwords that forbidding
/// it would reject good passwords while adding almost nothing for a guesser.
///
/// An address still being typed (no `@` yet, or nothing on one side of it) is checked by
/// its local part only, so half an address never makes the whole-address check misfire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailCheck {
    /// No email address was typed, so nothing could be checked. The rule counts as met:
    /// the page cannot know the address, and the mail system checks it anyway. The page
    /// should say the rule was not checked.
    NotEntered,
    /// The password contains neither the address nor its local part. Met.
    Clear {
        /// Whether the local part was long enough to be checked on its own.
        local_part_checked: bool,
    },
    /// The password contains the whole address. Unmet.
    ContainsAddress,
    /// The password contains the part before the `@`. Unmet.
    ContainsLocalPart,
}

impl EmailCheck {
    /// Met unless the password contains the address or its local part.
    pub fn state(&self) -> State {
        State::from_bool(matches!(
            self,
            EmailCheck::NotEntered | EmailCheck::Clear { .. }
        ))
    }
}

/// The `no-weak-keyword` rule's finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeywordCheck {
    /// No configured keyword occurs in the password (or none are configured). Met.
    Clear,
    /// A keyword occurs in the password. Unmet.
    Found {
        /// The keyword as the postmaster configured it. When several occur, this is the
        /// one whose first occurrence ends earliest in the password; of keywords ending at
        /// the same character, the longest.
        keyword: String,
    },
}

impl KeywordCheck {
    /// Met unless a keyword was found.
    pub fn state(&self) -> State {
        State::from_bool(*self == KeywordCheck::Clear)
    }
}

/// The `match` rule's finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchCheck {
    /// Nothing typed in the confirmation yet. Unmet: there is nothing to agree with.
    ConfirmEmpty,
    /// The confirmation equals the password exactly. Met.
    Matches,
    /// The confirmation differs. Unmet.
    Differs(Mismatch),
}

impl MatchCheck {
    /// Met only when the confirmation equals the password.
    pub fn state(&self) -> State {
        State::from_bool(*self == MatchCheck::Matches)
    }
}

/// How a non-empty confirmation differs from the password, so the page can give a hint.
/// The first that applies, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mismatch {
    /// They differ only by whitespace at the start or end (a trailing space, say).
    Spacing,
    /// The confirmation is the start of the password: probably still being typed.
    Incomplete,
    /// They differ only in upper and lower case: perhaps Caps Lock.
    Case,
    /// Any other difference.
    Other,
}

/// Everything the page shows about the typed password: one finding per rule, the
/// warnings and the advice.
///
/// With empty fields: `length` and `classes` are unmet, `no-email` is met
/// ([`EmailCheck::NotEntered`] without an address; an empty password contains nothing),
/// `no-weak-keyword` is met, and `match` is unmet ([`MatchCheck::ConfirmEmpty`]), so the
/// verdict is [`Verdict::Fail`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The `length` rule.
    pub length: LengthCheck,
    /// The `classes` rule.
    pub classes: ClassesCheck,
    /// The `no-email` rule.
    pub no_email: EmailCheck,
    /// The `no-weak-keyword` rule.
    pub no_weak_keyword: KeywordCheck,
    /// The `match` rule.
    pub confirmation: MatchCheck,
    /// Warnings, in the order of [`Warning`]'s variants; empty when there are none.
    pub warnings: Vec<Warning>,
    /// Advice, when there is any.
    pub advice: Option<Advice>,
}

impl Evaluation {
    /// The state of one rule.
    pub fn state(&self, rule: Rule) -> State {
        match rule {
            Rule::Length => self.length.state(),
            Rule::Classes => self.classes.state(),
            Rule::NoEmail => self.no_email.state(),
            Rule::NoWeakKeyword => self.no_weak_keyword.state(),
            Rule::Match => self.confirmation.state(),
        }
    }

    /// [`Verdict::Pass`] only when every rule is met.
    pub fn verdict(&self) -> Verdict {
        if Rule::ALL.iter().all(|&r| self.state(r) == State::Met) {
            Verdict::Pass
        } else {
            Verdict::Fail
        }
    }
}

/// A password policy compiled for fast evaluation: built once per configuration, then
/// used on every keystroke.
#[derive(Clone, Debug)]
pub struct Checker {
    min_length: usize,
    max_length: usize,
    required_classes: u8,
    keywords: KeywordMatcher,
}

impl Checker {
    /// Compiles `policy`: normalizes the weak keywords once (NFKC, lower case), drops
    /// duplicates and any that normalize to nothing. A `required_classes` above 4 is
    /// treated as 4; the configuration loader never produces one.
    pub fn new(policy: &PasswordPolicy) -> Checker {
        Checker {
            min_length: policy.min_length,
            max_length: policy.max_length,
            required_classes: policy.required_classes.min(4),
            keywords: KeywordMatcher::new(&policy.weak_keywords),
        }
    }

    /// Evaluates what the user has typed.
    ///
    /// Runs in time linear in the length of the input (plus the keywords' total length),
    /// so a pasted megabyte is handled in one pass rather than freezing the page.
    pub fn evaluate(&self, input: &Input) -> Evaluation {
        let password = input.password;
        let scan = Scan::of(password);
        let count = scan.count;
        let classes = ClassesCheck {
            present: scan.classes,
            required: self.required_classes,
        };
        let folded = fold(password);
        let length = LengthCheck {
            count,
            min: self.min_length,
            max: self.max_length,
        };
        let no_weak_keyword = match self.keywords.first_in(&folded) {
            Some(keyword) => KeywordCheck::Found {
                keyword: keyword.to_string(),
            },
            None => KeywordCheck::Clear,
        };
        Evaluation {
            length,
            classes,
            no_email: check_email(&folded, input.email),
            no_weak_keyword,
            confirmation: check_match(password, input.confirm),
            warnings: scan.warnings(password, input.caps_lock),
            advice: Advice::for_length(count),
        }
    }
}

fn check_email(folded_password: &str, email: &str) -> EmailCheck {
    let email = fold(email.trim());
    if email.is_empty() {
        return EmailCheck::NotEntered;
    }
    // The last `@`, since a quoted local part may contain one and a domain never does.
    let (local, whole) = match email.rsplit_once('@') {
        Some((local, domain)) if !local.is_empty() && !domain.is_empty() => {
            (local, Some(email.as_str()))
        }
        Some((local, _)) => (local, None),
        None => (email.as_str(), None),
    };
    if whole.is_some_and(|address| folded_password.contains(address)) {
        return EmailCheck::ContainsAddress;
    }
    let local_part_checked = local.chars().count() >= MIN_LOCAL_PART;
    if local_part_checked && folded_password.contains(local) {
        return EmailCheck::ContainsLocalPart;
    }
    EmailCheck::Clear { local_part_checked }
}

fn check_match(password: &str, confirm: &str) -> MatchCheck {
    if confirm.is_empty() {
        MatchCheck::ConfirmEmpty
    } else if confirm == password {
        MatchCheck::Matches
    } else if confirm.trim() == password.trim() {
        MatchCheck::Differs(Mismatch::Spacing)
    } else if password.starts_with(confirm) {
        MatchCheck::Differs(Mismatch::Incomplete)
    } else if confirm
        .chars()
        .flat_map(char::to_lowercase)
        .eq(password.chars().flat_map(char::to_lowercase))
    {
        MatchCheck::Differs(Mismatch::Case)
    } else {
        MatchCheck::Differs(Mismatch::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{checker, eval, with_keywords};
    use super::super::MAX_LISTED;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rule_ids_are_the_page_contract() {
        let ids: Vec<_> = Rule::ALL.iter().map(|r| r.id()).collect();
        assert_eq!(
            ids,
            ["length", "classes", "no-email", "no-weak-keyword", "match"]
        );
        assert_eq!((State::Met.id(), State::Unmet.id()), ("met", "unmet"));
        assert_eq!((Verdict::Pass.id(), Verdict::Fail.id()), ("pass", "fail"));
    }

    #[test]
    fn empty_fields_fail_length_classes_and_match_only() {
        let e = checker().evaluate(&Input::default());
        let states: Vec<_> = Rule::ALL.iter().map(|&r| e.state(r)).collect();
        use State::*;
        assert_eq!(states, [Unmet, Unmet, Met, Met, Unmet]);
        assert_eq!(e.no_email, EmailCheck::NotEntered);
        assert_eq!(e.confirmation, MatchCheck::ConfirmEmpty);
        assert_eq!(e.verdict(), Verdict::Fail);
        assert!(e.warnings.is_empty());
    }

    #[test]
    fn a_good_password_passes_every_rule() {
        let e = checker().evaluate(&Input {
            email: "zhang.wei@example.com",
            password: "Correct-Horse-7",
            confirm: "Correct-Horse-7",
            caps_lock: false,
        });
        assert_eq!(e.verdict(), Verdict::Pass);
        assert!(e.warnings.is_empty());
        assert_eq!(e.advice, None);
    }

    // Stays: asserts the MatchCheck itself; texts.rs has these inputs but checks only the hint.
    #[test]
    fn mismatches_are_told_apart() {
        let cases = [
            ("Secret12!", "Secret12! ", Mismatch::Spacing),
            ("Secret12!", "Secr", Mismatch::Incomplete),
            ("Secret12!", "sECRET12!", Mismatch::Case),
            ("Secret12!", "Secret13!", Mismatch::Other),
        ];
        for (password, confirm, expected) in cases {
            let e = checker().evaluate(&Input {
                password,
                confirm,
                ..Input::default()
            });
            assert_eq!(e.confirmation, MatchCheck::Differs(expected), "{confirm:?}");
        }
    }

    #[test]
    fn duplicate_and_differently_cased_keywords_collapse_to_the_first() {
        let c = with_keywords(&["Acme", "ACME", "ａｃｍｅ", "acme2"]);
        assert_eq!(c.keywords.originals, ["Acme", "acme2"]);
        let e = c.evaluate(&Input {
            password: "xxACME2yy",
            ..Input::default()
        });
        assert_eq!(
            e.no_weak_keyword,
            KeywordCheck::Found {
                keyword: "Acme".into()
            }
        );
    }

    #[test]
    fn the_input_debug_output_never_shows_the_password() {
        let input = Input {
            email: "a@example.com",
            password: "Canary-7f3e",
            confirm: "Canary-7f3e",
            caps_lock: false,
        };
        let shown = format!("{input:?}");
        assert!(!shown.contains("Canary"), "{shown}");
        assert!(!shown.contains("example"), "{shown}");
    }

    #[test]
    fn a_megabyte_paste_is_evaluated_fully() {
        let mut password = "Ab1!\u{200B}Ｘ".repeat(1 << 17);
        password.push_str("acme");
        assert!(password.len() >= 1 << 20);
        let keywords: Vec<String> = (0..499)
            .map(|i| format!("word{i}"))
            .chain(["ACME".to_string()])
            .collect();
        let c = Checker::new(&PasswordPolicy {
            weak_keywords: keywords,
            ..PasswordPolicy::default()
        });
        let e = c.evaluate(&Input {
            email: "someone@example.com",
            password: &password,
            confirm: &password,
            caps_lock: false,
        });
        let count = password.chars().count();
        assert_eq!(e.length.count, count);
        assert_eq!(e.length.status(), LengthStatus::TooLong);
        assert_eq!(e.classes.present.count(), 4);
        assert_eq!(
            e.no_weak_keyword,
            KeywordCheck::Found {
                keyword: "ACME".into()
            }
        );
        assert_eq!(e.confirmation, MatchCheck::Matches);
        let totals: Vec<_> = e
            .warnings
            .iter()
            .map(|w| match w {
                Warning::Invisible { chars, total } => (w.id(), chars.len(), *total),
                Warning::HardToType { chars, total } => (w.id(), chars.len(), *total),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            totals,
            [
                ("invisible", MAX_LISTED, 1 << 17),
                ("hard-to-type", MAX_LISTED, 1 << 17)
            ]
        );
    }

    proptest! {
        #[test]
        fn evaluation_never_panics_on_any_text(
            email in any::<String>(),
            password in any::<String>(),
            confirm in any::<String>(),
            keywords in proptest::collection::vec(any::<String>(), 0..8),
            min in 0usize..80, max in 0usize..80, classes in any::<u8>(),
        ) {
            let c = Checker::new(&PasswordPolicy {
                min_length: min,
                max_length: max,
                required_classes: classes,
                weak_keywords: keywords,
            });
            let e = c.evaluate(&Input { email: &email, password: &password, confirm: &confirm, caps_lock: true });
            let _ = e.verdict();
        }


        #[test]
        fn the_length_rule_counts_code_points(password in any::<String>()) {
            let e = eval(&password);
            prop_assert_eq!(e.length.count, password.chars().count());
            let within = (8..=64).contains(&password.chars().count());
            prop_assert_eq!(e.state(Rule::Length) == State::Met, within);
        }

    }
}
