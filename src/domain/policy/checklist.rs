//! How the password checker shows the policy engine's findings: the state each rule is
//! displayed in, the verdict's counts, and the one-line status under the password field.
//!
//! The engine ([`Evaluation`], from `rules.rs`) answers "is this rule met?"; this file
//! answers "what should the page say about it right now?". The two differ in two cases:
//!
//! - **Nothing typed yet** (password and confirmation both empty): every rule is
//!   [`Shown::Pending`] and the verdict [`Overall::Pending`]. An empty field has not passed
//!   "no banned word", it has not been checked; a green tick there would be a false
//!   reassurance. The email field does not count as typing: it is not the password.
//! - **No email address**: the `no-email` rule cannot be checked, so once typing starts it
//!   is [`Shown::NotChecked`] and is left out of the count ("2 of 4 rules met, 1 not
//!   checked"). The engine counts it as met (the mail system checks it anyway), so the
//!   verdict can still pass; the page then says which rule was not checked
//!   ([`Checklist::not_checked`]).
//!
//! The status line ([`StatusLine`]) is built from rules and counts only, so it can never
//! contain anything typed, whether the passwords are shown or not.
//!
//! ```
//! use recovery_assistant::domain::i18n::Locale;
//! use recovery_assistant::domain::policy::{
//!     Checker, Checklist, Input, Overall, PasswordPolicy, Rule, Shown, StatusLine,
//! };
//!
//! let checker = Checker::new(&PasswordPolicy::default());
//! let empty = Checklist::of(&checker.evaluate(&Input::default()));
//! assert_eq!(empty.shown(Rule::NoWeakKeyword), Shown::Pending);
//! assert_eq!(empty.overall(), Overall::Pending);
//!
//! let typed = Checklist::of(&checker.evaluate(&Input { password: "abcdefgh", ..Input::default() }));
//! assert_eq!(typed.shown(Rule::NoEmail), Shown::NotChecked);
//! assert_eq!((typed.tally().met, typed.tally().checked, typed.tally().not_checked), (2, 4, 1));
//! assert_eq!(
//!     typed.status().text(Locale::En),
//!     "2 rules left: character types, the confirmation."
//! );
//! ```

use super::rules::{EmailCheck, Evaluation, MatchCheck, Rule, State, Verdict};

/// How one rule is shown: the checklist item's `data-state`, its icon and the hidden
/// prefix a screen reader hears all follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shown {
    /// Nothing typed yet: neutral, neither met nor unmet.
    Pending,
    /// The rule is met.
    Met,
    /// The rule is not met.
    Unmet,
    /// The rule cannot be checked with what was entered (the `no-email` rule without an
    /// address). Not counted as met or unmet.
    NotChecked,
}

impl Shown {
    /// The checklist item's `data-state` value: `pending`, `met`, `unmet` or `not-checked`.
    pub fn id(self) -> &'static str {
        match self {
            Shown::Pending => "pending",
            Shown::Met => "met",
            Shown::Unmet => "unmet",
            Shown::NotChecked => "not-checked",
        }
    }
}

/// The verdict as shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Overall {
    /// Nothing typed yet: no verdict.
    Pending,
    /// The engine's [`Verdict::Pass`] (perhaps with a rule not checked).
    Pass,
    /// The engine's [`Verdict::Fail`].
    Fail,
}

impl Overall {
    /// The verdict element's `data-policy-verdict` value: `pending`, `pass` or `fail`.
    pub fn id(self) -> &'static str {
        match self {
            Overall::Pending => "pending",
            Overall::Pass => "pass",
            Overall::Fail => "fail",
        }
    }

    /// The state the verdict's icon shows: pending, a tick for a pass, a cross for a fail.
    pub fn mark(self) -> Shown {
        match self {
            Overall::Pending => Shown::Pending,
            Overall::Pass => Shown::Met,
            Overall::Fail => Shown::Unmet,
        }
    }
}

/// The verdict's count: "`met` of `checked` rules met, `not_checked` not checked".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally {
    /// Rules shown as met.
    pub met: usize,
    /// Rules that were checked (met or unmet): the total the count is out of.
    pub checked: usize,
    /// Rules that could not be checked, left out of `checked`.
    pub not_checked: usize,
}

/// The one line under the password field, visible while typing on a phone whose keyboard
/// hides the checklist. It names rules only, never anything typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusLine {
    /// Nothing typed yet.
    Pending,
    /// These rules are not met yet, in checklist order (never empty).
    Left(Vec<Rule>),
    /// Every rule that could be checked is met; these could not be checked.
    AllMet {
        /// The rules not checked, in checklist order (often empty).
        not_checked: Vec<Rule>,
    },
}

/// What the page shows for one [`Evaluation`]: each rule's [`Shown`] state and the
/// verdict. Cheap to build on every keystroke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Checklist {
    /// In [`Rule::ALL`] order.
    rules: [Shown; 5],
    pending: bool,
    verdict: Verdict,
}

impl Checklist {
    /// How the checklist shows `e`.
    pub fn of(e: &Evaluation) -> Checklist {
        // The evaluation keeps counts, not text: an empty password has length 0, and an
        // empty confirmation is its own finding.
        let pending = e.length.count == 0 && e.confirmation == MatchCheck::ConfirmEmpty;
        let rules = Rule::ALL.map(|rule| match (pending, rule, &e.no_email, e.state(rule)) {
            (true, ..) => Shown::Pending,
            (_, Rule::NoEmail, EmailCheck::NotEntered, _) => Shown::NotChecked,
            (_, _, _, State::Met) => Shown::Met,
            (_, _, _, State::Unmet) => Shown::Unmet,
        });
        Checklist {
            rules,
            pending,
            verdict: e.verdict(),
        }
    }

    /// How `rule` is shown.
    pub fn shown(&self, rule: Rule) -> Shown {
        let index = Rule::ALL.iter().position(|&r| r == rule).unwrap_or(0);
        self.rules[index]
    }

    /// The verdict as shown: pending until something is typed, then the engine's.
    pub fn overall(&self) -> Overall {
        match (self.pending, self.verdict) {
            (true, _) => Overall::Pending,
            (false, Verdict::Pass) => Overall::Pass,
            (false, Verdict::Fail) => Overall::Fail,
        }
    }

    /// The count for the verdict. Rules not checked are left out of the total; pending
    /// rules count as neither met nor checked.
    pub fn tally(&self) -> Tally {
        let count = |shown: Shown| self.rules.iter().filter(|&&s| s == shown).count();
        let met = count(Shown::Met);
        Tally {
            met,
            checked: met + count(Shown::Unmet),
            not_checked: count(Shown::NotChecked),
        }
    }

    /// The rules shown as [`Shown::NotChecked`], in checklist order.
    pub fn not_checked(&self) -> Vec<Rule> {
        self.with(Shown::NotChecked)
    }

    /// The status line under the password field.
    pub fn status(&self) -> StatusLine {
        if self.pending {
            return StatusLine::Pending;
        }
        let left = self.with(Shown::Unmet);
        if left.is_empty() {
            StatusLine::AllMet {
                not_checked: self.not_checked(),
            }
        } else {
            StatusLine::Left(left)
        }
    }

    fn with(&self, shown: Shown) -> Vec<Rule> {
        Rule::ALL
            .into_iter()
            .filter(|&rule| self.shown(rule) == shown)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{list, with_keywords as checker};
    use super::super::Input;
    use super::*;

    fn states(l: &Checklist) -> Vec<Shown> {
        Rule::ALL.iter().map(|&r| l.shown(r)).collect()
    }

    #[test]
    fn ids_are_the_page_contract() {
        let ids = [Shown::Pending, Shown::Met, Shown::Unmet, Shown::NotChecked].map(Shown::id);
        assert_eq!(ids, ["pending", "met", "unmet", "not-checked"]);
        let ids = [Overall::Pending, Overall::Pass, Overall::Fail].map(Overall::id);
        assert_eq!(ids, ["pending", "pass", "fail"]);
    }

    #[test]
    fn the_verdict_icon_is_pending_a_tick_or_a_cross() {
        let marks = [Overall::Pending, Overall::Pass, Overall::Fail].map(Overall::mark);
        assert_eq!(marks, [Shown::Pending, Shown::Met, Shown::Unmet]);
    }

    #[test]
    fn before_anything_is_typed_every_rule_and_the_verdict_are_pending() {
        let c = checker(&["acme"]);
        // The engine calls an empty password free of banned words; the page must not.
        let e = c.evaluate(&Input::default());
        assert_eq!(e.state(Rule::NoWeakKeyword), State::Met);
        for email in ["", "zhang.wei@example.com"] {
            let l = list(&c, email, "", "");
            assert_eq!(states(&l), [Shown::Pending; 5], "{email:?}");
            assert_eq!(l.overall(), Overall::Pending);
            assert_eq!(l.status(), StatusLine::Pending);
            assert_eq!(
                l.tally(),
                Tally {
                    met: 0,
                    checked: 0,
                    not_checked: 0
                }
            );
        }
    }

    #[test]
    fn the_first_character_in_either_password_field_ends_pending() {
        let c = checker(&[]);
        for (password, confirm) in [("a", ""), ("", "a")] {
            let l = list(&c, "", password, confirm);
            assert!(
                !states(&l).contains(&Shown::Pending),
                "{password:?} {confirm:?}"
            );
            assert_eq!(l.overall(), Overall::Fail);
        }
    }

    #[test]
    fn without_an_email_the_email_rule_is_not_checked_and_not_counted() {
        let c = checker(&[]);
        let l = list(&c, "", "abcdefgh", "");
        use Shown::*;
        assert_eq!(states(&l), [Met, Unmet, NotChecked, Met, Unmet]);
        assert_eq!(
            l.tally(),
            Tally {
                met: 2,
                checked: 4,
                not_checked: 1
            }
        );
        assert_eq!(l.not_checked(), [Rule::NoEmail]);
        // Whitespace is no address either.
        assert_eq!(
            list(&c, "  ", "abcdefgh", "").shown(Rule::NoEmail),
            NotChecked
        );
    }

    #[test]
    fn with_an_email_every_rule_is_checked() {
        let l = list(&checker(&[]), "li@corp.test", "abcdefgh", "");
        assert_eq!(l.shown(Rule::NoEmail), Shown::Met);
        assert_eq!(
            l.tally(),
            Tally {
                met: 3,
                checked: 5,
                not_checked: 0
            }
        );
        assert!(l.not_checked().is_empty());
    }
}
