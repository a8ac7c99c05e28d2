//! What changed between two evaluations, for the polite live region: [`announcement`]
//! and the [`Change`] it returns. The page decides when to ask (it throttles); this decides
//! what there is to say.

use super::rules::{Evaluation, Rule, State, Verdict};

/// A rule whose state changed between two evaluations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleChange {
    /// The rule.
    pub rule: Rule,
    /// Its new state.
    pub state: State,
}

/// What changed between two evaluations, for the polite live region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The rules whose state changed, in [`Rule::ALL`] order, with their new state.
    pub rules: Vec<RuleChange>,
    /// The new verdict, when it changed.
    pub verdict: Option<Verdict>,
}

/// What to announce when the checklist moved from `prev` to `next`, or `None` when no
/// rule changed state (so typing that changes nothing stays silent).
///
/// The page throttles by time: it keeps the evaluation it last announced and, when its
/// throttle window ends, calls this with that and the current evaluation. A rule that was
/// met and unmet again within the window is then not announced at all.
pub fn announcement(prev: &Evaluation, next: &Evaluation) -> Option<Change> {
    let rules: Vec<RuleChange> = Rule::ALL
        .iter()
        .filter(|&&rule| prev.state(rule) != next.state(rule))
        .map(|&rule| RuleChange {
            rule,
            state: next.state(rule),
        })
        .collect();
    if rules.is_empty() {
        return None;
    }
    let verdict = (prev.verdict() != next.verdict()).then(|| next.verdict());
    Some(Change { rules, verdict })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{checker, eval};
    use super::super::Input;
    use super::*;
    use proptest::prelude::*;

    // Stays: asserts the Change values and abc → abd; texts.rs checks the wording only.
    #[test]
    fn announcement_lists_only_rules_that_changed_and_a_changed_verdict() {
        let before = eval("abc");
        assert_eq!(announcement(&before, &eval("abd")), None);
        let after = eval("Abc12345");
        assert_eq!(
            announcement(&before, &after),
            Some(Change {
                rules: vec![
                    RuleChange {
                        rule: Rule::Length,
                        state: State::Met
                    },
                    RuleChange {
                        rule: Rule::Classes,
                        state: State::Met
                    },
                ],
                verdict: Some(Verdict::Pass),
            })
        );
        let unmatched = checker().evaluate(&Input {
            password: "Abc12345",
            confirm: "Abc1234",
            ..Input::default()
        });
        assert_eq!(
            announcement(&after, &unmatched),
            Some(Change {
                rules: vec![RuleChange {
                    rule: Rule::Match,
                    state: State::Unmet
                }],
                verdict: Some(Verdict::Fail),
            })
        );
    }

    proptest! {
        #[test]
        fn identical_evaluations_announce_nothing(password in any::<String>()) {
            prop_assert_eq!(announcement(&eval(&password), &eval(&password)), None);
        }
    }
}
